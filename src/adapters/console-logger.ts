import type { Logger } from '../core/ports.js'
import { inertToWorkflowCommands } from '../core/workflow-commands.js'

/**
 * Status lines to stdout/stderr; progress rewrites one line on a terminal and is rate-limited otherwise. The CLI
 * may run in a workflow step, so no line may act as a workflow command.
 */
export class ConsoleLogger implements Logger {
  private lastProgressAt = 0
  private progressShown = false
  constructor(
    private readonly interactive = Boolean(process.stderr.isTTY),
    private readonly quietProgressEveryMs = 10_000
  ) {}
  info(line: string): void {
    this.clearProgress()
    process.stdout.write(inertToWorkflowCommands(line) + '\n')
  }
  warn(line: string): void {
    this.clearProgress()
    process.stderr.write(inertToWorkflowCommands(line) + '\n')
  }
  error(line: string): void {
    this.clearProgress()
    process.stderr.write(inertToWorkflowCommands(line) + '\n')
  }
  progress(line: string): void {
    if (this.interactive) {
      process.stderr.write(`\r\x1b[2K${inertToWorkflowCommands(line)}`)
      this.progressShown = true
      return
    }
    const now = Date.now()
    if (now - this.lastProgressAt >= this.quietProgressEveryMs) {
      this.lastProgressAt = now
      process.stdout.write(inertToWorkflowCommands(line) + '\n')
    }
  }
  private clearProgress(): void {
    if (this.progressShown) {
      process.stderr.write('\r\x1b[2K')
      this.progressShown = false
    }
  }
}
