import { UsageError } from '../../core/errors.js'
import type { ProtocolContext } from '../../core/context.js'
import type { ReleaseHistory } from '../../core/ports.js'
import { ARTIFACTS, type RollbackReport } from '../../core/records/index.js'
import { executeRollback } from './execute.js'
import { recordHeader } from '../../core/record-header.js'
import { settleCommunications } from '../shared/events.js'

/** What a person asked to roll back. */
export interface ManualRollbackRequest {
  environment: string
  /** Services to roll back; undefined means all, in reverse deploy order. */
  services?: ReadonlySet<string>
  /** The release to return to; undefined means the one before what the environment serves now. */
  target?: string
  reason: string
}

/** Where a manual rollback goes: the current release and the target, from the request or the release history. */
export async function resolveRollback(
  history: ReleaseHistory,
  request: Pick<ManualRollbackRequest, 'environment' | 'target'>
): Promise<{ current: string | null; target: string }> {
  // An unfinished release (interrupted part way) is what is rolled back: to the release that served before it.
  const unfinished = await history.unfinished(request.environment)
  const current = unfinished?.tag ?? (await history.current(request.environment))
  const target = request.target ?? (current ? await history.previous(request.environment, current) : null)
  if (!target) {
    throw new UsageError(
      `No rollback target known for ${request.environment} (it serves ${current ?? 'nothing recorded'} and no earlier successful release is recorded). Name the release to return to (--to / target-release).`
    )
  }
  return { current, target }
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
  const rollback = await executeRollback(ctx, {
    environment: request.environment,
    target: request.target,
    trigger: 'manual',
    reason: request.reason,
    ...(request.services ? { services: request.services } : {})
  })
  const report: RollbackReport = {
    ...recordHeader(ARTIFACTS.rollbackReport, ctx.tag, ctx.clock.now()),
    environment: request.environment,
    rollback
  }
  await ctx.store.writeJson(ARTIFACTS.rollbackReport, report)
  await settleCommunications(ctx)
  await ctx.store.seal('rollback', ctx.tag, ctx.clock.now())
  ctx.logger.info(
    `Rollback of ${request.environment} to ${request.target}: ${rollback.status}. Evidence: ${ctx.store.path(ARTIFACTS.rollbackReport)}`
  )
  return report
}
