import type { ApprovalEvidence, ApprovalSource } from '../../core/ports.js'
import type { EnvironmentProtection, GitHubApi, RunApproval } from './api.js'

/**
 * Reads what GitHub Environments recorded about the running job's approval: the environment's protection and the
 * run's reviews. GitHub only starts the job after a required reviewer approved, so this reads the record rather than
 * waiting for it; Gate 3's policy judges it (src/phases/production/approval-policy.ts).
 */
export class EnvironmentApprovalSource implements ApprovalSource {
  constructor(
    private readonly api: GitHubApi,
    private readonly environment: string
  ) {}

  async request(): Promise<ApprovalEvidence> {
    const run = this.api.run
    let protection: EnvironmentProtection | null
    let approvals: RunApproval[]
    try {
      protection = await this.api.environment(this.environment)
      approvals = protection?.hasReviewersRule ? await this.api.runApprovals() : []
    } catch (error) {
      // No record of the approval is no approval: fail closed, and say which call failed.
      return {
        kind: 'answer',
        answer: {
          decision: 'rejected',
          approver: null,
          comment: null,
          source: 'github-environment',
          reason: `could not read the approval of environment '${this.environment}' from GitHub: ${(error as Error).message}`
        }
      }
    }
    return {
      kind: 'github-environment',
      environment: this.environment,
      protection,
      reviews: approvals,
      run: {
        repository: `${run.owner}/${run.repo}`,
        runId: run.runId,
        runAttempt: run.runAttempt,
        runUrl: this.api.runUrl(),
        actor: run.actor,
        ...(run.actors ? { actors: run.actors } : {}),
        ...(run.tagger ? { tagger: run.tagger } : {})
      }
    }
  }
}
