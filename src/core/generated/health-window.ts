// Generated from schemas/evidence/health-window.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type {
  AnalysisBreach,
  ColorCommand,
  HealthSample,
  ProbeSummary,
  RollbackRecord,
  SchemaVersion,
  Tag,
  Time
} from './common.js'

/**
 * Phase 4: health window samples and verdict (JSON twin of deployment-health-log.md)
 */
export interface HealthWindowRecord {
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
  /**
   * Blue/green: the old colours retired once the window passed and keep-old had elapsed since the switch.
   */
  retired?: ColorCommand[]
}
