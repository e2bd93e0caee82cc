import { deployLevels } from '../commands/order.js'
import type { ProtocolContext } from './context.js'
import { describeExec, runStep, templateVars } from './context.js'
import type { ExecRecord, ServiceDeployment } from './records.js'

/** What happened when the services were deployed to one environment. */
export interface DeployOutcome {
  services: ServiceDeployment[]
  failure: { service: string; reason: string } | null
}

/**
 * Deploys every service in `after:` order; services of one level run concurrently, at most `concurrency` at a time.
 * After a failure no further level starts (running ones finish), so the blast radius stays known.
 */
export async function deployServices(
  ctx: ProtocolContext,
  environment: string,
  previous: string | null
): Promise<DeployOutcome> {
  const results = new Map<string, ServiceDeployment>(
    ctx.config.services.map(s => [s.id, { service: s.id, status: 'not-started', deploy: null, verify: null }])
  )
  let failure: DeployOutcome['failure'] = null
  for (const level of deployLevels(ctx.config.services)) {
    if (failure) break
    await runLimited(level, ctx.config.concurrency, async serviceId => {
      const service = ctx.config.services.find(s => s.id === serviceId)
      if (!service) throw new Error(`unknown service ${serviceId}`)
      const vars = templateVars(ctx, environment, service.id, previous)
      const deploy = await runStep(ctx, service.deploy, vars, service.id)
      let verify: ExecRecord | null = null
      if (deploy.status === 'success' && service.verify)
        verify = await runStep(ctx, service.verify, vars, `${service.id} verify`)
      const failed =
        deploy.status !== 'success' ? deploy : verify && verify.status !== 'success' ? verify : null
      results.set(service.id, { service: service.id, status: failed ? 'failed' : 'deployed', deploy, verify })
      if (failed && !failure)
        failure = { service: service.id, reason: `${service.id}: ${failed.name} ${describeExec(failed)}` }
    })
  }
  return { services: [...results.values()], failure }
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function runLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  })
  await Promise.all(workers)
}
