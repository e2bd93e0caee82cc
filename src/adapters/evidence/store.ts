import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
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
import { writerProblems } from '../../core/evidence-writers.js'
import { prettyJsonChunks, ScalarArrayInBatches, type JsonLayout } from './json-chunks.js'
import { isFileInBatches, type HealthWindowFileInBatches } from '../../core/records/health-window.js'
import { compileSchemaFile, compileUserSchema, schemaIdOf, validatorsReady } from './schemas.js'
import { DiskBundleFiles, SYMBOLIC_LINK_PROBLEM } from './disk-files.js'
import { noRedaction, type Redactor } from '../../core/redact.js'
import { sealSignatureProblems, signLastSeal, type SealSigner } from '../../core/seal-signature.js'
import type { BundleEntry, BundleFiles, EvidenceStore, SchemaValidator } from '../../core/ports.js'
import { NO_COUNTING, type EvidenceWorkCounter } from './io-tally.js'

// Other modules write their own files atomically through the store's module, as they always have.
export { writeFileAtomic, syncDirectory } from './disk-files.js'

// Both validation files share one schema; every other JSON artifact has a schema named after it.
const SCHEMA_OF: Record<string, string> = {
  'staging-validation-results.json': 'evidence/validation-results.schema.json',
  'post-deployment-validation.json': 'evidence/validation-results.schema.json'
}

/** The schema file (under schemas/) an evidence JSON file must match. */
export function schemaFor(artifact: string): string {
  return SCHEMA_OF[artifact] ?? `evidence/${artifact.replace(/\.json$/, '')}.schema.json`
}

/** True when `artifact` is one of release-gate's own records, with a schema under schemas/. */
export function hasEvidenceSchema(artifact: string): boolean {
  return schemaIdOf(schemaFor(artifact)) !== null
}

// Earlier formats of an artifact that bundles may still hold, by the `schemaVersion` they name: verify and the report
// read them; release-gate writes only the current one.
const EARLIER_FORMATS: Record<string, Record<number, string>> = {
  'health-window.json': { 1: 'evidence/health-window-v1.schema.json' }
}

/** The schema file a record must match: its artifact's, or an earlier format's when the record names that version. */
function schemaOfRecord(artifact: string, value: unknown): string {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion
  return (typeof version === 'number' && EARLIER_FORMATS[artifact]?.[version]) || schemaFor(artifact)
}

/** Throws EvidenceSchemaError when `value` does not match the artifact's schema (or an earlier format's it names). */
export function assertValidEvidence(artifact: string, value: unknown): void {
  const validate = compileSchemaFile(schemaOfRecord(artifact, value))
  if (!validate(value))
    throw new EvidenceSchemaError(artifact, describeSchemaErrors(validate.errors ?? [], value))
}

/**
 * Checks a record given in batches (HealthWindowFileInBatches) against its artifact's schema, a batch of rows at a
 * time: `head` with one batch of each column in place. The schema constrains the columns and the tables beside them
 * element by element only (no length, no uniqueness: a unit test holds it so), so the file is valid exactly when every
 * such piece is; the tables and alerts are checked with the first batch alone. A problem names its row in the whole
 * file. Throws EvidenceSchemaError.
 */
function assertValidInBatches(artifact: string, head: object, batched: HealthWindowFileInBatches): void {
  const validate = compileSchemaFile(schemaOfRecord(artifact, head))
  const key = batched.columnsKey
  const headColumns = (head as Record<string, Record<string, unknown>>)[key] as Record<string, unknown>
  // Only the columns' own elements again after the first batch: the tables and alerts are empty there.
  const withoutTables = Object.fromEntries(
    Object.entries(headColumns).map(([name, field]) => [name, Array.isArray(field) ? [] : field])
  )
  for (let start = 0; start === 0 || start < batched.rows; start += batched.rowsPerBatch) {
    const end = start + batched.rowsPerBatch
    const columns: Record<string, unknown> = { ...(start === 0 ? headColumns : withoutTables) }
    for (const name of batched.columnNames) columns[name] = batched.column(name, start, end)
    const piece = { ...head, [key]: columns }
    if (!validate(piece)) {
      const columnPath = new RegExp(`^(\\$\\.${key}\\.(?:${batched.columnNames.join('|')})\\[)(\\d+)\\]`)
      throw new EvidenceSchemaError(
        artifact,
        describeSchemaErrors(validate.errors ?? [], piece).map(line =>
          line.replace(columnPath, (_, prefix: string, row: string) => `${prefix}${start + Number(row)}]`)
        )
      )
    }
  }
}

