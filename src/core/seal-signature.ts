import type { EvidenceManifest, ManifestEntry } from './manifest.js'

// A hash chain proves the entries belong together, not who made them: anyone can rewrite a file and recompute every
// digest. A seal signed with a key the forger does not hold ties each chain head to that key.

/** A seal's signature as the manifest records it: algorithm, the signing key's fingerprint, the signature. */
export type SealSignature = NonNullable<ManifestEntry['signature']>

/** The one signature algorithm of seals. */
export const SEAL_SIGNATURE_ALGORITHM: SealSignature['algorithm'] = 'ed25519'

/** Checks seal signatures against one public key. */
export interface SealVerifier {
  /** SHA-256 (hex) of the public key's SubjectPublicKeyInfo, DER-encoded. */
  readonly keyFingerprint: string
  /** Whether the base64 `signature` is this key's signature of `payload`. */
  verify(payload: Uint8Array, signature: string): boolean
}

/**
 * Signs seals with a private key the store holds (the key itself never leaves the adapter), and checks the seals of
 * the bundle it continues against the same key.
 */
export interface SealSigner extends SealVerifier {
  /** The base64 signature of `payload`. */
  sign(payload: Uint8Array): string
}

// Names what the bytes are, so that a signature of a seal can never be taken for a signature of anything else.
const PAYLOAD_CONTEXT = 'release-gate evidence seal v1'

/**
 * The bytes a seal's signature covers: the manifest's tag and the entry's seq, phase and digest. The digest chains
 * every file of the bundle and every entry before, so this signs the whole bundle as it was at this seal; the tag,
 * which the chain does not cover, is signed too. Pure.
 */
export function sealPayload(tag: string, entry: Pick<ManifestEntry, 'seq' | 'phase' | 'digest'>): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify([PAYLOAD_CONTEXT, tag, entry.seq, entry.phase, entry.digest])
  )
}

/** The manifest with its last entry (the seal just made) signed by `signer`. Pure but for the signer. */
export function signLastSeal(manifest: EvidenceManifest, signer: SealSigner): EvidenceManifest {
  const last = manifest.entries.at(-1)
  if (!last) return manifest
  const signature: SealSignature = {
    algorithm: SEAL_SIGNATURE_ALGORITHM,
    keyFingerprint: signer.keyFingerprint,
    value: signer.sign(sealPayload(manifest.tag, last))
  }
  return { ...manifest, entries: [...manifest.entries.slice(0, -1), { ...last, signature }] }
}

/**
 * Why the seals of `manifest` are not all signed by the verifier's key: an entry unsigned, signed by another key, or
 * whose signature does not match it (the entry, the chain before it or the tag rewritten after it was signed). Empty
 * when every seal is signed by that key. Pure but for the verifier.
 */
export function sealSignatureProblems(manifest: EvidenceManifest, verifier: SealVerifier): string[] {
  const problems: string[] = []
  manifest.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.phase})`
    const signature = entry.signature
    if (!signature) problems.push(`${where}: not signed`)
    else if (signature.keyFingerprint !== verifier.keyFingerprint)
      problems.push(
        `${where}: signed by key ${signature.keyFingerprint}, not by the given key ${verifier.keyFingerprint}`
      )
    else if (!verifier.verify(sealPayload(manifest.tag, entry), signature.value))
      problems.push(`${where}: the signature does not match the entry (rewritten after it was signed)`)
  })
  return problems
}

/** Which seals are signed, and by which keys (fingerprints, in order of first use); nothing is checked. Pure. */
export function sealSigners(manifest: EvidenceManifest): { signed: number; total: number; keys: string[] } {
  const signatures = manifest.entries.flatMap(entry => (entry.signature ? [entry.signature] : []))
  return {
    signed: signatures.length,
    total: manifest.entries.length,
    keys: [...new Set(signatures.map(s => s.keyFingerprint))]
  }
}
