import type { ProtocolContext } from '../core/context.js'
import type { InterruptedError } from '../core/interruption.js'
import type { PhaseOutcome } from '../core/outcome.js'
import type { PhaseName } from '../core/phases.js'
import {
  ARTIFACTS,
  type HealthWindowRecord,
  type ProductionDeploymentReport,
  type ReleaseInterrupted
} from '../core/records/index.js'
import { rollbackCommand } from '../core/ledger.js'
import { emitEvent } from '../phases/shared/events.js'
import { rollbackTarget } from '../phases/shared/step.js'
import { recordHeader } from '../core/record-header.js'
import { keptColors, unretiredColors } from '../phases/rollout/steps/blue-green.js'

/**
 * Writes release-interrupted.json for a phase a signal stopped: what ran, what the environment may serve now, and what
 * to do. The ledger records the environment `interrupted` (during the rollout, the health window or a rollback), so
 * the next release of it refuses to start until somebody rolls back (a half-finished rollout is no base for another).
 */
export async function recordInterruption(
  ctx: ProtocolContext,
  phase: PhaseName,
  interrupted: InterruptedError
): Promise<PhaseOutcome> {
  const production = ctx.config.approval.environment
  const environment =
    phase === 'production' || phase === 'stabilize' ? production : phase === 'staging' ? 'staging' : null
  const deployment = await ctx.store
    .readJson<ProductionDeploymentReport>(ARTIFACTS.productionDeployment)
    .catch(() => undefined)
  const previous =
    environment === production
      ? (deployment?.previousRelease ?? (await rollbackTarget(ctx, production).catch(() => null)))
      : null
  // The ledger says what was stopped: a rollback stopped part way is neither release serving.
  let ledger = environment === production ? await ctx.history.ledger(production) : null
  if (ledger && ['rolling-out', 'health-window', 'rolling-back'].includes(ledger.state.kind)) {
    await ctx.history.record({
      tag: ledger.state.release ?? ctx.tag,
      environment: production,
      status: 'interrupted',
      note: `${interrupted.signal} during the ${phase} phase`
    })
    ledger = await ctx.history.ledger(production)
  }
  const rollbackStopped = ledger?.state.kind === 'interrupted' && ledger.state.during === 'rollback'
  // Stopped after Gate 4 passed (waiting out keep-old before retiring the old colours): released, with old colours up.
  const released =
    phase === 'stabilize' && ledger?.state.kind === 'serving' && ledger.state.release === ctx.tag
  const leftRunning =
    released && deployment
      ? unretiredColors(
          ctx,
          keptColors(deployment.services),
          (await ctx.store.readJson<HealthWindowRecord>(ARTIFACTS.healthWindow).catch(() => undefined))
            ?.retired ?? [],
          production,
          previous
        )
      : []
  const rollbackTo = ledger?.state.to ?? previous ?? 'the previous release'
  const rollBack = [
    `Roll ${production} back to ${previous ?? 'the previous release'}: ${rollbackCommand(production)}.`,
    `Then release ${ctx.tag} again from the start; until the rollback, release-gate refuses to start another release of ${production}.`
  ]
  const runAgain = [`Run the release of ${ctx.tag} again from the start.`]
  // What the environment may serve and what to do, by what was stopped: the first row that applies.
  const situations: { applies: boolean; state: string; nextSteps: string[] }[] = [
    {
      applies: released,
      state: `${production} serves ${ctx.tag}, released: its health window passed${leftRunning.length > 0 ? `; the old colour${leftRunning.length > 1 ? 's' : ''} kept for keep-old still run${leftRunning.length > 1 ? '' : 's'}, not retired (${leftRunning.map(c => `${c.service} ${c.color}`).join(', ')})` : ''}`,
      nextSteps: leftRunning.map(
        c =>
          `Retire ${c.service}'s old colour ${c.color} when it is no longer needed${c.command ? `: ${c.command}` : ''}`
      )
    },
    {
      applies: rollbackStopped,
      state: `rollback interrupted: the rollback of ${production} from ${ctx.tag} to ${rollbackTo} was stopped part way, so ${production} may serve neither release (its services may be down)`,
      nextSteps: [
        `Finish the rollback of ${production} to ${rollbackTo}: ${rollbackCommand(production)}.`,
        `Until it succeeds, release-gate refuses to start another release of ${production}.`
      ]
    },
    {
      applies: phase === 'production',
      state: `${production} may serve ${ctx.tag} on some services or instances and ${previous ?? 'the previous release'} on others: the rollout stopped part way`,
      nextSteps: rollBack
    },
    {
      applies: phase === 'stabilize',
      state: `${production} serves ${ctx.tag}; its health window did not finish, so the release is not proven`,
      nextSteps: rollBack
    },
    {
      applies: phase === 'staging',
      state: `staging may serve a mix of ${ctx.tag} and the release before it; ${production} was not touched`,
      // Unless the production environment is itself named staging.
      nextSteps: environment === production ? rollBack : runAgain
    },
    { applies: true, state: `no environment was changed by the ${phase} phase`, nextSteps: runAgain }
  ]
  const { state, nextSteps } = situations.find(s => s.applies) as (typeof situations)[number]
  const at = ctx.clock.now()
  const now = at.toISOString()
  const record: ReleaseInterrupted = {
    ...recordHeader(ARTIFACTS.releaseInterrupted, ctx.tag, at),
    phase,
    signal: interrupted.signal,
    interruptedAt: now,
    environment,
    previousRelease: previous,
    inFlight: interrupted.inFlight,
    commands: ctx.journal ?? [],
    state,
    nextSteps
  }
  await ctx.store.writeJson(ARTIFACTS.releaseInterrupted, record)
  ctx.logger.error(
    `[ERROR] Release interrupted by ${interrupted.signal} during the ${phase} phase${interrupted.inFlight ? ` (stopped ${interrupted.inFlight.name})` : ''}: ${state}.`
  )
  for (const step of nextSteps) ctx.logger.error(`  - ${step}`)
  ctx.logger.error(`  Evidence: ${ctx.store.path(ARTIFACTS.releaseInterrupted)}`)
  await emitEvent(ctx, 'alert', `${ctx.tag} interrupted by ${interrupted.signal} during ${phase}: ${state}`, {
    phase,
    ...(environment ? { environment } : {})
  })
  return {
    kind: 'interrupted',
    signal: interrupted.signal,
    reason: `interrupted by ${interrupted.signal} during the ${phase} phase`
  }
}
