import type { ServerRole, ServiceSpec, TrafficSpec } from '../../core/config.js'
import type { ProtocolContext } from '../../core/context.js'
import { messageOf } from '../../core/errors.js'
import type { ServerTarget, TrafficRouter } from '../../core/ports.js'
import type { RoutedServer, TrafficChange } from '../../core/records/index.js'

/** A service's HAProxy router in one environment, with its spec; null when the commands route its traffic. */
export function haproxyRouterOf(
  ctx: ProtocolContext,
  service: ServiceSpec,
  environment: string
): { router: TrafficRouter; spec: Extract<TrafficSpec, { router: 'haproxy' }> } | null {
  const spec = service.traffic?.[environment]
  if (spec?.router !== 'haproxy') return null
  if (!ctx.trafficRouter) throw new Error('a traffic router is configured but no router factory was composed')
  return { router: ctx.trafficRouter(spec), spec }
}

/** Which part of a release a traffic change belongs to. */
export interface TrafficMoment {
  service: string
  environment: string
  /** The rollout step; null for a rollback. */
  step: number | null
  action: TrafficChange['action']
}

/**
 * Changes traffic through HAProxy and returns the event for the evidence: the servers before and after, read back.
 * A refusal, a timeout or a read-back mismatch is returned as the event's failure, never thrown: the caller fails
 * its step with it.
 */
export async function shiftTraffic(
  ctx: ProtocolContext,
  router: TrafficRouter,
  moment: TrafficMoment,
  targets: Partial<Record<ServerRole, ServerTarget>>
): Promise<{ change: TrafficChange; failure: string | null }> {
  const asked = describeTargets(targets)
  try {
    const shift = await router.apply(targets)
    ctx.logger.info(`  ${moment.service} | traffic (haproxy): ${describeServers(shift.after)}`)
    return {
      change: {
        ...base(ctx, moment),
        before: shift.before,
        after: shift.after,
        verified: true,
        message: asked
      },
      failure: null
    }
  } catch (error) {
    const reason = messageOf(error)
    ctx.logger.error(`[ERROR] ${moment.service}: traffic change (${asked}) failed: ${reason}`)
    const now = await router.read().catch(() => [] as RoutedServer[])
    return {
      change: {
        ...base(ctx, moment),
        before: now,
        after: now,
        verified: false,
        message: `${asked}: ${reason}`
      },
      failure: `traffic change (${asked}) failed: ${reason}`
    }
  }
}

/**
 * The event for a change the user's commands made (router `command`): what was asked of them, not read back,
 * so the evidence shows every traffic change the same way whichever router made it.
 */
export function commandTrafficChange(
  ctx: ProtocolContext,
  moment: TrafficMoment,
  before: Partial<Record<ServerRole, number>>,
  after: Partial<Record<ServerRole, number>>,
  message: string
): TrafficChange {
  const servers = (weights: Partial<Record<ServerRole, number>>): RoutedServer[] =>
    (Object.entries(weights) as [ServerRole, number][]).map(([role, weight]) => ({
      role,
      server: role,
      weight,
      state: 'unknown'
    }))
  return {
    ...base(ctx, moment),
    router: 'command',
    before: servers(before),
    after: servers(after),
    verified: false,
    message
  }
}

/** `canary 10, stable 90` — the servers' weights and states for the log. Pure. */
export function describeServers(servers: readonly RoutedServer[]): string {
  return servers
    .map(
      s =>
        `${s.server} weight ${s.weight ?? '?'}${s.state === 'ready' || s.state === 'unknown' ? '' : ` (${s.state})`}`
    )
    .join(', ')
}

function describeTargets(targets: Partial<Record<ServerRole, ServerTarget>>): string {
  return (Object.entries(targets) as [ServerRole, ServerTarget][])
    .map(([role, t]) =>
      [role, t.state, t.weight !== undefined ? `weight ${t.weight}` : undefined].filter(Boolean).join(' ')
    )
    .join(', ')
}

function base(
  ctx: ProtocolContext,
  moment: TrafficMoment
): Pick<TrafficChange, 'service' | 'environment' | 'step' | 'router' | 'action' | 'at'> {
  return {
    service: moment.service,
    environment: moment.environment,
    step: moment.step,
    router: 'haproxy',
    action: moment.action,
    at: ctx.clock.now().toISOString()
  }
}
