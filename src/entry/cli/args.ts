import type { parseArgs } from 'node:util'
import { PHASES } from '../../core/phases.js'
import { UsageError } from '../../core/errors.js'
import { isForbiddenCommandVariable } from '../../core/command-environment.js'
import { inertToWorkflowCommands } from '../../core/workflow-commands.js'
import { DEFAULT_CONFIG_PATH } from '../../core/defaults.js'
import type { EvidenceDirOverride } from '../config/paths.js'

/** What `release-gate --help` prints. */
export const HELP = `release-gate — run a production release like a careful release manager.

Usage:
  release-gate run --tag <tag> [--approve <name> [--comment <text>]] [options]
  release-gate phase <${PHASES.join('|')}> --tag <tag> [options]
  release-gate rollback --env <env> [--service <id>]... [--to <release>] [--reason <text>] [--config <file>]
  release-gate signoff --tag <tag> --role <role> --name <name> [--comment <text>] [--config <file>]
  release-gate verify <dir|zip> [--public-key <file>] [--json]
  release-gate report --html [--evidence-dir <dir>] [--output <file>]   (no --output: the page sealed in the bundle)
  release-gate rehearse --tag <tag> [--previous <tag>] [--output <file>] [--config <file>]
  release-gate validate --mode <staging|production> --output <file> [--tag <tag>] [--config <file>]
  release-gate collect-perf --env <staging|production> --output <file> [--tag <tag>] [--config <file>]

Options:
  --config <file>        release config (default ${DEFAULT_CONFIG_PATH})
  --evidence-dir <dir>   where evidence is written (default: config evidence-dir, .artifacts/deployment)
  --approve <name>       approve the production release as <name> (else: prompt on a terminal, or refuse)
  --comment <text>       comment recorded with the approval (or with the sign-off)
  --approver-name <name> the name a prompt's answer is recorded under (default: the OS login name)
  --previous <tag>       the release production serves now (rollback target), overriding the release history
  --uat-approve <name>   record a UAT sign-off by <name>
  --role <role>          signoff: the configured stakeholder (stakeholders[].role, or its name without a role)
  --name <name>          signoff: who signs off; recorded in <state-dir>/stakeholder-signoffs.json for that tag only,
                         and shown in release-manifest.md and the readiness checklist when that tag runs
  --override-window <why>  release outside the deployment window or in a freeze (emergencies; recorded)
  --pass-env <name>      give the commands this environment variable too (a name or a glob such as AWS_*; repeatable;
                         adds to the config's pass-env: commands get only an allowlisted environment)
  --signing-key-file <file>  sign every seal with this Ed25519 private key (PEM, inside the workspace; else the
                         PEM in RELEASE_GATE_SIGNING_KEY); run, phase and rollback
  --public-key <file>    verify: every seal must be signed by this Ed25519 public key (PEM)
  --json                 print a machine-readable summary on stdout as the last line
  -h, --help             print this help
  -v, --version          print release-gate's version

Exit codes: 0 released (or command succeeded), 1 failed (production may need attention), 2 usage or config error,
3 halted at a gate before production was touched, 4 production changed and was rolled back,
130/143 stopped by SIGINT/SIGTERM (the running command is stopped; release-interrupted.json says what to do).`

/** Every flag of every subcommand: one parser, so a flag means the same wherever it appears. */
export const OPTIONS = {
  tag: { type: 'string' },
  config: { type: 'string' },
  'evidence-dir': { type: 'string' },
  approve: { type: 'string' },
  'approver-name': { type: 'string' },
  comment: { type: 'string' },
  previous: { type: 'string' },
  'uat-approve': { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  'override-window': { type: 'string' },
  env: { type: 'string' },
  mode: { type: 'string' },
  output: { type: 'string' },
  service: { type: 'string', multiple: true },
  to: { type: 'string' },
  reason: { type: 'string' },
  'pass-env': { type: 'string', multiple: true },
  'signing-key-file': { type: 'string' },
  'public-key': { type: 'string' },
  json: { type: 'boolean' },
  html: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

/** The parsed flags. */
export type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values']

/** A flag the subcommand cannot do without; missing or empty is a usage error naming it. */
export function required(
  values: Values,
  name: 'tag' | 'env' | 'mode' | 'output' | 'role' | 'name',
  command: string
): string {
  const value = values[name]
  if (value === undefined || value === '')
    throw new UsageError(`release-gate ${command} needs --${name}. Run release-gate --help for usage.`)
  return value
}

/** --evidence-dir, when given, as the folder that replaces the config's evidence-dir. */
export function evidenceDirFlag(values: Values): EvidenceDirOverride | undefined {
  const path = values['evidence-dir']
  return path === undefined ? undefined : { path, label: '--evidence-dir' }
}

/** With --json, the summary goes to stdout as the last line, for scripts. */
export function printJson(values: Values, summary: object): void {
  if (values.json) writeJsonLine(summary)
}

/**
 * One JSON line on stdout. Its strings can quote untrusted text (a reason, an error), and a runner reads `##[`
 * anywhere in a line as a workflow command: made inert as every other line is.
 */
export function writeJsonLine(summary: object): void {
  process.stdout.write(inertToWorkflowCommands(JSON.stringify(summary)) + '\n')
}

/** `--pass-env` (repeatable): names or globs, checked like the config's `pass-env`. */
export function passEnvOf(values: Values): string[] {
  const names = values['pass-env'] ?? []
  for (const name of names) {
    if (!/^[A-Za-z0-9_*?]+$/.test(name))
      throw new UsageError(
        `--pass-env '${name}': expected a variable name or a glob of letters, digits, _, * and ?, e.g. --pass-env KUBECONFIG or --pass-env 'AWS_*'.`
      )
    if (!/[*?]/.test(name) && isForbiddenCommandVariable(name))
      throw new UsageError(
        `--pass-env '${name}': this variable is never given to commands (the action's inputs, the runner's credentials, the job's token and the file commands never are). Pass a credential as a secret listed under secrets: in the config.`
      )
  }
  return names
}
