// Generated from schemas/evidence/uat-confirmation.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { SchemaVersion, Tag, Time } from './common.js'

/**
 * Phase 2: user acceptance confirmation
 */
export interface UatConfirmation {
  schemaVersion: SchemaVersion
  artifact: 'uat-confirmation.json'
  tag: Tag
  generatedAt: Time
  environment: 'staging'
  required: boolean
  status: 'automated-pass' | 'automated-fail' | 'signed-off' | 'missing'
  passed: boolean
  signedOffBy: string | null
  recordedAt: Time
  basis: string
}
