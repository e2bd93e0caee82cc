import { createHash } from 'node:crypto'
import { mkdtemp, readdir, rm, mkdir, lstat, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { MANIFEST_FILE, type EvidenceManifest } from '../../core/manifest.js'
import { messageOf } from '../../core/errors.js'
import { readBundleFiles } from '../evidence/bundle-files.js'
import { tmpdir } from 'node:os'
import type { DefaultArtifactClient } from '@actions/artifact'

/** The phases whose evidence travels between jobs, in protocol order. */
export const ARTIFACT_PHASES = ['readiness', 'staging', 'production', 'stabilize', 'report'] as const
/** A phase that uploads evidence. */
export type ArtifactPhase = (typeof ARTIFACT_PHASES)[number]

/** `release-gate-v1.2.3-2-staging`, `...-attempt2` on a re-run, `...-interrupted` from the post step. Pure. */
export function evidenceArtifactName(
  tag: string,
  phase: ArtifactPhase,
  runAttempt: number,
  interrupted = false
): string {
  const index = ARTIFACT_PHASES.indexOf(phase) + 1
  return `release-gate-${tag}-${index}-${phase}${runAttempt > 1 ? `-attempt${runAttempt}` : ''}${interrupted ? '-interrupted' : ''}`
}

/** The artifact name of a manual rollback's evidence. Pure. */
export function rollbackArtifactName(environment: string, runId: number, runAttempt: number): string {
  return `release-gate-rollback-${environment}-${runId}${runAttempt > 1 ? `-attempt${runAttempt}` : ''}`
}

/**
 * The artifact a phase continues from: the latest phase before it (highest attempt on re-runs). Evidence a post step
 * saved from an interrupted phase only feeds the report, never a next phase. Pure.
 */
export function pickPredecessor<T extends { name: string }>(
  artifacts: readonly T[],
  tag: string,
  phase: ArtifactPhase
): T | null {
  const limit = ARTIFACT_PHASES.indexOf(phase) + 1
  const prefix = `release-gate-${tag}-`
  let best: { artifact: T; index: number; attempt: number; interrupted: boolean } | null = null
  for (const artifact of artifacts) {
    if (!artifact.name.startsWith(prefix)) continue
    const match = /^(\d)-([a-z]+)(?:-attempt(\d+))?(-interrupted)?$/.exec(artifact.name.slice(prefix.length))
    if (!match) continue
    const index = Number(match[1])
    const attempt = Number(match[3] ?? 1)
    const interrupted = match[4] !== undefined
    if (ARTIFACT_PHASES[index - 1] !== match[2]) continue
    if (phase === 'report' ? index > limit : index >= limit) continue
    if (interrupted && phase !== 'report') continue
    const better =
      !best ||
      index > best.index ||
      (index === best.index && attempt > best.attempt) ||
      (index === best.index && attempt === best.attempt && best.interrupted && !interrupted)
    if (better) best = { artifact, index, attempt, interrupted }
  }
  return best?.artifact ?? null
}

/**
 * The manifest of the bundle in `dir` and the files its last entry lists, as paths; empty without a manifest. A name
 * is used only as a plain file name of `dir` that is a regular file there: the manifest is a file in the workspace, so
 * it cannot name a path out of the folder or a link to be uploaded.
 */
async function sealedFiles(dir: string, unsealed: readonly string[] = []): Promise<string[]> {
  const isRegularFile = async (fileName: string): Promise<boolean> =>
    basename(fileName) === fileName &&
    fileName !== '.' &&
    fileName !== '..' &&
    ((await lstat(join(dir, fileName)).catch(() => null))?.isFile() ?? false)
  const extra: string[] = []
  for (const fileName of unsealed) if (await isRegularFile(fileName)) extra.push(join(dir, fileName))
  if (!(await isRegularFile(MANIFEST_FILE))) return extra
  let listed: unknown
  try {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as EvidenceManifest
    listed = manifest.entries.at(-1)?.files.map(entry => entry.file)
  } catch {
    // An unreadable manifest still goes up, alone: the next phase's check names what is wrong with it.
    listed = []
  }
  const names = Array.isArray(listed) ? listed.filter((n): n is string => typeof n === 'string') : []
  const files = [MANIFEST_FILE]
  for (const fileName of new Set(names)) if (await isRegularFile(fileName)) files.push(fileName)
  return [...new Set([...files.map(fileName => join(dir, fileName)), ...extra])]
}

/** Moves evidence between the jobs of a run as workflow artifacts. */
export class EvidenceArtifacts {
  constructor(
    private readonly client: Pick<
      DefaultArtifactClient,
      'uploadArtifact' | 'listArtifacts' | 'downloadArtifact'
    >
  ) {}

  /**
   * Uploads the sealed bundle in `dir` as artifact `name`: the manifest and the files its last entry lists, each a
   * regular file directly in `dir`; nothing else in the folder (a file a command left there after the seal, a link)
   * leaves the runner, except the `unsealed` files named (a report that could not be sealed onto a broken chain).
   * Null when there is nothing to upload (a phase refused before writing anything).
   */
  async upload(
    name: string,
    dir: string,
    retentionDays?: number,
    unsealed: readonly string[] = []
  ): Promise<{ id: number | null; size: number | null; digest: string | null } | null> {
    const files = await sealedFiles(dir, unsealed)
    if (files.length === 0) return null
    const uploaded = await this.client.uploadArtifact(
      name,
      files,
      dir,
      retentionDays === undefined ? {} : { retentionDays }
    )
    return {
      id: uploaded.id ?? null,
      size: uploaded.size ?? null,
      digest: normalDigest(uploaded.digest ?? null)
    }
  }

  /**
   * Replaces `dir` with the evidence the phase before `phase` uploaded in this run: exactly the artifact `pinned` names
   * (the id and digest the job before published as outputs) or, without a pin, the latest by name. The zip is
   * downloaded as it is stored, its SHA-256 compared with the one recorded at upload, and only then unpacked: a
   * corrupt or altered artifact is a deterministic failure, never retried, and named with what to do.
   */
  async restore(
    tag: string,
    phase: ArtifactPhase,
    dir: string,
    pinned: PinnedArtifact | null = null
  ): Promise<RestoredEvidence> {
    const { artifacts } = await this.client.listArtifacts(pinned ? {} : { latest: true })
    const chosen = pinned ? artifacts.find(a => a.id === pinned.id) : pickPredecessor(artifacts, tag, phase)
    if (!chosen) return pinned ? { status: 'missing', id: pinned.id } : { status: 'none' }
    const expected = pinned?.digest ?? normalDigest(chosen.digest ?? null)
    const scratch = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'release-gate-evidence-'))
    try {
      // Stored as uploaded (no unpacking, so no retry loop over a zip that will never unpack); checked, then read.
      await this.client.downloadArtifact(chosen.id, { path: scratch, skipDecompress: true })
      const [zipName] = (await readdir(scratch, { withFileTypes: true }))
        .filter(entry => entry.isFile())
        .map(entry => entry.name)
      if (zipName === undefined)
        return { status: 'unreadable', name: chosen.name, id: chosen.id, problem: 'the download is empty' }
      const zipPath = join(scratch, zipName)
      const actual = `sha256:${createHash('sha256')
        .update(await readFile(zipPath))
        .digest('hex')}`
      let files: Map<string, Buffer>
      try {
        files = await readBundleFiles(zipPath)
      } catch (error) {
        const problem = messageOf(error)
        return expected && expected !== actual
          ? {
              status: 'altered',
              name: chosen.name,
              id: chosen.id,
              expected,
              actual,
              unpacked: false,
              problem
            }
          : { status: 'unreadable', name: chosen.name, id: chosen.id, problem }
      }
      await rm(dir, { recursive: true, force: true })
      await mkdir(dir, { recursive: true })
      for (const [fileName, content] of files)
        if (!fileName.endsWith('/')) await writeFile(join(dir, fileName), content)
      if (expected && expected !== actual)
        // Unpacked all the same, so that the manifest check can name the altered files.
        return {
          status: 'altered',
          name: chosen.name,
          id: chosen.id,
          expected,
          actual,
          unpacked: true,
          problem: null
        }
      return { status: 'restored', name: chosen.name, id: chosen.id, digest: actual }
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }
}

