import { createHash } from 'node:crypto'
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { DiskBundleFiles } from '../../src/adapters/evidence/disk-files.js'
import type { BundleFiles } from '../../src/core/ports.js'
import { MemoryBundleFiles } from '../fakes.js'

// Phase tests trust MemoryBundleFiles to behave as the disk does for everything the store's rules use: both run the
// same cases here, so the fake cannot drift from the files production writes.

interface Subject {
  files: BundleFiles
  /** A file's text in the bundle moved aside to `destination`. */
  archived(destination: string, name: string): Promise<string | undefined>
}

const disk = (): Subject => {
  const files = new DiskBundleFiles(join(mkdtempSync(join(tmpdir(), 'rg-files-')), 'deployment'))
  return { files, archived: (destination, name) => new DiskBundleFiles(destination).read(name) }
}
const memory = (): Subject => {
  const files = new MemoryBundleFiles()
  return { files, archived: async (destination, name) => files.archives.get(destination)?.get(name) }
}

describe.each([
  ['on disk', disk],
  ['in memory', memory]
])('the files of an evidence bundle %s', (_where, make) => {
  it('has nothing before the first write', async () => {
    const { files } = make()
    expect(await files.read('notes.md')).toBeUndefined()
    expect(await files.list()).toEqual([])
  })

  it('reads back what was written, whole or in pieces, and replaces a file whole', async () => {
    const { files } = make()
    await files.write('b.md', 'old text that is longer')
    await files.write('b.md', 'café')
    await files.write('a.json', ['{', '"x": 1', '}'])
    expect(await files.read('b.md')).toBe('café')
    expect(await files.read('a.json')).toBe('{"x": 1}')
    const names = (await files.list()).map(entry => `${entry.name}:${entry.kind}`).sort()
    expect(names).toEqual(['a.json:file', 'b.md:file'])
  })

  it('digests the bytes as written (UTF-8)', async () => {
    const { files } = make()
    await files.write('b.md', 'café')
    expect(await files.digest('b.md')).toEqual({
      bytes: 5,
      sha256: createHash('sha256').update('café', 'utf8').digest('hex')
    })
  })

  it('moves the whole bundle aside and leaves an empty one', async () => {
    const { files, archived } = make()
    await files.write('notes.md', 'first release')
    const destination = `${files.dir}-archive/2026-11-24T10-00-00-000Z`
    await files.moveAside(destination)
    expect(await files.list()).toEqual([])
    expect(await files.read('notes.md')).toBeUndefined()
    expect(await archived(destination, 'notes.md')).toBe('first release')
  })
})

describe('a symbolic link in a bundle on disk', () => {
  it('never reads a symbolic link, and lists it as one', async () => {
    const { files } = disk()
    await files.write('notes.md', 'x')
    const outside = join(mkdtempSync(join(tmpdir(), 'rg-outside-')), 'secret.txt')
    writeFileSync(outside, 'not evidence')
    symlinkSync(outside, join(files.dir, 'linked.md'))
    await expect(files.read('linked.md')).rejects.toThrow(
      'Evidence linked.md does not match its schema: is a symbolic link; evidence files must be regular files'
    )
    expect((await files.list()).find(entry => entry.name === 'linked.md')?.kind).toBe('link')
  })
})
