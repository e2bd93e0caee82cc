import { ANNOUNCE } from './announce.js'
import type { ProtocolContext } from './context.js'
import type { PhaseOutcome } from './outcome.js'
import { runProduction } from './production.js'
import { runReadiness } from './readiness.js'
import { runReport } from './report.js'
import { runStabilize } from './stabilize.js'
import { runStaging } from './staging.js'

/** The protocol's phases, runnable one at a time (as workflow steps) or all together. */
export const PHASES = ['readiness', 'staging', 'production', 'stabilize', 'report'] as const
/** A phase name. */
export type PhaseName = (typeof PHASES)[number]

/** Starts a new evidence bundle; an earlier bundle is archived, never deleted. */
export async function startBundle(ctx: ProtocolContext): Promise<void> {
  const archived = await ctx.store.archiveExisting(ctx.clock.now())
  if (archived) ctx.logger.info(`Earlier evidence moved to ${archived}`)
}

/** Runs one phase against the evidence the earlier phases left in the bundle. */
export async function runPhase(ctx: ProtocolContext, phase: PhaseName): Promise<PhaseOutcome> {
  switch (phase) {
    case 'readiness':
      await startBundle(ctx)
      return runReadiness(ctx)
    case 'staging':
      return runStaging(ctx)
    case 'production':
      return runProduction(ctx)
    case 'stabilize':
      return runStabilize(ctx)
    case 'report': {
      const outcome = await runReport(ctx)
      if (outcome === 'released') ctx.logger.info(ANNOUNCE.protocolComplete)
      return { kind: 'passed' }
    }
  }
}

/** The whole protocol: each phase runs only if the one before passed; the report is compiled whatever happened. */
export async function runRelease(ctx: ProtocolContext): Promise<PhaseOutcome> {
  let outcome: PhaseOutcome = { kind: 'passed' }
  try {
    for (const phase of ['readiness', 'staging', 'production', 'stabilize'] as const) {
      outcome = await runPhase(ctx, phase)
      if (outcome.kind !== 'passed') break
    }
  } finally {
    // A failed release leaves its evidence and a report behind, even when a phase threw.
    const released = await runReport(ctx).catch(error => {
      ctx.logger.error(`[ERROR] Could not compile the release report: ${(error as Error).message}`)
      return 'incomplete' as const
    })
    if (released === 'released' && outcome.kind === 'passed') ctx.logger.info(ANNOUNCE.protocolComplete)
  }
  return outcome
}
