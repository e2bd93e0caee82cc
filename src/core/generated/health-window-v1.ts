// Generated from schemas/evidence/health-window-v1.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type {
  AnalysisBreach,
  HealthSample,
  ProbeSummary,
  RollbackRecord,
  SchemaVersion,
  Tag,
  Time
} from './common.js'

/**
 * Phase 4: health window, format 1 (samples as an array of objects); read by verify and the report, no longer written
 */
export interface HealthWindowFileV1 {
  schemaVersion: SchemaVersion
  artifact: 'health-window.json'
  tag: Tag
  generatedAt: Time
  environment: string
  startedAt: Time
  finishedAt: Time
  windowMs: number
  intervalMs: number
  failureLimit: number
  onBreach: 'rollback' | 'alert'
  verdict: 'healthy' | 'breached' | 'inconclusive' | 'skipped'
  breach: AnalysisBreach
  probes: ProbeSummary[]
  samples: HealthSample[]
  rollback: null | RollbackRecord
}
