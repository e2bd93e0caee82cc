import { ANNOUNCE } from '../core/announce.js'
import { emitEvent, settleCommunications } from '../phases/shared/events.js'
import type { ProtocolContext } from '../core/context.js'
import type { PhaseOutcome } from '../core/outcome.js'
import { runProduction } from '../phases/production/run.js'
import { runReadiness } from '../phases/readiness/run.js'
import { runReport } from '../phases/report/run.js'
import { runHealthWindow } from '../phases/health-window/run.js'
import { runStaging } from '../phases/staging/run.js'
import { InterruptedError } from '../core/interruption.js'
import { GATE_BEFORE, type PhaseName } from '../core/phases.js'
import { recordInterruption } from './interruption.js'
import { configChange } from '../phases/shared/config-change.js'
import {
  newRunRefusal,
  otherReleaseRefusal,
  phaseStartRefusal,
  type RecordedRollback
} from '../core/bundle-run.js'
import { MANIFEST_FILE, type EvidenceManifest } from '../core/manifest.js'
import {
  ARTIFACTS,
  healthWindowOfFile,
  type HealthWindowFile,
  type HealthWindowFileV1,
  type HealthWindowRecord,
  type ProductionDeploymentReport
} from '../core/records/index.js'
import { mayStart, refusalMessage } from '../core/ledger.js'

/**
 * Refuses a release at its start while production's ledger is busy (another release or rollback runs) or unresolved
 * (a breach left in place, a failed or interrupted rollback): nothing is archived, deployed or written, so the
 * running release's evidence stays whole. Null when the release may start.
 */
export async function refuseStartOverLedger(ctx: ProtocolContext): Promise<PhaseOutcome | null> {
  const refusal = mayStart(await ctx.history.ledger(ctx.config.approval.environment), ctx.tag)
  if (!refusal) return null
  const reason = refusalMessage(refusal)
  ctx.logger.error(`[ERROR] Release ${ctx.tag} not started: ${reason}`)
  ctx.logger.error(`Nothing was archived or deployed; the evidence in ${ctx.store.dir} is untouched.`)
  return { kind: 'halted', gate: 1, reasons: [reason] }
}

/** Starts a new evidence bundle; an earlier bundle is archived, never deleted. */
export async function startBundle(ctx: ProtocolContext): Promise<void> {
  const archived = await ctx.store.archiveExisting(ctx.clock.now())
  if (archived) ctx.logger.info(`Earlier evidence moved to ${archived}`)
}

/**
 * Refuses a new run over a bundle whose run has not ended (a release still in its health window, or one that stopped
 * without a report), before anything is written: archiving it would take the evidence from under that release.
 */
export async function refuseOverUnendedRun(ctx: ProtocolContext): Promise<PhaseOutcome | null> {
  // A manifest that does not even parse records no run to protect: that bundle is archived as it is.
  const manifest = await ctx.store.readJson<EvidenceManifest>(MANIFEST_FILE).catch(() => undefined)
  const refusal = newRunRefusal(ctx.store.dir, manifest, ctx.tag)
  if (!refusal) return null
  ctx.logger.error(`[ERROR] ${refusal.problem}; release ${ctx.tag} will not start. ${refusal.fix}`)
  return { kind: 'halted', gate: 1, reasons: [refusal.problem] }
}

/**
 * Refuses a phase (other than readiness) of one release over another release's bundle, before anything is written or
 * sealed: its records would land in that release's evidence.
 */
async function refuseOtherRelease(
  ctx: ProtocolContext,
  phase: Exclude<PhaseName, 'readiness'>
): Promise<PhaseOutcome | null> {
  // A manifest that does not parse is the verification's to report (or, for the report, to list).
  const manifest = await ctx.store.readJson<EvidenceManifest>(MANIFEST_FILE).catch(() => undefined)
  const refusal = otherReleaseRefusal(ctx.store.dir, phase, manifest, ctx.tag)
  if (!refusal) return null
  ctx.logger.error(`[ERROR] ${refusal.problem}. ${refusal.fix}`)
  return { kind: 'halted', gate: phase === 'report' ? 1 : GATE_BEFORE[phase], reasons: [refusal.problem] }
}

