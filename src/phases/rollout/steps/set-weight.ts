import type { RolloutStep } from '../../../core/config.js'
import type { ServerRole } from '../../../core/config.js'
import type { ServerTarget } from '../../../core/ports.js'
import { describeExec, runStep, templateVars } from '../../shared/step.js'
import type { CurrentStep, RolloutState, StepFailure } from '../state.js'
import { commandTrafficChange, haproxyRouterOf, shiftTraffic } from '../traffic.js'

/**
 * Canary and rolling: runs the deploy command at this weight (batch); at 100% the verify command checks the
 * promotion. Outside a progressive rollout (staging, all-at-once) this step runs alone, so its failure names no step.
 * A canary routed by HAProxy deploys, then gives the canary server the weight and the stable one the rest; at 100%
 * all traffic goes to the canary while the deploy command promotes the stable server, then back to stable
 * (Argo Rollouts' promotion), so the next release's canary starts from weight 0.
 */
export async function runSetWeight(
  state: RolloutState,
  step: Extract<RolloutStep, { kind: 'set-weight' }>,
  current: CurrentStep
): Promise<StepFailure | null> {
  const { ctx, service } = state
  const { record } = current
  const vars = {
    ...templateVars(ctx, state.environment, service.id, state.previous),
    weight: String(step.weight),
    batch: step.batch !== undefined ? String(step.batch) : '',
    step: String(current.number),
    unavailable: service.strategy.maxUnavailable ?? ''
  }
  const routed =
    state.progressive && service.strategy.type === 'canary'
      ? haproxyRouterOf(ctx, service, state.environment)
      : null
  const route = async (targets: Partial<Record<ServerRole, ServerTarget>>): Promise<StepFailure | null> => {
    if (!routed) return null
    const moment = {
      service: service.id,
      environment: state.environment,
      step: current.number,
      action: 'set-weight' as const
    }
    const { change, failure } = await shiftTraffic(ctx, routed.router, moment, targets)
    record.traffic = [...(record.traffic ?? []), change]
    record.finishedAt = ctx.clock.now().toISOString()
    if (!failure) return null
    record.status = 'failed'
    record.message = failure
    return {
      reason: `${service.id}: ${failure} at step ${current.number} (${current.description})`,
      trigger: 'deploy-failure'
    }
  }
  if (step.weight === 100) {
    const allToCanary = await route({ canary: { weight: 100 }, stable: { weight: 0 } })
    if (allToCanary) return allToCanary
  }
  const deploy = await runStep(ctx, service.deploy, vars, service.id)
  state.lastDeploy = deploy
  record.exec = deploy
  record.finishedAt = ctx.clock.now().toISOString()
  if (deploy.status !== 'success') {
    record.status = 'failed'
    record.message = `${service.deploy.name} ${describeExec(deploy)}`
    return {
      reason: `${service.id}: ${service.deploy.name} ${describeExec(deploy)}${state.progressive ? ` at step ${current.number} (${current.description})` : ''}`,
      trigger: 'deploy-failure'
    }
  }
  if (step.weight < 100) {
    const weighted = await route({ canary: { weight: step.weight }, stable: { weight: 100 - step.weight } })
    if (weighted) return weighted
  }
  if (step.weight === 100 && service.verify) {
    const verify = await runStep(ctx, service.verify, vars, `${service.id} verify`)
    state.verify = verify
    if (verify.status !== 'success') {
      record.status = 'failed'
      record.message = `${service.verify.name} ${describeExec(verify)}`
      return {
        reason: `${service.id}: ${service.verify.name} ${describeExec(verify)}`,
        trigger: 'deploy-failure'
      }
    }
  }
  if (step.weight === 100) {
    const backToStable = await route({ stable: { weight: 100 }, canary: { weight: 0 } })
    if (backToStable) return backToStable
  }
  if (!routed && state.progressive && service.strategy.type === 'canary') {
    const weightBefore =
      state.records
        .slice(0, -1)
        .flatMap(r => (r.weight === null ? [] : [r.weight]))
        .at(-1) ?? 0
    record.traffic = [
      commandTrafficChange(
        ctx,
        { service: service.id, environment: state.environment, step: current.number, action: 'set-weight' },
        { canary: weightBefore, stable: 100 - weightBefore },
        { canary: step.weight, stable: 100 - step.weight },
        `${service.deploy.name} ran with weight ${step.weight}`
      )
    ]
  }
  record.message = `${step.weight}% on ${ctx.tag}`
  return null
}
