import type { RolloutStep, ServiceSpec } from '../../../core/config.js'
import { renderArgv, tokenizeCommand, type TemplateVars } from '../../../core/command-template.js'
import type { ProtocolContext } from '../../../core/context.js'
import type { RoutedServer } from '../../../core/records/index.js'
import { formatDuration } from '../../../core/duration.js'
import type { ColorCommand, ServiceDeployment } from '../../../core/generated/common.js'
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
 * Blue/green's deploy-color, switch and retire: deploy and switch run their command with the idle colour (after the
 * switch the verify command checks it); retire is deferred: the old colour stays up until the health window passed
 * (`retireKeptColors`), so a breach can switch back to it (`switchBackToKeptColors`).
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
  if (step.kind === 'retire') {
    // Kept up, unrouted, so a failed check or a breached health window switches straight back to it.
    const keepOld = blueGreen.commands.keepOldMs
    record.status = 'deferred'
    record.message = `${color} kept up for an instant switch back; retired once the health window passed${keepOld > 0 ? ` and keep-old (${formatDuration(keepOld)}) elapsed since the switch` : ''}`
    return null
  }
  const command = step.kind === 'deploy-color' ? service.deploy : blueGreen.commands.switch
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
  state.lastDeploy = exec
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

/** An old colour kept up after a blue/green switch: the service, the colour, and when the switch finished. */
export interface KeptColor {
  service: string
  color: 'blue' | 'green'
  switchedAt: string
}

/** The old colours the rollouts kept up (a deferred retire step), from the deployment report's services. Pure. */
export function keptColors(services: readonly ServiceDeployment[]): KeptColor[] {
  return services.flatMap(deployment => {
    const steps = deployment.rollout?.steps ?? []
    const retire = steps.find(s => s.kind === 'retire' && s.status === 'deferred')
    const switched = steps.find(s => s.kind === 'switch' && s.status === 'completed')
    const color = retire?.color
    if (switched && (color === 'blue' || color === 'green'))
      return [{ service: deployment.service, color, switchedAt: switched.finishedAt }]
    // A switch command that ran but whose verify failed: traffic is on the new colour, and the old one, which served
    // before the switch, is still up (its retire was never reached).
    const unverified = steps.find(
      s => s.kind === 'switch' && s.status === 'failed' && s.exec?.status === 'success'
    )
    const old = unverified?.traffic?.[0]?.before.find(
      r => r.role !== unverified.color && (r.weight ?? 0) > 0
    )?.role
    if (!unverified || (old !== 'blue' && old !== 'green')) return []
    return [{ service: deployment.service, color: old, switchedAt: unverified.finishedAt }]
  })
}

/** The placeholders of a kept colour's switch or retire command, run outside the rollout (so no step). Pure. */
function keptColorVars(
  ctx: ProtocolContext,
  kept: KeptColor,
  environment: string,
  previous: string | null
): TemplateVars {
  return {
    ...templateVars(ctx, environment, kept.service, previous),
    color: kept.color,
    weight: '100',
    step: ''
  }
}

/**
 * Runs one colour command (switch or retire) for a kept colour, outside the rollout. Null when the service is no
 * longer blue/green in the config (nothing to run it with).
 */
async function runColorCommand(
  ctx: ProtocolContext,
  kept: KeptColor,
  kind: 'switch' | 'retire',
  environment: string,
  previous: string | null
): Promise<ColorCommand | null> {
  const service = ctx.config.services.find(s => s.id === kept.service)
  const commands = service?.strategy.blueGreen
  if (!service || !commands) return null
  const vars = keptColorVars(ctx, kept, environment, previous)
  const exec = await runStep(
    ctx,
    commands[kind],
    vars,
    `${service.id} ${kind === 'switch' ? 'switch back' : 'retire'}`
  )
  return { service: service.id, color: kept.color, exec }
}

/**
 * The kept colours not retired yet, each with its retire command as it would run (placeholders filled), for a person
 * to run by hand once the old colour is no longer needed.
 */
export function unretiredColors(
  ctx: ProtocolContext,
  kept: readonly KeptColor[],
  retired: readonly ColorCommand[],
  environment: string,
  previous: string | null
): { service: string; color: 'blue' | 'green'; command: string | null }[] {
  return kept
    .filter(
      k => !retired.some(r => r.service === k.service && r.color === k.color && r.exec.status === 'success')
    )
    .map(k => {
      const retire = ctx.config.services.find(s => s.id === k.service)?.strategy.blueGreen?.retire
      return {
        service: k.service,
        color: k.color,
        command: retire
          ? renderArgv(tokenizeCommand(retire.command), keptColorVars(ctx, k, environment, previous)).join(
              ' '
            )
          : null
      }
    })
}

/**
 * Sends each service's traffic back to its kept old colour, one switch command each, before any rollback command
 * runs: the old colour is still up, so this is the fastest way back. A failed switch is reported; the rollback
 * commands that follow are the fallback.
 */
export async function switchBackToKeptColors(
  ctx: ProtocolContext,
  kept: readonly KeptColor[],
  environment: string,
  previous: string | null
): Promise<ColorCommand[]> {
  const switched: ColorCommand[] = []
  for (const color of kept) {
    // A service HAProxy routes has no switch command: the rollback returns its traffic in one Runtime API call.
    const service = ctx.config.services.find(s => s.id === color.service)
    if (service?.traffic?.[environment]?.router === 'haproxy') continue
    const record = await runColorCommand(ctx, color, 'switch', environment, previous)
    if (!record) continue
    switched.push(record)
    if (record.exec.status === 'success')
      ctx.logger.info(
        `  ${color.service} | traffic switched back to ${color.color} (${record.exec.durationMs} ms); the rollback commands follow`
      )
    else
      ctx.logger.error(
        `[ERROR] ${color.service}: switching back to ${color.color} ${describeExec(record.exec)}; the rollback commands follow`
      )
  }
  return switched
}

/**
 * Retires each kept old colour once the health window passed, waiting first until keep-old has elapsed since its
 * switch (the later of the two). The release is already released: a failed retire leaves the old colour running and
 * says so, it does not fail the release.
 */
export async function retireKeptColors(
  ctx: ProtocolContext,
  kept: readonly KeptColor[],
  environment: string,
  previous: string | null,
  /** Filled as each retire ends, so that what was retired before an interruption stays on the record. */
  retired: ColorCommand[] = []
): Promise<ColorCommand[]> {
  for (const color of kept) {
    const keepOldMs =
      ctx.config.services.find(s => s.id === color.service)?.strategy.blueGreen?.keepOldMs ?? 0
    const waitMs = Date.parse(color.switchedAt) + keepOldMs - ctx.clock.now().getTime()
    if (waitMs > 0) {
      ctx.logger.info(
        `  ${color.service} | keeping ${color.color} up for keep-old: ${formatDuration(waitMs)} more`
      )
      await ctx.clock.sleep(waitMs)
    }
    const record = await runColorCommand(ctx, color, 'retire', environment, previous)
    if (!record) continue
    retired.push(record)
    if (record.exec.status === 'success')
      ctx.logger.info(`  ${color.service} | retired the old colour ${color.color}`)
    else
      ctx.logger.warn(
        `[WARN] ${color.service}: retiring the old colour ${color.color} ${describeExec(record.exec)}; it still runs (unrouted): retire it by hand`
      )
  }
  return retired
}
