import { randomBytes, createHash } from 'node:crypto'
import { lstat, mkdir, open, readFile, rename, rm, readdir } from 'node:fs/promises'
import { join, dirname } from 'node:path'
import { EvidenceSchemaError } from '../../core/errors.js'
import { describeSchemaErrors } from '../../core/schema-errors.js'
import {
  appendEntry,
  manifestProblems,
  MANIFEST_FILE,
  type EvidenceManifest,
  type ManifestEntry,
  type ManifestFile
} from '../../core/manifest.js'
import { prettyJsonChunks } from './json-chunks.js'
import { compileSchemaFile, compileUserSchema, schemaIdOf } from './schemas.js'
import { noRedaction, type Redactor } from '../../core/redact.js'
import type { EvidenceStore, SchemaValidator } from '../../core/ports.js'

// Both validation files share one schema; every other JSON artifact has a schema named after it.
const SCHEMA_OF: Record<string, string> = {
  'staging-validation-results.json': 'evidence/validation-results.schema.json',
  'post-deployment-validation.json': 'evidence/validation-results.schema.json'
}

/** The schema file (under schemas/) an evidence JSON file must match. */
export function schemaFor(artifact: string): string {
  return SCHEMA_OF[artifact] ?? `evidence/${artifact.replace(/\.json$/, '')}.schema.json`
}

/** Throws EvidenceSchemaError when `value` does not match the artifact's schema. */
export function assertValidEvidence(artifact: string, value: unknown): void {
  const validate = compileSchemaFile(schemaFor(artifact))
  if (!validate(value))
    throw new EvidenceSchemaError(artifact, describeSchemaErrors(validate.errors ?? [], value))
}

/** The project's schemas as the protocol's SchemaValidator port. */
export const projectSchemas: SchemaValidator = {
  assertEvidence: assertValidEvidence,
  compileUserSchema
}

/**
 * Writes a file so that a reader (or a crash) sees the old content or the new, never half of it. `content` may come in
 * pieces (a large record is never one string). The rename is made durable by syncing the directory, unless the caller
 * does that once for many files (`syncDirectory: false`, then `syncDirectory(dir)`).
 */
export async function writeFileAtomic(
  path: string,
  content: string | Iterable<string>,
  options: { syncDirectory?: boolean } = {}
): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const handle = await open(temporary, 'w', 0o644)
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8')
    else {
      // Pieces are gathered and encoded into one reused buffer, so a long file leaves no trail of buffers behind.
      const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES)
      let pending = ''
      const flush = async (): Promise<void> => {
        const bytes = Buffer.byteLength(pending, 'utf8')
        const source = bytes <= buffer.length ? buffer : Buffer.from(pending, 'utf8')
        if (source === buffer) buffer.write(pending, 0, 'utf8')
        for (let written = 0; written < bytes;)
          written += (await handle.write(source, written, bytes - written)).bytesWritten
        pending = ''
      }
      for (const piece of content) {
        pending += piece
        if (pending.length >= WRITE_CHUNK) await flush()
      }
      await flush()
    }
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  if (options.syncDirectory !== false) await syncDirectory(dirname(path))
}

// Pieces are gathered up to this many characters per write call, encoded into a buffer of this size.
const WRITE_CHUNK = 64 * 1024
const WRITE_BUFFER_BYTES = 1024 * 1024

/** Makes the renames into `dir` durable (an fsync of the directory; skipped where the platform cannot). */
export async function syncDirectory(dir: string): Promise<void> {
  const directory = await open(dir, 'r').catch(() => undefined)
  if (directory) {
    await directory.sync().catch(() => undefined)
    await directory.close()
  }
}

/**
 * Evidence writes leave the directory sync to `seal`: a phase's files count only once its manifest entry is sealed,
 * so syncing the directory once there (not twice per write) keeps every sealed bundle durable.
 */
const BATCHED = { syncDirectory: false }

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces
  yield '\n'
}

/** SHA-256 of a file, read through one reused buffer (a bundle file can be large). */
async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(HASH_BUFFER_BYTES)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
    }
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}

const HASH_BUFFER_BYTES = 256 * 1024

/** Every string inside a JSON value passed through `redact`; keys, numbers and structure untouched. Pure. */
export function redactStrings(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map(item => redactStrings(item, redact))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, redact)]))
  return value
}

/**
 * The evidence directory: JSON validated before every write, every write atomic, and no secret value in any file:
 * what release-gate writes is redacted, and so is what a command wrote into the bundle (at scrub and seal).
 */
export class FileEvidenceStore implements EvidenceStore {
  constructor(
    readonly dir: string,
    private readonly redact: Redactor = noRedaction
  ) {}

  /** Absolute or relative path of an artifact inside the bundle. */
  path(artifact: string): string {
    return join(this.dir, artifact)
  }

  /** Validates `record` against its schema, then writes it atomically. */
  async writeJson(artifact: string, record: object): Promise<void> {
    // Redacted value by value, so that a secret that happens to read like `true` or a year cannot break the JSON.
    const redacted = this.redact === noRedaction ? record : redactStrings(record, this.redact)
    assertValidEvidence(artifact, redacted)
    await writeFileAtomic(this.path(artifact), withNewline(prettyJsonChunks(redacted)), BATCHED)
  }

