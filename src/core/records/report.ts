// The end of a release: the retrospective's inputs, or where a signal stopped it.
import type { ExecRecord, RecordHeader } from './common.js'

/** Inputs for Protocol 5's retrospective. */
export interface RetrospectiveInputs extends RecordHeader {
  outcome: 'released' | 'halted' | 'rolled-back' | 'failed' | 'incomplete'
  phases: {
    phase: string
    status: 'passed' | 'failed' | 'not-run'
    startedAt: string | null
    finishedAt: string | null
    durationMs: number | null
  }[]
  failures: string[]
  nearMisses: string[]
  rollbacks: { trigger: string; reason: string; status: string }[]
  manualInterventions: string[]
  improvementActions: string[]
}

/** A release stopped by a signal before its phase finished: what was running, and what to do next. */
export interface ReleaseInterrupted extends RecordHeader {
  artifact: 'release-interrupted.json'
  phase: 'readiness' | 'staging' | 'production' | 'stabilize' | 'report'
  signal: string
  interruptedAt: string
  environment: string | null
  previousRelease: string | null
  inFlight: ExecRecord | null
  /** Every command the phase ran before it stopped, the stopped one last. */
  commands: ExecRecord[]
  state: string
  nextSteps: string[]
}
