// Generated from schemas/evidence/rollback-rehearsal.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { CheckResult, ExecRecord, SchemaVersion, Tag, Time } from './common.js'

/**
 * Rollback rehearsal: deploy, roll back, verify the previous release, redeploy, verify
 */
export interface RollbackRehearsal {
  schemaVersion: SchemaVersion
  artifact: 'rollback-rehearsal.json'
  tag: Tag
  generatedAt: Time
  environment: string
  previousRelease: string | null
  startedAt: Time
  finishedAt: Time
  passed: boolean
  rollbackDurationMs: number | null
  steps: {
    name: 'deploy-candidate' | 'rollback' | 'verify-previous' | 'redeploy-candidate' | 'verify-candidate'
    startedAt: Time
    finishedAt: Time
    durationMs: number
    passed: boolean
    commands: ExecRecord[]
    checks: CheckResult[]
    message: string
  }[]
}
