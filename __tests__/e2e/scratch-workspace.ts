import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('../..', import.meta.url))
/** The bundled CLI, as users run it. */
export const CLI = join(repo, 'dist', 'cli.js')
/** The bundled action's main step, as the runner starts it. */
export const ACTION = join(repo, 'dist', 'index.js')

/**
 * A fresh temp directory holding `files` (relative path → content) and a release history in which v1.0.0 serves
 * production, so that a release has a rollback target.
 */
export function scratchWorkspace(prefix: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  for (const [path, content] of Object.entries({
    ...files,
    '.release-gate/release-history.json': JSON.stringify({
      schemaVersion: 1,
      releases: [
        { tag: 'v1.0.0', environment: 'production', status: 'released', recordedAt: new Date().toISOString() }
      ]
    })
  })) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** Every file below `dir`, as text: where a test searches for a leaked secret. */
export function filesBelow(dir: string): { path: string; text: string }[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesBelow(path) : [{ path, text: readFileSync(path, 'utf8') }]
  })
}
