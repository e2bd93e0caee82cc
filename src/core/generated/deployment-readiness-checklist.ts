// Generated from schemas/evidence/deployment-readiness-checklist.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { SchemaVersion, Tag, Time } from './common.js'

/**
 * Phase 1: deployment readiness checklist
 */
export interface ReadinessChecklist {
  schemaVersion: SchemaVersion
  artifact: 'deployment-readiness-checklist.json'
  tag: Tag
  generatedAt: Time
  environment: string
  startedAt: Time
  finishedAt: Time
  passed: boolean
  configFile: string
  /**
   * SHA-256 of the config file as readiness read it: every later phase refuses to run under a config that differs.
   */
  configSha256: string
  previousRelease: string | null
  prerequisites: {
    id: string
    path: string
    status:
      | 'ok'
      | 'missing'
      | 'stale'
      | 'unparseable'
      | 'schema-invalid'
      | 'future-timestamp'
      | 'rehearsal-failed'
      | 'rehearsal-of-another-release'
      | 'not-a-file'
      | 'outside-workspace'
    passed: boolean
    maxAgeMs: number
    ageMs: number | null
    timestamp: Time | null
    timestampSource: 'mtime' | 'field' | null
    message: string
  }[]
  rollbackPlan: {
    executable: boolean
    target: string | null
    message: string
    services: {
      service: string
      argv: string[]
    }[]
  }
  services: string[]
  problems: string[]
  /**
   * Each configured stakeholder and its sign-off for this tag (release-gate signoff), as Gate 1 judged them: a required one still pending halts the release. Absent in bundles written before sign-offs were recorded.
   */
  stakeholders?: {
    name: string
    role: string | null
    required: boolean
    status: 'signed' | 'pending'
    signedBy: string | null
    signedAt: string | null
    comment: string | null
  }[]
  window?: {
    allowed: boolean
    reason: string
    nextAllowedAt: null | Time
    override: null | {
      by: string
      reason: string
      at: Time
    }
  }
}
