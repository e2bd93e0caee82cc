// Phase 1: the readiness checklist, the deployment window, and the rollback rehearsal Gate 1 asks for.
import type { ExecRecord, RecordHeader } from './common.js'
import type { CheckResult } from './validation.js'

/** One prerequisite's verdict in the readiness checklist. */
export interface PrerequisiteResult {
  id: string
  path: string
  status:
    | 'ok'
    | 'missing'
    | 'stale'
    | 'unparseable'
    | 'schema-invalid'
    | 'future-timestamp'
    | 'not-a-file'
    | 'outside-workspace'
    | 'rehearsal-failed'
    | 'rehearsal-of-another-release'
  passed: boolean
  maxAgeMs: number
  ageMs: number | null
  timestamp: string | null
  timestampSource: 'mtime' | 'field' | null
  message: string
}

/** Phase 1 evidence. */
export interface ReadinessChecklist extends RecordHeader {
  environment: string
  startedAt: string
  finishedAt: string
  passed: boolean
  configFile: string
  previousRelease: string | null
  prerequisites: PrerequisiteResult[]
  rollbackPlan: {
    executable: boolean
    target: string | null
    message: string
    services: { service: string; argv: string[] }[]
  }
  services: string[]
  problems: string[]
  /** The deployment window when readiness ran, and an emergency override if one was used. */
  window?: WindowCheck
}

/** Whether production may be changed now, and who overrode the window, why and when. */
export interface WindowCheck {
  allowed: boolean
  reason: string
  nextAllowedAt: string | null
  override: { by: string; reason: string; at: string } | null
}

/** One step of a rollback rehearsal. */
export interface RehearsalStep {
  name: 'deploy-candidate' | 'rollback' | 'verify-previous' | 'redeploy-candidate' | 'verify-candidate'
  startedAt: string
  finishedAt: string
  durationMs: number
  passed: boolean
  commands: ExecRecord[]
  checks: CheckResult[]
  message: string
}

/** Proof that the rollback works for this release (Protocol 10's rehearsal, run by release-gate). */
export interface RollbackRehearsal extends RecordHeader {
  environment: string
  previousRelease: string | null
  startedAt: string
  finishedAt: string
  passed: boolean
  /** How long the rollback itself took, when it succeeded. */
  rollbackDurationMs: number | null
  steps: RehearsalStep[]
}
