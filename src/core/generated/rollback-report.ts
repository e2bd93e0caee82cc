// Generated from schemas/evidence/rollback-report.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { GitHubApprovalFacts, RollbackRecord, SchemaVersion, Tag, Time } from './common.js'

/**
 * A manual rollback (release-gate rollback)
 */
export interface RollbackReport {
  schemaVersion: SchemaVersion
  artifact: 'rollback-report.json'
  tag: Tag
  generatedAt: Time
  environment: string
  rollback: RollbackRecord
  /**
   * In GitHub Actions: who approved the rollback, from the same GitHub facts as a production approval.
   */
  rollbackApproval?: {
    /**
     * The GitHub environment whose reviewers approve rollbacks (the rollback job's environment).
     */
    environment: string
    decision: 'approved'
    approver: string
    comment: string | null
    reason: string
    github: GitHubApprovalFacts
  }
}
