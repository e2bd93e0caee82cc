import { checksCommand } from './checks.js'
import type { CliCommand } from './command.js'
import { rehearseCommand } from './rehearse.js'
import { releaseCommand } from './release.js'
import { reportCommand } from './report.js'
import { rollbackCommand } from './rollback.js'
import { signoffCommand } from './signoff.js'
import { verifyCommand } from './verify.js'

/** Every subcommand by the name typed after `release-gate`; a Map, so `constructor` or `toString` are no commands. */
export const COMMANDS: ReadonlyMap<string, CliCommand> = new Map([
  ['run', releaseCommand],
  ['phase', releaseCommand],
  ['rollback', rollbackCommand],
  ['rehearse', rehearseCommand],
  ['signoff', signoffCommand],
  ['verify', verifyCommand],
  ['report', reportCommand],
  ['validate', checksCommand],
  ['collect-perf', checksCommand]
])
