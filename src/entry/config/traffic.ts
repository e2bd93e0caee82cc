import type { ServerRole, StrategySpec, TrafficSpec } from '../../core/config.js'
import { DEFAULT_ROUTER_TIMEOUT_MS, MAX_ROUTER_TIMEOUT } from '../../core/defaults.js'
import { boundedDuration, type NormalizeContext } from './context.js'
import type { RawService } from './raw.js'

type RawTraffic = NonNullable<RawService['traffic']>[string]

/** The server roles each strategy's router needs. */
const ROLES_BY_STRATEGY: Partial<Record<StrategySpec['type'], [ServerRole, ServerRole]>> = {
  canary: ['stable', 'canary'],
  'blue-green': ['blue', 'green']
}

/** A service's `traffic` section by environment; an environment not listed is routed by the commands. */
export function normalizeTraffic(
  context: NormalizeContext,
  raw: RawService['traffic'],
  strategy: StrategySpec,
  path: string
): Record<string, TrafficSpec> {
  return Object.fromEntries(
    Object.entries(raw ?? {}).map(([environment, entry]) => [
      environment,
      normalizeOne(context, entry, strategy, `${path}.${environment}`)
    ])
  )
}

function normalizeOne(
  context: NormalizeContext,
  raw: RawTraffic,
  strategy: StrategySpec,
  path: string
): TrafficSpec {
  const { problems } = context
  if (raw.router === 'command') {
    const extra = (['socket', 'backend', 'servers', 'timeout'] as const).filter(key => raw[key] !== undefined)
    if (extra.length > 0)
      problems.push(
        `${path}: ${extra.join(', ')} belong to router haproxy; router command uses the deploy and switch commands`
      )
    return { router: 'command' }
  }
  const missing = (['socket', 'backend', 'servers'] as const).filter(key => raw[key] === undefined)
  if (missing.length > 0)
    problems.push(
      `${path}: router haproxy needs ${missing.join(', ')} (e.g. socket: /run/haproxy/admin.sock, backend: web, servers: {stable: web_stable, canary: web_canary})`
    )
  const roles = ROLES_BY_STRATEGY[strategy.type]
  const servers = raw.servers ?? {}
  if (!roles) {
    problems.push(
      `${path}: router haproxy shifts the traffic of a canary or blue-green strategy; this service's strategy is ${strategy.type}`
    )
  } else if (raw.servers) {
    const lacking = roles.filter(role => servers[role] === undefined)
    const foreign = (Object.keys(servers) as ServerRole[]).filter(role => !roles.includes(role))
    if (lacking.length > 0 || foreign.length > 0)
      problems.push(
        `${path}.servers: a ${strategy.type} strategy needs servers ${roles.join(' and ')}; got ${Object.keys(servers).join(', ') || 'none'}`
      )
    else if (servers[roles[0]] === servers[roles[1]])
      problems.push(
        `${path}.servers: ${roles[0]} and ${roles[1]} are the same server '${servers[roles[0]]}'; they must differ`
      )
  }
  return {
    router: 'haproxy',
    socket: parseSocket(context, raw.socket ?? '/missing', `${path}.socket`),
    backend: raw.backend ?? '',
    servers,
    timeoutMs:
      raw.timeout === undefined
        ? DEFAULT_ROUTER_TIMEOUT_MS
        : boundedDuration(context, raw.timeout, `${path}.timeout`, MAX_ROUTER_TIMEOUT)
  }
}

/** An absolute unix socket path, or host:port (an IPv6 host in brackets). */
function parseSocket(
  context: NormalizeContext,
  text: string,
  path: string
): Extract<TrafficSpec, { router: 'haproxy' }>['socket'] {
  if (text.startsWith('/')) return { path: text }
  const address = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(text)
  const port = Number(address?.[3])
  if (!address || port < 1 || port > 65535) {
    context.problems.push(
      `${path}: got "${text}", expected an absolute unix socket path (/run/haproxy/admin.sock) or host:port (127.0.0.1:9999)`
    )
    return { path: text }
  }
  return { host: (address[1] ?? address[2]) as string, port }
}
