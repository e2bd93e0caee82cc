/**
 * The workflow commands a GitHub runner would take from a step's output, parsed as the runner parses them
 * (actions/runner ActionCommandManager and ActionCommand): a line ends at LF or a lone CR; a line whose text, leading
 * whitespace trimmed, starts with `::name ...::` is a command, and so is `##[name ...]` anywhere in a line (the older
 * form); after `::stop-commands::TOKEN` nothing is a command until a line is exactly `::TOKEN::`.
 */

/** One workflow command as the runner would act on it. */
export interface TakenCommand {
  name: string
  data: string
  line: string
  /** `::name::data` (what @actions/core writes) or the older `##[name]data`. */
  form: 'v2' | 'v1'
}

// The names the runner acts on; any other name is printed as text.
const RUNNER_COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'internal-set-repo-path',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning'
])

// .NET's TrimStart: Unicode white space, NEL (U+0085) included, U+FEFF and U+200B not.
const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/

/** Every command the runner would take from `output`, in order. */
export function workflowCommandsIn(output: string): TakenCommand[] {
  const taken: TakenCommand[] = []
  let stopToken: string | null = null
  for (const line of output.split(/\r\n|\n|\r/)) {
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null
      continue
    }
    const command = parseV2(line) ?? parseV1(line)
    if (!command) continue
    taken.push(command)
    if (command.name === 'stop-commands' && command.data !== '') stopToken = command.data
  }
  return taken
}

function parseV2(line: string): TakenCommand | null {
  const message = line.replace(DOTNET_LEADING_SPACE, '')
  if (!message.startsWith('::')) return null
  const end = message.indexOf('::', 2)
  if (end < 0) return null
  const name = message.slice(2, end).split(' ', 1)[0] as string
  return RUNNER_COMMANDS.has(name) ? { name, data: message.slice(end + 2), line, form: 'v2' } : null
}

function parseV1(line: string): TakenCommand | null {
  const start = line.indexOf('##[')
  if (start < 0) return null
  const end = line.indexOf(']', start)
  if (end < 0) return null
  const name = line.slice(start + 3, end).split(' ', 1)[0] as string
  return RUNNER_COMMANDS.has(name) ? { name, data: line.slice(end + 1), line, form: 'v1' } : null
}
