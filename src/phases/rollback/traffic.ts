import type { ServiceSpec } from '../../core/config.js'
import type { ProtocolContext } from '../../core/context.js'
import { messageOf } from '../../core/errors.js'
import type { ServiceDeployment, TrafficChange } from '../../core/records/index.js'
import { idleColor } from '../rollout/steps/blue-green.js'
import { haproxyRouterOf, shiftTraffic } from '../rollout/traffic.js'

/**
 * Sends a service's traffic back to what served before the release, in one router call, before its rollback command
 * runs: a canary's stable server takes all of it; blue/green switches back to the old colour when this release's
 * rollout switched and the old colour was not retired since. Null when the commands route (router `command`) or
 * there is nothing to send back. A failure is in the event (`verified: false`); the rollback command still runs.
 */
export async function returnTraffic(
  ctx: ProtocolContext,
  service: ServiceSpec,
  environment: string,
  deployment: ServiceDeployment | undefined
): Promise<TrafficChange | null> {
  let routed
  try {
    routed = haproxyRouterOf(ctx, service, environment)
  } catch (error) {
    ctx.logger.error(`[ERROR] ${service.id}: traffic not returned: ${messageOf(error)}`)
    return null
  }
  if (!routed) return null
  const moment = { service: service.id, environment, step: null, action: 'return' as const }
  if (service.strategy.type === 'canary') {
    const { change } = await shiftTraffic(ctx, routed.router, moment, {
      stable: { weight: 100 },
      canary: { weight: 0 }
    })
    return change
  }
  if (!deployment?.rollout) {
    ctx.logger.info(
      `  ${service.id} | traffic stays: no rollout of ${ctx.tag} is recorded in this bundle; the rollback command switches colours`
    )
    return null
  }
  const steps = deployment.rollout.steps
  const switched = steps.find(s => s.kind === 'switch')
  const newColor = steps.find(s => s.kind === 'deploy-color')?.color as 'blue' | 'green' | null | undefined
  if (!switched || !newColor) {
    ctx.logger.info(`  ${service.id} | traffic stays: this release's rollout did not switch colours`)
    return null
  }
  if (steps.some(s => s.kind === 'retire' && s.status === 'completed' && s.color !== null)) {
    ctx.logger.warn(
      `  ${service.id} | traffic stays on ${newColor}: the old colour was retired; the rollback command restores it`
    )
    return null
  }
  const oldColor = idleColor(newColor)
  const { change } = await shiftTraffic(ctx, routed.router, moment, {
    [oldColor]: { state: 'ready', weight: 100 },
    [newColor]: { weight: 0, state: 'drain' }
  })
  return change
}
