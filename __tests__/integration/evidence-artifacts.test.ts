import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { EvidenceArtifacts } from '../../src/adapters/github/artifacts.js'

// The action uploads the evidence bundle as an artifact: what it uploads is what the manifest seals, never whatever
// else lies in the folder (a file a command planted, a link, a path the manifest names out of the folder).

/** An artifact client that records what it was asked to upload. */
function recordingClient() {
  const uploads: { name: string; files: string[]; root: string }[] = []
  const client = {
    uploadArtifact: (name: string, files: string[], root: string) => {
      uploads.push({ name, files: [...files].sort(), root })
      return Promise.resolve({ id: 1, size: 10, digest: 'sha256:00' })
    },
    listArtifacts: () => Promise.reject(new Error('not used')),
    downloadArtifact: () => Promise.reject(new Error('not used'))
  }
  return { uploads, artifacts: new EvidenceArtifacts(client) }
}

/** An evidence folder whose manifest's last entry lists `listed`; every name in `present` is written as a file. */
function bundle(listed: string[], present: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rg-upload-')), 'evidence')
  mkdirSync(dir)
  for (const name of present) writeFileSync(join(dir, name), name)
  const files = listed.map(file => ({
    file,
    bytes: 1,
    sha256: '0'.repeat(64),
    schema: null,
    writtenBy: 'readiness'
  }))
  writeFileSync(
    join(dir, 'evidence-manifest.json'),
    JSON.stringify({
      schemaVersion: 1,
      artifact: 'evidence-manifest.json',
      tag: 'v1.1.0',
      entries: [
        {
          seq: 1,
          phase: 'readiness',
          sealedAt: '2026-12-01T00:00:00Z',
          files,
          previousDigest: null,
          digest: 'x'
        }
      ]
    })
  )
  return dir
}

describe('uploading the evidence', () => {
  it('uploads the manifest and the files it lists, not a file planted beside them', async () => {
    const { uploads, artifacts } = recordingClient()
    const dir = bundle(['a.json', 'b.md'], ['a.json', 'b.md', 'runner-credentials.txt'])
    await artifacts.upload('release-gate-v1.1.0-1-readiness', dir)
    expect(uploads).toEqual([
      {
        name: 'release-gate-v1.1.0-1-readiness',
        files: ['a.json', 'b.md', 'evidence-manifest.json'].map(f => join(dir, f)),
        root: dir
      }
    ])
  })

  it.each([
    ['a path out of the folder', '../runner-credentials.txt'],
    ['a path into a subfolder', 'sub/runner-credentials.txt'],
    ['a symbolic link', 'link.txt'],
    ['a file that is not there', 'gone.json']
  ])('skips a manifest entry that is %s', async (_what, entry) => {
    const { uploads, artifacts } = recordingClient()
    const dir = bundle(['a.json', entry], ['a.json'])
    writeFileSync(join(dir, '..', 'runner-credentials.txt'), 'secret')
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'sub', 'runner-credentials.txt'), 'secret')
    symlinkSync(join(dir, '..', 'runner-credentials.txt'), join(dir, 'link.txt'))
    await artifacts.upload('release-gate-v1.1.0-1-readiness', dir)
    expect(uploads[0]?.files).toEqual(['a.json', 'evidence-manifest.json'].map(f => join(dir, f)))
  })

  it('uploads nothing from a folder without a manifest (no phase sealed anything there)', async () => {
    const { uploads, artifacts } = recordingClient()
    const dir = join(mkdtempSync(join(tmpdir(), 'rg-upload-')), 'evidence')
    mkdirSync(dir)
    writeFileSync(join(dir, 'runner-credentials.txt'), 'secret')
    expect(await artifacts.upload('release-gate-v1.1.0-1-readiness', dir)).toBeNull()
    expect(uploads).toEqual([])
  })
})
