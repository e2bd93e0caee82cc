// Generated from schemas/release-history.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

/**
 * Local release history (state-dir/release-history.json): which release each environment runs
 */
export interface ReleaseHistoryFile {
  schemaVersion: 1
  releases: {
    tag: string
    environment: string
    status: 'in-progress' | 'released' | 'failed' | 'rolled-back' | 'rollback-target'
    recordedAt: string
    note?: string
  }[]
}
