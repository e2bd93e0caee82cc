import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { verifyBundle } from '../../src/adapters/evidence/verify.js'
import {
  appendEntry,
  entryDigest,
  MANIFEST_FILE,
  type EvidenceManifest,
  type ManifestEntry
} from '../../src/core/manifest.js'
import { WRITTEN_BY } from '../../src/core/evidence-writers.js'
import { approval, checklist, production, staging, TAG, validation } from './evidence-records.js'

/** A phase the manifest schema lets a bundle seal. */
type SealedPhase = ManifestEntry['phase']

// `release-gate verify` judges a bundle from its files alone: manifest and hash chain, digests, schemas, one release,
// and the protocol's order as the evidence records it.

type Files = Record<string, unknown>
const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value, null, 2))

/** The files of a release with every phase up to production (stamped in order: staging, approval, deploy). */
const released = (): Files => ({
  'deployment-readiness-checklist.json': checklist(),
  'staging-deployment-report.json': staging({ finishedAt: '2026-11-24T10:05:00.000Z' }),
  'staging-validation-results.json': validation(),
  'production-approval.json': approval({ decidedAt: '2026-11-24T10:10:00.000Z' }),
  'production-deployment-report.json': production({ startedAt: '2026-11-24T10:15:00.000Z' }),
  'release-manifest.md': '# v1.1.0\n'
})

const contentOf = (value: unknown): Buffer => (typeof value === 'string' ? Buffer.from(value) : json(value))

/** The protocol's writer of a file in a bundle of these tests (the first of `WRITTEN_BY`, else `fallback`). */
const writerOf = (file: string, phases: SealedPhase[], fallback: SealedPhase): SealedPhase =>
  WRITTEN_BY[file]?.find(phase => phases.includes(phase)) ?? fallback

/**
 * A bundle whose manifest seals `phases` in order; each file enters the manifest with the first sealed phase the
 * protocol assigns it to (`writers` overrides that), or the last phase when none is sealed.
 */
function bundle(
  files: Files,
  phases: SealedPhase[] = ['readiness', 'staging', 'production'],
  tag = TAG,
  writers: Record<string, SealedPhase> = {}
): Map<string, Buffer> {
  const contents = new Map(Object.entries(files).map(([name, value]) => [name, contentOf(value)]))
  const listed = [...contents].map(([file, content]) => ({
    file,
    bytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    schema: null,
    writer: writers[file] ?? writerOf(file, phases, phases.at(-1) ?? 'readiness')
  }))
  let manifest: EvidenceManifest | undefined
  const introduced = new Set<string>()
  phases.forEach((phase, i) => {
    for (const file of listed) if (file.writer === phase) introduced.add(file.file)
    const sealed = listed.filter(f => introduced.has(f.file)).map(({ writer: _, ...f }) => f)
    manifest = appendEntry(manifest, tag, phase, `2026-11-24T10:0${i}:00.000Z`, sealed)
  })
  return contents.set(MANIFEST_FILE, json(manifest))
}

const verdicts = (files: ReadonlyMap<string, Buffer>): Record<string, string> =>
  Object.fromEntries(verifyBundle(files).map(c => [c.check, `${c.passed ? 'ok' : 'FAILED'}: ${c.detail}`]))

const failures = (files: ReadonlyMap<string, Buffer>): string[] =>
  verifyBundle(files)
    .filter(c => !c.passed)
    .map(c => `${c.check}: ${c.detail}`)

