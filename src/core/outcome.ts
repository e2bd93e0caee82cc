/** How a phase (or the whole protocol) ended; maps one-to-one onto the CLI's exit codes. */
export type PhaseOutcome =
  | { kind: 'passed' }
  /** A gate stopped the release before production was touched. */
  | { kind: 'halted'; gate: 1 | 2 | 3; reasons: string[] }
  /** Production changed, then was rolled back to the previous release. */
  | { kind: 'rolled-back'; reason: string }
  /** Anything else: production may run the new release and needs a person (e.g. on-breach: alert, failed rollback). */
  | { kind: 'failed'; reason: string }

/** Exit codes, documented in the README. */
export const EXIT = { released: 0, failed: 1, usage: 2, halted: 3, rolledBack: 4 } as const

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
      return EXIT.failed
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
