// Measurements: probe samples, analysis runs and the baseline-versus-canary score (rollouts and the health window).

/** One sample's outcome: passed, failed its threshold, no data (inconclusive: never a pass), or not measured (error). */
export type SampleStatus = 'passed' | 'failed' | 'inconclusive' | 'error'

/** One measurement of one probe (health window or rollout analysis). */
export interface HealthSample {
  probe: string
  round: number
  passed: boolean
  status: SampleStatus
  value: number | null
  startedAt: string
  finishedAt: string
  message: string
}

/** Why an analysis or health window stopped. */
export interface AnalysisBreachRecord {
  probe: string
  kind: 'failed' | 'error' | 'inconclusive'
  count: number
  limit: number
  at: string
  reason: string
}

/** A probe and its counts over an analysis or window. */
export interface ProbeSummary {
  id: string
  kind: 'http' | 'command' | 'prometheus'
  target: string
  samples: number
  failures: number
  errors: number
  inconclusive: number
  threshold: string
}

/** One analysis run (a rollout step, or the baseline of the health window's machinery). */
export interface AnalysisRecord {
  startedAt: string
  finishedAt: string
  intervalMs: number
  count: number
  verdict: 'passed' | 'failed' | 'inconclusive'
  breach: AnalysisBreachRecord | null
  probes: ProbeSummary[]
  samples: HealthSample[]
  /** Baseline versus canary: the score and each metric's judgement (the samples are in `samples`). */
  comparison: CanaryScore | null
}

/** Which change of a metric is a regression: 'increase' for latency or errors, 'decrease' for throughput. */
export type MetricDirection = 'increase' | 'decrease' | 'either'

/** Statistical finding for one metric: no significant difference, canary significantly higher or lower, or no data. */
export type MetricClassification = 'pass' | 'high' | 'low' | 'nodata'

/** Judgement of one metric, with the numbers behind it. */
export interface MetricJudgement {
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
export interface CanaryScore {
  /** 100 × passing weight ÷ weight of metrics with data; null when no metric had data. */
  score: number | null
  verdict: CanaryVerdict
  thresholds: { pass: number; marginal: number }
  /** Significance level the p-values were compared with. */
  alpha: number
  metrics: MetricJudgement[]
}
