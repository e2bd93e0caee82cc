import type { CommandRequest, CommandRunner, Logger } from '../core/ports.js'
import type { ExecRecord } from '../core/records/index.js'
import type { Redactor } from '../core/redact.js'
import { signalName } from '../core/interruption.js'
import { inertToWorkflowCommands } from '../core/workflow-commands.js'
import {
  commandRecord,
  KILL_GRACE_MS,
  LineSplitter,
  LOG_LINE_CHARS,
  startCommandRun,
  type TailBuffer
} from './process-runner.js'

/** What a command run inside this process gets in place of a process's environment, stdio and signals. */
export interface InProcessIo {
  /** The environment it would have had as a process: the commands' base environment and the request's. */
  env: Record<string, string>
  /** Fires at the request's timeout or when release-gate is interrupted: stop, and write nothing more. */
  signal: AbortSignal
  /** One line of its standard output. */
  stdout(line: string): void
  /** One line of its standard error. */
  stderr(line: string): void
}

/** A command this process runs itself: resolves to its exit code. */
export type InProcessCommand = (io: InProcessIo) => Promise<number>

/**
 * Runs one command inside this process with what `ProcessRunner` gives a process: the same record (argv, exit code,
 * redacted output tails, timings), output lines forwarded to the log under the request's label, the timeout, and the
 * interruption. A stopped command is recorded as a process killed by SIGTERM would be: no exit code, signal SIGTERM.
 */
export class InProcessRunner implements CommandRunner {
  constructor(
    private readonly logger: Logger,
    private readonly redact: Redactor,
    private readonly baseEnv: Readonly<Record<string, string>>,
    private readonly command: InProcessCommand,
    private readonly interrupt?: AbortSignal
  ) {}

  run(request: CommandRequest): Promise<ExecRecord> {
    const run = startCommandRun(request, this.redact)
    const stop = new AbortController()
    const ending = (exitCode: number | null, signal: string | null, error: string | null) =>
      commandRecord(request, this.redact, run, { exitCode, signal, error })
    const interrupt = this.interrupt
    if (interrupt?.aborted)
      return Promise.resolve(
        ending(null, null, `not started: release-gate was interrupted by ${signalName(interrupt)}`)
      )
    const write = (buffer: TailBuffer, line: string): void => {
      // A stopped process writes nothing more.
      if (stop.signal.aborted) return
      const bytes = Buffer.from(inertToWorkflowCommands(line) + '\n')
      buffer.push(bytes)
      // Cut as a process's long line is cut for the log.
      const splitter = new LineSplitter(LOG_LINE_CHARS)
      if (!request.quiet)
        for (const logged of splitter.push(bytes))
          this.logger.info(`  ${request.label} | ${this.redact(logged)}`)
    }
    const io: InProcessIo = {
      env: { ...this.baseEnv, ...request.env },
      signal: stop.signal,
      stdout: line => write(run.stdout, line),
      stderr: line => write(run.stderr, line)
    }
    return new Promise(resolve => {
      const cleanups: (() => void)[] = []
      let settled = false
      const finish = (record: ExecRecord): void => {
        if (settled) return
        settled = true
        for (const cleanup of cleanups) cleanup()
        resolve(record)
      }
      const halt = (): void => {
        stop.abort(new Error('stopped'))
        // What ignores the stop is not waited for longer than a process's grace before SIGKILL.
        const grace = setTimeout(() => finish(ending(null, 'SIGKILL', null)), KILL_GRACE_MS)
        cleanups.push(() => clearTimeout(grace))
      }
      const timeoutTimer = setTimeout(() => {
        run.timedOut = true
        halt()
      }, request.timeoutMs)
      cleanups.push(() => clearTimeout(timeoutTimer))
      if (interrupt) {
        const onInterrupt = (): void => {
          run.interruptedBy = signalName(interrupt)
          halt()
        }
        interrupt.addEventListener('abort', onInterrupt, { once: true })
        cleanups.push(() => interrupt.removeEventListener('abort', onInterrupt))
      }
      this.command(io).then(
        exitCode =>
          finish(stop.signal.aborted ? ending(null, 'SIGTERM', null) : ending(exitCode, null, null)),
        (error: unknown) => {
          if (!stop.signal.aborted) {
            io.stderr(`[ERROR] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
            return finish(ending(1, null, null))
          }
          finish(ending(null, 'SIGTERM', null))
        }
      )
    })
  }
}
