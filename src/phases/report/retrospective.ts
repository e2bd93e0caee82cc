import type { ProtocolContext } from '../../core/context.js'
import { ARTIFACTS, type RetrospectiveInputs } from '../../core/records/index.js'
import { recordedRollbacks, type ReleaseEvidence } from '../../render/deployment-report.js'
import type { JudgedGate, PhaseOutcome } from '../../core/outcome.js'
import { recordHeader } from '../../core/record-header.js'

/** Outcome of the release as the evidence shows it. Pure. */
export function releaseOutcome(bundle: ReleaseEvidence): RetrospectiveInputs['outcome'] {
  if (bundle.health?.verdict === 'healthy') return 'released'
  const rollbacks = recordedRollbacks(bundle)
  if (rollbacks.some(r => r.status === 'success')) return 'rolled-back'
  if (rollbacks.length > 0 || bundle.health?.verdict === 'breached' || bundle.production?.status === 'failed')
    return 'failed'
  if (
    bundle.checklist?.passed === false ||
    bundle.staging?.passed === false ||
    bundle.stagingValidation?.passed === false
  )
    return 'halted'
  if (bundle.uat?.passed === false || bundle.approval?.decision === 'rejected') return 'halted'
  return 'incomplete'
}

/** The release's outcome as a phase outcome: what the report states, with the gate and the reasons. Pure. */
export function reportOutcome(
  outcome: RetrospectiveInputs['outcome'],
  gates: readonly JudgedGate[],
  bundle: ReleaseEvidence
): PhaseOutcome {
  const failedGate = gates.find(g => g.verdict && !g.verdict.passed)?.verdict ?? null
  const rollbacks = recordedRollbacks(bundle)
  const reason =
    rollbacks.at(-1)?.reason ?? failedGate?.reasons.join('; ') ?? bundle.production?.status ?? outcome
  const laterGate = failedGate?.gate === 3 || failedGate?.gate === 4 ? failedGate.gate : undefined
  switch (outcome) {
    case 'released':
      return { kind: 'passed' }
    case 'halted':
      return {
        kind: 'halted',
        gate: failedGate && failedGate.gate !== 4 ? failedGate.gate : 3,
        reasons: failedGate?.reasons ?? ['a gate did not pass']
      }
    case 'rolled-back':
      return { kind: 'rolled-back', reason, ...(laterGate ? { gate: laterGate } : {}) }
    case 'failed': {
      const failedRollback = rollbacks.find(r => r.status !== 'success')
      return {
        kind: 'failed',
        reason: failedRollback ? `${failedRollback.reason}; rollback ${failedRollback.status}` : reason,
        ...(laterGate ? { gate: laterGate } : {})
      }
    }
    case 'incomplete':
      return {
        kind: 'incomplete',
        sealed: !bundle.brokenChain?.length,
        reason: bundle.brokenChain?.length
          ? `the evidence chain is broken: ${bundle.brokenChain.join('; ')}`
          : bundle.interrupted
            ? `interrupted by ${bundle.interrupted.signal} during the ${bundle.interrupted.phase} phase`
            : `the release did not finish: ${missingStep(bundle)}`
      }
  }
}

/** The first step of the protocol the evidence has no record of. Pure. */
function missingStep(bundle: ReleaseEvidence): string {
  if (!bundle.checklist) return 'no readiness checklist'
  if (!bundle.staging) return 'no staging deployment'
  if (!bundle.approval) return 'no production approval'
  if (!bundle.production) return 'no production deployment'
  return 'no health window verdict'
}

/** retrospective-inputs.json: what Protocol 5's retrospective starts from (failures, near misses, interventions). */
export function buildRetrospective(
  ctx: ProtocolContext,
  b: ReleaseEvidence,
  outcome: RetrospectiveInputs['outcome'],
  gates: readonly JudgedGate[]
): RetrospectiveInputs {
  const failures = gates.flatMap(g =>
    g.verdict && !g.verdict.passed ? g.verdict.reasons.map(r => `${g.name}: ${r}`) : []
  )
  failures.push(...b.unreadable.map(u => `unreadable evidence: ${u}`))
  const misses = nearMisses(ctx, b)
  const rollbacks = recordedRollbacks(b).map(r => ({
    trigger: r.trigger,
    reason: r.reason,
    status: r.status
  }))
  return {
    ...recordHeader(ARTIFACTS.retrospective, ctx.tag, ctx.clock.now()),
    outcome,
    phases: phaseSpans(b, gates),
    failures,
    nearMisses: misses.slice(0, 50),
    rollbacks,
    manualInterventions: manualInterventions(b),
    improvementActions: improvementActions(b, rollbacks, misses)
  }
}

