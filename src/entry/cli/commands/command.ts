import type { ConsoleLogger } from '../../../adapters/console-logger.js'
import type { Values } from '../args.js'

/** What every subcommand gets: its name as typed, the flags, the positionals after it, a logger and the config path. */
export interface CommandInput {
  command: string
  values: Values
  rest: string[]
  logger: ConsoleLogger
  configPath: string
}

/** A subcommand: runs, and resolves to the process exit code. */
export type CliCommand = (input: CommandInput) => Promise<number>