describe('verifying an evidence bundle', () => {
  it('passes every check of an untouched bundle, in order, saying what it verified', () => {
    expect(verifyBundle(bundle(released()))).toEqual([
      { check: 'manifest', passed: true, detail: '3 sealed phase(s): readiness → staging → production' },
      { check: 'hash chain', passed: true, detail: 'every entry chains to the one before' },
      { check: 'file digests', passed: true, detail: '6 file(s) match the digests of the last sealed phase' },
      {
        check: 'signatures',
        passed: true,
        detail:
          'the seals are not signed: without a key, a rewrite with the chain recomputed cannot be detected'
      },
      { check: 'schemas', passed: true, detail: '5 JSON artifact(s) match their schemas' },
      { check: 'one release', passed: true, detail: 'all of v1.1.0' },
      { check: 'protocol order', passed: true, detail: 'each phase built on the evidence of the one before' },
      { check: 'writers', passed: true, detail: 'each file was written by the phase the protocol assigns it' }
    ])
  })

  it('fails a bundle without a manifest, and checks no chain or digests it does not have', () => {
    const files = bundle(released())
    files.delete(MANIFEST_FILE)
    expect(verdicts(files)).toEqual({
      manifest: 'FAILED: evidence-manifest.json is missing',
      schemas: 'ok: 5 JSON artifact(s) match their schemas',
      'one release': 'ok: all of v1.1.0',
      'protocol order': 'ok: each phase built on the evidence of the one before'
    })
  })

  it('says "(none)" for the release of an empty bundle', () => {
    expect(verdicts(new Map())['one release']).toBe('ok: all of (none)')
  })

  it('fails a manifest that is not JSON, with the parser message', () => {
    const files = bundle(released()).set(MANIFEST_FILE, Buffer.from('{"entries": ['))
    expect(verdicts(files).manifest).toMatch(/^FAILED: .*JSON/)
    expect(Object.keys(verdicts(files))).toEqual(['manifest', 'schemas', 'one release', 'protocol order'])
  })

  it('fails a manifest that does not match its schema', () => {
    const files = bundle(released()).set(
      MANIFEST_FILE,
      json({ schemaVersion: 1, artifact: MANIFEST_FILE, tag: TAG })
    )
    expect(verdicts(files).manifest).toMatch(
      /^FAILED: Evidence evidence-manifest.json does not match its schema/
    )
  })

  it('names an altered file under the digests, not the chain', () => {
    const files = bundle(released()).set('release-manifest.md', Buffer.from('# v1.1.0 (edited)\n'))
    const result = verdicts(files)
    expect(result['hash chain']).toBe('ok: every entry chains to the one before')
    expect(result['file digests']).toBe(
      'FAILED: release-manifest.md: 18 bytes, expected 9 as recorded by the production phase (altered)'
    )
  })

  it('names an edited manifest entry under the chain, not the digests', () => {
    const files = bundle(released())
    const manifest = JSON.parse((files.get(MANIFEST_FILE) as Buffer).toString('utf8')) as EvidenceManifest
    manifest.entries[0]!.sealedAt = '2026-11-24T09:00:00.000Z'
    files.set(MANIFEST_FILE, json(manifest))
    const result = verdicts(files)
    expect(result['hash chain']).toBe(
      'FAILED: entry 1 (readiness): digest does not match its content (edited)'
    )
    expect(result['file digests']).toBe('ok: 6 file(s) match the digests of the last sealed phase')
  })

  it('names every JSON artifact that does not match its schema, and only JSON artifacts', () => {
    const files = bundle({
      ...released(),
      'production-approval.json': { ...approval(), decision: 'maybe' },
      'staging-validation-results.json': '{ truncated',
      'notes.md': '{ not json either'
    })
    const schemas = verdicts(files).schemas ?? ''
    expect(schemas).toMatch(/^FAILED: /)
    expect(schemas).toContain('staging-validation-results.json: ')
    expect(schemas).toContain(
      'production-approval.json: Evidence production-approval.json does not match its schema'
    )
    expect(schemas).not.toContain('notes.md')
    expect(schemas.split('; ')).toHaveLength(2)
  })

  it('fails a bundle mixing the artifacts of two releases', () => {
    const files = bundle({ ...released(), 'production-approval.json': approval({ tag: 'v1.0.0' }) })
    expect(verdicts(files)['one release']).toBe('FAILED: artifacts of different releases: v1.1.0, v1.0.0')
  })

  it('counts the manifest tag as a release too', () => {
    const files = bundle(released(), ['readiness'], 'v1.0.0')
    expect(verdicts(files)['one release']).toBe('FAILED: artifacts of different releases: v1.1.0, v1.0.0')
  })

  it('ignores records without a tag when telling releases apart', () => {
    const files = bundle({ ...released(), 'staging-validation-results.json': validation({ tag: null }) })
    expect(verdicts(files)['one release']).toBe('ok: all of v1.1.0')
  })
})