/** `head` with each of its columns given a batch at a time, for prettyJsonChunks. */
function withColumnsInBatches(head: object, batched: HealthWindowFileInBatches): object {
  const key = batched.columnsKey
  const columns: Record<string, unknown> = { ...(head as Record<string, Record<string, unknown>>)[key] }
  for (const name of batched.columnNames)
    columns[name] = new ScalarArrayInBatches(function* () {
      for (let start = 0; start < batched.rows; start += batched.rowsPerBatch)
        yield batched.column(name, start, start + batched.rowsPerBatch)
    })
  return { ...head, [key]: columns }
}

/** The project's schemas as the protocol's SchemaValidator port. */
export const projectSchemas: SchemaValidator = {
  assertEvidence: assertValidEvidence,
  compileUserSchema
}

// The health window's sample columns, one line each (some 20-30 bytes a sample instead of 270 as objects).
const ONE_LINE_COLUMNS: JsonLayout = { scalarArraysOnOneLine: true }

/** How an artifact's JSON is laid out: indented, and for health-window.json with its columns on one line each. */
function layoutOf(artifact: string): JsonLayout {
  return artifact === 'health-window.json' ? ONE_LINE_COLUMNS : {}
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces
  yield '\n'
}

/** Every string inside a JSON value passed through `redact`; keys, numbers and structure untouched. Pure. */
export function redactStrings(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map(item => redactStrings(item, redact))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, redact)]))
  return value
}

/**
 * The bundle's rules over any BundleFiles: JSON validated before every write, every write atomic, and no secret value
 * in any file: what release-gate writes is redacted, and so is what a command wrote into the bundle (at scrub and
 * seal). On disk this is FileEvidenceStore; phase tests run it over files in memory.
 */
export class EvidenceBundleStore implements EvidenceStore {
  /** Where the bundle lives (commands receive it as `${evidence}`). */
  readonly dir: string
  /** The SHA-256 of the bytes of each record this store validated, by artifact: those bytes need no second check. */
  private readonly validated = new Map<string, string>()
  /** The SHA-256 of each file as this store last scrubbed it: clean bytes, by file name. */
  private readonly scrubbed = new Map<string, string>()

  /**
   * @param runId the run a new bundle belongs to (a manual rollback names its folder after it); otherwise one is made
   *   when the bundle's first phase seals, and a bundle already sealed keeps its own.
   */
  constructor(
    private readonly files: BundleFiles,
    private readonly redact: Redactor = noRedaction,
    /** With a signing key, every seal is signed (`verify --public-key` checks it). */
    private readonly signer?: SealSigner,
    private runId?: string,
    /** Told of every schema validation (tests hold them to a budget). */
    private readonly counter: EvidenceWorkCounter = NO_COUNTING
  ) {
    this.dir = files.dir
  }

  /** Absolute or relative path of an artifact inside the bundle. */
  path(artifact: string): string {
    return join(this.dir, artifact)
  }

  /** Validates `record` against its schema, then writes it atomically. */
  async writeJson(artifact: string, record: object): Promise<void> {
    await this.writeRecord(artifact, record, 'file')
  }

  /** Validates, writes (as a file or as the seal) and remembers the digest of the valid bytes written. */
  private async writeRecord(artifact: string, record: object, as: 'file' | 'seal'): Promise<void> {
    this.validated.delete(artifact)
    await validatorsReady([schemaOfRecord(artifact, isFileInBatches(record) ? record.head : record)])
    this.counter.count('validation', artifact)
    let text: Iterable<string>
    if (isFileInBatches(record)) {
      const head = this.redactRecord(record.head)
      assertValidInBatches(artifact, head, record)
      text = withNewline(prettyJsonChunks(withColumnsInBatches(head, record), '', layoutOf(artifact)))
    } else {
      const redacted = this.redactRecord(record)
      assertValidEvidence(artifact, redacted)
      text = withNewline(prettyJsonChunks(redacted, '', layoutOf(artifact)))
    }
    const written =
      as === 'seal' ? await this.files.writeSeal(artifact, text) : await this.files.write(artifact, text)
    this.validated.set(artifact, written.sha256)
  }

