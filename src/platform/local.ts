import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { userInfo } from 'node:os'
import { compileSchemaFile } from '../evidence/schemas.js'
import { writeFileAtomic } from '../evidence/store.js'
import { describeSchemaErrors } from '../schema-errors.js'
import type {
  ApprovalAnswer,
  ApprovalSource,
  ArtifactReader,
  Clock,
  FileFacts,
  Logger,
  ReleaseEntry,
  ReleaseHistory
} from '../protocol/ports.js'

/** The real clock. */
export const systemClock: Clock = {
  now: () => new Date(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

/** Status lines to stdout/stderr; progress rewrites one line on a terminal and is rate-limited otherwise. */
export class ConsoleLogger implements Logger {
  private lastProgressAt = 0
  private progressShown = false
  constructor(
    private readonly interactive = Boolean(process.stderr.isTTY),
    private readonly quietProgressEveryMs = 10_000
  ) {}
  info(line: string): void {
    this.clearProgress()
    process.stdout.write(line + '\n')
  }
  warn(line: string): void {
    this.clearProgress()
    process.stderr.write(line + '\n')
  }
  error(line: string): void {
    this.clearProgress()
    process.stderr.write(line + '\n')
  }
  progress(line: string): void {
    if (this.interactive) {
      process.stderr.write(`\r\x1b[2K${line}`)
      this.progressShown = true
      return
    }
    const now = Date.now()
    if (now - this.lastProgressAt >= this.quietProgressEveryMs) {
      this.lastProgressAt = now
      process.stdout.write(line + '\n')
    }
  }
  private clearProgress(): void {
    if (this.progressShown) {
      process.stderr.write('\r\x1b[2K')
      this.progressShown = false
    }
  }
}

/** Reads upstream artifacts from the working tree. */
export class FileArtifactReader implements ArtifactReader {
  async inspect(path: string): Promise<FileFacts> {
    try {
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

/** Release history in `<state-dir>/release-history.json`, validated on every read. */
export class FileReleaseHistory implements ReleaseHistory {
  private readonly file: string
  constructor(stateDir: string) {
    this.file = join(stateDir, 'release-history.json')
  }

  private async load(): Promise<ReleaseEntry[]> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      throw new Error(
        `Release history ${this.file} is not valid JSON (${(error as Error).message}). Fix or remove it.`,
        { cause: error }
      )
    }
    const validate = compileSchemaFile('release-history.schema.json')
    if (!validate(value)) {
      throw new Error(
        `Release history ${this.file} is invalid: ${describeSchemaErrors(validate.errors ?? [], value).join('; ')}`
      )
    }
    return (value as { releases: ReleaseEntry[] }).releases
  }

  async current(environment: string): Promise<string | null> {
    const serving = (await this.load()).filter(e => e.environment === environment && isServing(e))
    return serving.at(-1)?.tag ?? null
  }

  async previous(environment: string, tag: string): Promise<string | null> {
    const serving = (await this.load()).filter(
      e => e.environment === environment && isServing(e) && e.tag !== tag
    )
    return serving.at(-1)?.tag ?? null
  }

  async record(entry: Omit<ReleaseEntry, 'recordedAt'>): Promise<void> {
    const releases = await this.load()
    releases.push({ ...entry, recordedAt: new Date().toISOString() })
    await writeFileAtomic(this.file, JSON.stringify({ schemaVersion: 1, releases }, null, 2) + '\n')
  }
}

function isServing(entry: ReleaseEntry): boolean {
  return entry.status === 'released' || entry.status === 'rollback-target'
}

/** Approval from `--approve <name>`, else a yes/no prompt on a terminal, else no (no answer is never a yes). */
export class LocalApprovalSource implements ApprovalSource {
  constructor(
    private readonly approveAs: string | undefined,
    private readonly comment: string | undefined,
    private readonly allowedApprovers: readonly string[],
    private readonly interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY)
  ) {}

  /** A yes/no question at the terminal (e.g. an inconclusive analysis); no terminal means no. */
  async confirm(prompt: string): Promise<boolean> {
    if (!this.interactive) return false
    const terminal = createInterface({ input: process.stdin, output: process.stdout })
    try {
      process.stdout.write(`${prompt} `)
      const line = await terminal[Symbol.asyncIterator]().next()
      return !line.done && ['yes', 'y'].includes(String(line.value).trim().toLowerCase())
    } finally {
      terminal.close()
    }
  }

  async request(prompt: string): Promise<ApprovalAnswer> {
    if (this.approveAs !== undefined) {
      return this.checked({
        decision: 'approved',
        approver: this.approveAs,
        comment: this.comment ?? null,
        source: 'cli-flag',
        reason: `approved with --approve ${this.approveAs}`
      })
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
    const typedLines = terminal[Symbol.asyncIterator]()
    const ask = async (question: string): Promise<string | null> => {
      process.stdout.write(question)
      const line = await typedLines.next()
      return line.done ? null : String(line.value).trim()
    }
    try {
      const answer = await ask(`${prompt} `)
      const approver = userInfo().username
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
      return this.checked({
        decision: 'approved',
        approver,
        comment: comment || null,
        source: 'interactive',
        reason: 'answered yes at the prompt'
      })
    } finally {
      terminal.close()
    }
  }

  private checked(answer: ApprovalAnswer): ApprovalAnswer {
    if (this.allowedApprovers.length > 0 && !this.allowedApprovers.includes(answer.approver ?? '')) {
      return {
        ...answer,
        decision: 'rejected',
        reason: `${answer.approver} is not an allowed approver (approval.approvers: ${this.allowedApprovers.join(', ')})`
      }
    }
    return answer
  }
}