describe('the protocol order as the evidence records it', () => {
  const without = (...names: string[]): Files =>
    Object.fromEntries(Object.entries(released()).filter(([name]) => !names.includes(name)))
  const cases: { name: string; files: Files; phases?: SealedPhase[]; expected: string[] }[] = [
    { name: 'accepts the evidence of a whole release', files: released(), expected: [] },
    { name: 'accepts readiness alone', files: without(...Object.keys(released()).slice(1)), expected: [] },
    {
      name: 'rejects a staging deployment without a readiness checklist',
      files: without('deployment-readiness-checklist.json'),
      expected: ['a staging deployment without a readiness checklist']
    },
    {
      name: 'rejects a staging deployment although Gate 1 failed',
      files: { ...released(), 'deployment-readiness-checklist.json': checklist({ passed: false }) },
      expected: ['a staging deployment although readiness (Gate 1) failed']
    },
    {
      name: 'rejects a production deployment without an approval',
      files: without('production-approval.json'),
      expected: ['a production deployment without production-approval.json']
    },
    {
      name: 'rejects a production deployment after a rejection',
      files: {
        ...released(),
        'production-approval.json': approval({
          decision: 'rejected',
          decidedAt: '2026-11-24T10:10:00.000Z',
          reason: 'no'
        })
      },
      expected: ['a production deployment although the approval was rejected']
    },
    {
      name: 'rejects a production deployment approved by nobody (its schema refuses such an approval)',
      files: {
        ...released(),
        'production-approval.json': approval({ approver: null, decidedAt: '2026-11-24T10:10:00.000Z' })
      },
      expected: ['a production deployment without production-approval.json']
    },
    {
      name: 'rejects an approval back-dated after the deployment started',
      files: {
        ...released(),
        'production-approval.json': approval({ decidedAt: '2026-11-24T10:20:00.000Z' })
      },
      expected: [
        'the approval (2026-11-24T10:20:00.000Z) is dated after the production deployment started (2026-11-24T10:15:00.000Z)'
      ]
    },
    {
      name: 'accepts an approval given the very moment the deployment started',
      files: {
        ...released(),
        'production-approval.json': approval({ decidedAt: '2026-11-24T10:15:00.000Z' })
      },
      expected: []
    },
    {
      name: 'rejects an approval given before staging finished',
      files: {
        ...released(),
        'production-approval.json': approval({ decidedAt: '2026-11-24T10:04:00.000Z' })
      },
      expected: [
        'the approval (2026-11-24T10:04:00.000Z) is dated before staging finished (2026-11-24T10:05:00.000Z)'
      ]
    },
    {
      name: 'accepts an approval given the very moment staging finished',
      files: {
        ...released(),
        'production-approval.json': approval({ decidedAt: '2026-11-24T10:05:00.000Z' })
      },
      expected: []
    },
    {
      name: 'rejects a production deployment without a staging deployment',
      files: without('staging-deployment-report.json'),
      expected: ['a production deployment without a passed staging deployment']
    },
    {
      name: 'rejects a production deployment after a failed staging',
      files: { ...released(), 'staging-deployment-report.json': staging({ passed: false }) },
      expected: ['a production deployment without a passed staging deployment']
    },
    {
      name: 'rejects a production deployment without a staging validation',
      files: without('staging-validation-results.json'),
      expected: ['a production deployment without a passed staging validation']
    },
    {
      name: 'rejects a production deployment after a failed staging validation',
      files: { ...released(), 'staging-validation-results.json': validation({ passed: false }) },
      expected: ['a production deployment without a passed staging validation']
    },
    {
      name: 'rejects a manifest that seals staging after production',
      files: released(),
      phases: ['readiness', 'production', 'staging'],
      expected: ['the manifest seals staging after production']
    },
    {
      name: 'rejects a manifest that seals readiness last, naming the step back',
      files: released(),
      phases: ['readiness', 'staging', 'production', 'stabilize', 'report', 'readiness'],
      expected: ['the manifest seals readiness after report']
    },
    {
      name: 'rejects a manifest that seals the health window after the report',
      files: released(),
      phases: ['readiness', 'staging', 'production', 'report', 'stabilize'],
      expected: ['the manifest seals stabilize after report']
    },
    {
      name: 'accepts a phase sealed twice in a row, and a rollback between the protocol phases',
      files: released(),
      phases: ['readiness', 'staging', 'staging', 'production', 'rollback', 'stabilize', 'report'],
      expected: []
    }
  ]
  it.each(cases)('$name', ({ files, phases, expected }) => {
    const order = verifyBundle(bundle(files, phases)).find(c => c.check === 'protocol order')
    expect(order).toEqual({
      check: 'protocol order',
      passed: expected.length === 0,
      detail:
        expected.length === 0 ? 'each phase built on the evidence of the one before' : expected.join('; ')
    })
  })

  it('reports only the order when everything else is intact', () => {
    expect(failures(bundle(without('production-approval.json')))).toEqual([
      'protocol order: a production deployment without production-approval.json'
    ])
  })
})

