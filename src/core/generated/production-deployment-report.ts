// Generated from schemas/evidence/production-deployment-report.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { RollbackRecord, SchemaVersion, ServiceDeployment, Tag, Time } from './common.js'

/**
 * Phase 3: production deployment report
 */
export interface ProductionDeploymentReport {
  schemaVersion: SchemaVersion
  artifact: 'production-deployment-report.json'
  tag: Tag
  generatedAt: Time
  environment: string
  previousRelease: string | null
  startedAt: Time
  finishedAt: Time
  status: 'deployed' | 'failed' | 'rolled-back'
  services: ServiceDeployment[]
  failure: null | {
    service: string | null
    reason: string
  }
  rollback: null | RollbackRecord
}
