import { parseArgs } from 'node:util'
import { FetchHttpClient } from '../../../adapters/http.js'
import { InProcessRunner, type InProcessIo } from '../../../adapters/in-process-runner.js'
import { systemClock } from '../../../adapters/local.js'
import { UsageError } from '../../../core/errors.js'
import { EXIT } from '../../../core/outcome.js'
import type { BuiltinCommands, HttpClient, Logger } from '../../../core/ports.js'
import type { Redactor } from '../../../core/redact.js'
import { validateTag } from '../../../core/tag.js'
import { DEFAULT_CONFIG_PATH, loadConfig } from '../../config/load.js'
import { OPTIONS, required, type Values } from '../args.js'
import { builtinCollectPerf, builtinValidate } from '../checks.js'
import type { CommandInput } from './command.js'

const CHECK_COMMANDS = new Set(['validate', 'collect-perf'])

/** `validate` and `collect-perf`: the config's declarative HTTP checks, written where the hook expects them. */
export async function checksCommand({ command, values, logger, configPath }: CommandInput): Promise<number> {
  return runChecks(command, values, {
    configPath,
    env: process.env,
    http: new FetchHttpClient(),
    print: line => logger.info(line)
  })
}

/** Where a check command reads its config, tag and answers, and where its lines go. */
interface ChecksIo {
  configPath: string
  /** RELEASE_GATE_TAG: the tag of the release that runs it as a hook. */
  env: Readonly<Record<string, string | undefined>>
  http: HttpClient
  print(line: string): void
  /** Stops its requests and keeps it from writing its output (a step's timeout, an interruption). */
  signal?: AbortSignal
}

async function runChecks(command: string, values: Values, io: ChecksIo): Promise<number> {
  const environment =
    command === 'validate' ? required(values, 'mode', command) : required(values, 'env', command)
  // Run as a hook inside a release, the tag comes from the environment the release sets.
  const tagText = values.tag ?? io.env.RELEASE_GATE_TAG
  const options = {
    config: await loadConfig(io.configPath),
    environment,
    output: required(values, 'output', command),
    tag: tagText ? validateTag(tagText) : null,
    http: io.http,
    now: () => systemClock.now(),
    ...(io.signal ? { signal: io.signal } : {})
  }
  const results = command === 'validate' ? await builtinValidate(options) : await builtinCollectPerf(options)
  for (const check of results.checks) io.print(`${check.passed ? '✔' : '✘'} ${check.id}: ${check.message}`)
  io.print(`${command} ${environment}: ${results.passed ? 'passed' : 'FAILED'} → ${options.output}`)
  return results.passed ? 0 : EXIT.failed
}

/**
 * `release-gate validate` and `collect-perf` in a config step or command probe, run in this process rather than a
 * new Node (~240 ms each): the same flags, config file, output lines and exit codes as the CLI's. Whatever the CLI
 * would treat otherwise (another subcommand, --help, --json, a flag it refuses) still runs as a process.
 */
export function builtinChecks(deps: {
  logger: Logger
  redact: Redactor
  /** The commands' environment (the allowlist), which a process would have started with. */
  commandEnv: Readonly<Record<string, string>>
  http: HttpClient
  interrupt?: AbortSignal | undefined
}): BuiltinCommands {
  return {
    find: args => {
      const flags = checkFlags(args)
      if (!flags) return null
      const { command, values } = flags
      return new InProcessRunner(
        deps.logger,
        deps.redact,
        deps.commandEnv,
        io => runChecksAsCli(command, values, io, deps.http),
        deps.interrupt
      )
    }
  }
}

/** The flags of a check command the CLI would run without more ado, or null. */
function checkFlags(args: readonly string[]): { command: string; values: Values } | null {
  let parsed
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true })
  } catch {
    return null
  }
  const { values, positionals } = parsed
  const command = positionals[0] ?? ''
  const plain = !values.help && !values.version && !values.json && values['evidence-dir'] === undefined
  return plain && CHECK_COMMANDS.has(command) ? { command, values } : null
}

/** As the CLI's main ends a command: a usage error exits 2, anything else 1, each with its `[ERROR]` line. */
async function runChecksAsCli(
  command: string,
  values: Values,
  io: InProcessIo,
  http: HttpClient
): Promise<number> {
  try {
    return await runChecks(command, values, {
      configPath: values.config ?? io.env.RELEASE_GATE_CONFIG ?? DEFAULT_CONFIG_PATH,
      env: io.env,
      http,
      print: line => io.stdout(line),
      signal: io.signal
    })
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`[ERROR] ${error.message}`)
      return EXIT.usage
    }
    throw error
  }
}
