// Measurements: probe samples, analysis runs and the baseline-versus-canary score (rollouts and the health window).
// The sample, probe and analysis shapes come from schemas/evidence/common.schema.json (src/core/generated/common.ts).
// The canary score below stays hand-written: the schema only sketches `comparison` (an object with score, verdict,
// thresholds, alpha and metrics that carry id, classification, pass and reason, open to more keys), so the generated
// type cannot say what a metric judgement holds; CanaryScore is checked against that sketch at compile time.
import type {
  AnalysisBreach,
  AnalysisRecord as GeneratedAnalysisRecord,
  HealthSample
} from '../generated/common.js'

export type { FiringAlert, HealthSample, ProbeSummary } from '../generated/common.js'

/** One sample's outcome: passed, failed its threshold, no data (inconclusive: never a pass), or not measured (error). */
export type SampleStatus = HealthSample['status']

/** Why an analysis or health window stopped. */
export type AnalysisBreachRecord = NonNullable<AnalysisBreach>

/** One analysis run (a rollout step, or the baseline of the health window's machinery), with its canary score. */
export type AnalysisRecord = Omit<GeneratedAnalysisRecord, 'comparison'> & {
  /** Baseline versus canary: the score and each metric's judgement (the samples are in `samples`). */
  comparison: CanaryScore | null
}

/** Which change of a metric is a regression: 'increase' for latency or errors, 'decrease' for throughput. */
export type MetricDirection = 'increase' | 'decrease' | 'either'

/** Statistical finding for one metric: no significant difference, canary significantly higher or lower, or no data. */
export type MetricClassification = 'pass' | 'high' | 'low' | 'nodata'

/** Judgement of one metric, with the numbers behind it. */
export type MetricJudgement = {
  id: string
  classification: MetricClassification
  /** Whether the metric counts as passing; false for 'nodata', which is left out of the score instead. */
  pass: boolean
  critical: boolean
  weight: number
  direction: MetricDirection
  tolerance: number
  /** Two-sided Mann-Whitney p-value; null without data. */
  pValue: number | null
  /** Mann-Whitney U of the canary sample; null without data. */
  u: number | null
  /** Hodges-Lehmann estimate of canary − baseline; null without data. */
  effect: number | null
  /** effect ÷ |baseline median|, or effect itself when the baseline median is 0; null without data. */
  relativeEffect: number | null
  baselineMedian: number | null
  canaryMedian: number | null
  baselineCount: number
  canaryCount: number
  /** One line for humans, e.g. "canary p95 latency higher than baseline: median 212ms vs 118ms, p=0.003". */
  reason: string
}

/** Overall verdict; 'inconclusive' when no metric had data on both sides. */
export type CanaryVerdict = 'pass' | 'marginal' | 'fail' | 'inconclusive'

/** The canary's score, verdict and per-metric judgements. */
export type CanaryScore = {
  /** 100 × passing weight ÷ weight of metrics with data; null when no metric had data. */
  score: number | null
  verdict: CanaryVerdict
  thresholds: { pass: number; marginal: number }
  /** Significance level the p-values were compared with. */
  alpha: number
  metrics: MetricJudgement[]
}

/** Fails to compile when T is not `true`: turns a type-level fact into a build error. */
type Assert<T extends true> = T

/** Compile-time proof that what release-gate writes as `comparison` fits what the schema sketches. */
export type CanaryScoreFitsSchema = Assert<
  CanaryScore extends NonNullable<GeneratedAnalysisRecord['comparison']> ? true : false
>
