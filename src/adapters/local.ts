import { mkdir, open, readFile, realpath, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { hostname, userInfo } from 'node:os'
import { compileSchemaFile } from './evidence/schemas.js'
import { writeFileAtomic } from './evidence/store.js'
import { describeSchemaErrors } from '../core/schema-errors.js'
import type {
  ApprovalAnswer,
  ApprovalEvidence,
  ApprovalSource,
  ArtifactReader,
  Clock,
  FileFacts,
  ReleaseEntry,
  ReleaseHistory,
  SignoffStore
} from '../core/ports.js'
import type { StakeholderSignoff } from '../core/signoffs.js'
import type { StakeholderSignoffsFile } from '../core/generated/stakeholder-signoffs.js'
import { foldLedger, mayStart, type Ledger, type StartRefusal } from '../core/ledger.js'
import { isInside } from './workspace-paths.js'
import { answered } from '../core/announce.js'
import { oneLine } from '../core/one-line.js'

/** The real clock. */
export const systemClock: Clock = {
  now: () => new Date(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

/** Reads upstream artifacts from the working tree; a path that leads out of it (a symbolic link) is not read. */
export class FileArtifactReader implements ArtifactReader {
  constructor(private readonly workspace: string = process.cwd()) {}

  async inspect(path: string): Promise<FileFacts> {
    try {
      const target = await realpath(path)
      if (!isInside(await realpath(this.workspace), target))
        return { exists: true, isFile: false, modifiedAt: null, text: null, outsideWorkspace: target }
      const info = await stat(path)
      if (!info.isFile()) return { exists: true, isFile: false, modifiedAt: info.mtime, text: null }
      return { exists: true, isFile: true, modifiedAt: info.mtime, text: await readFile(path, 'utf8') }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { exists: false, isFile: false, modifiedAt: null, text: null }
      throw error
    }
  }
}

/**
 * The release ledger in `<state-dir>/release-history.json`: its events, validated on every read, appended under a lock
 * file and written atomically (temporary file, then rename).
 */
export class FileReleaseHistory implements ReleaseHistory {
  private readonly file: string
  /**
   * The text this object last read or wrote, with its events, validated. A release reads the ledger a dozen times and
   * each read validated every event ever recorded; a read that finds the same text again takes them as they were.
   * Any other text (another process wrote, a person edited) is validated as a first read is.
   */
  private known: { text: string; releases: readonly ReleaseEntry[] } | undefined

  constructor(stateDir: string) {
    this.file = join(stateDir, 'release-history.json')
  }

  private async load(): Promise<ReleaseEntry[]> {
    const text = await readTextIfExists(this.file)
    if (text === null) return []
    if (this.known?.text !== text) {
      const value = parseStateFile(this.file, text, 'release-history.schema.json', {
        notJson: (file, error) => `Release history ${file} is not valid JSON (${error}). Fix or remove it.`,
        invalid: (file, problems) => `Release history ${file} is invalid: ${problems}`
      }) as { releases: ReleaseEntry[] }
      this.known = { text, releases: value.releases }
    }
    return [...this.known.releases]
  }

  async ledger(environment: string): Promise<Ledger> {
    return foldLedger(environment, await this.load())
  }

  async record(entry: Omit<ReleaseEntry, 'recordedAt'>): Promise<void> {
    await withFileLock(`${this.file}.lock`, async () => {
      await this.append(await this.load(), entry)
    })
  }

  async begin(environment: string, tag: string, evidenceSince?: string): Promise<StartRefusal | null> {
    // Check and record under one lock: two processes starting at once cannot both see the environment free.
    return withFileLock(`${this.file}.lock`, async () => {
      const releases = await this.load()
      const refusal = mayStart(foldLedger(environment, releases), tag, evidenceSince)
      if (!refusal) await this.append(releases, { tag, environment, status: 'in-progress' })
      return refusal
    })
  }

  private async append(releases: ReleaseEntry[], entry: Omit<ReleaseEntry, 'recordedAt'>): Promise<void> {
    releases.push({ ...entry, recordedAt: new Date().toISOString() })
    const text = JSON.stringify({ schemaVersion: 2, releases }, null, 2) + '\n'
    await writeFileAtomic(this.file, text)
    this.known = { text, releases }
  }
}

/**
 * Stakeholder sign-offs in `<state-dir>/stakeholder-signoffs.json`, next to the release history: validated on every
 * read, appended under a lock file and written atomically. In a workflow the file is read from the checkout, so a
 * sign-off counts there once it is committed.
 */
export class FileSignoffStore implements SignoffStore {
  readonly file: string
  constructor(stateDir: string) {
    this.file = join(stateDir, 'stakeholder-signoffs.json')
  }

  private async load(): Promise<StakeholderSignoff[]> {
    const value = await readStateFile(this.file, 'stakeholder-signoffs.schema.json', {
      notJson: (file, error) =>
        `Stakeholder sign-offs ${file} are not valid JSON (${error}). Fix or remove the file.`,
      invalid: (file, problems) => `Stakeholder sign-offs ${file} are invalid: ${problems}`
    })
    return (value as StakeholderSignoffsFile | null)?.signoffs ?? []
  }

  async forTag(tag: string): Promise<StakeholderSignoff[]> {
    return (await this.load()).filter(s => s.tag === tag)
  }

  async record(signoff: StakeholderSignoff): Promise<void> {
    await withFileLock(`${this.file}.lock`, async () => {
      const signoffs = [...(await this.load()), signoff]
      const file: StakeholderSignoffsFile = { schemaVersion: 1, signoffs }
      await writeFileAtomic(this.file, JSON.stringify(file, null, 2) + '\n')
    })
  }
}

/**
 * A JSON file of the state dir, validated against its schema on every read; null when it does not exist. A file that
 * is not JSON or not valid is an error, worded by `messages` (the parser's message on one line).
 */
async function readStateFile(file: string, schema: string, messages: StateFileMessages): Promise<unknown> {
  const text = await readTextIfExists(file)
  return text === null ? null : parseStateFile(file, text, schema, messages)
}

interface StateFileMessages {
  notJson: (file: string, error: string) => string
  invalid: (file: string, problems: string) => string
}

/** A file's text, or null when it does not exist. */
async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** The JSON value of a state file's text, valid against `schema`; an error worded by `messages` otherwise. */
function parseStateFile(file: string, text: string, schema: string, messages: StateFileMessages): unknown {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(messages.notJson(file, oneLine((error as Error).message)), { cause: error })
  }
  const validate = compileSchemaFile(schema)
  if (!validate(value))
    throw new Error(messages.invalid(file, describeSchemaErrors(validate.errors ?? [], value).join('; ')))
  return value
}

const LOCK_WAIT_MS = 10_000
const LOCK_STALE_MS = 60_000

/**
 * Runs `critical` holding an exclusive lock file (created with O_EXCL, holding the owner's pid). A lock whose owner
 * died, or older than a minute (the critical sections are a read and a write), is taken over.
 */
export async function withFileLock<T>(lockFile: string, critical: () => Promise<T>): Promise<T> {
  await mkdir(dirname(lockFile), { recursive: true })
  const deadline = Date.now() + LOCK_WAIT_MS
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx')
      await handle.writeFile(JSON.stringify({ pid: process.pid, at: new Date().toISOString() }))
      await handle.close()
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      if (await lockIsStale(lockFile)) {
        await rm(lockFile, { force: true })
        continue
      }
      if (Date.now() > deadline)
        throw new Error(
          `${lockFile} is held by another release-gate process for more than ${LOCK_WAIT_MS / 1000}s. If none runs, remove the file.`,
          { cause: error }
        )
      await new Promise(resolve => setTimeout(resolve, 25))
    }
  }
  try {
    return await critical()
  } finally {
    await rm(lockFile, { force: true })
  }
}