/** The protocol's order, checked as a phase starts: a run rolled back or reported, or a later phase sealed, stops it. */
async function refuseOutOfOrder(
  ctx: ProtocolContext,
  phase: Exclude<PhaseName, 'readiness' | 'report'>
): Promise<PhaseOutcome | null> {
  const manifest = await ctx.store.readJson<EvidenceManifest>(MANIFEST_FILE)
  if (!manifest) return null
  const production = await ctx.store.readJson<ProductionDeploymentReport>(ARTIFACTS.productionDeployment)
  const healthFile = await ctx.store.readJson<HealthWindowFile | HealthWindowFileV1>(ARTIFACTS.healthWindow)
  const health: HealthWindowRecord | undefined = healthFile && healthWindowOfFile(healthFile)
  const rollback: RecordedRollback | null = production?.rollback
    ? { phase: 'production', status: production.rollback.status }
    : health?.rollback
      ? { phase: 'stabilize', status: health.rollback.status }
      : null
  const refusal = phaseStartRefusal(ctx.store.dir, phase, manifest, rollback)
  if (!refusal) return null
  ctx.logger.error(`[ERROR] ${refusal.problem}; the ${phase} phase will not start. ${refusal.fix}`)
  return { kind: 'halted', gate: GATE_BEFORE[phase], reasons: [refusal.problem] }
}

/**
 * Runs one phase against the evidence the earlier phases left in the bundle, then seals what it wrote into the
 * manifest. A phase never starts on a bundle that is missing, altered or broken; the report is compiled regardless,
 * because a broken release needs its report most.
 */
export async function runPhase(
  release: ProtocolContext,
  phase: PhaseName,
  /** Problems found with the evidence before it reached this bundle (an artifact altered or lost between jobs). */
  transportProblems: readonly string[] = []
): Promise<PhaseOutcome> {
  // Each phase gets its own journal of the commands it ran; the composed context itself is never changed.
  const ctx: ProtocolContext = { ...release, journal: [] }
  const refused =
    phase === 'readiness' ? await refuseStartOverLedger(ctx) : await refuseOtherRelease(ctx, phase)
  if (refused) return refused
  // The report verifies the chain before it seals onto it: it never seals (or attests) evidence it cannot vouch for.
  const chainProblems = phase === 'report' ? [...transportProblems, ...(await reportChainProblems(ctx))] : []
  if (phase !== 'readiness' && phase !== 'report') {
    const problems = await ctx.store.verify()
    if (problems.length > 0) {
      ctx.logger.error(
        `[ERROR] The evidence bundle in ${ctx.store.dir} failed verification; the ${phase} phase will not start.`
      )
      for (const problem of problems) ctx.logger.error(`  - ${problem}`)
      return { kind: 'halted', gate: GATE_BEFORE[phase], reasons: problems.map(p => `evidence: ${p}`) }
    }
    const outOfOrder = await refuseOutOfOrder(ctx, phase)
    if (outOfOrder) return outOfOrder
    // A command of an earlier phase may have rewritten the config: this phase runs only under the one readiness checked.
    const changed = await configChange(ctx)
    if (changed) {
      ctx.logger.error(`[ERROR] ${changed.problem}; the ${phase} phase will not start. ${changed.fix}`)
      return { kind: 'halted', gate: GATE_BEFORE[phase], reasons: [changed.problem] }
    }
  }
  if (phase === 'readiness') {
    const refused = await refuseOverUnendedRun(ctx)
    if (refused) return refused
  }
  try {
    let outcome: PhaseOutcome
    try {
      outcome = withGate(await runUnsealed(ctx, phase, chainProblems), phase)
    } catch (error) {
      if (!(error instanceof InterruptedError)) throw error
      outcome = await recordInterruption(ctx, phase, error)
    }
    // The report restates the release's outcome; the phase that halted it announced it already.
    if (outcome.kind === 'halted' && phase !== 'report')
      await emitEvent(
        ctx,
        'halted',
        `${ctx.tag} halted at Gate ${outcome.gate}: ${outcome.reasons.join('; ')}`,
        {
          phase
        }
      )
    return outcome
  } finally {
    // Notifications went out in the background; what became of them belongs in what is sealed.
    await settleCommunications(ctx)
    if (chainProblems.length === 0) await ctx.store.seal(phase, ctx.tag, ctx.clock.now())
    else {
      ctx.logger.error(
        `[ERROR] The evidence chain of ${ctx.tag} is broken; the report lists what is known, and is not sealed or attested.`
      )
      for (const problem of chainProblems) ctx.logger.error(`  - ${problem}`)
    }
  }
}

