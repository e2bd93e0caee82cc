/** How a phase (or the whole protocol) ended; maps one-to-one onto the CLI's exit codes. */
export type PhaseOutcome =
  | { kind: 'passed' }
  /** A gate stopped the release before production was touched. */
  | { kind: 'halted'; gate: 1 | 2 | 3; reasons: string[] }
  /** Production changed, then was rolled back to the previous release; `gate` is the one it failed (3 or 4). */
  | { kind: 'rolled-back'; reason: string; gate?: 3 | 4 }
  /** Anything else: production may run the new release and needs a person (e.g. on-breach: alert, failed rollback). */
  | { kind: 'failed'; reason: string; gate?: 3 | 4 }
  /** A signal stopped the phase; release-interrupted.json says what the environment may serve and what to do. */
  | { kind: 'interrupted'; signal: string; reason: string }
  /**
   * The report of a release that did not finish (a phase interrupted or never run), or of evidence whose chain is
   * broken: then the report is written but not sealed (`sealed: false`), so nothing attests it.
   */
  | { kind: 'incomplete'; reason: string; sealed: boolean }

/** Exit codes, documented in the README. */
export const EXIT = { released: 0, failed: 1, usage: 2, halted: 3, rolledBack: 4 } as const

/** The exit code of a process stopped by a signal: 128 + the signal's number (SIGINT 130, SIGTERM 143). */
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 }

/** The exit code of an outcome. */
export function exitCodeOf(outcome: PhaseOutcome): number {
  switch (outcome.kind) {
    case 'passed':
      return EXIT.released
    case 'halted':
      return EXIT.halted
    case 'rolled-back':
      return EXIT.rolledBack
    case 'failed':
    case 'incomplete':
      return EXIT.failed
    case 'interrupted':
      return SIGNAL_EXIT[outcome.signal] ?? EXIT.failed
  }
}

/** What a front door states when a phase or a release ends: the CLI's final line and --json, the action's outputs. */
export interface OutcomeStatement {
  outcome: PhaseOutcome['kind']
  /** The gate that did not pass (1-4); null when the phase passed or no gate decided it (interrupted, incomplete). */
  gate: 1 | 2 | 3 | 4 | null
  /** The exit code the process ends with. */
  exitCode: number
  reasons: string[]
}

/**
 * The statement of an outcome. `signalExitCode` is the exit code of a signal the process received (130, 143): the
 * process exits with it whatever the phase recorded, so the statement says so too. Pure.
 */
export function statementOf(outcome: PhaseOutcome, signalExitCode: number | null = null): OutcomeStatement {
  const interrupted = signalExitCode !== null && outcome.kind !== 'interrupted'
  return {
    outcome: interrupted && outcome.kind === 'passed' ? 'interrupted' : outcome.kind,
    gate:
      outcome.kind === 'halted' || outcome.kind === 'rolled-back' || outcome.kind === 'failed'
        ? (outcome.gate ?? null)
        : null,
    exitCode: signalExitCode ?? exitCodeOf(outcome),
    reasons: outcome.kind === 'halted' ? outcome.reasons : 'reason' in outcome ? [outcome.reason] : []
  }
}

/** The last line a command prints: the release, its real outcome, the exit code it ends with, where to look. Pure. */
export function finalLine(tag: string, statement: OutcomeStatement, where: string): string {
  const exit = `(exit ${statement.exitCode})`
  const [reason = ''] = statement.reasons
  const gate = statement.gate === null ? '' : ` at Gate ${statement.gate}`
  switch (statement.outcome) {
    case 'passed':
      return `release-gate: ${tag} passed ${exit}; ${where}`
    case 'halted':
      return `release-gate: ${tag} halted${gate}; production untouched ${exit}; ${where}`
    case 'rolled-back':
      return `release-gate: ${tag} was rolled back${gate}: ${reason} ${exit}; ${where}`
    case 'failed':
      return `release-gate: ${tag} FAILED${gate}: ${reason} ${exit}; ${where}`
    case 'interrupted':
      return `release-gate: ${tag} INTERRUPTED: ${reason || 'stopped by a signal'} ${exit}; ${where}`
    case 'incomplete':
      return `release-gate: ${tag} is INCOMPLETE: ${reason} ${exit}; ${where}`
  }
}

/** A gate's verdict: passed, or the reasons it did not. */
export interface GateVerdict {
  gate: 1 | 2 | 3 | 4
  passed: boolean
  reasons: string[]
}

/** A gate's verdict judged again from the evidence (null when the release never reached it), and when it was decided. */
export interface JudgedGate {
  name: string
  verdict: GateVerdict | null
  at: string | null
}