async function lockIsStale(lockFile: string): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([readFile(lockFile, 'utf8'), stat(lockFile)])
    if (Date.now() - info.mtimeMs > LOCK_STALE_MS) return true
    const pid = Number((JSON.parse(text) as { pid?: unknown }).pid)
    if (!Number.isInteger(pid) || pid <= 0) return false
    try {
      process.kill(pid, 0)
      return false
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH'
    }
  } catch {
    // Being written right now (empty or half a line), or just removed: not stale, look again.
    return false
  }
}

/** Who holds the release lock: what runs, which process on which machine, since when. */
export interface ReleaseLockHolder {
  /** `run v1.2.0`, `phase production v1.2.0`, `rollback production`. */
  holder: string
  pid: number
  host: string
  since: string
}

/** The release lock is held by another release-gate process; the message names it and how to clear the lock. */
export class ReleaseLockedError extends Error {
  override name = 'ReleaseLockedError'
  constructor(
    readonly file: string,
    readonly holder: ReleaseLockHolder
  ) {
    super(
      `${file} is held by release-gate ${holder.holder} (pid ${holder.pid} on ${holder.host}, since ${holder.since}). ` +
        `Wait for it to finish. If no such process runs on ${holder.host}, remove ${file} and start again.`
    )
  }
}

/**
 * `<state-dir>/release.lock`: held by the process that changes the environments, for the whole of it (`run` from
 * readiness through report, a `phase`, a `rollback`), so two local runs never interleave. A lock whose process is gone
 * (same host, pid not running) is stale and taken over; a lock of another host is never guessed stale.
 */
export class ReleaseLock {
  readonly file: string
  constructor(stateDir: string) {
    this.file = join(stateDir, 'release.lock')
  }

