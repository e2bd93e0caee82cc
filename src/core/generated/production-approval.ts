// Generated from schemas/evidence/production-approval.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { GitHubApprovalFacts, SchemaVersion, Tag, Time } from './common.js'

/**
 * Phase 3: production approval (Gate 3)
 */
export interface ProductionApproval {
  schemaVersion: SchemaVersion
  artifact: 'production-approval.json'
  tag: Tag
  generatedAt: Time
  environment: string
  requestedAt: Time
  decidedAt: Time
  decision: 'approved' | 'rejected'
  approver: string | null
  comment: string | null
  source: 'cli-flag' | 'interactive' | 'no-answer' | 'github-environment'
  /**
   * True when the approval is only the word of whoever ran the CLI (--approve or the terminal prompt): nothing checked who approved. False for an approval GitHub recorded.
   */
  selfAsserted: boolean
  reason: string
  github?: GitHubApprovalFacts
}
