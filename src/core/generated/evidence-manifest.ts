// Generated from schemas/evidence/evidence-manifest.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { SchemaVersion, Tag, Time } from './common.js'

/**
 * The evidence bundle's manifest: one hash-chained entry per sealed phase
 */
export interface EvidenceManifest {
  schemaVersion: SchemaVersion
  artifact: 'evidence-manifest.json'
  tag: Tag
  /**
   * The run this bundle belongs to: set when the run starts (readiness, a manual rollback) and kept by every phase it seals. Absent from bundles written before run ids.
   */
  runId?: string
  /**
   * @minItems 1
   */
  entries: {
    seq: number
    phase: 'readiness' | 'staging' | 'production' | 'stabilize' | 'report' | 'rollback'
    sealedAt: Time
    files: {
      file: string
      bytes: number
      sha256: string
      schema: string | null
      /**
       * The phase that wrote this content (the first sealed phase in which the file had this digest).
       */
      writtenBy: string
    }[]
    previousDigest: string | null
    digest: string
  }[]
}
