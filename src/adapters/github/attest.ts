import { createHash } from 'node:crypto'
import type { EvidenceStore } from '../../core/ports.js'
import { evidenceAttestation, type EvidenceAttestationRequest } from '../../core/attestation.js'
import { MANIFEST_FILE, type EvidenceManifest } from '../../core/manifest.js'

/** Signs and stores an attestation (GitHub's attestations API through @actions/attest in Actions). */
export type Attester = (request: EvidenceAttestationRequest) => Promise<{ id: string | null }>

/** Attests the sealed bundle: the manifest's digest as subject. Throws when there is no manifest to attest. */
export async function attestBundle(
  store: EvidenceStore,
  attester: Attester,
  run: EvidenceAttestationRequest['predicate']['run']
): Promise<{ id: string | null; request: EvidenceAttestationRequest }> {
  const text = await store.readText(MANIFEST_FILE)
  if (text === undefined) throw new Error(`${MANIFEST_FILE} is missing in ${store.dir}: nothing to attest`)
  const manifest = (await store.readJson<EvidenceManifest>(MANIFEST_FILE)) as EvidenceManifest
  const request = evidenceAttestation(manifest, createHash('sha256').update(text).digest('hex'), run)
  const { id } = await attester(request)
  return { id, request }
}

/** The real attester: Sigstore signing and GitHub's attestations API (needs id-token: write, attestations: write). */
export function githubAttester(token: string): Attester {
  return async request => {
    // Loaded only when attestation is on: the signing stack is large and most runs never need it.
    const { attest } = await import('@actions/attest')
    const attestation = await attest({
      subjectName: request.subjectName,
      subjectDigest: request.subjectDigest,
      predicateType: request.predicateType,
      predicate: request.predicate,
      token
    })
    return { id: attestation.attestationID ?? null }
  }
}
