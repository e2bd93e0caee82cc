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
    /**
     * Present when the phase ran with a signing key: the key's signature over the chain head after this seal (the tag, seq, phase and digest; src/core/seal-signature.ts).
     */
    signature?: {
      algorithm: 'ed25519'
      /**
       * SHA-256 (hex) of the public key's SubjectPublicKeyInfo, DER-encoded.
       */
      keyFingerprint: string
      /**
       * The 64-byte Ed25519 signature, base64.
       */
      value: string
    }
  }[]
}
