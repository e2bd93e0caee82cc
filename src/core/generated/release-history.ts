// Generated from schemas/release-history.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

/**
 * Local release ledger (state-dir/release-history.json): the events of each environment, oldest first; src/core/ledger.ts folds them into its state
 */
export interface ReleaseHistoryFile {
  schemaVersion: 1 | 2
  releases: {
    tag: string
    environment: string
    /**
     * The ledger event (src/core/ledger.ts, LEDGER_EVENTS).
     */
    status:
      | 'in-progress'
      | 'health-window'
      | 'released'
      | 'failed'
      | 'breach-left'
      | 'rollback-started'
      | 'rollback-target'
      | 'rolled-back'
      | 'rollback-failed'
      | 'interrupted'
    /**
     * rollback-started: the release the rollback returns to.
     */
    target?: string | null
    recordedAt: string
    note?: string
  }[]
}
