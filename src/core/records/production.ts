// Phase 3: the go/no-go decision (Gate 3) and the production deployment.
import type { RecordHeader } from './common.js'
import type { RollbackRecord } from './rollback.js'
import type { ServiceDeployment } from './rollout.js'

/** Gate 3's record of the go/no-go decision. */
export interface ProductionApproval extends RecordHeader {
  environment: string
  requestedAt: string
  decidedAt: string
  decision: 'approved' | 'rejected'
  approver: string | null
  comment: string | null
  source: 'cli-flag' | 'interactive' | 'no-answer' | 'github-environment'
  reason: string
  /** In GitHub Actions: the environment review this decision comes from. */
  github?: GitHubApprovalFacts
}

/** What GitHub says about the approval of a run's environment deployment. */
export interface GitHubApprovalFacts {
  repository: string
  runId: number
  runAttempt: number
  runUrl: string
  environment: string
  /** The review's state as GitHub reports it, or null when no review of this environment exists. */
  state: 'approved' | 'rejected' | 'pending' | null
  approverId: number | null
  /** Who started the run (compared with the approver for self-approval). */
  triggeringActor: string
  selfApproval: boolean
  /** The environment's required-reviewers rule: false means GitHub asked nobody. */
  reviewersRequired: boolean
  requiredReviewers: { type: string; name: string }[]
  preventSelfReview: boolean
  /** Set when approval.require-reviewers: false let an environment without reviewers through. */
  reviewersOptOut: boolean
}

/** Phase 3 evidence. */
export interface ProductionDeploymentReport extends RecordHeader {
  environment: string
  previousRelease: string | null
  startedAt: string
  finishedAt: string
  status: 'deployed' | 'failed' | 'rolled-back'
  services: ServiceDeployment[]
  failure: { service: string | null; reason: string } | null
  rollback: RollbackRecord | null
}
