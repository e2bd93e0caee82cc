import type { CliCommand } from './command.js'

/**
 * Every subcommand by the name typed after `release-gate`, each loaded when it runs (a dynamic import(): its own chunk
 * in dist/), so the CLI starts without parsing the code of the commands it does not run. A Map, so `constructor` or
 * `toString` are no commands.
 */
export const COMMANDS: ReadonlyMap<string, () => Promise<CliCommand>> = new Map([
  ['run', () => import('./release.js').then(module => module.releaseCommand)],
  ['phase', () => import('./release.js').then(module => module.releaseCommand)],
  ['rollback', () => import('./rollback.js').then(module => module.rollbackCommand)],
  ['rehearse', () => import('./rehearse.js').then(module => module.rehearseCommand)],
  ['signoff', () => import('./signoff.js').then(module => module.signoffCommand)],
  ['verify', () => import('./verify.js').then(module => module.verifyCommand)],
  ['report', () => import('./report.js').then(module => module.reportCommand)],
  ['validate', () => import('./checks.js').then(module => module.checksCommand)],
  ['collect-perf', () => import('./checks.js').then(module => module.checksCommand)]
])
