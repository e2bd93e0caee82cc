// Generated from schemas/evidence/retrospective-inputs.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { SchemaVersion, Tag, Time } from './common.js'

/**
 * Phase 4: retrospective inputs for Protocol 5
 */
export interface RetrospectiveInputs {
  schemaVersion: SchemaVersion
  artifact: 'retrospective-inputs.json'
  tag: Tag
  generatedAt: Time
  outcome: 'released' | 'halted' | 'rolled-back' | 'failed' | 'incomplete'
  phases: {
    phase: string
    status: 'passed' | 'failed' | 'not-run'
    startedAt: Time | null
    finishedAt: Time | null
    durationMs: number | null
  }[]
  failures: string[]
  nearMisses: string[]
  rollbacks: {
    trigger: string
    reason: string
    status: string
  }[]
  manualInterventions: string[]
  improvementActions: string[]
}