  /**
   * Writes a Markdown (or other text) artifact atomically; a long one may come as a sequence of pieces (each redacted;
   * a secret split across two pieces is caught by the scrub at seal).
   */
  async writeText(artifact: string, text: string | Iterable<string>): Promise<void> {
    const redact = this.redact
    const redacted =
      typeof text === 'string'
        ? redact(text)
        : redact === noRedaction
          ? text
          : (function* (): Generator<string> {
              for (const piece of text) yield redact(piece)
            })()
    await writeFileAtomic(this.path(artifact), redacted, BATCHED)
  }

  /** Appends to a text artifact by rewriting it atomically (these files are small). */
  async appendText(artifact: string, text: string): Promise<void> {
    const existing = await this.readText(artifact)
    await writeFileAtomic(this.path(artifact), this.redact((existing ?? '') + text), BATCHED)
  }

  /**
   * Redacts secret values from a file a command wrote into the bundle (a validation result, say), in place; JSON
   * value by value, anything else as text. Returns whether anything was redacted. Unparseable JSON is left for the
   * reader to refuse, but still loses its secrets as text.
   */
  async scrub(artifact: string): Promise<boolean> {
    // Without a secret to look for there is nothing to read (a bundle's health log can be large).
    if (this.redact === noRedaction) return false
    const text = await this.readText(artifact)
    if (text === undefined) return false
    // The common case costs one search; a secret stored JSON-escaped (quotes, backslashes) is not found here.
    let scrubbed = this.redact(text)
    if (scrubbed === text) return false
    if (artifact.endsWith('.json')) {
      try {
        scrubbed = JSON.stringify(redactStrings(JSON.parse(text) as unknown, this.redact), null, 2) + '\n'
      } catch {
        // Not JSON: redacted as text.
      }
    }
    await writeFileAtomic(this.path(artifact), scrubbed, BATCHED)
    return true
  }

  /** The text of an artifact, or undefined when it does not exist. */
  async readText(artifact: string): Promise<string | undefined> {
    try {
      // A link could lead anywhere on the machine: a bundle holds files, and only files are read.
      if ((await lstat(this.path(artifact))).isSymbolicLink())
        throw new EvidenceSchemaError(artifact, ['is a symbolic link; evidence files must be regular files'])
      return await readFile(this.path(artifact), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  /**
   * Reads an earlier phase's artifact: undefined if absent; throws if it does not parse or match its schema, because
   * a phase must never build on altered or broken evidence.
   */
  async readJson<T>(artifact: string): Promise<T | undefined> {
    const text = await this.readText(artifact)
    if (text === undefined) return undefined
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      throw new EvidenceSchemaError(artifact, [`not valid JSON (${(error as Error).message})`])
    }
    assertValidEvidence(artifact, value)
    return value as T
  }

  /**
   * Moves an earlier bundle aside to `<dir>-archive/<time>/` before a new release starts, so nothing is lost and the
   * new bundle holds only this release's evidence. Returns where it went, or null when there was nothing.
   */
  async archiveExisting(now: Date): Promise<string | null> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    if (names.length === 0) return null
    const archive = join(`${this.dir}-archive`, now.toISOString().replace(/[:.]/g, '-'))
    await mkdir(dirname(archive), { recursive: true })
    await rename(this.dir, archive)
    await mkdir(this.dir, { recursive: true })
    return archive
  }

  /** Appends a hash-chained entry for `phase` to evidence-manifest.json, recording every file as it is now. */
  async seal(phase: ManifestEntry['phase'], tag: string, now: Date): Promise<EvidenceManifest> {
    // Whatever a command wrote into the bundle loses its secrets before its digest is recorded.
    if (this.redact !== noRedaction)
      for (const entry of await readdir(this.dir, { withFileTypes: true }).catch(() => []))
        if (entry.isFile() && !entry.name.endsWith('.tmp')) await this.scrub(entry.name)
    const files: Omit<ManifestFile, 'writtenBy'>[] = (await this.inventory()).map(f => ({
      ...f,
      schema: f.file.endsWith('.json') ? schemaIdOf(schemaFor(f.file)) : null
    }))
    const manifest = appendEntry(
      await this.readJson<EvidenceManifest>(MANIFEST_FILE),
      tag,
      phase,
      now.toISOString(),
      files
    )
    await this.writeJson(MANIFEST_FILE, manifest)
    // One directory sync makes every rename of the phase durable, the manifest's last.
    await syncDirectory(this.dir)
    return manifest
  }

  /**
   * Problems that make the bundle untrustworthy for the next phase: no manifest, a broken chain, or a file that is
   * missing, altered or unrecorded. Empty when intact.
   */
  async verify(): Promise<string[]> {
    let manifest: EvidenceManifest | undefined
    try {
      manifest = await this.readJson<EvidenceManifest>(MANIFEST_FILE)
    } catch (error) {
      return [(error as Error).message]
    }
    if (!manifest) return [`${MANIFEST_FILE} is missing from ${this.dir}: run the readiness phase first`]
    const links = (await readdir(this.dir, { withFileTypes: true }))
      .filter(entry => entry.isSymbolicLink())
      .map(entry => `${entry.name} is a symbolic link; evidence files must be regular files`)
    return [...links, ...manifestProblems(manifest, await this.inventory())]
  }

  /** Files in the bundle (the manifest aside) with their size and SHA-256, sorted by name. */
  async inventory(): Promise<{ file: string; bytes: number; sha256: string }[]> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch {
      return []
    }
    const files = []
    for (const name of names.filter(n => !n.endsWith('.tmp') && n !== MANIFEST_FILE).sort()) {
      const info = await lstat(this.path(name))
      if (!info.isFile()) continue
      files.push({ file: name, bytes: info.size, sha256: await sha256File(this.path(name)) })
    }
    return files
  }
}
