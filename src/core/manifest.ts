import { createHash } from 'node:crypto'
import type { EvidenceManifest as GeneratedEvidenceManifest } from './generated/evidence-manifest.js'
import { EVIDENCE_SCHEMA_VERSION } from './record-header.js'

/** The manifest's own file name inside the bundle. */
export const MANIFEST_FILE = 'evidence-manifest.json'

/** `evidence-manifest.json`: every phase appends an entry; the last entry describes the bundle as it is now. */
export type EvidenceManifest = GeneratedEvidenceManifest

/** One sealed phase: the files of the bundle when it ended, chained to the entry before it. */
export type ManifestEntry = EvidenceManifest['entries'][number]

/** One evidence file as a phase left it. */
export type ManifestFile = ManifestEntry['files'][number]

/** The digest of an entry: over seq, phase, sealedAt, files and previousDigest, serialised in that order. */
export function entryDigest(entry: Omit<ManifestEntry, 'digest'>): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.phase,
    entry.sealedAt,
    entry.files.map(f => [f.file, f.bytes, f.sha256, f.schema, f.writtenBy]),
    entry.previousDigest
  ])
  return createHash('sha256').update(canonical).digest('hex')
}

/**
 * The manifest with one more sealed entry. `runId` names the run of a new manifest; a manifest keeps the run it
 * started with. Pure.
 */
export function appendEntry(
  manifest: EvidenceManifest | undefined,
  tag: string,
  phase: ManifestEntry['phase'],
  sealedAt: string,
  files: Omit<ManifestFile, 'writtenBy'>[],
  runId?: string
): EvidenceManifest {
  const entries = manifest?.entries ?? []
  const last = entries.at(-1)
  const before = new Map(last?.files.map(f => [f.file, f]) ?? [])
  const attributed: ManifestFile[] = files.map(f => {
    const earlier = before.get(f.file)
    return { ...f, writtenBy: earlier && earlier.sha256 === f.sha256 ? earlier.writtenBy : phase }
  })
  const unsealed = {
    seq: entries.length + 1,
    phase,
    sealedAt,
    files: attributed.sort((a, b) => a.file.localeCompare(b.file)),
    previousDigest: last?.digest ?? null
  }
  const run = manifest ? manifest.runId : runId
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    artifact: MANIFEST_FILE,
    tag,
    ...(run ? { runId: run } : {}),
    entries: [...entries, { ...unsealed, digest: entryDigest(unsealed) }]
  }
}

/** An entry of a bundle that is not a regular file, so it has no digest: evidence is regular files only. */
export interface NotAFile {
  file: string
  kind: 'symbolic link' | 'directory' | 'other'
}

/**
 * What is wrong between a manifest and the files on disk: a broken chain, a file whose digest or size changed, a file
 * recorded but gone, a file present but never recorded, or an entry that is not a regular file. Each problem names the
 * file, what was recorded and what was found. Empty when the bundle is intact. Pure.
 */
export function manifestProblems(
  manifest: EvidenceManifest,
  onDisk: readonly { file: string; bytes: number; sha256: string }[],
  notFiles: readonly NotAFile[] = []
): string[] {
  const problems: string[] = []
  let previous: string | null = null
  manifest.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.phase})`
    if (entry.seq !== index + 1)
      problems.push(`${where}: sequence number ${entry.seq}, expected ${index + 1}`)
    if (entry.previousDigest !== previous)
      problems.push(`${where}: does not chain to the entry before it (entries removed or reordered)`)
    if (entryDigest(entry) !== entry.digest)
      problems.push(`${where}: digest does not match its content (edited)`)
    previous = entry.digest
  })
  const last = manifest.entries.at(-1)
  if (!last) return [...problems, 'the manifest has no entries']
  const present = new Map(onDisk.map(f => [f.file, f]))
  const odd = new Map(notFiles.map(f => [f.file, f.kind]))
  const recordedBy = `as recorded by the ${last.phase} phase (altered)`
  for (const recorded of last.files) {
    const actual = present.get(recorded.file)
    const kind = odd.get(recorded.file)
    if (kind)
      problems.push(
        `${recorded.file}: ${notAFileText(kind)} (the ${last.phase} phase recorded a file of ${recorded.bytes} bytes)`
      )
    else if (!actual) problems.push(`${recorded.file}: recorded by the ${last.phase} phase but missing`)
    else if (actual.bytes !== recorded.bytes)
      problems.push(`${recorded.file}: ${actual.bytes} bytes, expected ${recorded.bytes} ${recordedBy}`)
    else if (actual.sha256 !== recorded.sha256) {
      const [found, expected] = distinctPrefixes(actual.sha256, recorded.sha256)
      problems.push(
        `${recorded.file}: same size (${actual.bytes} bytes), different content: SHA-256 ${found}…, expected ${expected}… ${recordedBy}`
      )
    }
  }
  const recordedNames = new Set(last.files.map(f => f.file))
  const unrecorded = [
    ...onDisk.map(f => ({ file: f.file, what: '' })),
    ...notFiles.map(f => ({ file: f.file, what: `${notAFileText(f.kind)}; ` }))
  ].sort((a, b) => a.file.localeCompare(b.file))
  for (const { file, what } of unrecorded)
    if (!recordedNames.has(file)) problems.push(`${file}: ${what}present but not recorded in the manifest`)
  return problems
}

function notAFileText(kind: NotAFile['kind']): string {
  return kind === 'other' ? 'is not a regular file' : `is a ${kind}, not a file`
}

/** The shortest prefixes (12 digits at least) at which two different digests differ. */
function distinctPrefixes(found: string, expected: string): [string, string] {
  let differsAt = 0
  while (differsAt < found.length && found[differsAt] === expected[differsAt]) differsAt++
  const length = Math.max(12, differsAt + 1)
  return [found.slice(0, length), expected.slice(0, length)]
}
