import { formatDuration } from '../../core/duration.js'
import { healthLogPieces } from '../../render/markdown.js'
import { probeSparklines } from '../../render/chart.js'
import {
  releaseProbeSampler,
  summarizeProbes,
  warmProbeTargets,
  type ProbeSampler
} from '../analysis/probes.js'
import { watchHealthWindow } from './watch.js'
import { ANNOUNCE, answered, phaseComplete } from '../../core/announce.js'
import type { ProtocolContext } from '../../core/context.js'
import { templateVars } from '../shared/step.js'
import { productionGate } from '../production/gate.js'
import type { PhaseOutcome } from '../../core/outcome.js'
import { InterruptedError } from '../../core/interruption.js'
import {
  ARTIFACTS,
  type HealthSample,
  healthWindowFileInBatches,
  type HealthWindowRecord,
  type ProductionDeploymentReport,
  type RollbackRecord,
  type ValidationResults
} from '../../core/records/index.js'
import { rollBackAfterFailure } from '../rollback/after-failure.js'
import {
  keptColors,
  retireKeptColors,
  switchBackToKeptColors,
  type KeptColor
} from '../rollout/steps/blue-green.js'
import { emitEvent } from '../shared/events.js'
import { refuse } from '../shared/gate.js'
import { recordHeader } from '../../core/record-header.js'

/** Phase 4: watch the health window; on a breach alert and roll back (or leave it to a person); record everything. */
export async function runHealthWindow(ctx: ProtocolContext, sampler?: ProbeSampler): Promise<PhaseOutcome> {
  const production = await ctx.store.readJson<ProductionDeploymentReport>(ARTIFACTS.productionDeployment)
  const gate3 = productionGate(
    ctx.tag,
    production,
    await ctx.store.readJson<ValidationResults>(ARTIFACTS.postDeploymentValidation)
  )
  if (!gate3.passed || !production) return refuse(ctx, 3, gate3.reasons, 'stabilize')

  const health = ctx.config.health
  const environment = production.environment
  const previous = production.previousRelease
  ctx.logger.info(ANNOUNCE.phase4Start)
  ctx.logger.info(
    `Watching ${health.probes.map(p => p.id).join(', ')} for ${formatDuration(health.windowMs)}, every ${formatDuration(health.intervalMs)}; ` +
      `breach at ${health.failureLimit} failed sample(s) of a probe; on breach: ${health.onBreach}.`
  )
  const startedAt = ctx.clock.now().toISOString()
  const probeVars = templateVars(ctx, environment, 'health', previous)
  const probeSampler = sampler ?? releaseProbeSampler(ctx, probeVars)
  const windowRecord = (
    samples: HealthSample[],
    verdict: HealthWindowRecord['verdict'],
    breach: HealthWindowRecord['breach']
  ): HealthWindowRecord => ({
    ...recordHeader(ARTIFACTS.healthWindow, ctx.tag, ctx.clock.now()),
    environment,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    windowMs: health.windowMs,
    intervalMs: health.intervalMs,
    failureLimit: health.failureLimit,
    onBreach: health.onBreach,
    verdict,
    breach,
    // As measured: `/version = "v1.1.0"`, not `/version = "${tag}"`.
    probes: summarizeProbes(health.probes, samples, probeVars),
    samples,
    rollback: null
  })
  const taken: HealthSample[] = []
  let measured
  try {
    await warmProbeTargets(ctx.http, health.probes, probeVars)
    measured = await watchHealthWindow(health, probeSampler, ctx.clock, (progress, round) => {
      taken.push(...round)
      for (const failed of round.filter(s => !s.passed))
        ctx.logger.warn(`  ✘ ${failed.probe} (round ${failed.round}): ${failed.message}`)
      ctx.logger.progress(
        `  health window: ${formatDuration(progress.remainingMs)} left, round ${progress.round}/${progress.rounds}, ${progress.samples} samples, ${progress.failures} failed`
      )
    })
  } catch (error) {
    // A stopped window keeps what it measured: the samples so far, and no verdict (the release is not proven).
    if (error instanceof InterruptedError)
      await ctx.store.writeJson(
        ARTIFACTS.healthWindow,
        healthWindowFileInBatches(windowRecord(taken, 'inconclusive', null))
      )
    throw error
  }
  const { samples, phase, breach } = measured
  const record = windowRecord(
    samples,
    phase === 'passed' ? 'healthy' : phase === 'failed' ? 'breached' : 'inconclusive',
    breach
  )

  let outcome: PhaseOutcome
  const kept = keptColors(production.services)
  if (breach) {
    const answered = await answerBreach(ctx, environment, previous, `health ${breach.reason}`, kept)
    record.rollback = answered.rollback
    outcome = answered.outcome
  } else {
    await ctx.history.record({ tag: ctx.tag, environment, status: 'released' })
    outcome = { kind: 'passed' }
    await emitEvent(ctx, 'released', `${ctx.tag} released to ${environment}: the health window passed`, {
      phase: 'stabilize',
      environment
    })
    // Gate 4 passed: the old colours kept for a switch back are no longer needed.
    if (kept.length > 0) {
      record.retired = []
      try {
        await retireKeptColors(ctx, kept, environment, previous, record.retired)
      } catch (error) {
        // Stopped while waiting out keep-old: the release is released all the same, and its window's record says so
        // (the interruption record names the old colours left running).
        if (error instanceof InterruptedError)
          await ctx.store.writeJson(ARTIFACTS.healthWindow, healthWindowFileInBatches(record))
        throw error
      }
    }
  }
  await ctx.store.writeJson(ARTIFACTS.healthWindow, healthWindowFileInBatches(record))
  const maxOf = (id: string): number | undefined => health.probes.find(p => p.id === id)?.max
  await ctx.store.writeText(ARTIFACTS.healthLog, healthLogPieces(record, maxOf))
  for (const line of probeSparklines(record.probes, samples)) ctx.logger.info(`  ${line}`)
  if (outcome.kind === 'passed') {
    ctx.logger.info(
      `Health window passed: ${samples.length} samples, ${samples.filter(s => !s.passed).length} failed.`
    )
    ctx.logger.info(
      answered(ANNOUNCE.releaseComplete, 'yes (automatic: the release report is compiled next)')
    )
    ctx.logger.info(phaseComplete(4, 'Stabilization'))
  }
  return outcome
}

