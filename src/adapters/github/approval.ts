import type { ReleaseConfig } from '../../core/config.js'
import type { ApprovalAnswer, ApprovalSource } from '../../core/ports.js'
import type { GitHubApprovalFacts } from '../../core/records/index.js'
import type { EnvironmentProtection, GitHubApi, RunApproval } from './api.js'

/**
 * Gate 3's decision from what GitHub says about the run. Pure. GitHub only starts the job after a required reviewer
 * approved, so this reads the record rather than waiting for it, and fails closed on everything that makes the record
 * worthless: no environment, no required-reviewers rule (unless the config opts out), no approval of this
 * environment, a self-approval the config refuses, an approver outside approval.approvers.
 */
export function decideEnvironmentApproval(input: {
  environment: string
  protection: EnvironmentProtection | null
  approvals: RunApproval[]
  run: { repository: string; runId: number; runAttempt: number; runUrl: string; actor: string }
  policy: ReleaseConfig['approval']
}): ApprovalAnswer {
  const { environment, protection, run, policy } = input
  const review = [...input.approvals].reverse().find(a => a.environments.includes(environment))
  const approver = review?.user.login ?? null
  const selfApproval = approver !== null && approver.toLowerCase() === run.actor.toLowerCase()
  const github: GitHubApprovalFacts = {
    repository: run.repository,
    runId: run.runId,
    runAttempt: run.runAttempt,
    runUrl: run.runUrl,
    environment,
    state: review?.state ?? null,
    approverId: review?.user.id ?? null,
    triggeringActor: run.actor,
    selfApproval,
    reviewersRequired: protection?.hasReviewersRule ?? false,
    requiredReviewers: protection?.requiredReviewers ?? [],
    preventSelfReview: protection?.preventSelfReview ?? false,
    reviewersOptOut: false
  }
  const refuse = (reason: string): ApprovalAnswer => ({
    decision: 'rejected',
    approver,
    comment: review?.comment || null,
    source: 'github-environment',
    reason,
    github
  })

  if (!protection) {
    return refuse(
      `environment '${environment}' does not exist in ${run.repository}. Create it under Settings → Environments, ` +
        'add required reviewers, and name it in the production job'
    )
  }
  if (!protection.hasReviewersRule) {
    if (policy.requireReviewers) {
      return refuse(
        `environment '${environment}' has no required reviewers, so nobody approved this deployment. Add reviewers ` +
          `under Settings → Environments → ${environment} → Required reviewers (private repositories need a plan ` +
          'that offers them), or set approval.require-reviewers: false to accept an unreviewed environment on the record'
      )
    }
    github.reviewersOptOut = true
    return {
      decision: 'approved',
      approver: run.actor,
      comment: null,
      source: 'github-environment',
      reason: `environment '${environment}' has no required reviewers; accepted because approval.require-reviewers is false (the run was started by ${run.actor})`,
      github
    }
  }
  if (!review) {
    return refuse(
      `no review of environment '${environment}' is recorded for run ${run.runId}: the job must name ` +
        `environment: ${environment} so that GitHub asks its reviewers`
    )
  }
  if (review.state !== 'approved')
    return refuse(`the review of environment '${environment}' by ${approver} is ${review.state}`)
  if (selfApproval && policy.selfApproval === 'refuse') {
    return refuse(
      `${approver} approved a run they started themselves (approval.self-approval: refuse). Ask another reviewer ` +
        `to approve, or turn on "Prevent self-review" for environment '${environment}'`
    )
  }
  if (policy.approvers.length > 0 && !policy.approvers.includes(approver ?? '')) {
    return refuse(
      `${approver} is not an allowed approver (approval.approvers: ${policy.approvers.join(', ')})`
    )
  }
  return {
    decision: 'approved',
    approver,
    comment: review.comment || null,
    source: 'github-environment',
    reason:
      selfApproval && policy.selfApproval === 'warn'
        ? `approved in GitHub by ${approver}, who also started the run (self-approval, allowed with a warning)`
        : `approved in GitHub by ${approver} for environment '${environment}'`,
    github
  }
}

/** Reads Gate 3's approval from GitHub Environments for the running job. */
export class EnvironmentApprovalSource implements ApprovalSource {
  constructor(
    private readonly api: GitHubApi,
    private readonly environment: string,
    private readonly policy: ReleaseConfig['approval'],
    private readonly warn: (line: string) => void
  ) {}

  async request(): Promise<ApprovalAnswer> {
    const run = this.api.run
    let protection: EnvironmentProtection | null
    let approvals: RunApproval[]
    try {
      protection = await this.api.environment(this.environment)
      approvals = protection?.hasReviewersRule ? await this.api.runApprovals() : []
    } catch (error) {
      // No record of the approval is no approval: fail closed, and say which call failed.
      return {
        decision: 'rejected',
        approver: null,
        comment: null,
        source: 'github-environment',
        reason: `could not read the approval of environment '${this.environment}' from GitHub: ${(error as Error).message}`
      }
    }
    const answer = decideEnvironmentApproval({
      environment: this.environment,
      protection,
      approvals,
      run: {
        repository: `${run.owner}/${run.repo}`,
        runId: run.runId,
        runAttempt: run.runAttempt,
        runUrl: this.api.runUrl(),
        actor: run.actor
      },
      policy: this.policy
    })
    if (answer.decision === 'approved' && answer.github?.selfApproval)
      this.warn(`[WARNING] Self-approval: ${answer.approver} approved a run they started.`)
    if (answer.github?.reviewersOptOut)
      this.warn(
        `[WARNING] Environment '${this.environment}' has no required reviewers; deploying on the opt-out.`
      )
    return answer
  }
}
