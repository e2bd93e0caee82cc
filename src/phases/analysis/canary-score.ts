/**
 * Kayenta-style canary judgement: classify each metric by comparing the canary sample with the baseline sample
 * (Mann-Whitney U for significance, Hodges-Lehmann for the size and sign of the change), then score the canary as
 * the weighted share of metrics that pass. Pure data in, plain JSON-serialisable data out (it goes into the evidence).
 */
import type {
  CanaryScore,
  CanaryVerdict,
  MetricDirection,
  MetricJudgement
} from '../../core/records/index.js'
import { hodgesLehmann, mannWhitneyU, median } from './statistics.js'

/** One metric measured on the baseline and on the canary over the same window. */
export interface CanaryMetric {
  /** Name used in the report, e.g. "p95 latency". */
  id: string
  /** Samples from the baseline; non-finite values (NaN, ±Infinity) are dropped, as Kayenta's default NaN strategy. */
  baseline: readonly number[]
  /** Samples from the canary, same treatment. */
  canary: readonly number[]
  /** Which change is bad. */
  direction: MetricDirection
  /** A failing critical metric fails the canary whatever the score. */
  critical?: boolean
  /** Share of the score, default 1; must be positive. */
  weight?: number
  /**
   * Largest relative effect (|effect| ÷ |baseline median|, or |effect| itself when that median is 0) a significant
   * bad change may have and still pass; default 0.
   */
  tolerance?: number
  /** Unit appended to values in the reason, e.g. "ms". */
  unit?: string
}

/** Significance level and verdict thresholds; all optional. */
export interface ScoreOptions {
  /** Significance level of the two-sided Mann-Whitney test, default 0.05. */
  alpha?: number
  /** Lowest score that passes, default 95. */
  passThreshold?: number
  /** Lowest score that is marginal rather than failing, default 75 (or passThreshold, if that is lower). */
  marginalThreshold?: number
}

/** Scores a canary against its baseline, Kayenta style: per-metric classification, weighted score, verdict. */
export function scoreCanary(metrics: readonly CanaryMetric[], options: ScoreOptions = {}): CanaryScore {
  const alpha = options.alpha ?? 0.05
  const pass = options.passThreshold ?? 95
  // Lowering only the pass threshold below 75 should not make the defaults contradict each other.
  const marginal = options.marginalThreshold ?? Math.min(75, pass)
  validateOptions(alpha, pass, marginal)
  const seenIds = new Set<string>()
  for (const metric of metrics) {
    if (seenIds.has(metric.id)) {
      throw new RangeError(`Metric '${metric.id}' appears twice; give every canary metric a unique id.`)
    }
    seenIds.add(metric.id)
  }

  const judgements = metrics.map(metric => judgeMetric(metric, alpha))
  const withData = judgements.filter(judgement => judgement.classification !== 'nodata')
  if (withData.length === 0) {
    return {
      score: null,
      verdict: 'inconclusive',
      thresholds: { pass, marginal },
      alpha,
      metrics: judgements
    }
  }
  const totalWeight = withData.reduce((sum, judgement) => sum + judgement.weight, 0)
  const passingWeight = withData.reduce((sum, judgement) => sum + (judgement.pass ? judgement.weight : 0), 0)
  const score = (100 * passingWeight) / totalWeight
  const criticalFailure = withData.some(judgement => judgement.critical && !judgement.pass)
  const verdict: CanaryVerdict = criticalFailure
    ? 'fail'
    : score >= pass
      ? 'pass'
      : score >= marginal
        ? 'marginal'
        : 'fail'
  return { score, verdict, thresholds: { pass, marginal }, alpha, metrics: judgements }
}

