import { deployLevels, rollbackOrder } from '../../core/service-order.js'
import { tokenizeCommand, usesPrevious } from '../../core/command-template.js'
import type { ProtocolContext } from '../../core/context.js'
import { runStep, templateVars } from '../shared/step.js'
import type { ColorCommand } from '../../core/generated/common.js'
import {
  ARTIFACTS,
  type ProductionDeploymentReport,
  type RollbackRecord,
  type ServiceDeployment,
  type TrafficChange
} from '../../core/records/index.js'
import { emitEvent } from '../shared/events.js'
import { returnTraffic } from './traffic.js'

/** Can the rollback plan run? Every service needs a rollback command, and one that uses ${previous} needs a target. */
export function rollbackPlanProblem(ctx: ProtocolContext, target: string | null): string | null {
  if (target) return null
  const needTarget = ctx.config.services
    .filter(s => usesPrevious(tokenizeCommand(s.rollback.command)))
    .map(s => s.id)
  if (needTarget.length === 0) return null
  if (ctx.config.allowFirstRelease) return null
  return (
    `no previous release is known to roll back to (rollback of ${needTarget.join(', ')} uses \${previous}). ` +
    `Pass --previous <tag> with the release production serves now, or, for the very first release, set rollback.allow-first-release: true.`
  )
}

/**
 * Rolls services back to `target` in reverse deploy order (dependants first). Every listed service is attempted even
 * when one fails: a partial rollback is worse than a complete one with one error.
 */
export async function executeRollback(
  ctx: ProtocolContext,
  request: {
    environment: string
    target: string | null
    trigger: RollbackRecord['trigger']
    reason: string
    services?: ReadonlySet<string>
    /** What this release's rollout did per service (its colours); read from the production record when absent. */
    deployments?: readonly ServiceDeployment[]
    /** The kept old colours traffic was switched back to before this rollback (blue/green keep-old). */
    switchedBack?: ColorCommand[]
  }
): Promise<RollbackRecord> {
  const switchBack = request.switchedBack?.length ? { switchBack: request.switchedBack } : {}
  const startedAt = ctx.clock.now().toISOString()
  const order = rollbackOrder(deployLevels(ctx.config.services), request.services)
  const steps: RollbackRecord['steps'] = []
  const impossible = order.filter(id => {
    const service = ctx.config.services.find(s => s.id === id)
    return !request.target && service !== undefined && usesPrevious(tokenizeCommand(service.rollback.command))
  })
  if (impossible.length > 0) {
    await ctx.history.record({
      tag: ctx.tag,
      environment: request.environment,
      status: 'rollback-failed',
      note: `rollback not possible: no previous release known for ${impossible.join(', ')}`
    })
    ctx.logger.error(`[ERROR] Rollback not possible: no previous release known for ${impossible.join(', ')}.`)
    return {
      trigger: request.trigger,
      reason: request.reason,
      target: null,
      startedAt,
      finishedAt: ctx.clock.now().toISOString(),
      status: 'not-possible',
      steps,
      ...switchBack
    }
  }
  // Recorded first: a rollback stopped part way leaves the ledger saying so, not "the release serves".
  await ctx.history.record({
    tag: ctx.tag,
    environment: request.environment,
    status: 'rollback-started',
    target: request.target,
    note: request.reason
  })
  ctx.logger.info(
    `Rolling back ${order.join(', ')} in ${request.environment} to ${request.target ?? '(no target)'}: ${request.reason}`
  )
  await emitEvent(
    ctx,
    'rollback-started',
    `Rolling back ${order.join(', ')} in ${request.environment} to ${request.target ?? '(no target)'}: ${request.reason}`,
    { environment: request.environment, details: { trigger: request.trigger } }
  )
  const deployments = request.deployments ?? (await recordedDeployments(ctx, request.environment))
  const traffic: TrafficChange[] = []
  for (const serviceId of order) {
    const service = ctx.config.services.find(s => s.id === serviceId)
    if (!service) continue
    // Traffic first: users are back on the old release in one router call, before the slower rollback command.
    const returned = await returnTraffic(
      ctx,
      service,
      request.environment,
      deployments.find(d => d.service === service.id)
    )
    if (returned) traffic.push(returned)
    const exec = await runStep(
      ctx,
      service.rollback,
      templateVars(ctx, request.environment, service.id, request.target),
      `${service.id} rollback`
    )
    steps.push({ service: service.id, exec })
  }
  const status = steps.every(s => s.exec.status === 'success') ? 'success' : 'failure'
  await emitEvent(
    ctx,
    'rollback-finished',
    `Rollback of ${request.environment} to ${request.target ?? '(no target)'}: ${status}`,
    { environment: request.environment, details: { trigger: request.trigger, status } }
  )
  if (status === 'success' && request.target) {
    await ctx.history.record({
      tag: request.target,
      environment: request.environment,
      status: 'rollback-target',
      note: `rolled back from ${ctx.tag}: ${request.reason}`
    })
  } else if (status !== 'success') {
    await ctx.history.record({
      tag: ctx.tag,
      environment: request.environment,
      status: 'rollback-failed',
      note: `rollback ${status}: ${request.reason}`
    })
  }
  return {
    trigger: request.trigger,
    reason: request.reason,
    target: request.target,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    status,
    steps,
    ...(traffic.length > 0 ? { traffic } : {}),
    ...switchBack
  }
}

// The production record of this release, when it is in this bundle (the health window's rollback).
async function recordedDeployments(
  ctx: ProtocolContext,
  environment: string
): Promise<readonly ServiceDeployment[]> {
  try {
    const report = await ctx.store.readJson<ProductionDeploymentReport>(ARTIFACTS.productionDeployment)
    return report?.environment === environment ? report.services : []
  } catch {
    return []
  }
}
