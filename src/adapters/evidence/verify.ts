import { createHash } from 'node:crypto'
import { messageOf } from '../../core/errors.js'
import { manifestProblems, MANIFEST_FILE, type EvidenceManifest, type NotAFile } from '../../core/manifest.js'
import { sealSignatureProblems, sealSigners, type SealVerifier } from '../../core/seal-signature.js'
import { writerProblems } from '../../core/evidence-writers.js'
import { assertValidEvidence, hasEvidenceSchema } from './store.js'
import { readBundle } from './bundle-files.js'
import { loadPrecompiledValidators } from './schemas.js'
import type {
  ProductionApproval,
  ProductionDeploymentReport,
  ReadinessChecklist,
  StagingDeploymentReport,
  ValidationResults
} from '../../core/records/index.js'

/** One check of an evidence bundle and its verdict. */
export interface VerifyCheck {
  check: string
  passed: boolean
  detail: string
}

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex')

/** What `verify` checks the bundle against besides its own files. */
export interface VerifyOptions {
  /** The public key every seal must be signed with; without it, signatures are reported, not checked. */
  verifier?: SealVerifier
  /** The bundle's entries that are not regular files (a directory's symbolic links and folders). */
  notFiles?: readonly NotAFile[]
}

/**
 * Verifies an evidence bundle offline, from its files alone: the manifest and its hash chain, every file's SHA-256 and
 * size, every JSON artifact against its schema, which phase wrote each file, and the protocol's order as the
 * evidence records it (a production deployment only after an approval recorded before it, and a passed staging before
 * that); with a public key, that every seal is signed by it. Pure over the contents.
 */
export function verifyBundle(files: ReadonlyMap<string, Buffer>, options: VerifyOptions = {}): VerifyCheck[] {
  const checks: VerifyCheck[] = []
  const add = (check: string, problems: string[], okDetail: string): void => {
    checks.push({
      check,
      passed: problems.length === 0,
      detail: problems.length === 0 ? okDetail : problems.join('; ')
    })
  }

  const manifestBytes = files.get(MANIFEST_FILE)
  let manifest: EvidenceManifest | undefined
  if (!manifestBytes) add('manifest', [`${MANIFEST_FILE} is missing`], '')
  else {
    try {
      const parsed = JSON.parse(manifestBytes.toString('utf8')) as unknown
      assertValidEvidence(MANIFEST_FILE, parsed)
      manifest = parsed as EvidenceManifest
      add(
        'manifest',
        [],
        `${manifest.entries.length} sealed phase(s): ${manifest.entries.map(e => e.phase).join(' → ')}`
      )
    } catch (error) {
      add('manifest', [messageOf(error)], '')
    }
  }

  const onDisk = [...files.entries()]
    .filter(([name]) => name !== MANIFEST_FILE)
    .map(([file, content]) => ({ file, bytes: content.length, sha256: sha256(content) }))
  if (manifest) {
    const problems = manifestProblems(manifest, onDisk, options.notFiles)
    add(
      'hash chain',
      problems.filter(p => p.startsWith('entry ') || p.includes('no entries')),
      'every entry chains to the one before'
    )
    add(
      'file digests',
      problems.filter(p => !p.startsWith('entry ') && !p.includes('no entries')),
      `${onDisk.length} file(s) match the digests of the last sealed phase`
    )
    add(
      'signatures',
      options.verifier ? sealSignatureProblems(manifest, options.verifier) : [],
      signaturesDetail(manifest, options.verifier)
    )
  }

  const json = new Map<string, unknown>()
  const schemaProblems: string[] = []
  let unchecked = 0
  for (const [name, content] of files) {
    if (!name.endsWith('.json') || name === MANIFEST_FILE) continue
    // A JSON file a command wrote is sealed like any file; only release-gate's own records have a schema.
    if (!hasEvidenceSchema(name)) {
      unchecked++
      continue
    }
    try {
      const value = JSON.parse(content.toString('utf8')) as unknown
      assertValidEvidence(name, value)
      json.set(name, value)
    } catch (error) {
      schemaProblems.push(`${name}: ${messageOf(error)}`)
    }
  }
  add(
    'schemas',
    schemaProblems,
    `${json.size} JSON artifact(s) match their schemas${unchecked > 0 ? `; ${unchecked} other JSON file(s) have no release-gate schema (not checked)` : ''}`
  )

  const tags = new Set(
    [...json.values()].map(v => (v as { tag?: unknown }).tag).filter(t => typeof t === 'string')
  )
  if (manifest) tags.add(manifest.tag)
  add(
    'one release',
    tags.size > 1 ? [`artifacts of different releases: ${[...tags].join(', ')}`] : [],
    `all of ${[...tags][0] ?? '(none)'}`
  )

  add('protocol order', orderProblems(json, manifest), 'each phase built on the evidence of the one before')
  if (manifest)
    add('writers', writerProblems(manifest), 'each file was written by the phase the protocol assigns it')
  return checks
}

