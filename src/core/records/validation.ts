// Staging validation and post-deployment checks: command hooks, HTTP checks and the collect-perf snapshot.
// The shapes come from schemas/evidence/ (src/core/generated/).
import type { ValidationResults } from '../generated/validation-results.js'

export type { CheckResult } from '../generated/common.js'
export type { ValidationResults } from '../generated/validation-results.js'

/** Latency/error snapshot of one target (collect-perf). */
export type PerfTarget = NonNullable<ValidationResults['perf']>['targets'][number]
