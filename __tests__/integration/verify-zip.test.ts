import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readBundleFiles } from '../../src/adapters/evidence/bundle-files.js'
import { zipBomb, type BombEntry } from '../corpus/zip-bomb.js'

// `release-gate verify` reads an artifact zip someone handed over: a zip that inflates without bound must be refused
// within bounded memory, whatever its headers claim.

const MiB = 1024 * 1024

async function bombFile(entries: BombEntry[]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'rg-bomb-')), 'artifact.zip')
  writeFileSync(file, await zipBomb(entries))
  return file
}

describe('an evidence bundle delivered as a zip', () => {
  it('reads the files of a zip within the limits', async () => {
    const file = await bombFile([{ name: 'deployment/notes.md', inflatedBytes: 1000 }])
    const files = await readBundleFiles(file)
    expect(files.get('notes.md')).toEqual(Buffer.alloc(1000))
  })

  it.each([
    [
      'a file declaring more than 32 MiB, before inflating any of it (it holds 1 MiB)',
      [{ name: 'huge.json', inflatedBytes: MiB, declaredBytes: 40 * MiB }],
      'huge.json is 41943040 bytes; a file of an evidence bundle may be at most 33554432 bytes (32 MiB)'
    ],
    [
      'files declaring more than 128 MiB together, before inflating any of them (they hold 1 KiB each)',
      'abcde'
        .split('')
        .map(letter => ({ name: `${letter}.json`, inflatedBytes: 1024, declaredBytes: 30 * MiB })),
      'the files of the zip are 157286400 bytes together; a bundle may be at most 134217728 bytes (128 MiB)'
    ]
  ])('refuses %s', async (_what, entries, message) => {
    await expect(readBundleFiles(await bombFile(entries))).rejects.toThrow(message)
  })

  it('stops inflating a file that declares 1 KiB at 32 MiB, and refuses the zip', async () => {
    const file = await bombFile([{ name: 'liar.json', inflatedBytes: 512 * MiB, declaredBytes: 1024 }])
    const before = process.memoryUsage().arrayBuffers
    await expect(readBundleFiles(file)).rejects.toThrow(
      'liar.json inflates to more than 33554432 bytes; a file of an evidence bundle may be at most 33554432 bytes (32 MiB)'
    )
    // Had it inflated the whole file, 512 MiB would have been held at once.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(128 * MiB)
  })
})