const UNDETECTED_REWRITE = 'without a key, a rewrite with the chain recomputed cannot be detected'

/** What the signatures check says when it passes: checked against the key, or only which keys signed. */
function signaturesDetail(manifest: EvidenceManifest, verifier: SealVerifier | undefined): string {
  const { signed, total, keys } = sealSigners(manifest)
  if (verifier) return `every seal (${total}) signed by key ${verifier.keyFingerprint}`
  if (signed === 0) return `the seals are not signed: ${UNDETECTED_REWRITE}`
  return `${signed} of ${total} seals signed by key ${keys.join(', ')}; not checked: pass --public-key to check them (${UNDETECTED_REWRITE})`
}

/** The gate rules as the evidence records them. Pure. */
function orderProblems(json: ReadonlyMap<string, unknown>, manifest: EvidenceManifest | undefined): string[] {
  const problems: string[] = []
  const checklist = json.get('deployment-readiness-checklist.json') as ReadinessChecklist | undefined
  const staging = json.get('staging-deployment-report.json') as StagingDeploymentReport | undefined
  const validation = json.get('staging-validation-results.json') as ValidationResults | undefined
  const approval = json.get('production-approval.json') as ProductionApproval | undefined
  const production = json.get('production-deployment-report.json') as ProductionDeploymentReport | undefined
  const at = (iso: string): number => new Date(iso).getTime()

  if (staging && !checklist) problems.push('a staging deployment without a readiness checklist')
  if (staging && checklist && !checklist.passed)
    problems.push('a staging deployment although readiness (Gate 1) failed')
  if (production) {
    if (!approval) problems.push('a production deployment without production-approval.json')
    else {
      if (approval.decision !== 'approved' || !approval.approver)
        problems.push(`a production deployment although the approval was ${approval.decision}`)
      if (at(approval.decidedAt) > at(production.startedAt))
        problems.push(
          `the approval (${approval.decidedAt}) is dated after the production deployment started (${production.startedAt})`
        )
    }
    if (!staging || !staging.passed)
      problems.push('a production deployment without a passed staging deployment')
    else if (approval && at(staging.finishedAt) > at(approval.decidedAt))
      problems.push(
        `the approval (${approval.decidedAt}) is dated before staging finished (${staging.finishedAt})`
      )
    if (!validation || !validation.passed)
      problems.push('a production deployment without a passed staging validation')
  }
  if (manifest) {
    const order = ['readiness', 'staging', 'production', 'stabilize', 'report']
    const phases = manifest.entries.map(e => e.phase).filter(p => order.includes(p))
    phases.forEach((phase, i) => {
      const previous = phases[i - 1]
      if (previous && order.indexOf(phase) < order.indexOf(previous) && phase !== previous)
        problems.push(`the manifest seals ${phase} after ${previous}`)
    })
  }
  return problems
}

/** The checks of the bundle at `path` (a directory or an artifact zip), as `release-gate verify` runs them. */
export async function verifyBundleAt(path: string, options: VerifyOptions = {}): Promise<VerifyCheck[]> {
  const [{ files, notFiles }] = await Promise.all([readBundle(path), loadPrecompiledValidators('all')])
  return verifyBundle(files, { ...options, notFiles })
}
