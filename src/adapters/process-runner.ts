import { spawn } from 'node:child_process'
import { StringDecoder } from 'node:string_decoder'
import type { CommandRequest, CommandRunner, Logger } from '../core/ports.js'
import type { ExecRecord } from '../core/records/index.js'
import type { Redactor } from '../core/redact.js'
import { signalName } from '../core/interruption.js'

const TAIL_BYTES = 16 * 1024
// A line longer than this is logged cut: a megabyte line without a newline must not be buffered (or re-scanned) whole.
export const LOG_LINE_CHARS = 16 * 1024
export const KILL_GRACE_MS = 5000
// A cancelled workflow run gets SIGTERM 7.5 s after SIGINT and SIGKILL soon after: the evidence must be written by then.
const INTERRUPT_GRACE_MS = 2000
const STDIO_DRAIN_MS = 2000

/**
 * Runs commands as real processes in their own process group. Not @actions/exec: it has no timeout, cannot kill a
 * command's children, and buffers whole outputs in memory; a release tool needs all three.
 */
export class ProcessRunner implements CommandRunner {
  constructor(
    private readonly logger: Logger,
    private readonly redact: Redactor,
    private readonly cwd: string,
    /** The whole environment of every command (the entry builds it from an allowlist); never process.env itself. */
    private readonly baseEnv: Readonly<Record<string, string>>,
    /** When it fires, running commands are stopped (their whole group) and no new one starts. */
    private readonly interrupt?: AbortSignal
  ) {}

  run(request: CommandRequest): Promise<ExecRecord> {
    const run = startCommandRun(request, this.redact)
    const { stdout, stderr } = run
    return new Promise(resolve => {
      let settled = false
      // Timers and listeners set up below, undone when the command is over.
      const cleanups: (() => void)[] = []
      const finish = (exitCode: number | null, signal: string | null, error: string | null): void => {
        if (settled) return
        settled = true
        for (const cleanup of cleanups) cleanup()
        // killTimer stays armed: after a timeout, whatever of the group ignored SIGTERM still gets SIGKILL.
        resolve(commandRecord(request, this.redact, run, { exitCode, signal, error }))
      }
      if (this.interrupt?.aborted)
        return finish(
          null,
          null,
          `not started: release-gate was interrupted by ${signalName(this.interrupt)}`
        )
      const child = spawn(request.argv[0] as string, request.argv.slice(1), {
        cwd: this.cwd,
        env: { ...this.baseEnv, ...request.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true
      })
      const killGroup = (signal: NodeJS.Signals): void => {
        try {
          if (child.pid) process.kill(-child.pid, signal)
        } catch {
          // Already gone.
        }
      }
      const interrupt = this.interrupt
      if (interrupt) {
        const onInterrupt = (): void => {
          run.interruptedBy = signalName(interrupt)
          killGroup('SIGTERM')
          setTimeout(() => killGroup('SIGKILL'), INTERRUPT_GRACE_MS).unref()
        }
        interrupt.addEventListener('abort', onInterrupt, { once: true })
        cleanups.push(() => interrupt.removeEventListener('abort', onInterrupt))
      }
      const timeoutTimer = setTimeout(() => {
        run.timedOut = true
        killGroup('SIGTERM')
        setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS)
      }, request.timeoutMs)
      cleanups.push(() => clearTimeout(timeoutTimer))
      const forward = (chunk: Buffer, buffer: TailBuffer, lines: LineSplitter): void => {
        buffer.push(chunk)
        const complete = lines.push(chunk)
        if (!request.quiet)
          for (const line of complete) this.logger.info(`  ${request.label} | ${this.redact(line)}`)
      }
      const stdoutLines = new LineSplitter(LOG_LINE_CHARS)
      const stderrLines = new LineSplitter(LOG_LINE_CHARS)
      child.stdout.on('data', (chunk: Buffer) => forward(chunk, stdout, stdoutLines))
      child.stderr.on('data', (chunk: Buffer) => forward(chunk, stderr, stderrLines))
      child.on('error', error => finish(null, null, `cannot start ${request.argv[0]}: ${error.message}`))
      const flushPending = (): void => {
        for (const lines of [stdoutLines, stderrLines]) {
          const unfinished = lines.end()
          if (unfinished !== null && !request.quiet)
            this.logger.info(`  ${request.label} | ${this.redact(unfinished)}`)
        }
      }
      let drainTimer: NodeJS.Timeout | undefined
      child.on('close', (code, signal) => {
        clearTimeout(drainTimer)
        flushPending()
        finish(code, signal, null)
      })
      // A script that leaves a background process holding its stdout would never 'close'; after it exits, give the
      // pipes a moment to drain, then stop waiting for them.
      child.on('exit', (code, signal) => {
        drainTimer = setTimeout(() => {
          child.stdout.destroy()
          child.stderr.destroy()
          flushPending()
          finish(code, signal, null)
        }, STDIO_DRAIN_MS)
      })
    })
  }
}

