import { describe, expect, it } from '@jest/globals'
import { appendEntry, manifestProblems, type ManifestFile } from '../../src/core/manifest.js'

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
      'staging-deployment-report.json: SHA-256'
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
