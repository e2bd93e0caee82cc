// Generated from schemas/evidence/production-approval.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { SchemaVersion, Tag, Time } from './common.js'

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
  reason: string
  /**
   * In GitHub Actions: the environment review the decision comes from.
   */
  github?: {
    repository: string
    runId: number
    runAttempt: number
    runUrl: string
    environment: string
    state: 'approved' | 'rejected' | 'pending' | null
    approverId: number | null
    triggeringActor: string
    selfApproval: boolean
    reviewersRequired: boolean
    requiredReviewers: {
      type: string
      name: string
    }[]
    preventSelfReview: boolean
    reviewersOptOut: boolean
  }
}
