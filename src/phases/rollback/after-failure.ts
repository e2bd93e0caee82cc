import type { ProtocolContext } from '../../core/context.js'
import type { PhaseOutcome } from '../../core/outcome.js'
import type { ColorCommand } from '../../core/generated/common.js'
import type { RollbackRecord, ServiceDeployment } from '../../core/records/index.js'
import { executeRollback } from './execute.js'

/** A failure in production that the protocol answers with a rollback. */
export interface RollbackRequest {
  environment: string
  target: string | null
  trigger: RollbackRecord['trigger']
  reason: string
  /** Only these services (those a failed rollout touched); all when absent. */
  services?: ReadonlySet<string>
  /** What the release's rollout did per service: the traffic a rollback returns depends on it. */
  deployments?: readonly ServiceDeployment[]
  /** Blue/green: the switches back to the old colours already made, recorded with the rollback. */
  switchedBack?: ColorCommand[]
}

/**
 * The one rollback after a failure in production (a failed rollout or check, a breached health window): rolls back,
 * records in the ledger what the environment now serves (executeRollback records the rollback itself), and says what the release came to. A rollback
 * that did not succeed leaves production needing a person, and says how to finish it.
 */
export async function rollBackAfterFailure(
  ctx: ProtocolContext,
  request: RollbackRequest
): Promise<{ rollback: RollbackRecord; outcome: PhaseOutcome }> {
  const rollback = await executeRollback(ctx, request)
  const rolledBack = rollback.status === 'success'
  if (rolledBack)
    await ctx.history.record({
      tag: ctx.tag,
      environment: request.environment,
      status: 'rolled-back',
      note: request.reason
    })
  if (rolledBack) return { rollback, outcome: { kind: 'rolled-back', reason: request.reason } }
  ctx.logger.error(
    `[ERROR] Rollback ${rollback.status}: production needs attention now. Rerun with \`release-gate rollback --env ${request.environment}\` once the cause is fixed.`
  )
  return { rollback, outcome: { kind: 'failed', reason: `${request.reason}; rollback ${rollback.status}` } }
}