/** Classifies one metric and decides whether it passes. */
function judgeMetric(metric: CanaryMetric, alpha: number): MetricJudgement {
  const weight = metric.weight ?? 1
  const tolerance = metric.tolerance ?? 0
  if (!(Number.isFinite(weight) && weight > 0)) {
    throw new RangeError(`Metric '${metric.id}': weight must be a positive number; got ${weight}.`)
  }
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new RangeError(
      `Metric '${metric.id}': tolerance must be a non-negative number (0.05 for 5%); got ${tolerance}.`
    )
  }
  const baseline = metric.baseline.filter(Number.isFinite)
  const canary = metric.canary.filter(Number.isFinite)
  const common = {
    id: metric.id,
    critical: metric.critical ?? false,
    weight,
    direction: metric.direction,
    tolerance,
    baselineCount: baseline.length,
    canaryCount: canary.length
  }
  if (baseline.length === 0 || canary.length === 0) {
    return {
      ...common,
      classification: 'nodata',
      pass: false,
      pValue: null,
      u: null,
      effect: null,
      relativeEffect: null,
      baselineMedian: baseline.length > 0 ? median(baseline) : null,
      canaryMedian: canary.length > 0 ? median(canary) : null,
      reason: `no data for ${metric.id}: ${baseline.length} baseline and ${canary.length} canary values`
    }
  }

  const test = mannWhitneyU(baseline, canary, 'two-sided')
  const effect = hodgesLehmann(baseline, canary)
  const baselineMedian = median(baseline)
  const canaryMedian = median(canary)
  const relativeEffect = baselineMedian === 0 ? effect : effect / Math.abs(baselineMedian)
  const numbers = `median ${formatValue(canaryMedian, metric.unit)} vs ${formatValue(baselineMedian, metric.unit)}, p=${formatProbability(test.pValue)}`
  const measured = {
    ...common,
    pValue: test.pValue,
    u: test.u,
    effect,
    relativeEffect,
    baselineMedian,
    canaryMedian
  }

  if (!(test.pValue < alpha)) {
    return {
      ...measured,
      classification: 'pass',
      pass: true,
      reason: `canary ${metric.id} not significantly different from baseline: ${numbers}`
    }
  }
  // The Hodges-Lehmann sign says which way the canary moved; when it is exactly 0 (heavy ties), U still knows.
  const higher = effect !== 0 ? effect > 0 : test.u > (test.n1 * test.n2) / 2
  const classification = higher ? 'high' : 'low'
  const comparison = higher ? 'higher' : 'lower'
  const badDirection = metric.direction === 'either' || (metric.direction === 'increase') === higher
  if (!badDirection) {
    return {
      ...measured,
      classification,
      pass: true,
      reason: `canary ${metric.id} ${comparison} than baseline, which is not a regression (only ${metric.direction === 'increase' ? 'an increase' : 'a decrease'} fails): ${numbers}`
    }
  }
  // With the default tolerance of 0 every significant bad change fails, even one whose estimate rounds to 0.
  const withinTolerance = tolerance > 0 && Math.abs(relativeEffect) <= tolerance
  if (withinTolerance) {
    return {
      ...measured,
      classification,
      pass: true,
      reason: `canary ${metric.id} ${comparison} than baseline by ${formatRelative(relativeEffect, baselineMedian, metric.unit)}, within the tolerance of ${formatRelative(tolerance, baselineMedian, metric.unit)}: ${numbers}`
    }
  }
  return {
    ...measured,
    classification,
    pass: false,
    reason: `canary ${metric.id} ${comparison} than baseline: ${numbers}`
  }
}

/** Rejects option values that would make the verdict meaningless, saying what is expected. */
function validateOptions(alpha: number, pass: number, marginal: number): void {
  if (!(alpha > 0 && alpha < 1)) {
    throw new RangeError(`alpha must be between 0 and 1 (exclusive), e.g. 0.05; got ${alpha}.`)
  }
  for (const [name, value] of [
    ['passThreshold', pass],
    ['marginalThreshold', marginal]
  ] as const) {
    if (!(value >= 0 && value <= 100)) {
      throw new RangeError(`${name} must be a score between 0 and 100; got ${value}.`)
    }
  }
  if (marginal > pass) {
    throw new RangeError(
      `marginalThreshold (${marginal}) must not exceed passThreshold (${pass}); a marginal score sits below a pass.`
    )
  }
}

/** A measured value for the reason line: 4 significant digits, whole numbers from 1000 up. */
function formatValue(value: number, unit = ''): string {
  const rounded = Math.abs(value) >= 1000 ? Math.round(value) : Number(value.toPrecision(4))
  return `${rounded}${unit}`
}

/** A p-value for the reason line, 2 significant digits (0.003, 0.42, 2.3e-7). */
function formatProbability(probability: number): string {
  return String(Number(probability.toPrecision(2)))
}

/** A relative size as a percentage, or as an absolute value when the baseline median is 0 (no scale to divide by). */
function formatRelative(size: number, baselineMedian: number, unit: string | undefined): string {
  const magnitude = Math.abs(size)
  return baselineMedian === 0 ? formatValue(magnitude, unit) : `${Number((100 * magnitude).toPrecision(3))}%`
}
