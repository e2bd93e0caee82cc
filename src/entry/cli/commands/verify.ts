import { BundleTooLargeError } from '../../../adapters/evidence/bundle-files.js'
import { verifyBundleAt, type VerifyCheck } from '../../../adapters/evidence/verify.js'
import { UsageError } from '../../../core/errors.js'
import { EXIT } from '../../../core/outcome.js'
import { printJson } from '../args.js'
import type { SealVerifier } from '../../../core/seal-signature.js'
import { publicKeyOf } from '../signing-key.js'
import type { CommandInput } from './command.js'

/**
 * `verify <dir|zip> [--public-key FILE]`: checks an evidence bundle offline (manifest, hashes, schemas, protocol order,
 * and with a public key that every seal is signed by it); needs no config.
 */
export async function verifyCommand({ command, values, rest, logger }: CommandInput): Promise<number> {
  const target = rest[0]
  if (!target) throw new UsageError('release-gate verify needs a bundle: a directory or an artifact .zip.')
  const verifier = await publicKeyOf(values)
  const checks = await verifyTarget(target, verifier)
  for (const check of checks)
    (check.passed ? logger.info.bind(logger) : logger.error.bind(logger))(
      `${check.passed ? '✔' : '✘'} ${check.check}: ${check.detail}`
    )
  const passed = checks.every(c => c.passed)
  logger.info(
    passed ? `Evidence bundle ${target} verified.` : `[ERROR] Evidence bundle ${target} failed verification.`
  )
  printJson(values, {
    command,
    bundle: target,
    passed,
    publicKeyFingerprint: verifier?.keyFingerprint ?? null,
    checks
  })
  return passed ? 0 : EXIT.failed
}

/** The checks of the bundle at `target`; a zip too large to read is one failed check, like any other refusal. */
async function verifyTarget(target: string, verifier: SealVerifier | undefined): Promise<VerifyCheck[]> {
  try {
    return await verifyBundleAt(target, verifier ? { verifier } : {})
  } catch (error) {
    if (!(error instanceof BundleTooLargeError)) throw error
    return [{ check: 'bundle size', passed: false, detail: error.message }]
  }
}
