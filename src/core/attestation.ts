import type { EvidenceManifest } from './manifest.js'

/** The in-toto predicate type of a release-gate evidence attestation. */
export const EVIDENCE_PREDICATE_TYPE = 'https://release-gate.dev/attestation/evidence-bundle/v1'

/** What an attestation of an evidence bundle signs: the manifest's digest as subject, a summary as predicate. */
export interface EvidenceAttestationRequest {
  subjectName: string
  subjectDigest: { sha256: string }
  predicateType: string
  predicate: {
    tag: string
    phases: { phase: string; sealedAt: string; digest: string }[]
    files: { file: string; sha256: string; writtenBy: string }[]
    run: { repository: string; runId: number; runAttempt: number } | null
  }
}

/**
 * The statement to attest for a sealed bundle: the subject is evidence-manifest.json itself (its SHA-256), and since
 * the manifest chains every file's digest, `gh attestation verify evidence-manifest.json` proves the whole bundle.
 * Pure.
 */
export function evidenceAttestation(
  manifest: EvidenceManifest,
  manifestSha256: string,
  run: EvidenceAttestationRequest['predicate']['run']
): EvidenceAttestationRequest {
  const last = manifest.entries.at(-1)
  return {
    subjectName: 'evidence-manifest.json',
    subjectDigest: { sha256: manifestSha256 },
    predicateType: EVIDENCE_PREDICATE_TYPE,
    predicate: {
      tag: manifest.tag,
      phases: manifest.entries.map(e => ({ phase: e.phase, sealedAt: e.sealedAt, digest: e.digest })),
      files: (last?.files ?? []).map(f => ({ file: f.file, sha256: f.sha256, writtenBy: f.writtenBy })),
      run
    }
  }
}
