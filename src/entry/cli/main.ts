import { DEFAULT_CONFIG_PATH } from '../../core/defaults.js'
import { messageOf, UsageError } from '../../core/errors.js'
import { ConsoleLogger } from '../../adapters/console-logger.js'
import { EXIT } from '../../core/outcome.js'
import { InterruptedError } from '../../core/interruption.js'
import { workspacePathProblem } from '../../core/workspace-path.js'
import { inertToWorkflowCommands } from '../../core/workflow-commands.js'
import { HELP, OPTIONS, writeJsonLine } from './args.js'
import { parsePlainArgv } from './plain-argv.js'
import { VERSION } from './version.js'
import { COMMANDS } from './commands/index.js'
import { signalExitCode } from './process.js'

// Parses argv, answers --help, checks what every subcommand shares, and hands over to the subcommand.
async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    // node:util only for what the plain reader leaves to it: most starts never load it.
    parsed =
      parsePlainArgv(argv) ??
      (await import('node:util')).parseArgs({
        args: argv,
        options: OPTIONS,
        allowPositionals: true,
        strict: true
      })
  } catch (error) {
    throw new UsageError(`${messageOf(error)}. Run release-gate --help for usage.`)
  }
  const { values, positionals } = parsed
  const [command, ...rest] = positionals
  if (values.version) {
    process.stdout.write(`release-gate ${VERSION}\n`)
    return 0
  }
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP + '\n')
    return command === undefined && !values.help ? EXIT.usage : 0
  }
  const logger = new ConsoleLogger()
  const evidenceDirProblem =
    values['evidence-dir'] === undefined ? null : workspacePathProblem(values['evidence-dir'])
  if (evidenceDirProblem) throw new UsageError(`--evidence-dir: the path ${evidenceDirProblem}.`)
  const configPath = values.config ?? process.env.RELEASE_GATE_CONFIG ?? DEFAULT_CONFIG_PATH
  const load = COMMANDS.get(command)
  if (!load)
    throw new UsageError(
      `Unknown command '${command}'. Expected run, phase, rollback, rehearse, signoff, verify, report, validate or collect-perf.`
    )
  const run = await load()
  return run({ command, values, rest, logger, configPath })
}

const argv = process.argv.slice(2)

/** With --json, a run that ends in an error still ends with its JSON line, so a script never parses nothing. */
function printFailureJson(
  outcome: 'usage-error' | 'interrupted' | 'error',
  exitCode: number,
  error: string
): void {
  if (!argv.includes('--json')) return
  const command = argv.find(arg => !arg.startsWith('-')) ?? null
  writeJsonLine({ command, outcome, exitCode, error })
}

main(argv).then(
  code => {
    // Exit now: a stopped release leaves nothing to wait for (a health window's timers would keep the process alive).
    const interrupted = signalExitCode()
    if (interrupted !== null) process.exit(interrupted)
    process.exitCode = code
  },
  error => {
    const interrupted = signalExitCode()
    if (error instanceof InterruptedError) {
      writeError(
        `[ERROR] ${error.message}${error.inFlight ? ` while ${error.inFlight.name} ran (stopped)` : ''}. Nothing else was started; run the command again to finish.\n`
      )
      printFailureJson('interrupted', interrupted ?? EXIT.failed, error.message)
      process.exit(interrupted ?? EXIT.failed)
    }
    if (error instanceof UsageError) {
      writeError(`[ERROR] ${error.message}\n`)
      printFailureJson('usage-error', EXIT.usage, error.message)
      process.exitCode = EXIT.usage
    } else {
      writeError(`[ERROR] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      printFailureJson('error', EXIT.failed, messageOf(error))
      process.exitCode = EXIT.failed
    }
  }
)

/** An error for stderr: it may quote untrusted text, and the CLI may run in a workflow step. */
function writeError(text: string): void {
  process.stderr.write(inertToWorkflowCommands(text))
}