/** The gate a rolled-back or failed release did not pass: the one its phase stands for. Pure. */
function withGate(outcome: PhaseOutcome, phase: PhaseName): PhaseOutcome {
  if ((outcome.kind !== 'rolled-back' && outcome.kind !== 'failed') || outcome.gate !== undefined)
    return outcome
  if (phase === 'production') return { ...outcome, gate: 3 }
  if (phase === 'stabilize') return { ...outcome, gate: 4 }
  return outcome
}

/** What is wrong with the chain the report would seal onto; nothing for a bundle not yet started (no manifest, no file). */
async function reportChainProblems(ctx: ProtocolContext): Promise<string[]> {
  const started =
    (await ctx.store.readText(MANIFEST_FILE)) !== undefined || (await ctx.store.inventory()).length > 0
  return started ? ctx.store.verify() : []
}

async function runUnsealed(
  ctx: ProtocolContext,
  phase: PhaseName,
  chainProblems: readonly string[]
): Promise<PhaseOutcome> {
  switch (phase) {
    case 'readiness':
      await startBundle(ctx)
      await emitEvent(ctx, 'phase-started', `Phase 1 (readiness) of ${ctx.tag} started`, { phase })
      return runReadiness(ctx)
    case 'staging':
      await emitEvent(ctx, 'phase-started', `Phase 2 (staging) of ${ctx.tag} started`, {
        phase,
        environment: 'staging'
      })
      return runStaging(ctx)
    case 'production':
      await emitEvent(ctx, 'phase-started', `Phase 3 (production) of ${ctx.tag} started`, { phase })
      return runProduction(ctx)
    case 'stabilize':
      await emitEvent(ctx, 'phase-started', `Phase 4 (health window) of ${ctx.tag} started`, { phase })
      return runHealthWindow(ctx)
    case 'report': {
      const outcome = await runReport(ctx, chainProblems)
      if (outcome.kind === 'passed') ctx.logger.info(ANNOUNCE.protocolComplete)
      return outcome
    }
  }
}

/**
 * The whole protocol: each phase runs only if the one before passed; the report is compiled whatever happened once a
 * release started.
 */
export async function runRelease(ctx: ProtocolContext): Promise<PhaseOutcome> {
  // Refused before the first phase, there is no release of this run to report (and the bundle is another's).
  const refused = (await refuseStartOverLedger(ctx)) ?? (await refuseOverUnendedRun(ctx))
  if (refused) return refused
  let outcome: PhaseOutcome = { kind: 'passed' }
  try {
    for (const phase of ['readiness', 'staging', 'production', 'stabilize'] as const) {
      outcome = await runPhase(ctx, phase)
      if (outcome.kind !== 'passed') break
    }
  } finally {
    // A failed release leaves its evidence and a report behind, even when a phase threw.
    await runPhase(ctx, 'report').catch(error => {
      ctx.logger.error(`[ERROR] Could not compile the release report: ${(error as Error).message}`)
    })
  }
  return outcome
}
