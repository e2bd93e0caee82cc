// Generated from schemas/evidence/staging-deployment-report.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { SchemaVersion, ServiceDeployment, Tag, Time } from './common.js'

/**
 * Phase 2: staging deployment report
 */
export interface StagingDeploymentReport {
  schemaVersion: SchemaVersion
  artifact: 'staging-deployment-report.json'
  tag: Tag
  generatedAt: Time
  environment: 'staging'
  startedAt: Time
  finishedAt: Time
  passed: boolean
  services: ServiceDeployment[]
}
