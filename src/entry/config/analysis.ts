import type { AnalysisSpec, CompareSpec } from '../../core/config.js'
import {
  DEFAULT_ANALYSIS_COUNT,
  DEFAULT_COMPARE_ANALYSIS_COUNT,
  DEFAULT_COMPARE_CRITICAL,
  DEFAULT_COMPARE_DIRECTION,
  DEFAULT_COMPARE_TOLERANCE,
  DEFAULT_COMPARE_WEIGHT,
  DEFAULT_ON_INCONCLUSIVE,
  DEFAULT_SCORE_ALPHA,
  DEFAULT_SCORE_MARGINAL,
  DEFAULT_SCORE_PASS,
  MIN_COMPARE_ANALYSIS_COUNT,
  MIN_SAMPLE_INTERVAL_MS
} from '../../core/defaults.js'
import { parseDuration } from '../../core/duration.js'
import type { NormalizeContext } from './context.js'
import type { RawAnalysis, RawCompare } from './raw.js'

/** A rollout analysis with its defaults; it is remembered so its probe ids are checked once every probe is known. */
export function normalizeAnalysis(context: NormalizeContext, raw: RawAnalysis, path: string): AnalysisSpec {
  const compare = (raw.compare ?? []).map(normalizeCompare)
  const spec: AnalysisSpec = {
    probes: raw.probes ?? [],
    intervalMs: raw.interval ? parseDuration(raw.interval) : context.healthIntervalMs,
    count: raw.count ?? (compare.length > 0 ? DEFAULT_COMPARE_ANALYSIS_COUNT : DEFAULT_ANALYSIS_COUNT),
    onInconclusive: raw['on-inconclusive'] ?? DEFAULT_ON_INCONCLUSIVE,
    compare,
    score: {
      pass: raw.score?.pass ?? DEFAULT_SCORE_PASS,
      marginal: raw.score?.marginal ?? DEFAULT_SCORE_MARGINAL,
      alpha: raw.score?.alpha ?? DEFAULT_SCORE_ALPHA
    }
  }
  const { problems } = context
  if (spec.score.marginal > spec.score.pass)
    problems.push(`${path}.score: marginal ${spec.score.marginal} is above pass ${spec.score.pass}`)
  if (compare.length > 0 && spec.count < MIN_COMPARE_ANALYSIS_COUNT)
    problems.push(
      `${path}.count: a baseline comparison needs at least ${MIN_COMPARE_ANALYSIS_COUNT} rounds (a Mann-Whitney test on fewer says nothing)`
    )
  if (spec.intervalMs < MIN_SAMPLE_INTERVAL_MS)
    problems.push(`${path}.interval: got "${raw.interval}", expected at least ${MIN_SAMPLE_INTERVAL_MS}ms`)
  context.analyses.push({ path, analysis: spec })
  return spec
}

function normalizeCompare(raw: RawCompare): CompareSpec {
  return {
    id: raw.id,
    baseline: raw.baseline,
    canary: raw.canary,
    direction: raw.direction ?? DEFAULT_COMPARE_DIRECTION,
    critical: raw.critical ?? DEFAULT_COMPARE_CRITICAL,
    weight: raw.weight ?? DEFAULT_COMPARE_WEIGHT,
    tolerance: raw.tolerance ?? DEFAULT_COMPARE_TOLERANCE
  }
}

/** Reports every analysis probe (or compared metric) that names no probe under metrics or health.probes. */
export function reportUnknownAnalysisProbes(context: NormalizeContext, probeIds: Set<string>): void {
  for (const { path, analysis } of context.analyses) {
    for (const id of analysis.probes)
      if (!probeIds.has(id))
        context.problems.push(
          `${path}.probes: unknown probe '${id}'. Define it under metrics or health.probes.`
        )
    analysis.compare.forEach((metric, i) => {
      for (const id of [metric.baseline, metric.canary])
        if (!probeIds.has(id))
          context.problems.push(
            `${path}.compare[${i}]: unknown probe '${id}'. Define it under metrics or health.probes.`
          )
    })
  }
}
