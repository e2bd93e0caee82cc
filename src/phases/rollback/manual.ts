import { UsageError } from '../../core/errors.js'
import type { ProtocolContext } from '../../core/context.js'
import type { ApprovalSource, ReleaseHistory } from '../../core/ports.js'
import type { ReleaseConfig } from '../../core/config.js'
import {
  ARTIFACTS,
  type ProductionDeploymentReport,
  type RollbackReport,
  type ServiceDeployment
} from '../../core/records/index.js'
import { approvalWarnings, judgeApproval } from '../production/approval-policy.js'
import { executeRollback } from './execute.js'
import { recordHeader } from '../../core/record-header.js'
import { settleCommunications } from '../shared/events.js'
import { describeState, rollbackTarget, serving } from '../../core/ledger.js'

/** What a person asked to roll back. */
export interface ManualRollbackRequest {
  environment: string
  /** Services to roll back; undefined means all, in reverse deploy order. */
  services?: ReadonlySet<string>
  /** The release to return to; undefined means the one before what the environment serves now. */
  target?: string
  reason: string
  /** Who approved it (in GitHub Actions), recorded in the report as rollbackApproval. */
  approval?: RollbackApproval
  /**
   * The production record in the rolled-back release's own bundle, when it is at hand: its rollout (the colour it
   * switched to, whether the old one was retired since) says where a router sends traffic back.
   */
  releaseRecord?: ProductionDeploymentReport
}

/** Who approved a rollback, from what GitHub recorded about the rollback job's environment. */
export type RollbackApproval = NonNullable<RollbackReport['rollbackApproval']>

/**
 * Where a manual rollback goes: the release it rolls back (the one the environment's state is about: serving, left in
 * place after a breach, or stopped part way) and its target, from the request or the ledger (the last release that
 * passed its health window and was not rolled back since).
 */
export async function resolveRollback(
  history: ReleaseHistory,
  request: Pick<ManualRollbackRequest, 'environment' | 'target'>
): Promise<{ current: string | null; target: string }> {
  const ledger = await history.ledger(request.environment)
  const settled = ['serving', 'rolled-back', 'failed', 'empty'].includes(ledger.state.kind)
  const current = settled ? serving(ledger) : ledger.state.release
  const target = request.target ?? rollbackTarget(ledger)
  if (!target) {
    throw new UsageError(
      `No rollback target known for ${request.environment} (${describeState(ledger)}; no other release that passed its health window and was not rolled back since is recorded). Name the release to return to (--to / target-release).`
    )
  }
  // The rollback deploys its target without a release's gates: only a release this environment served qualifies.
  const served = ledger.served
  if (!served.includes(target)) {
    throw new UsageError(
      `Release ${target} was never deployed to ${request.environment}, so it cannot be a rollback target. ` +
        (served.length > 0
          ? `The releases ${request.environment} has served: ${served.join(', ')}.`
          : `No release of ${request.environment} is recorded.`)
    )
  }
  return { current, target }
}

/**
 * Judges a rollback's approval by Gate 3's policy (approval.approvers, approval.self-approval,
 * approval.require-reviewers): a rollback deploys as surely as a release does. `environment` is the rollback job's
 * GitHub environment, which its reviewers approve. Returns the record, or the reason it is not approved.
 */
export async function approveRollback(
  source: ApprovalSource,
  policy: ReleaseConfig['approval'],
  environment: string,
  warn: (line: string) => void
): Promise<{ approved: true; record: RollbackApproval } | { approved: false; reason: string }> {
  const answer = judgeApproval(await source.request(`Approve the rollback of ${environment}?`), policy)
  if (answer.decision !== 'approved' || !answer.approver || !answer.github)
    return { approved: false, reason: answer.reason }
  for (const warning of approvalWarnings(answer)) warn(warning)
  return {
    approved: true,
    record: {
      environment,
      decision: 'approved',
      approver: answer.approver,
      comment: answer.comment,
      reason: answer.reason,
      github: answer.github
    }
  }
}

/** What the release's rollout did per service, when the record is of this release in this environment. Pure. */
export function releaseDeployments(
  record: ProductionDeploymentReport | undefined,
  tag: string,
  environment: string
): readonly ServiceDeployment[] | undefined {
  return record?.tag === tag && record.environment === environment ? record.services : undefined
}

/** Runs a manual rollback and writes and seals rollback-report.json; `ctx.tag` is the release being rolled back. */
export async function runManualRollback(
  ctx: ProtocolContext,
  request: ManualRollbackRequest & { target: string }
): Promise<RollbackReport> {
  for (const id of request.services ?? []) {
    if (!ctx.config.services.some(s => s.id === id)) {
      throw new UsageError(
        `Unknown service '${id}'. Known: ${ctx.config.services.map(s => s.id).join(', ')}.`
      )
    }
  }
  // Traffic goes back as after a failed release: the release's own rollout record decides where (rollback/traffic.ts).
  const deployments = releaseDeployments(request.releaseRecord, ctx.tag, request.environment)
  const rollback = await executeRollback(ctx, {
    environment: request.environment,
    ...(deployments ? { deployments } : {}),
    target: request.target,
    trigger: 'manual',
    reason: request.reason,
    ...(request.services ? { services: request.services } : {})
  })
  const report: RollbackReport = {
    ...recordHeader(ARTIFACTS.rollbackReport, ctx.tag, ctx.clock.now()),
    environment: request.environment,
    rollback,
    ...(request.approval ? { rollbackApproval: request.approval } : {})
  }
  await ctx.store.writeJson(ARTIFACTS.rollbackReport, report)
  await settleCommunications(ctx)
  await ctx.store.seal('rollback', ctx.tag, ctx.clock.now())
  ctx.logger.info(
    `Rollback of ${request.environment} to ${request.target}: ${rollback.status}. Evidence: ${ctx.store.path(ARTIFACTS.rollbackReport)}`
  )
  return report
}
