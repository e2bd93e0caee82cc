// Rollbacks: the automatic ones inside a phase and a manual `release-gate rollback`.
import type { ExecRecord, RecordHeader } from './common.js'

/** A rollback: why, to what, and each service's rollback command. */
export interface RollbackRecord {
  trigger:
    | 'deploy-failure'
    | 'rollout-analysis'
    | 'rollout-stopped'
    | 'post-deployment-checks'
    | 'health-breach'
    | 'manual'
    | 'rehearsal'
  reason: string
  target: string | null
  startedAt: string
  finishedAt: string
  status: 'success' | 'failure' | 'not-possible'
  steps: { service: string; exec: ExecRecord }[]
}

/** A manual rollback (`release-gate rollback`). */
export interface RollbackReport extends RecordHeader {
  environment: string
  rollback: RollbackRecord
}