/**
 * A breached (or inconclusive) window: the spec's alert, then the rollback decision that health.on-breach makes. An
 * inconclusive window is not a healthy one: with no data the release is not proven, so it is handled as a breach.
 */
async function answerBreach(
  ctx: ProtocolContext,
  environment: string,
  previous: string | null,
  reason: string,
  kept: readonly KeptColor[]
): Promise<{ rollback: RollbackRecord | null; outcome: PhaseOutcome }> {
  ctx.logger.error(ANNOUNCE.healthDegradation)
  // Blue/green: the old colour is still up, so traffic goes back to it before anything else (the alert, the rollback).
  const switchedBack =
    ctx.config.health.onBreach === 'rollback' && kept.length > 0
      ? await switchBackToKeptColors(ctx, kept, environment, previous)
      : []
  await emitEvent(ctx, 'alert', `${ANNOUNCE.healthDegradation} ${reason}`, {
    phase: 'stabilize',
    environment
  })
  ctx.logger.error(`  ${reason}`)
  if (ctx.config.health.onBreach === 'rollback') {
    ctx.logger.info(
      answered(
        ANNOUNCE.rollbackDecision,
        `yes (health.on-breach: rollback) → rolling back to ${previous ?? '(unknown)'}`
      )
    )
    return rollBackAfterFailure(ctx, {
      environment,
      target: previous,
      trigger: 'health-breach',
      reason,
      switchedBack
    })
  }
  ctx.logger.info(
    answered(
      ANNOUNCE.rollbackDecision,
      `no (health.on-breach: alert): ${ctx.tag} stays. To roll back: release-gate rollback --env ${environment}`
    )
  )
  await ctx.history.record({ tag: ctx.tag, environment, status: 'breach-left', note: reason })
  return { rollback: null, outcome: { kind: 'failed', reason } }
}
