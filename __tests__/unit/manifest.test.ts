import { describe, expect, it } from '@jest/globals'
import {
  appendEntry,
  entryDigest,
  MANIFEST_FILE,
  manifestProblems,
  type ManifestFile
} from '../../src/core/manifest.js'

const file = (name: string, sha: string, bytes = 10): Omit<ManifestFile, 'writtenBy'> => ({
  file: name,
  bytes,
  sha256: sha.repeat(64).slice(0, 64),
  schema: null
})
const onDisk = (
  files: Omit<ManifestFile, 'writtenBy'>[]
): { file: string; bytes: number; sha256: string }[] =>
  files.map(({ file, bytes, sha256 }) => ({ file, bytes, sha256 }))

const readiness = [file('deployment-readiness-checklist.json', 'a')]
const staging = [...readiness, file('staging-deployment-report.json', 'b')]
const sealed = appendEntry(
  appendEntry(undefined, 'v1.0.0', 'readiness', '2026-11-25T08:00:00.000Z', readiness),
  'v1.0.0',
  'staging',
  '2026-11-25T08:05:00.000Z',
  staging
)

describe('the evidence manifest', () => {
  it('chains each sealed phase to the one before it', () => {
    expect(sealed.entries.map(e => e.seq)).toEqual([1, 2])
    expect(sealed.entries[0]?.previousDigest).toBeNull()
    expect(sealed.entries[1]?.previousDigest).toBe(sealed.entries[0]?.digest)
  })

  it('attributes each file to the phase that wrote its content', () => {
    expect(sealed.entries[1]?.files.map(f => `${f.file}:${f.writtenBy}`)).toEqual([
      'deployment-readiness-checklist.json:readiness',
      'staging-deployment-report.json:staging'
    ])
  })

  it('finds nothing wrong with an untouched bundle', () => {
    expect(manifestProblems(sealed, onDisk(staging))).toEqual([])
  })

  it.each([
    [
      'a file altered after sealing',
      onDisk([file('deployment-readiness-checklist.json', 'a'), file('staging-deployment-report.json', 'c')]),
      'staging-deployment-report.json: same size (10 bytes), different content'
    ],
    [
      'a file removed',
      onDisk(readiness),
      'staging-deployment-report.json: recorded by the staging phase but missing'
    ],
    [
      'a file slipped in',
      onDisk([...staging, file('production-approval.json', 'd')]),
      'production-approval.json: present but not recorded'
    ]
  ])('names %s', (_name, disk, expected) => {
    expect(manifestProblems(sealed, disk).join('\n')).toContain(expected)
  })

  it('detects an entry removed from the chain', () => {
    const dropped = { ...sealed, entries: [sealed.entries[1]!] }
    expect(manifestProblems(dropped, onDisk(staging)).join('\n')).toContain('sequence number 2, expected 1')
  })

  it('detects reordered entries', () => {
    const reordered = { ...sealed, entries: [sealed.entries[1]!, sealed.entries[0]!] }
    expect(manifestProblems(reordered, onDisk(staging)).join('\n')).toContain('does not chain')
  })

  it('detects an entry edited in place', () => {
    const edited = {
      ...sealed,
      entries: [sealed.entries[0]!, { ...sealed.entries[1]!, sealedAt: '2026-11-25T07:00:00.000Z' }]
    }
    expect(manifestProblems(edited, onDisk(staging)).join('\n')).toContain(
      'entry 2 (staging): digest does not match'
    )
  })
})

describe('the evidence manifest, exactly', () => {
  it('is evidence-manifest.json of the release', () => {
    expect(MANIFEST_FILE).toBe('evidence-manifest.json')
    expect(sealed).toMatchObject({ schemaVersion: 1, artifact: 'evidence-manifest.json', tag: 'v1.0.0' })
  })

  it('attributes rewritten content to the phase that rewrote it', () => {
    const rewritten = appendEntry(sealed, 'v1.0.0', 'production', '2026-11-25T08:10:00.000Z', [
      file('deployment-readiness-checklist.json', 'e'),
      file('staging-deployment-report.json', 'b')
    ])
    expect(rewritten.entries[2]?.files.map(f => `${f.file}:${f.writtenBy}`)).toEqual([
      'deployment-readiness-checklist.json:production',
      'staging-deployment-report.json:staging'
    ])
  })

  it('lists files by name, whatever order the phase gave them in', () => {
    const manifest = appendEntry(undefined, 'v1.0.0', 'readiness', '2026-11-25T08:00:00.000Z', [
      file('c.json', 'c'),
      file('a.json', 'a'),
      file('b.md', 'b')
    ])
    expect(manifest.entries[0]?.files.map(f => f.file)).toEqual(['a.json', 'b.md', 'c.json'])
  })

  it('digests an entry over its files too', () => {
    const entry = sealed.entries[1]!
    const files = entry.files.map(f => ({ ...f, bytes: f.bytes + 1 }))
    expect(entryDigest({ ...entry, files })).not.toBe(entry.digest)
    expect(entryDigest({ ...entry, files: entry.files.map(f => ({ ...f, writtenBy: 'report' })) })).not.toBe(
      entry.digest
    )
    expect(entryDigest(entry)).toBe(entry.digest)
  })

  it('compares the disk with the last entry, not an earlier one', () => {
    const three = appendEntry(sealed, 'v1.0.0', 'production', '2026-11-25T08:10:00.000Z', [
      ...staging,
      file('production-approval.json', 'd')
    ])
    expect(manifestProblems(three, onDisk([...staging, file('production-approval.json', 'd')]))).toEqual([])
    expect(manifestProblems(three, onDisk(staging))).toEqual([
      'production-approval.json: recorded by the production phase but missing'
    ])
  })

  it('names an altered file of the same size with both digests, shortened, and the phase that recorded it', () => {
    const altered = {
      ...file('staging-deployment-report.json', 'c'),
      sha256: 'c'.repeat(12) + 'd'.repeat(52)
    }
    expect(manifestProblems(sealed, onDisk([readiness[0]!, altered]))).toEqual([
      'staging-deployment-report.json: same size (10 bytes), different content: SHA-256 cccccccccccc…, expected bbbbbbbbbbbb… as recorded by the staging phase (altered)'
    ])
  })

  it('names a file whose size changed although its digest did not, with both sizes', () => {
    expect(
      manifestProblems(sealed, onDisk([readiness[0]!, file('staging-deployment-report.json', 'b', 11)]))
    ).toEqual([
      'staging-deployment-report.json: 11 bytes, expected 10 as recorded by the staging phase (altered)'
    ])
  })

  it('says so when the manifest has no entries', () => {
    expect(manifestProblems({ ...sealed, entries: [] }, onDisk(staging))).toEqual([
      'the manifest has no entries'
    ])
  })
})
