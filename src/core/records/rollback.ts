// Rollbacks: the automatic ones inside a phase and a manual `release-gate rollback`.
// The shapes come from schemas/evidence/ (src/core/generated/).
export type { RollbackRecord } from '../generated/common.js'
export type { RollbackReport } from '../generated/rollback-report.js'