  /** Redacted value by value, so that a secret that happens to read like `true` or a year cannot break the JSON. */
  private redactRecord<T>(record: T): T {
    return this.redact === noRedaction ? record : (redactStrings(record, this.redact) as T)
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
    await this.files.write(artifact, redacted)
  }

  /** Appends to a text artifact by rewriting it atomically (these files are small). */
  async appendText(artifact: string, text: string): Promise<void> {
    const existing = await this.readText(artifact)
    await this.files.write(artifact, this.redact((existing ?? '') + text))
  }

  /**
   * Redacts secret values from a file a command wrote into the bundle (a validation result, say), in place; JSON
   * value by value, anything else as text. Returns whether anything was redacted. Unparseable JSON is left for the
   * reader to refuse, but still loses its secrets as text.
   */
  async scrub(artifact: string): Promise<boolean> {
    // Without a secret to look for there is nothing to read (a bundle's health log can be large).
    if (this.redact === noRedaction) return false
    // Bytes this store scrubbed already (the same secrets, the same text) would come out the same: not read again.
    const cleanDigest = this.scrubbed.get(artifact)
    if (cleanDigest !== undefined && (await this.digestIfPresent(artifact)) === cleanDigest) return false
    const read = await this.files.readWithDigest(artifact)
    if (read === undefined) return false
    this.counter.count('scrub', artifact)
    const { text } = read
    // The common case costs one search; a secret stored JSON-escaped (quotes, backslashes) is not found here.
    let scrubbed = this.redact(text)
    if (scrubbed === text) {
      this.scrubbed.set(artifact, read.sha256)
      return false
    }
    if (artifact.endsWith('.json')) {
      try {
        scrubbed = JSON.stringify(redactStrings(JSON.parse(text) as unknown, this.redact), null, 2) + '\n'
      } catch {
        // Not JSON: redacted as text.
      }
    }
    this.scrubbed.set(artifact, (await this.files.write(artifact, scrubbed)).sha256)
    return true
  }

  private async digestIfPresent(artifact: string): Promise<string | undefined> {
    return (await this.files.digest(artifact).catch(() => undefined))?.sha256
  }

  /** The text of an artifact, or undefined when it does not exist; a symbolic link is refused, never followed. */
  async readText(artifact: string): Promise<string | undefined> {
    return this.files.read(artifact)
  }

  /**
   * Reads an earlier phase's artifact: undefined if absent; throws if it does not parse or match its schema, because
   * a phase must never build on altered or broken evidence.
   */
  async readJson<T>(artifact: string): Promise<T | undefined> {
    const read = await this.files.readWithDigest(artifact)
    if (read === undefined) return undefined
    let value: unknown
    try {
      value = JSON.parse(read.text)
    } catch (error) {
      throw new EvidenceSchemaError(artifact, [`not valid JSON (${(error as Error).message})`])
    }
    // The very bytes this store validated (written or read before) are valid still; any other bytes are checked.
    if (this.validated.get(artifact) === read.sha256) return value as T
    await validatorsReady([schemaOfRecord(artifact, value)])
    this.counter.count('validation', artifact)
    assertValidEvidence(artifact, value)
    this.validated.set(artifact, read.sha256)
    return value as T
  }

  /**
   * Moves an earlier bundle aside to `<dir>-archive/<time>/` before a new release starts, so nothing is lost and the
   * new bundle holds only this release's evidence. Returns where it went, or null when there was nothing.
   */
  async archiveExisting(now: Date): Promise<string | null> {
    if ((await this.files.list()).length === 0) return null
    const archive = join(`${this.dir}-archive`, now.toISOString().replace(/[:.]/g, '-'))
    await this.files.moveAside(archive)
    // What is sealed next starts a new run.
    this.runId = undefined
    return archive
  }

