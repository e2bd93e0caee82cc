import { workspaceFileProblem } from '../../adapters/workspace-paths.js'
import { UsageError } from '../../core/errors.js'
import type { ReleaseRequest } from '../../core/context.js'
import type { SealVerifier } from '../../core/seal-signature.js'
import { workspacePathProblem } from '../../core/workspace-path.js'
import type { Values } from './args.js'

/** The environment variable holding the signing key's PEM, for runs that cannot keep a key file in the workspace. */
export const SIGNING_KEY_VARIABLE = 'RELEASE_GATE_SIGNING_KEY'

/**
 * The signing key of a run as ReleaseRequest fields: the signer, and its PEM as a held secret (redacted everywhere,
 * never given to a command). From --signing-key-file (a file inside the workspace, as --evidence-dir), else from
 * RELEASE_GATE_SIGNING_KEY; none when neither is set. A key that cannot sign is a usage error, before anything runs.
 */
export async function signingKeyRequest(
  values: Values,
  env: Readonly<Record<string, string | undefined>>,
  workspace: string = process.cwd()
): Promise<Pick<ReleaseRequest, 'sealSigner' | 'heldTokens'>> {
  const path = values['signing-key-file']
  if (path !== undefined) {
    const problem = workspacePathProblem(path) ?? (await workspaceFileProblem(workspace, path))
    if (problem) throw new UsageError(`--signing-key-file: the path ${problem}.`)
    const source = `--signing-key-file ${path}`
    const { readKeyFile, sealSignerFromPem } = await sealKeys()
    const pem = await readKeyFile(path, source)
    return { sealSigner: sealSignerFromPem(pem, source), heldTokens: [pem] }
  }
  const pem = env[SIGNING_KEY_VARIABLE]
  if (!pem) return {}
  const { sealSignerFromPem } = await sealKeys()
  return { sealSigner: sealSignerFromPem(pem, SIGNING_KEY_VARIABLE), heldTokens: [pem] }
}

/** `verify --public-key FILE`: the key every seal must be signed with; none without the flag. */
export async function publicKeyOf(values: Values): Promise<SealVerifier | undefined> {
  const path = values['public-key']
  if (path === undefined) return undefined
  if (path.trim() === '')
    throw new UsageError("--public-key needs a file: the signing key's public key (PEM).")
  const source = `--public-key ${path}`
  const { readKeyFile, sealVerifierFromPem } = await sealKeys()
  return sealVerifierFromPem(await readKeyFile(path, source), source)
}

/** The key reader and node:crypto load when a run has a key: an unsigned run starts without them. */
function sealKeys(): Promise<typeof import('../../adapters/evidence/seal-keys.js')> {
  return import('../../adapters/evidence/seal-keys.js')
}
