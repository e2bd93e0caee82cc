import type { AnalysisSpec, ProbeSpec } from '../../core/config.js'
import type { TemplateVars } from '../../core/command-template.js'
import type { ProtocolContext } from '../../core/context.js'
import type { AnalysisRecord, CanaryScore, HealthSample } from '../../core/records/index.js'
import { scoreCanary } from '../analysis/canary-score.js'
import { measure } from '../analysis/measure.js'
import {
  releaseProbeSampler,
  summarizeProbes,
  warmProbeTargets,
  type ProbeSampler
} from '../analysis/probes.js'
import { templateVars } from '../shared/step.js'

/** The rounds of an analysis: `count` samples, `interval` apart, the first at once. Pure. */
export function analysisSchedule(analysis: AnalysisSpec): number[] {
  return Array.from({ length: analysis.count }, (_, i) => i * analysis.intervalMs)
}

/** The probes an analysis names, from `metrics` and `health.probes` (the loader checked they exist). */
export function analysisProbes(ctx: ProtocolContext, analysis: AnalysisSpec): ProbeSpec[] {
  const all = [...ctx.config.metrics, ...ctx.config.health.probes]
  const ids = new Set([...analysis.probes, ...analysis.compare.flatMap(m => [m.baseline, m.canary])])
  return [...ids].map(id => all.find(p => p.id === id) as ProbeSpec)
}

/**
 * The analysis verdict once the comparison is scored: a failing score fails, a marginal or unscorable one is
 * inconclusive (no evidence that the canary is as good is not evidence that it is). Pure.
 */
export function compareVerdict(
  analysis: AnalysisSpec,
  samples: readonly HealthSample[]
): { comparison: CanaryScore; verdict: 'passed' | 'failed' | 'inconclusive'; reason: string } {
  const values = (probe: string): number[] =>
    samples.filter(s => s.probe === probe && s.value !== null).map(s => s.value as number)
  const comparison = scoreCanary(
    analysis.compare.map(m => ({
      id: m.id,
      baseline: values(m.baseline),
      canary: values(m.canary),
      direction: m.direction,
      critical: m.critical,
      weight: m.weight,
      tolerance: m.tolerance
    })),
    {
      alpha: analysis.score.alpha,
      passThreshold: analysis.score.pass,
      marginalThreshold: analysis.score.marginal
    }
  )
  const failing = comparison.metrics.filter(m => !m.pass).map(m => m.reason)
  const scoreText = comparison.score === null ? 'no score' : `score ${Math.round(comparison.score * 10) / 10}`
  const reason = `canary ${comparison.verdict} (${scoreText}; pass ≥ ${analysis.score.pass}, marginal ≥ ${analysis.score.marginal})${failing.length > 0 ? `: ${failing.join('; ')}` : ''}`
  const verdict =
    comparison.verdict === 'pass' ? 'passed' : comparison.verdict === 'fail' ? 'failed' : 'inconclusive'
  return { comparison, verdict, reason }
}

/** Runs one analysis through the same measurement machinery as the health window. */
export async function runAnalysis(
  ctx: ProtocolContext,
  analysis: AnalysisSpec,
  environment: string,
  service: string,
  previous: string | null,
  sampler?: ProbeSampler,
  extraVars: Partial<TemplateVars> = {}
): Promise<AnalysisRecord> {
  const probes = analysisProbes(ctx, analysis)
  const startedAt = ctx.clock.now().toISOString()
  const vars = { ...templateVars(ctx, environment, service, previous), ...extraVars }
  const probeSampler = sampler ?? releaseProbeSampler(ctx, vars)
  await warmProbeTargets(ctx.http, probes, vars)
  const result = await measure(
    probes,
    analysisSchedule(analysis),
    probeSampler,
    ctx.clock,
    (_progress, round) => {
      for (const sample of round.filter(s => !s.passed))
        ctx.logger.warn(`  ✘ ${sample.probe} (round ${sample.round}, ${sample.status}): ${sample.message}`)
    }
  )
  const finishedAt = ctx.clock.now().toISOString()
  let verdict = result.phase
  let breach = result.breach
  let comparison: CanaryScore | null = null
  if (analysis.compare.length > 0 && result.phase === 'passed') {
    const scored = compareVerdict(analysis, result.samples)
    comparison = scored.comparison
    verdict = scored.verdict
    ctx.logger.info(`  ${service} | ${scored.reason}`)
    if (verdict !== 'passed') {
      breach = {
        probe: analysis.compare.map(m => m.id).join(', '),
        kind: verdict === 'failed' ? 'failed' : 'inconclusive',
        count: comparison.metrics.filter(m => !m.pass).length,
        limit: analysis.compare.length,
        at: finishedAt,
        reason: scored.reason
      }
    }
  }
  return {
    startedAt,
    finishedAt,
    intervalMs: analysis.intervalMs,
    count: analysis.count,
    verdict,
    breach,
    probes: summarizeProbes(probes, result.samples, vars),
    samples: result.samples,
    comparison
  }
}
