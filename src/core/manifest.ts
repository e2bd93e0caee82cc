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

/**
 * What is wrong between a manifest and the files on disk: a broken chain, a file whose digest or size changed, a file
 * recorded but gone, or a file present but never recorded. Empty when the bundle is intact. Pure.
 */
export function manifestProblems(
  manifest: EvidenceManifest,
  onDisk: readonly { file: string; bytes: number; sha256: string }[]
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
  for (const recorded of last.files) {
    const actual = present.get(recorded.file)
    if (!actual) problems.push(`${recorded.file}: recorded by the ${last.phase} phase but missing`)
    else if (actual.sha256 !== recorded.sha256 || actual.bytes !== recorded.bytes)
      problems.push(
        `${recorded.file}: SHA-256 ${actual.sha256.slice(0, 12)}… differs from ${recorded.sha256.slice(0, 12)}… recorded by the ${last.phase} phase (altered)`
      )
  }
  const recordedNames = new Set(last.files.map(f => f.file))
  for (const file of onDisk)
    if (!recordedNames.has(file.file)) problems.push(`${file.file}: present but not recorded in the manifest`)
  return problems
}