  /**
   * Appends a hash-chained entry for `phase` to evidence-manifest.json, recording every file as it is now, signed when
   * the store holds a signing key.
   */
  async seal(phase: ManifestEntry['phase'], tag: string, now: Date): Promise<EvidenceManifest> {
    // Whatever a command wrote into the bundle loses its secrets before its digest is recorded.
    if (this.redact !== noRedaction)
      for (const entry of await this.files.list().catch(() => []))
        if (entry.kind === 'file' && !entry.name.endsWith('.tmp')) await this.scrub(entry.name)
    const files: Omit<ManifestFile, 'writtenBy'>[] = (await this.inventory()).map(f => ({
      ...f,
      schema: f.file.endsWith('.json') ? schemaIdOf(schemaFor(f.file)) : null
    }))
    const sealed = await this.readJson<EvidenceManifest>(MANIFEST_FILE)
    if (!sealed) this.runId ??= newRunId(now)
    const chained = appendEntry(sealed, tag, phase, now.toISOString(), files, this.runId)
    const manifest = this.signer ? signLastSeal(chained, this.signer) : chained
    // The phase's files are made durable first and the manifest last: a crash in between leaves the earlier seal,
    // against which verify names each file written since.
    await this.writeRecord(MANIFEST_FILE, manifest, 'seal')
    return manifest
  }

  /**
   * Problems that make the bundle untrustworthy for the next phase: no manifest, a broken chain, a file that is
   * missing, altered or unrecorded, or one written by a phase the protocol does not assign it to; with a signing key
   * also a seal not signed by it (a bundle rewritten, or planted, by someone without the key). Empty when intact.
   */
  async verify(): Promise<string[]> {
    let manifest: EvidenceManifest | undefined
    try {
      manifest = await this.readJson<EvidenceManifest>(MANIFEST_FILE)
    } catch (error) {
      return [(error as Error).message]
    }
    if (!manifest) return [`${MANIFEST_FILE} is missing from ${this.dir}: run the readiness phase first`]
    const links = (await this.files.list())
      .filter(entry => entry.kind === 'link')
      .map(entry => `${entry.name} ${SYMBOLIC_LINK_PROBLEM}`)
    const unsigned = this.signer ? sealSignatureProblems(manifest, this.signer) : []
    return [
      ...links,
      ...manifestProblems(manifest, await this.inventory()),
      ...writerProblems(manifest),
      ...unsigned
    ]
  }

  /** Files in the bundle (the manifest aside) with their size and SHA-256, sorted by name. */
  async inventory(): Promise<{ file: string; bytes: number; sha256: string }[]> {
    let entries: BundleEntry[]
    try {
      entries = await this.files.list()
    } catch {
      return []
    }
    const kinds = new Map(entries.map(entry => [entry.name, entry.kind]))
    const files = []
    for (const name of [...kinds.keys()].filter(n => !n.endsWith('.tmp') && n !== MANIFEST_FILE).sort()) {
      // Only regular files are evidence: a link is never followed (verify names it), a folder is not a file.
      if (kinds.get(name) !== 'file') continue
      files.push({ file: name, ...(await this.files.digest(name)) })
    }
    return files
  }
}

/** The evidence directory on disk: the bundle's rules over DiskBundleFiles, as production composes it. */
export class FileEvidenceStore extends EvidenceBundleStore {
  constructor(
    dir: string,
    redact: Redactor = noRedaction,
    signer?: SealSigner,
    runId?: string,
    counter: EvidenceWorkCounter = NO_COUNTING
  ) {
    super(new DiskBundleFiles(dir, counter), redact, signer, runId, counter)
  }
}

/** A new run's id: when it started (UTC, to the second) and six random hex digits, e.g. `20261203T063449Z-3fa91c`. */
export function newRunId(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

/** Where a manual rollback's own bundle goes: beside the release bundles, `<evidence-dir>-rollbacks/<run id>`. */
export function rollbackBundleDir(evidenceDir: string, runId: string): string {
  return join(`${evidenceDir.replace(/[\\/]+$/, '')}-rollbacks`, runId)
}
