import type { RolloutStep, ServiceSpec } from '../../../core/config.js'
import type { TemplateVars } from '../../../core/command-template.js'
import type { ProtocolContext } from '../../../core/context.js'
import type { RoutedServer } from '../../../core/records/index.js'
import { describeExec, runStep, templateVars } from '../../shared/step.js'
import type { BlueGreenColors, CurrentStep, RolloutState, StepFailure } from '../state.js'
import { commandTrafficChange, describeServers, haproxyRouterOf, shiftTraffic } from '../traffic.js'

/** The colour that is not `active` (blue when none is). Pure. */
export function idleColor(active: 'blue' | 'green' | null): 'blue' | 'green' {
  return active === 'blue' ? 'green' : 'blue'
}

/** The colour a command printed last (`blue`, `green`), null when it printed neither. Pure. */
export function parseColor(output: string): 'blue' | 'green' | null {
  const words = output.toLowerCase().match(/\b(blue|green)\b/g)
  return (words?.at(-1) as 'blue' | 'green' | undefined) ?? null
}

/** The colour HAProxy sends traffic to: the ready server with weight, null when neither or both are. Pure. */
export function servingColor(servers: readonly RoutedServer[]): 'blue' | 'green' | null {
  const serving = servers.filter(s => s.state === 'ready' && (s.weight ?? 0) > 0)
  const role = serving.length === 1 ? serving[0]?.role : undefined
  return role === 'blue' || role === 'green' ? role : null
}

/**
 * Asks the live system which colour serves (so a manual switch between releases is respected) and picks the
 * other one to deploy to: HAProxy's servers where it routes, otherwise the active-color command. A failed question is
 * a failure: deploying blind could hit the live colour.
 */
export async function detectColors(
  ctx: ProtocolContext,
  service: ServiceSpec,
  commands: BlueGreenColors['commands'],
  environment: string,
  previous: string | null
): Promise<BlueGreenColors | StepFailure> {
  const routed = haproxyRouterOf(ctx, service, environment)
  if (routed) {
    try {
      const servers = await routed.router.read()
      const active = servingColor(servers)
      const colors = { commands, active, next: idleColor(active) }
      ctx.logger.info(
        `  ${service.id} | live colour (haproxy: ${describeServers(servers)}): ${active ?? 'none'}; deploying ${ctx.tag} to ${colors.next}`
      )
      return colors
    } catch (error) {
      return {
        reason: `${service.id}: cannot tell the live colour from HAProxy: ${error instanceof Error ? error.message : String(error)}`,
        trigger: 'deploy-failure'
      }
    }
  }
  const vars = templateVars(ctx, environment, service.id, previous)
  const probe = await runStep(ctx, commands.activeColor, vars, `${service.id} colour`)
  if (probe.status !== 'success') {
    return {
      reason: `${service.id}: cannot tell the live colour: ${commands.activeColor.name} ${describeExec(probe)}`,
      trigger: 'deploy-failure'
    }
  }
  const active = parseColor(probe.stdoutTail)
  const colors = { commands, active, next: idleColor(active) }
  ctx.logger.info(
    `  ${service.id} | live colour: ${active ?? 'none'}; deploying ${ctx.tag} to ${colors.next}`
  )
  return colors
}

/**
 * Blue/green's deploy-color, switch and retire: each runs its command with the colour it acts on (deploy and
 * switch: the idle colour; retire: the one that served before). After the switch the verify command checks it.
 */
export async function runBlueGreenStep(
  state: RolloutState,
  step: Extract<RolloutStep, { kind: 'deploy-color' | 'switch' | 'retire' }>,
  current: CurrentStep
): Promise<StepFailure | null> {
  const { ctx, service, blueGreen } = state
  const { record } = current
  // Only a blue/green strategy has these steps, and it has its colours by now; anything else has nothing to do.
  if (!blueGreen) return null
  const color = step.kind === 'retire' ? blueGreen.active : blueGreen.next
  record.color = color
  if (step.kind === 'retire' && color === null) {
    record.message = 'no old colour to retire (first blue/green release)'
    return null
  }
  const command =
    step.kind === 'deploy-color'
      ? service.deploy
      : step.kind === 'switch'
        ? blueGreen.commands.switch
        : blueGreen.commands.retire
  const vars = {
    ...templateVars(ctx, state.environment, service.id, state.previous),
    color: color as string,
    weight: step.kind === 'deploy-color' ? '0' : '100',
    step: String(current.number)
  }
  const routed = step.kind === 'switch' ? haproxyRouterOf(ctx, service, state.environment) : null
  if (routed) {
    // The new colour opens before the old one drains (one Runtime API exchange); the old colour stays in the
    // backend, drained, until retire, so a rollback can send traffic back in one call.
    const old = idleColor(blueGreen.next)
    const { change, failure } = await shiftTraffic(
      ctx,
      routed.router,
      { service: service.id, environment: state.environment, step: current.number, action: 'switch' },
      { [blueGreen.next]: { state: 'ready', weight: 100 }, [old]: { weight: 0, state: 'drain' } }
    )
    record.traffic = [change]
    record.finishedAt = ctx.clock.now().toISOString()
    if (failure) {
      record.status = 'failed'
      record.message = failure
      return {
        reason: `${service.id}: ${failure} at step ${current.number} (${current.description})`,
        trigger: 'deploy-failure'
      }
    }
    record.message = `${current.description}: ${color}`
    return verifySwitch(state, vars)
  }
  const exec = await runStep(ctx, command, vars, service.id)
  record.exec = exec
  if (step.kind !== 'retire') state.lastDeploy = exec
  record.finishedAt = ctx.clock.now().toISOString()
  if (exec.status !== 'success') {
    record.status = 'failed'
    record.message = `${command.name} ${describeExec(exec)}`
    return {
      reason: `${service.id}: ${command.name} ${describeExec(exec)} at step ${current.number} (${current.description})`,
      trigger: 'deploy-failure'
    }
  }
  record.message = `${current.description}: ${color}`
  if (step.kind !== 'switch') return null
  const old = blueGreen.active
  record.traffic = [
    commandTrafficChange(
      ctx,
      { service: service.id, environment: state.environment, step: current.number, action: 'switch' },
      old ? { [old]: 100, [blueGreen.next]: 0 } : { [blueGreen.next]: 0 },
      old ? { [old]: 0, [blueGreen.next]: 100 } : { [blueGreen.next]: 100 },
      `${command.name} switched to ${blueGreen.next}`
    )
  ]
  return verifySwitch(state, vars)
}

// After a switch, the verify command checks the colour that now serves.
async function verifySwitch(state: RolloutState, vars: TemplateVars): Promise<StepFailure | null> {
  const { ctx, service } = state
  if (!service.verify) return null
  const verify = await runStep(ctx, service.verify, vars, `${service.id} verify`)
  state.verify = verify
  if (verify.status === 'success') return null
  const record = state.records.at(-1)
  if (record) record.status = 'failed'
  return {
    reason: `${service.id}: ${service.verify.name} ${describeExec(verify)}`,
    trigger: 'deploy-failure'
  }
}
