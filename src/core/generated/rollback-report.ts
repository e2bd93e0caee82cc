// Generated from schemas/evidence/rollback-report.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { RollbackRecord, SchemaVersion, Tag, Time } from './common.js'

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
}
