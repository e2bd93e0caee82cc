import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FileEvidenceStore } from '../../src/adapters/evidence/store.js'
import { uat } from '../unit/evidence-records.js'
import { MANIFEST_FILE, type EvidenceManifest } from '../../src/core/manifest.js'

// Evidence bundles on disk, sealed and then tampered with in each way `release-gate verify` must name: shared by the
// integration test of verify's messages and the end-to-end test through dist/cli.js.

const repo = fileURLToPath(new URL('../..', import.meta.url))
export const NOTES = 'deploy notes of v1.1.0\n'

/** A sealed bundle: one schema-checked record, one Markdown file, one JSON file a command wrote. */
export async function sealedBundle(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'rg-verify-msg-')), 'deployment')
  const store = new FileEvidenceStore(dir)
  await store.writeJson('uat-confirmation.json', uat())
  writeFileSync(join(dir, 'notes.md'), NOTES)
  writeFileSync(join(dir, 'smoke-results.json'), '{"passed": true}\n')
  await store.seal('staging', 'v1.1.0', new Date('2026-11-24T10:01:00.000Z'))
  return dir
}

/** Rewrites the manifest's last entry for `file` (the chain check then fails too, as it should). */
export function editRecorded(
  dir: string,
  file: string,
  edit: (entry: { bytes: number; sha256: string }) => void
): void {
  const path = join(dir, MANIFEST_FILE)
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as EvidenceManifest
  const recorded = manifest.entries.at(-1)?.files.find(f => f.file === file)
  if (recorded) edit(recorded)
  writeFileSync(path, JSON.stringify(manifest, null, 2))
}

/** Each way of tampering with a bundle on disk, and the words `verify` must say about it. */
export const TAMPER_KINDS: {
  kind: string
  tamper: (dir: string, outside: string) => void
  says: string[]
}[] = [
  {
    kind: 'a file grown',
    tamper: dir => appendFileSync(join(dir, 'notes.md'), 'and one more line\n'),
    says: [
      `notes.md: ${NOTES.length + 18} bytes, expected ${NOTES.length} as recorded by the staging phase (altered)`
    ]
  },
  {
    kind: 'a size rewritten in the manifest, the digest left alone',
    tamper: dir => editRecorded(dir, 'notes.md', recorded => void (recorded.bytes += 5)),
    says: [
      `notes.md: ${NOTES.length} bytes, expected ${NOTES.length + 5} as recorded by the staging phase (altered)`
    ]
  },
  {
    kind: 'a byte changed, the size kept',
    tamper: dir => writeFileSync(join(dir, 'notes.md'), NOTES.replace('v1.1.0', 'v6.6.6')),
    says: [`notes.md: same size (${NOTES.length} bytes), different content: SHA-256 `]
  },
  {
    kind: 'a digest rewritten in the manifest from its 13th digit on',
    tamper: dir =>
      editRecorded(dir, 'notes.md', recorded => {
        recorded.sha256 = recorded.sha256.slice(0, 12) + recorded.sha256.slice(12).replace(/./g, '0')
      }),
    says: [`notes.md: same size (${NOTES.length} bytes), different content: SHA-256 `]
  },
  {
    kind: 'a recorded file replaced by a symbolic link',
    tamper: (dir, outside) => {
      rmSync(join(dir, 'notes.md'))
      symlinkSync(join(outside, 'notes.md'), join(dir, 'notes.md'))
    },
    says: [
      `notes.md: is a symbolic link, not a file (the staging phase recorded a file of ${NOTES.length} bytes)`
    ]
  },
  {
    kind: 'an extra symbolic link',
    tamper: (dir, outside) => symlinkSync(join(outside, 'notes.md'), join(dir, 'more-notes.md')),
    says: ['more-notes.md: is a symbolic link, not a file; present but not recorded in the manifest']
  },
  {
    kind: 'an extra folder',
    tamper: dir => mkdirSync(join(dir, 'extra')),
    says: ['extra: is a directory, not a file; present but not recorded in the manifest']
  },
  {
    kind: 'an extra JSON file',
    tamper: dir => writeFileSync(join(dir, 'extra.json'), '{}'),
    says: ['extra.json: present but not recorded in the manifest']
  },
  {
    kind: 'an extra Markdown file',
    tamper: dir => writeFileSync(join(dir, 'extra.md'), '# planted\n'),
    says: ['extra.md: present but not recorded in the manifest']
  }
]

/** The paths of the machine a message names (the bundle's own folder, the temp dir, the clone); ENOENT too. a path of the machine (the bundle's own folder, the temp dir, the clone). */
export function hostPaths(text: string, dir: string): string[] {
  return [dir, tmpdir(), repo.replace(/\/$/, ''), 'ENOENT'].filter(path => text.includes(path))
}

/** A copy of `pristine` in a fresh folder, with a file outside the bundle that symbolic links can point at. */
export function copyBundle(pristine: string): { dir: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), 'rg-verify-copy-'))
  const outside = join(root, 'elsewhere')
  mkdirSync(outside)
  writeFileSync(join(outside, 'notes.md'), NOTES)
  cpSync(pristine, join(root, 'deployment'), { recursive: true })
  return { dir: join(root, 'deployment'), outside }
}
