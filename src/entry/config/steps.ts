import { tokenizeCommand } from '../../core/command-template.js'
import type { StepSpec } from '../../core/config.js'
import { DEFAULT_STEP_TIMEOUT_MS, MAX_STEP_TIMEOUT } from '../../core/defaults.js'
import { messageOf } from '../../core/errors.js'
import { boundedDuration, type NormalizeContext } from './context.js'
import type { RawStep } from './raw.js'

/** Interpreters and the gate itself: a command run by one of these is named by the script it runs. */
const SCRIPT_RUNNERS = ['bash', 'sh', 'node', 'python', 'python3', 'release-gate']

/** A command step with its status-line name and timeout; a command that cannot be split is a problem. */
export function normalizeStep(context: NormalizeContext, value: RawStep, path: string): StepSpec {
  const spec = typeof value === 'object' && !Array.isArray(value) ? value : { run: value }
  let words: string[] = []
  try {
    words = tokenizeCommand(spec.run)
  } catch (error) {
    context.problems.push(`${path}: ${messageOf(error)}`)
  }
  const program = words[0] ?? 'command'
  return {
    name:
      spec.name ?? (program.includes('/') || SCRIPT_RUNNERS.includes(program) ? scriptName(words) : program),
    command: spec.run,
    timeoutMs: spec.timeout
      ? boundedDuration(context, spec.timeout, `${path}.timeout`, MAX_STEP_TIMEOUT)
      : DEFAULT_STEP_TIMEOUT_MS
  }
}

// `bash scripts/deploy_backend.sh --env x` is announced as deploy_backend.sh, like the spec's status lines.
function scriptName(words: string[]): string {
  // Built-in hooks are announced by their subcommand: `release-gate validate`, `release-gate collect-perf`.
  if (words[0] === 'release-gate') return words.slice(0, 2).join(' ')
  const script = words.find((w, i) => i > 0 && !w.startsWith('-')) ?? words[0] ?? 'command'
  const program = words[0] ?? ''
  const candidate = program.includes('/') ? program : script
  return candidate.split('/').pop() ?? candidate
}
