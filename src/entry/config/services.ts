import type { ServiceSpec } from '../../core/config.js'
import { messageOf } from '../../core/errors.js'
import { deployLevels } from '../../core/service-order.js'
import type { NormalizeContext } from './context.js'
import type { RawConfig, RawService } from './raw.js'
import { normalizeStep } from './steps.js'
import { normalizeStrategy } from './strategy.js'
import { normalizeTraffic } from './traffic.js'

/** The services with their commands and rollouts; their `after` order must have no cycle and name no stranger. */
export function normalizeServices(context: NormalizeContext, raw: Record<string, RawService>): ServiceSpec[] {
  const services = Object.entries(raw).map(([id, s]) => {
    const strategy = normalizeStrategy(context, s.strategy, `$.services.${id}.strategy`, routedBlueGreen(s))
    return {
      id,
      deploy: normalizeStep(context, s.deploy, `$.services.${id}.deploy`),
      rollback: normalizeStep(context, s.rollback, `$.services.${id}.rollback`),
      verify:
        s.verify === undefined ? undefined : normalizeStep(context, s.verify, `$.services.${id}.verify`),
      after: s.after ?? [],
      strategy,
      traffic: normalizeTraffic(context, s.traffic, strategy, `$.services.${id}.traffic`)
    }
  })
  try {
    deployLevels(services)
  } catch (error) {
    context.problems.push(`$.services: ${messageOf(error)}`)
  }
  return services
}

/** Reports scope entries for services the config does not have: a typo there would silently scope nothing. */
export function reportUnknownScopedServices(
  context: NormalizeContext,
  scope: RawConfig['scope'],
  services: ServiceSpec[]
): void {
  for (const id of Object.keys(scope?.services ?? {}))
    if (!services.some(s => s.id === id))
      context.problems.push(`$.scope.services.${id}: no service '${id}' is configured`)
}

/** Blue/green whose traffic HAProxy shifts in every environment it names: the router finds the live colour and switches. */
function routedBlueGreen(raw: RawService): boolean {
  const entries = Object.values(raw.traffic ?? {})
  return entries.length > 0 && entries.every(entry => entry.router === 'haproxy')
}
