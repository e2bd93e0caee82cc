import type { RolloutStep } from '../../../core/config.js'
import { describeExec, runStep, templateVars } from '../../shared/step.js'
import type { CurrentStep, RolloutState, StepFailure } from '../state.js'

/**
 * Canary and rolling: runs the deploy command at this weight (batch); at 100% the verify command checks the
 * promotion. Outside a progressive rollout (staging, all-at-once) this step runs alone, so its failure names no step.
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
  record.message = `${step.weight}% on ${ctx.tag}`
  return null
}
