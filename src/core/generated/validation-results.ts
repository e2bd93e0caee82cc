// Generated from schemas/evidence/validation-results.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { CheckResult, ExecRecord, SchemaVersion, Tag, Time } from './common.js'

/**
 * Written by `release-gate validate` / `release-gate collect-perf` or by a user's own script; the engine merges command records into it.
 */
export interface ValidationResults {
  schemaVersion: SchemaVersion
  artifact: 'staging-validation-results.json' | 'post-deployment-validation.json'
  tag: Tag | null
  environment: string
  generatedAt: Time
  passed: boolean
  commands: ExecRecord[]
  checks: CheckResult[]
  perf?: {
    errorRate: number
    availability: number
    targets: {
      id: string
      url: string
      requests: number
      errors: number
      errorRate: number
      availability: number
      latencyMs: {
        p50: number
        p95: number
        p99: number
        max: number
        mean: number
      }
    }[]
  }
}