  /**
   * Takes the lock for `holder`, or throws ReleaseLockedError naming the process that holds it. Returns the release
   * (idempotent) and whether a stale lock was taken over (its holder, to say so).
   */
  async acquire(
    holder: string
  ): Promise<{ release: () => Promise<void>; tookOver: ReleaseLockHolder | null }> {
    await mkdir(dirname(this.file), { recursive: true })
    const mine: ReleaseLockHolder = {
      holder,
      pid: process.pid,
      host: hostname(),
      since: new Date().toISOString()
    }
    let tookOver: ReleaseLockHolder | null = null
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(this.file, 'wx')
        await handle.writeFile(JSON.stringify(mine) + '\n')
        await handle.close()
        break
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        const current = await this.holder()
        if (current && !isStale(current)) throw new ReleaseLockedError(this.file, current)
        if (!current) {
          // Being written right now: looked at again after a moment; unreadable for good: never guessed free.
          if (attempt >= 3)
            throw new ReleaseLockedError(this.file, {
              holder: 'unknown (unreadable lock file)',
              pid: 0,
              host: 'unknown',
              since: 'unknown'
            })
          await new Promise(resolve => setTimeout(resolve, 50))
          continue
        }
        tookOver = current
        await rm(this.file, { force: true })
      }
    }
    let released = false
    return {
      tookOver,
      release: async () => {
        if (released) return
        released = true
        // Only our own lock is removed (a stale-lock takeover by another process leaves its lock alone).
        const current = await this.holder()
        if (current?.pid === mine.pid && current.host === mine.host) await rm(this.file, { force: true })
      }
    }
  }

  /** The holder written in the lock file, or null when there is none (or it cannot be read yet). */
  async holder(): Promise<ReleaseLockHolder | null> {
    try {
      const value = JSON.parse(await readFile(this.file, 'utf8')) as Partial<ReleaseLockHolder>
      return typeof value.pid === 'number' && typeof value.host === 'string'
        ? {
            holder: String(value.holder ?? 'unknown'),
            pid: value.pid,
            host: value.host,
            since: String(value.since ?? '')
          }
        : null
    } catch {
      return null
    }
  }
}

/** A holder on this host whose process is no longer running. */
function isStale(holder: ReleaseLockHolder): boolean {
  if (holder.host !== hostname()) return false
  try {
    process.kill(holder.pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** Approval from `--approve <name>`, else a yes/no prompt on a terminal, else no (no answer is never a yes). */
export class LocalApprovalSource implements ApprovalSource {
  constructor(
    private readonly approveAs: string | undefined,
    private readonly comment: string | undefined,
    private readonly interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY),
    /** The name a prompt's answer is recorded under: --approver-name, else the OS login name. */
    private readonly answeringAs: string = userInfo().username
  ) {}

  /** A yes/no question at the terminal (e.g. an inconclusive analysis); no terminal means no. */
  async confirm(prompt: string): Promise<boolean> {
    if (!this.interactive) return false
    const terminal = createInterface({ input: process.stdin, output: process.stdout })
    // Ctrl-C at the prompt is no answer, and no answer is never a yes.
    terminal.on('SIGINT', () => terminal.close())
    try {
      process.stdout.write(`${prompt} `)
      const line = await terminal[Symbol.asyncIterator]().next()
      return !line.done && ['yes', 'y'].includes(String(line.value).trim().toLowerCase())
    } finally {
      terminal.close()
    }
  }

  async request(prompt: string): Promise<ApprovalEvidence> {
    return { kind: 'answer', answer: await this.answer(prompt) }
  }

  /** The person's answer, as given; Gate 3's policy judges it. */
  private async answer(prompt: string): Promise<ApprovalAnswer> {
    if (this.approveAs !== undefined) {
      return {
        decision: 'approved',
        approver: this.approveAs,
        comment: this.comment ?? null,
        source: 'cli-flag',
        reason: `approved with --approve ${this.approveAs}`
      }
    }
    if (!this.interactive) {
      return {
        decision: 'rejected',
        approver: null,
        comment: null,
        source: 'no-answer',
        reason:
          'no approval given: pass --approve <name> (and --comment <text>) or run in a terminal to answer the prompt'
      }
    }
    // Lines typed (or pasted) ahead of a question are queued by the iterator, not dropped between the two questions.
    const terminal = createInterface({ input: process.stdin, output: process.stdout })
    terminal.on('SIGINT', () => terminal.close())
    const typedLines = terminal[Symbol.asyncIterator]()
    const ask = async (question: string): Promise<string | null> => {
      process.stdout.write(question)
      const line = await typedLines.next()
      return line.done ? null : String(line.value).trim()
    }
    try {
      // Say whose answer this will be on the record before it is given.
      const named = `${answered(prompt, `Answering as ${this.answeringAs} (--approver-name sets the name). (yes/no)`)} `
      const answer = await ask(named)
      const approver = this.answeringAs
      if (answer === null || !['yes', 'y'].includes(answer.toLowerCase())) {
        return {
          decision: 'rejected',
          approver: answer === null ? null : approver,
          comment: null,
          source: answer === null ? 'no-answer' : 'interactive',
          reason:
            answer === null
              ? 'the terminal closed before an answer was given'
              : `answered ${JSON.stringify(answer)} at the prompt`
        }
      }
      const comment = await ask('Comment for the record (optional): ')
      return {
        decision: 'approved',
        approver,
        comment: comment || null,
        source: 'interactive',
        reason: 'answered yes at the prompt'
      }
    } finally {
      terminal.close()
    }
  }
}
