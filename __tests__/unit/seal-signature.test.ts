import { createHash, generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { sealSignerFromPem, sealVerifierFromPem } from '../../src/adapters/evidence/seal-keys.js'
import { appendEntry, type EvidenceManifest } from '../../src/core/manifest.js'
import {
  sealPayload,
  sealSignatureProblems,
  sealSigners,
  signLastSeal,
  type SealSigner
} from '../../src/core/seal-signature.js'

// A seal's signature covers the chain head after the seal (the tag, seq, phase and digest), so a forger without the
// key can neither rewrite a file and recompute the chain, nor move a signature to another entry, release or bundle.

function keyPair(): { privatePem: string; publicPem: string; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: createHash('sha256')
      .update(publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex')
  }
}
const releaseKey = keyPair()
const otherKey = keyPair()
const signer = sealSignerFromPem(releaseKey.privatePem, 'test key')
const verifier = sealVerifierFromPem(releaseKey.publicPem, 'test key')

const file = (name: string, content: string) => ({
  file: name,
  bytes: content.length,
  sha256: createHash('sha256').update(content).digest('hex'),
  schema: null
})

/** A bundle sealed by readiness, staging and production, each seal signed by `by` (unsigned when null). */
function sealed(by: SealSigner | null = signer, report = 'staged'): EvidenceManifest {
  let manifest: EvidenceManifest | undefined
  for (const [i, phase] of (['readiness', 'staging', 'production'] as const).entries()) {
    manifest = appendEntry(manifest, 'v1.1.0', phase, `2026-11-24T10:0${i}:00.000Z`, [
      file('DEPLOYMENT-REPORT.md', report)
    ])
    if (by) manifest = signLastSeal(manifest, by)
  }
  return manifest as EvidenceManifest
}

/** The manifest's chain recomputed over a changed file, as a forger who knows the format would. */
function recomputed(original: EvidenceManifest, keepSignatures: boolean): EvidenceManifest {
  let manifest: EvidenceManifest | undefined
  for (const entry of original.entries) {
    manifest = appendEntry(manifest, original.tag, entry.phase, entry.sealedAt, [
      file('DEPLOYMENT-REPORT.md', 'released')
    ])
    if (keepSignatures && entry.signature)
      manifest = {
        ...manifest,
        entries: [
          ...manifest.entries.slice(0, -1),
          { ...(manifest.entries.at(-1) as object), signature: entry.signature }
        ]
      } as EvidenceManifest
  }
  return manifest as EvidenceManifest
}

describe('signed seals', () => {
  it('sign each seal with the key, named by the SHA-256 of its public key (SPKI, DER)', () => {
    const manifest = sealed()
    expect(manifest.entries.map(e => e.signature?.keyFingerprint)).toEqual([
      releaseKey.fingerprint,
      releaseKey.fingerprint,
      releaseKey.fingerprint
    ])
    expect(manifest.entries.map(e => e.signature?.algorithm)).toEqual(['ed25519', 'ed25519', 'ed25519'])
    expect(signer.keyFingerprint).toBe(releaseKey.fingerprint)
    expect(sealSignatureProblems(manifest, verifier)).toEqual([])
  })

  it('sign the tag, seq, phase and digest of the entry, under a context naming what the bytes are', () => {
    const entry = sealed().entries[1] as EvidenceManifest['entries'][number]
    expect(new TextDecoder().decode(sealPayload('v1.1.0', entry))).toBe(
      JSON.stringify(['release-gate evidence seal v1', 'v1.1.0', 2, 'staging', entry.digest])
    )
  })

  const signedByOther = sealSignerFromPem(otherKey.privatePem, 'other key')
  it.each<[string, () => EvidenceManifest, string[]]>([
    [
      'a rewrite with the chain recomputed and no signatures',
      () => recomputed(sealed(), false),
      ['entry 1 (readiness): not signed', 'entry 2 (staging): not signed', 'entry 3 (production): not signed']
    ],
    [
      'a rewrite with the chain recomputed and the old signatures copied',
      () => recomputed(sealed(), true),
      [1, 2, 3].map(
        n =>
          `entry ${n} (${['readiness', 'staging', 'production'][n - 1]}): the signature does not match the entry (rewritten after it was signed)`
      )
    ],
    [
      'an unsigned bundle',
      () => sealed(null),
      ['entry 1 (readiness): not signed', 'entry 2 (staging): not signed', 'entry 3 (production): not signed']
    ],
    [
      'a bundle signed by another key',
      () => sealed(signedByOther),
      [1, 2, 3].map(
        n =>
          `entry ${n} (${['readiness', 'staging', 'production'][n - 1]}): signed by key ${otherKey.fingerprint}, not by the given key ${releaseKey.fingerprint}`
      )
    ],
    [
      'the tag changed (the chain does not cover it)',
      () => ({ ...sealed(), tag: 'v9.9.9' }),
      [1, 2, 3].map(
        n =>
          `entry ${n} (${['readiness', 'staging', 'production'][n - 1]}): the signature does not match the entry (rewritten after it was signed)`
      )
    ],
    [
      "one entry's signature moved onto another",
      () => {
        const manifest = sealed()
        const [first, second, third] = manifest.entries as [
          EvidenceManifest['entries'][number],
          EvidenceManifest['entries'][number],
          EvidenceManifest['entries'][number]
        ]
        return { ...manifest, entries: [first, { ...second, signature: third.signature }, third] }
      },
      ['entry 2 (staging): the signature does not match the entry (rewritten after it was signed)']
    ]
  ])('are rejected with the public key: %s', (_what, forge, problems) => {
    expect(sealSignatureProblems(forge(), verifier)).toEqual(problems)
  })

  it('report without a key which seals are signed and by which keys', () => {
    expect(sealSigners(sealed())).toEqual({ signed: 3, total: 3, keys: [releaseKey.fingerprint] })
    expect(sealSigners(sealed(null))).toEqual({ signed: 0, total: 3, keys: [] })
  })
})

describe('signing and verifying keys', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const encrypted = generateKeyPairSync('ed25519').privateKey.export({
    type: 'pkcs8',
    format: 'pem',
    cipher: 'aes-256-cbc',
    passphrase: 'secret'
  })
  it.each([
    [
      'an RSA key',
      rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }),
      'src: an rsa key; expected an Ed25519 private key'
    ],
    [
      'an EC key',
      ec.privateKey.export({ type: 'pkcs8', format: 'pem' }),
      'src: an ec key; expected an Ed25519 private key'
    ],
    ['a public key', releaseKey.publicPem, 'src: not a PEM private key (value not shown)'],
    ['an encrypted key', encrypted, 'src: the private key is encrypted'],
    ['text that is no key', 'hunter2', 'src: not a PEM private key (value not shown)']
  ])('a signing key refuses %s', (_what, pem, message) => {
    expect(() => sealSignerFromPem(pem.toString(), 'src')).toThrow(message)
  })

  it.each([
    ['a private key', releaseKey.privatePem, 'src: not a PEM public key but a private key'],
    [
      'an RSA public key',
      rsa.publicKey.export({ type: 'spki', format: 'pem' }),
      'src: an rsa key; expected an Ed25519 public key'
    ],
    ['text that is no key', 'hunter2', 'src: not a PEM public key (value not shown)']
  ])('a verifying key refuses %s', (_what, pem, message) => {
    expect(() => sealVerifierFromPem(pem.toString(), 'src')).toThrow(message)
  })

  it('never quotes the key in a refusal', () => {
    const rsaPem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const refusal = ((): string => {
      try {
        sealSignerFromPem(rsaPem, 'src')
        return 'accepted'
      } catch (error) {
        return (error as Error).message
      }
    })()
    expect(refusal).toContain('src: an rsa key')
    for (const line of rsaPem.split('\n').filter(l => l && !l.startsWith('-----')))
      expect(refusal).not.toContain(line)
  })

  it('accepts a PEM with surrounding whitespace and Windows line ends, as a secret may hold it', () => {
    const pasted = `\n  ${releaseKey.privatePem.replace(/\n/g, '\r\n')}  \n`
    expect(sealSignerFromPem(pasted, 'src').keyFingerprint).toBe(releaseKey.fingerprint)
  })
})
