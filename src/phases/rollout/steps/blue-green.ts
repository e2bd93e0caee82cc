import type { RolloutStep, ServiceSpec } from '../../../core/config.js'
import type { ProtocolContext } from '../../../core/context.js'
import { describeExec, runStep, templateVars } from '../../shared/step.js'
import type { BlueGreenColors, CurrentStep, RolloutState, StepFailure } from '../state.js'

/** The colour that is not `active` (blue when none is). Pure. */
export function idleColor(active: 'blue' | 'green' | null): 'blue' | 'green' {
  return active === 'blue' ? 'green' : 'blue'
}

/** The colour a command printed last (`blue`, `green`), null when it printed neither. Pure. */
export function parseColor(output: string): 'blue' | 'green' | null {
  const words = output.toLowerCase().match(/\b(blue|green)\b/g)
  return (words?.at(-1) as 'blue' | 'green' | undefined) ?? null
}

/**
 * Asks the live system which colour serves (so a manual switch between releases is respected) and picks the
 * other one to deploy to. A failed question is a failure: deploying blind could hit the live colour.
 */
export async function detectColors(
  ctx: ProtocolContext,
  service: ServiceSpec,
  commands: BlueGreenColors['commands'],
  environment: string,
  previous: string | null
): Promise<BlueGreenColors | StepFailure> {
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
  if (step.kind === 'switch' && service.verify) {
    const verify = await runStep(ctx, service.verify, vars, `${service.id} verify`)
    state.verify = verify
    if (verify.status !== 'success') {
      record.status = 'failed'
      return {
        reason: `${service.id}: ${service.verify.name} ${describeExec(verify)}`,
        trigger: 'deploy-failure'
      }
    }
  }
  return null
}
