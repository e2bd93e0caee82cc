import { open, readFile } from 'node:fs/promises'
import { ConfigError, messageOf, UsageError } from '../../core/errors.js'
import { workspaceFileProblem } from '../../adapters/workspace-paths.js'
import type { ReleaseConfig } from '../../core/config.js'

// Entries and tests import the default path from here, where the config is loaded.
export { DEFAULT_CONFIG_PATH } from '../../core/defaults.js'

/** A config is a page or two of YAML; beyond this it is a mistake or an attack on memory (docs/config.md). */
export const MAX_CONFIG_BYTES = 1024 * 1024
/**
 * Reads, parses and validates a release config file. Every problem becomes a ConfigError line naming its JSON path. A
 * file that leads out of the workspace (a symbolic link) is refused unread, so no error can echo what it holds.
 */
export async function loadConfig(file: string, workspace: string = process.cwd()): Promise<ReleaseConfig> {
  const outside = await workspaceFileProblem(workspace, file)
  if (outside)
    throw new UsageError(
      `Config file ${file} ${outside}: it is not read. Keep the config in the repository, as a file, not a link out.`
    )
  let text: string
  try {
    text = await readAtMost(file, MAX_CONFIG_BYTES)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      code === 'ENOENT'
        ? `Config file ${file} not found. Create it (see schemas/config.schema.json) or pass --config <file>.`
        : `Cannot read config file ${file}: ${messageOf(error)}`
    )
  }
  // The same bytes at the same path were parsed and validated by this process already (a release's built-in
  // `validate` and `collect-perf` read the config it started with): each caller gets its own copy of that result.
  if (lastLoaded?.file === file && lastLoaded.text === text) return structuredClone(lastLoaded.config)
  // The YAML parser, the normalisers and the validators load here, where a config is read, not at start.
  const [{ parseConfig }] = await Promise.all([
    import('./parse.js'),
    import('../../adapters/evidence/schemas.js').then(schemas => schemas.loadPrecompiledValidators())
  ])
  const config = parseConfig(text, file)
  lastLoaded = { file, text, config: structuredClone(config) }
  return config
}

/** The config this process last parsed and validated: the path it was read from, its text and the result. */
let lastLoaded: { file: string; text: string; config: ReleaseConfig } | undefined

/** The file's text, refused as a ConfigError when it holds more than `limit` bytes (read no further than that). */
async function readAtMost(file: string, limit: number): Promise<string> {
  const handle = await open(file, 'r')
  try {
    // A pipe or a device reports no size up front, so the bound is on what is read, not on what stat says.
    const buffer = Buffer.alloc(limit + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > limit) {
      const { size } = await handle.stat()
      throw new ConfigError(file, [
        `the file is ${size > limit ? size : `more than ${limit}`} bytes; a config may be at most ${limit} bytes (${limit / 1024 / 1024} MiB)`
      ])
    }
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** The digest of the config file as it is on disk now, or null when it cannot be read. */
export async function configFileDigest(file: string): Promise<string | null> {
  // node:crypto loads with it, when a phase compares the config, not when the CLI starts.
  const { configDigest } = await import('./digest.js')
  return readFile(file, 'utf8').then(configDigest, () => null)
}