/** What a runner knows of a command while it runs; `commandRecord` turns it into the record at its end. */
export interface CommandRun {
  /** The argv as recorded (redacted). */
  argv: string[]
  /** Date.now() when it started. */
  started: number
  timedOut: boolean
  /** The signal that interrupted release-gate while it ran, or null. */
  interruptedBy: string | null
  stdout: TailBuffer
  stderr: TailBuffer
}

/** A command run starting now, with empty output. */
export function startCommandRun(request: CommandRequest, redact: Redactor): CommandRun {
  return {
    argv: request.argv.map(word => redact(word)),
    started: Date.now(),
    timedOut: false,
    interruptedBy: null,
    stdout: new TailBuffer(TAIL_BYTES),
    stderr: new TailBuffer(TAIL_BYTES)
  }
}

/**
 * The record of a finished command, whether it ran as a process or in this one (the same fields, the same texts);
 * `error` says why it could not start or run.
 */
export function commandRecord(
  request: CommandRequest,
  redact: Redactor,
  run: CommandRun,
  ending: { exitCode: number | null; signal: string | null; error: string | null }
): ExecRecord {
  const finished = Date.now()
  const { timedOut, interruptedBy, stdout, stderr } = run
  const { error, exitCode } = ending
  const status: ExecRecord['status'] = error
    ? 'error'
    : timedOut
      ? 'timeout'
      : exitCode === 0
        ? 'success'
        : 'failure'
  return {
    name: request.name,
    argv: run.argv,
    startedAt: new Date(run.started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - run.started,
    exitCode,
    signal: ending.signal,
    timedOut,
    status,
    error:
      error ??
      (timedOut
        ? `timed out after ${request.timeoutMs}ms; process group killed`
        : interruptedBy
          ? `stopped: release-gate was interrupted by ${interruptedBy}; process group killed`
          : null),
    stdoutTail: redact(stdout.text()),
    stderrTail: redact(stderr.text()),
    outputBytes: stdout.total + stderr.total,
    outputTruncated: stdout.truncated || stderr.truncated
  }
}

/** Keeps the last `limit` bytes of a stream and counts the rest, so huge outputs cost bounded memory. */
export class TailBuffer {
  private chunks: Buffer[] = []
  private kept = 0
  total = 0
  truncated = false

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.total += chunk.length
    this.chunks.push(chunk)
    this.kept += chunk.length
    while (this.kept > this.limit && this.chunks.length > 0) {
      const first = this.chunks[0] as Buffer
      const excess = this.kept - this.limit
      this.truncated = true
      if (first.length <= excess) {
        this.chunks.shift()
        this.kept -= first.length
      } else {
        this.chunks[0] = first.subarray(excess)
        this.kept -= excess
      }
    }
  }

  text(): string {
    const text = Buffer.concat(this.chunks).toString('utf8')
    return this.truncated ? `[... ${this.total - this.kept} earlier bytes omitted ...]\n${text}` : text
  }
}

/** Splits a stream into lines for the log, keeping at most `limit` characters of the line in progress. */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8')
  private pending = ''
  private omitted = 0

  constructor(private readonly limit: number) {}

  /** The lines this chunk completes; a line beyond the limit comes cut, saying how much was left out. */
  push(chunk: Buffer): string[] {
    const text = this.decoder.write(chunk)
    const lines: string[] = []
    let start = 0
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      this.keep(text.slice(start, newline))
      lines.push(this.take())
      start = newline + 1
    }
    this.keep(text.slice(start))
    return lines
  }

  /** The last line when the stream ended without a newline, or null. */
  end(): string | null {
    this.keep(this.decoder.end())
    return this.pending || this.omitted ? this.take() : null
  }

  private keep(text: string): void {
    const room = Math.max(0, this.limit - this.pending.length)
    this.pending += text.slice(0, room)
    this.omitted += Math.max(0, text.length - room)
  }

  private take(): string {
    const line = this.omitted
      ? `${this.pending} [... line cut: ${this.omitted} more characters omitted]`
      : this.pending
    this.pending = ''
    this.omitted = 0
    return line
  }
}
