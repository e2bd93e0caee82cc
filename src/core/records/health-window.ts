// Phase 4: the health window.
import type { AnalysisBreachRecord, HealthSample, ProbeSummary } from './analysis.js'
import type { RecordHeader } from './common.js'
import type { RollbackRecord } from './rollback.js'

/** Phase 4 evidence (JSON twin of deployment-health-log.md). */
export interface HealthWindowRecord extends RecordHeader {
  environment: string
  startedAt: string
  finishedAt: string
  windowMs: number
  intervalMs: number
  failureLimit: number
  onBreach: 'rollback' | 'alert'
  verdict: 'healthy' | 'breached' | 'inconclusive' | 'skipped'
  breach: AnalysisBreachRecord | null
  probes: ProbeSummary[]
  samples: HealthSample[]
  rollback: RollbackRecord | null
}