/** The artifact a job continues from, as the job before published it (`evidence-artifact-id` and `-digest`). */
export interface PinnedArtifact {
  id: number
  /** `sha256:<hex>`; null when the job before could not say (its digest is then the one GitHub lists). */
  digest: string | null
}

/** What `restore` found. */
export type RestoredEvidence =
  /** Unpacked into the bundle directory; its digest is the one recorded at upload. */
  | { status: 'restored'; name: string; id: number; digest: string }
  /** No artifact of the phase before in this run (it never ran, never passed, or never uploaded). */
  | { status: 'none' }
  /** The pinned artifact is not in this run (deleted, expired, or the id is wrong). */
  | { status: 'missing'; id: number }
  /** Its SHA-256 differs from the one recorded at upload; `unpacked` when its files were still readable. */
  | {
      status: 'altered'
      name: string
      id: number
      expected: string
      actual: string
      unpacked: boolean
      problem: string | null
    }
  /** Its digest matches (or none was recorded) but it is no readable zip of a bundle. */
  | { status: 'unreadable'; name: string; id: number; problem: string }

/** A digest as `sha256:<hex>`, whether it came with the prefix or without. Pure. */
export function normalDigest(digest: string | null): string | null {
  if (!digest) return null
  const hex = digest.startsWith('sha256:') ? digest.slice('sha256:'.length) : digest
  return `sha256:${hex.toLowerCase()}`
}
