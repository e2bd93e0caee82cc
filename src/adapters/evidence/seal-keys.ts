import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { open } from 'node:fs/promises'
import { UsageError } from '../../core/errors.js'
import type { SealSigner, SealVerifier } from '../../core/seal-signature.js'

/** A PEM key is a few hundred bytes; anything far larger is no key file. */
const MAX_KEY_FILE_BYTES = 64 * 1024

/** SHA-256 (hex) of a public key's SubjectPublicKeyInfo, DER-encoded: how the manifest names a signing key. */
export function keyFingerprint(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
}

/**
 * The signer of seals for an Ed25519 private key (PKCS#8 PEM). `source` names where the key came from in a refusal
 * (`--signing-key-file keys/release.pem`, `RELEASE_GATE_SIGNING_KEY`); no message quotes the key.
 */
export function sealSignerFromPem(pem: string, source: string): SealSigner {
  if (pem.includes('ENCRYPTED PRIVATE KEY'))
    throw new UsageError(
      `${source}: the private key is encrypted; release-gate takes it unencrypted, from a secret (openssl genpkey -algorithm ed25519 writes one).`
    )
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey({ key: pem.trim(), format: 'pem' })
  } catch {
    throw new UsageError(
      `${source}: not a PEM private key (value not shown). Expected an Ed25519 private key in PKCS#8 PEM, as openssl genpkey -algorithm ed25519 writes it.`
    )
  }
  requireEd25519(privateKey, source, 'private')
  const publicKey = createPublicKey(privateKey)
  return {
    keyFingerprint: keyFingerprint(publicKey),
    sign: payload => sign(null, payload, privateKey).toString('base64'),
    verify: (payload, signature) => verify(null, payload, publicKey, Buffer.from(signature, 'base64'))
  }
}

/** The verifier of seals for an Ed25519 public key (SPKI PEM); a private key is refused, it is not to be handed out. */
export function sealVerifierFromPem(pem: string, source: string): SealVerifier {
  if (pem.includes('PRIVATE KEY'))
    throw new UsageError(
      `${source}: not a PEM public key but a private key (value not shown). Pass the signing key's public key (openssl pkey -in release-signing.pem -pubout -out release-signing.pub).`
    )
  let publicKey: KeyObject
  try {
    publicKey = createPublicKey({ key: pem.trim(), format: 'pem' })
  } catch {
    throw new UsageError(
      `${source}: not a PEM public key (value not shown). Pass the signing key's public key (openssl pkey -in release-signing.pem -pubout -out release-signing.pub).`
    )
  }
  requireEd25519(publicKey, source, 'public')
  return {
    keyFingerprint: keyFingerprint(publicKey),
    verify: (payload, signature) => verify(null, payload, publicKey, Buffer.from(signature, 'base64'))
  }
}

function requireEd25519(key: KeyObject, source: string, kind: 'private' | 'public'): void {
  if (key.asymmetricKeyType !== 'ed25519')
    throw new UsageError(
      `${source}: an ${key.asymmetricKeyType ?? 'unknown'} key; expected an Ed25519 ${kind} key (openssl genpkey -algorithm ed25519 makes one).`
    )
}

/** The text of a key file; a missing, unreadable, oversized or non-regular file is a usage error naming `source`. */
export async function readKeyFile(path: string, source: string): Promise<string> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw new UsageError(`${source}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`)
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new UsageError(`${source}: cannot be read (not a regular file).`)
    if (info.size > MAX_KEY_FILE_BYTES)
      throw new UsageError(
        `${source}: ${info.size} bytes; a PEM key file is far smaller (at most ${MAX_KEY_FILE_BYTES}).`
      )
    return await handle.readFile('utf8')
  } finally {
    await handle.close()
  }
}
