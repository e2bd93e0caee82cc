// The environment a configured command (deploy, rollback, check, probe) runs with: an allowlist, never the whole
// environment of release-gate, which in GitHub Actions holds every secret of the `secrets` input, the job's token and
// the runner's own credentials and command files.

/** Variables every command gets when they are set: the process basics, the locale and the temporary directories. */
export const BASE_COMMAND_VARIABLES: readonly string[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TERM',
  'TZ',
  'LANG',
  'LANGUAGE',
  'LC_*',
  'TMPDIR',
  'TMP',
  'TEMP',
  'RUNNER_TEMP',
  'RUNNER_OS',
  'RUNNER_ARCH',
  'CI'
]

/** GitHub's read-only context of the run: which repository, commit, ref, run and actor. */
export const GITHUB_CONTEXT_VARIABLES: readonly string[] = [
  'GITHUB_ACTIONS',
  'GITHUB_REPOSITORY',
  'GITHUB_REPOSITORY_OWNER',
  'GITHUB_SHA',
  'GITHUB_REF',
  'GITHUB_REF_NAME',
  'GITHUB_REF_TYPE',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_ACTOR',
  'GITHUB_TRIGGERING_ACTOR',
  'GITHUB_SERVER_URL',
  'GITHUB_API_URL',
  'GITHUB_WORKFLOW',
  'GITHUB_EVENT_NAME',
  'GITHUB_JOB',
  'GITHUB_WORKSPACE'
]

/**
 * Never given to a command, whatever `pass-env` or `secrets` say: the action's inputs (INPUT_SECRETS is every secret
 * of the repository), the runner's credentials (ACTIONS_RUNTIME_TOKEN, the OIDC request token), the job's token, and
 * the file commands, through which a command could set outputs, variables or the PATH of later steps.
 */
const FORBIDDEN_PREFIXES = ['INPUT_', 'ACTIONS_']
const FORBIDDEN_NAMES = new Set([
  'GITHUB_TOKEN',
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY'
])

/** True for a variable no command may get (names compared in upper case: GitHub's `github_token` is the token too). */
export function isForbiddenCommandVariable(name: string): boolean {
  const upper = name.toUpperCase()
  return FORBIDDEN_NAMES.has(upper) || FORBIDDEN_PREFIXES.some(prefix => upper.startsWith(prefix))
}

/** What decides which variables a command gets, besides the built-in allowlist. */
export interface CommandEnvironmentRule {
  /** Names and globs (`*`, `?`) from the config's `pass-env` and the CLI's `--pass-env`. */
  readonly passEnv: readonly string[]
  /** The config's `secrets:` list. */
  readonly secretNames: readonly string[]
  /** Token values release-gate holds (the action's github-token): a variable holding one is never passed. */
  readonly heldTokens?: readonly string[]
}

/** A glob of `pass-env` (`AWS_*`, `LC_?`) as an anchored, case-sensitive pattern; a plain name matches itself. */
function globPattern(glob: string): RegExp {
  const source = glob
    .split('')
    .map(char => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`)
}

/**
 * The environment of every command: from `source` (release-gate's own), the built-in allowlist, the GitHub context,
 * the `secrets:` names and the `pass-env` names and globs; never a forbidden variable nor one holding a held token.
 */
export function commandEnvironment(
  source: Readonly<Record<string, string | undefined>>,
  rule: CommandEnvironmentRule
): Record<string, string> {
  const patterns = [
    ...BASE_COMMAND_VARIABLES,
    ...GITHUB_CONTEXT_VARIABLES,
    ...rule.secretNames,
    ...rule.passEnv
  ].map(globPattern)
  const heldTokens = new Set((rule.heldTokens ?? []).filter(Boolean))
  const environment: Record<string, string> = {}
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || isForbiddenCommandVariable(name) || heldTokens.has(value)) continue
    if (patterns.some(pattern => pattern.test(name))) environment[name] = value
  }
  return environment
}

/**
 * The hint for a failed command whose output names variables release-gate has but did not give it: add them to
 * `pass-env`, or, for a variable no command ever gets, pass a secret instead. Null when the output names none.
 */
export function withheldVariableHint(
  commandName: string,
  output: string,
  source: Readonly<Record<string, string | undefined>>,
  given: Readonly<Record<string, string>>
): string | null {
  const named = new Set(output.match(/[A-Za-z_][A-Za-z0-9_]{2,}/g) ?? [])
  const withheld = [...named].filter(name => source[name] !== undefined && !(name in given)).sort()
  const passable = withheld.filter(name => !isForbiddenCommandVariable(name))
  const forbidden = withheld.filter(isForbiddenCommandVariable)
  const lines: string[] = []
  if (passable.length > 0)
    lines.push(
      `${commandName} failed and its output names ${passable.join(', ')}, set in release-gate's environment but not given to commands: ` +
        `add ${passable.length === 1 ? 'it' : 'them'} to pass-env in the config (or --pass-env ${passable[0]} on the command line).`
    )
  if (forbidden.length > 0)
    lines.push(
      `${commandName} failed and its output names ${forbidden.join(', ')}, which no command ever gets (the action's inputs, the runner's credentials, the job's token, the file commands): ` +
        'pass what the command needs as a secret listed under secrets: in the config.'
    )
  return lines.length > 0 ? lines.join(' ') : null
}

/** The reminder after a failed command whose output names no withheld variable. */
export function commandEnvironmentReminder(commandName: string): string {
  return (
    `${commandName} failed. If it needs an environment variable: commands get only PATH, HOME, the locale, the temporary directories, CI, ` +
    "GitHub's run context, the RELEASE_GATE_* variables, the secrets listed under secrets: and the variables listed under pass-env in the config (docs/config.md)."
  )
}
