import { mkdtemp, readdir, rename, rm, mkdir, copyFile, lstat, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { MANIFEST_FILE, type EvidenceManifest } from '../../core/manifest.js'
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
async function sealedFiles(dir: string): Promise<string[]> {
  const isRegularFile = async (fileName: string): Promise<boolean> =>
    basename(fileName) === fileName &&
    fileName !== '.' &&
    fileName !== '..' &&
    ((await lstat(join(dir, fileName)).catch(() => null))?.isFile() ?? false)
  if (!(await isRegularFile(MANIFEST_FILE))) return []
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
  return files.map(fileName => join(dir, fileName))
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
   * leaves the runner. Null when there is nothing sealed to upload (a phase refused before writing anything).
   */
  async upload(
    name: string,
    dir: string,
    retentionDays?: number
  ): Promise<{ id: number | null; size: number | null; digest: string | null } | null> {
    const files = await sealedFiles(dir)
    if (files.length === 0) return null
    const uploaded = await this.client.uploadArtifact(
      name,
      files,
      dir,
      retentionDays === undefined ? {} : { retentionDays }
    )
    return { id: uploaded.id ?? null, size: uploaded.size ?? null, digest: uploaded.digest ?? null }
  }

  /**
   * Replaces `dir` with the evidence the phase before `phase` uploaded in this run. Returns the artifact used, or
   * null when there is none (the phase before never ran or never uploaded). A download whose digest differs from the
   * one recorded at upload is still restored, so that the manifest check can name the altered files.
   */
  async restore(
    tag: string,
    phase: ArtifactPhase,
    dir: string
  ): Promise<{ name: string; id: number; digestMismatch: boolean } | null> {
    const { artifacts } = await this.client.listArtifacts({ latest: true })
    const chosen = pickPredecessor(artifacts, tag, phase)
    if (!chosen) return null
    let digestMismatch: boolean
    const scratch = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'release-gate-evidence-'))
    try {
      const downloaded = await this.client.downloadArtifact(chosen.id, {
        path: scratch,
        ...(chosen.digest ? { expectedHash: chosen.digest } : {})
      })
      digestMismatch = downloaded.digestMismatch === true
      await rm(dir, { recursive: true, force: true })
      await mkdir(dir, { recursive: true })
      for (const entry of await readdir(scratch, { withFileTypes: true })) {
        if (!entry.isFile()) continue
        await rename(join(scratch, entry.name), join(dir, entry.name)).catch(() =>
          copyFile(join(scratch, entry.name), join(dir, entry.name))
        )
      }
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
    return { name: chosen.name, id: chosen.id, digestMismatch }
  }
}