// Probes that failed without breaching, and HTTP latencies over 80% of their limit: the next release's risks.
function nearMisses(ctx: ProtocolContext, b: ReleaseEvidence): string[] {
  const misses: string[] = []
  for (const probe of b.health?.probes ?? []) {
    if (probe.failures > 0 && b.health?.verdict === 'healthy')
      misses.push(
        `probe ${probe.id} failed ${probe.failures} of ${probe.samples} samples but stayed under the limit`
      )
  }
  for (const sample of b.health?.samples ?? []) {
    const probe = ctx.config.health.probes.find(p => p.id === sample.probe)
    if (
      probe?.kind === 'http' &&
      probe.maxLatencyMs &&
      sample.passed &&
      sample.value !== null &&
      sample.value > 0.8 * probe.maxLatencyMs
    ) {
      misses.push(
        `probe ${probe.id} latency ${sample.value}ms in round ${sample.round} is over 80% of its ${probe.maxLatencyMs}ms limit`
      )
    }
  }
  return misses
}

// Where a person decided: the production approval, and the emergency window override (who and why).
function manualInterventions(b: ReleaseEvidence): string[] {
  const windowOverride = b.checklist?.window?.override
  return [
    ...(b.approval
      ? [
          `production approval: ${b.approval.decision} by ${b.approval.approver ?? 'nobody'} via ${b.approval.source}`
        ]
      : []),
    ...(windowOverride
      ? [
          `deployment window overridden by ${windowOverride.by} at ${windowOverride.at}: ${windowOverride.reason}`
        ]
      : [])
  ]
}

function improvementActions(
  b: ReleaseEvidence,
  rollbacks: RetrospectiveInputs['rollbacks'],
  misses: string[]
): string[] {
  const actions: string[] = []
  if (rollbacks.length > 0)
    actions.push(
      'Find why the release passed staging but failed in production; add a staging check that would have caught it.'
    )
  if (b.checklist?.prerequisites.some(p => !p.passed))
    actions.push(
      'Regenerate the missing or stale prerequisite evidence earlier (Protocol 10) so readiness does not block the window.'
    )
  if (misses.length > 0)
    actions.push(
      'Review the near misses: tune thresholds or fix the slow/flaky dependency before the next release.'
    )
  if (rollbacks.some(r => r.status !== 'success'))
    actions.push('Rehearse the rollback: it did not complete when it was needed.')
  if (b.checklist?.window?.override)
    actions.push(
      'Review why this release could not wait for a deployment window; plan the next emergency path (hotfix window, on-call approval).'
    )
  return actions
}

// Staging and production pass by their gate (it weighs validation and UAT too), not by their own record alone.
function phaseSpans(b: ReleaseEvidence, gates: readonly JudgedGate[]): RetrospectiveInputs['phases'] {
  return [
    phaseSpan('readiness', b.checklist?.startedAt, b.checklist?.finishedAt, b.checklist?.passed),
    phaseSpan(
      'staging',
      b.staging?.startedAt,
      b.uat?.recordedAt ?? b.staging?.finishedAt,
      b.staging ? gates[1]?.verdict?.passed : undefined
    ),
    phaseSpan(
      'production',
      b.production?.startedAt,
      b.postValidation?.generatedAt ?? b.production?.finishedAt,
      b.production ? gates[3]?.verdict?.passed : undefined
    ),
    phaseSpan(
      'stabilize',
      b.health?.startedAt,
      b.health?.finishedAt,
      b.health ? b.health.verdict === 'healthy' : undefined
    )
  ]
}

function phaseSpan(
  phase: string,
  startedAt: string | undefined,
  finishedAt: string | undefined,
  passed: boolean | undefined
): RetrospectiveInputs['phases'][number] {
  if (!startedAt || !finishedAt || passed === undefined)
    return { phase, status: 'not-run', startedAt: null, finishedAt: null, durationMs: null }
  return {
    phase,
    status: passed ? 'passed' : 'failed',
    startedAt,
    finishedAt,
    durationMs: Date.parse(finishedAt) - Date.parse(startedAt)
  }
}