describe('which phase wrote each file, as the manifest records it', () => {
  const writersVerdict = (files: ReadonlyMap<string, Buffer>): string | undefined =>
    verdicts(files)['writers']
  const cases: { name: string; writers: Record<string, SealedPhase>; expected: string }[] = [
    {
      name: 'accepts every file sealed by the phase the protocol assigns it',
      writers: {},
      expected: 'ok: each file was written by the phase the protocol assigns it'
    },
    {
      name: 'rejects an approval that a staging command planted in the bundle',
      writers: { 'production-approval.json': 'staging' },
      expected:
        'FAILED: production-approval.json: written by the staging phase (entry 2 (staging)); the protocol assigns it to production'
    },
    {
      name: 'rejects a staging report first sealed by production',
      writers: { 'staging-deployment-report.json': 'production' },
      expected:
        'FAILED: staging-deployment-report.json: written by the production phase (entry 3 (production)); the protocol assigns it to staging'
    },
    {
      name: 'rejects a readiness checklist written during staging',
      writers: { 'deployment-readiness-checklist.json': 'staging' },
      expected:
        'FAILED: deployment-readiness-checklist.json: written by the staging phase (entry 2 (staging)); the protocol assigns it to readiness'
    }
  ]
  it.each(cases)('$name', ({ writers, expected }) => {
    expect(writersVerdict(bundle(released(), ['readiness', 'staging', 'production'], TAG, writers))).toBe(
      expected
    )
  })

  it('rejects a manifest whose writtenBy was rewritten to hide the phase that sealed the content', () => {
    const files = bundle(released())
    const manifest = JSON.parse((files.get(MANIFEST_FILE) as Buffer).toString('utf8')) as EvidenceManifest
    // A forger edits writtenBy and recomputes the chain: every digest matches, the attribution does not.
    const forged = manifest.entries.reduce<EvidenceManifest | undefined>(
      (rebuilt, entry) =>
        appendEntry(
          rebuilt,
          TAG,
          entry.phase,
          entry.sealedAt,
          entry.files.map(({ writtenBy: _, ...f }) => f)
        ),
      undefined
    ) as EvidenceManifest
    const last = forged.entries.at(-1)!
    const approvalEntry = last.files.find(f => f.file === 'production-approval.json')!
    approvalEntry.writtenBy = 'readiness'
    last.digest = entryDigest({ ...last, digest: undefined } as Omit<typeof last, 'digest'>)
    files.set(MANIFEST_FILE, json(forged))
    expect(verdicts(files)['hash chain']).toBe('ok: every entry chains to the one before')
    expect(writersVerdict(files)).toBe(
      'FAILED: production-approval.json: entry 3 (production) records it as written by readiness, but its content was sealed by production'
    )
  })
})
