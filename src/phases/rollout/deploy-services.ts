import { deployLevels } from '../../core/service-order.js'
import type { ProtocolContext } from '../../core/context.js'
import { runRollout } from './runner.js'
import type { ServiceDeployment } from '../../core/records/index.js'

/** What happened when the services were deployed to one environment. */
export interface DeployOutcome {
  services: ServiceDeployment[]
  /** The first failure: a deploy or verify command, or a rollout analysis that aborted. */
  failure: {
    service: string
    reason: string
    trigger: 'deploy-failure' | 'rollout-analysis' | 'rollout-stopped'
  } | null
}

/**
 * Deploys every service in `after:` order; services of one level run concurrently, at most `concurrency` at a time.
 * After a failure no further level starts (running ones finish), so the blast radius stays known. With `progressive`
 * (production) each service follows its strategy's steps; staging always deploys all at once, since canary analysis
 * needs production traffic. On a `firstRelease` (nothing serves in the environment) a canary deploys fully.
 */
export async function deployServices(
  ctx: ProtocolContext,
  environment: string,
  previous: string | null,
  progressive = false,
  firstRelease = false
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
      const rolled = await runRollout(ctx, service, environment, previous, {
        progressive: progressive && service.strategy.type !== 'all-at-once',
        firstRelease
      })
      results.set(service.id, {
        service: service.id,
        status: rolled.failure ? 'failed' : 'deployed',
        deploy: rolled.lastDeploy,
        verify: rolled.verify,
        ...(rolled.rollout.strategy !== 'all-at-once' ? { rollout: rolled.rollout } : {})
      })
      if (rolled.failure && !failure) failure = { service: service.id, ...rolled.failure }
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
