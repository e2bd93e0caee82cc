// Generated from schemas/evidence/health-window.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type {
  AnalysisBreach,
  ColorCommand,
  FiringAlert,
  ProbeSummary,
  RollbackRecord,
  Tag,
  Time
} from './common.js'

/**
 * Phase 4: health window samples and verdict (JSON twin of deployment-health-log.md); format 2: samples column-wise
 */
export interface HealthWindowFile {
  /**
   * Format 2: the samples are stored column-wise (sampleColumns). Format 1 (health-window-v1.schema.json) held an array of sample objects.
   */
  schemaVersion: 2
  artifact: 'health-window.json'
  tag: Tag
  generatedAt: Time
  environment: string
  startedAt: Time
  finishedAt: Time
  windowMs: number
  intervalMs: number
  failureLimit: number
  onBreach: 'rollback' | 'alert'
  verdict: 'healthy' | 'breached' | 'inconclusive' | 'skipped'
  breach: AnalysisBreach
  probes: ProbeSummary[]
  /**
   * The samples column-wise: sample i is the i-th element of every per-sample array. Exact: reading them back gives the samples as written (times are whole milliseconds, written by toISOString).
   */
  sampleColumns: {
    /**
     * How many samples (the length of every per-sample array).
     */
    count: number
    /**
     * The probe ids the `probe` column indexes.
     */
    probeIds: string[]
    /**
     * Per sample: its probe, as an index into probeIds.
     */
    probe: number[]
    /**
     * Per sample: its round (1-based).
     */
    round: number[]
    /**
     * Per sample: 0 passed, 1 failed, 2 inconclusive, 3 error (a sample passed exactly when its status is passed).
     */
    status: (0 | 1 | 2 | 3)[]
    /**
     * Per sample: the measured value, or null.
     */
    value: (number | null)[]
    /**
     * Per sample: milliseconds from the previous sample's start to its start (the first sample's: from startedAt); may be negative.
     */
    startOffsetMs: number[]
    /**
     * Per sample: milliseconds from its start to its finish.
     */
    durationMs: number[]
    /**
     * The distinct messages the `message` column indexes. Untrusted text.
     */
    messages: string[]
    /**
     * Per sample: its message, as an index into messages.
     */
    message: number[]
    /**
     * The samples that carry firing alerts (Alertmanager probes), sparse: the sample's index and its alerts.
     */
    alerts: {
      sample: number
      /**
       * @maxItems 20
       */
      alerts: FiringAlert[]
    }[]
  }
  rollback: null | RollbackRecord
  /**
   * Blue/green: the old colours retired once the window passed and keep-old had elapsed since the switch.
   */
  retired?: ColorCommand[]
}
