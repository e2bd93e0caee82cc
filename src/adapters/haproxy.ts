import { connect, type Socket } from 'node:net'
import type { ServerRole, TrafficSpec } from '../core/config.js'
import { TrafficRouterError } from '../core/errors.js'
import type { ServerTarget, TrafficRouter, TrafficShift } from '../core/ports.js'
import type { RoutedServer } from '../core/records/index.js'

/** An answer longer than this is not one the commands we send produce: stop reading rather than buffer it. */
const MAX_ANSWER_BYTES = 1024 * 1024

/** `srv_admin_state` bits (HAProxy's SRV_ADMF_*): any maintenance flag, and drain forced or inherited. */
const ADMIN_MAINT = 0x01 | 0x02 | 0x04 | 0x20 | 0x40
const ADMIN_DRAIN = 0x08 | 0x10

type HaproxyTraffic = Extract<TrafficSpec, { router: 'haproxy' }>

/** Where a Runtime API socket is, for messages. */
export function describeSocket(socket: HaproxyTraffic['socket']): string {
  return 'path' in socket ? socket.path : `${socket.host}:${socket.port}`
}

/**
 * Sends one line of Runtime API commands (`;`-separated, HAProxy runs them in order on one connection) and returns
 * the whole answer: in non-interactive mode HAProxy answers and closes. Bounded by `timeoutMs` from connect to close.
 */
export function runtimeApiExchange(
  socket: HaproxyTraffic['socket'],
  commands: readonly string[],
  timeoutMs: number
): Promise<string> {
  const where = describeSocket(socket)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let bytes = 0
    let settled = false
    const connection: Socket = 'path' in socket ? connect(socket.path) : connect(socket.port, socket.host)
    const finish = (error: Error | null): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      connection.destroy()
      if (error) reject(error)
      else resolve(Buffer.concat(chunks).toString('utf8'))
    }
    const timer = setTimeout(
      () =>
        finish(
          new TrafficRouterError(`HAProxy Runtime API at ${where}: no complete answer within ${timeoutMs}ms`)
        ),
      timeoutMs
    )
    connection.on('connect', () => connection.end(`${commands.join('; ')}\n`))
    connection.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > MAX_ANSWER_BYTES)
        return finish(
          new TrafficRouterError(
            `HAProxy Runtime API at ${where}: answer longer than ${MAX_ANSWER_BYTES} bytes`
          )
        )
      chunks.push(chunk)
    })
    connection.on('error', (error: NodeJS.ErrnoException) =>
      finish(new TrafficRouterError(`HAProxy Runtime API at ${where}: ${error.code ?? error.message}`))
    )
    connection.on('close', () => finish(null))
  })
}

/** One server's line of `show servers state <backend>`, by the header's column names. */
export interface ServerStateLine {
  server: string
  weight: number
  adminState: number
  operationalState: number
}

/** Parses `show servers state` (format 1: a version line, a `# column ...` header, one line per server). Pure. */
export function parseServersState(answer: string): ServerStateLine[] {
  const lines = answer.split('\n').map(line => line.trim())
  const header = lines.find(line => line.startsWith('# '))
  if (!header)
    throw new TrafficRouterError(
      `unexpected answer to 'show servers state': ${answer.trim().slice(0, 200) || '(empty)'}`
    )
  const columns = header.slice(2).split(/\s+/)
  const at = (name: string): number => {
    const index = columns.indexOf(name)
    if (index < 0) throw new TrafficRouterError(`'show servers state' has no column ${name}`)
    return index
  }
  const [name, weight, admin, operational] = [
    'srv_name',
    'srv_uweight',
    'srv_admin_state',
    'srv_op_state'
  ].map(at)
  return lines
    .filter(line => line !== '' && !line.startsWith('#') && line.includes(' '))
    .map(line => line.split(/\s+/))
    .map(fields => ({
      server: fields[name as number] ?? '',
      weight: Number(fields[weight as number]),
      adminState: Number(fields[admin as number]),
      operationalState: Number(fields[operational as number])
    }))
}

/** A server's state as the evidence names it: maintenance wins over drain. Pure. */
export function stateOf(line: ServerStateLine): RoutedServer['state'] {
  if (line.adminState & ADMIN_MAINT) return 'maint'
  if (line.adminState & ADMIN_DRAIN) return 'drain'
  return 'ready'
}

/**
 * The HAProxy traffic router: `set server <backend>/<server> weight N` and `state ready|drain` over the Runtime API,
 * every change read back with `show servers state <backend>`. No shell: the socket is spoken to directly.
 */
export class HaproxyRouter implements TrafficRouter {
  constructor(private readonly spec: HaproxyTraffic) {}

  async read(): Promise<RoutedServer[]> {
    const answer = await runtimeApiExchange(
      this.spec.socket,
      [`show servers state ${this.spec.backend}`],
      this.spec.timeoutMs
    )
    if (/^(No such|Can't find) backend/im.test(answer))
      throw new TrafficRouterError(
        `HAProxy has no backend '${this.spec.backend}' (${describeSocket(this.spec.socket)})`
      )
    const lines = parseServersState(answer)
    return this.roles().map(([role, server]) => {
      const line = lines.find(l => l.server === server)
      if (!line)
        throw new TrafficRouterError(
          `HAProxy backend '${this.spec.backend}' has no server '${server}' (the ${role} server); it has: ${lines.map(l => l.server).join(', ') || 'none'}`
        )
      return { role, server: `${this.spec.backend}/${server}`, weight: line.weight, state: stateOf(line) }
    })
  }

  async apply(targets: Partial<Record<ServerRole, ServerTarget>>): Promise<TrafficShift> {
    const before = await this.read()
    const commands: string[] = []
    // Ready before weights, drain after: the server gaining traffic is open before the other one closes.
    for (const [role, target] of this.targetsOf(targets))
      if (target.state === 'ready') commands.push(`set server ${this.address(role)} state ready`)
    for (const [role, target] of this.targetsOf(targets))
      if (target.weight !== undefined)
        commands.push(`set server ${this.address(role)} weight ${target.weight}`)
    for (const [role, target] of this.targetsOf(targets))
      if (target.state === 'drain') commands.push(`set server ${this.address(role)} state drain`)
    const answer = (await runtimeApiExchange(this.spec.socket, commands, this.spec.timeoutMs)).trim()
    // Every `set server` that succeeds answers nothing: any text is HAProxy refusing one of them.
    if (answer !== '')
      throw new TrafficRouterError(
        `HAProxy refused '${commands.join('; ')}': ${answer.replace(/\s*\n\s*/g, ' ')}`
      )
    const after = await this.read()
    const mismatches = this.targetsOf(targets).flatMap(([role, target]) => {
      const server = after.find(s => s.role === role) as RoutedServer
      return [
        ...(target.weight !== undefined && server.weight !== target.weight
          ? [`${server.server} weight ${server.weight}, expected ${target.weight}`]
          : []),
        ...(target.state !== undefined && server.state !== target.state
          ? [`${server.server} state ${server.state}, expected ${target.state}`]
          : [])
      ]
    })
    if (mismatches.length > 0)
      throw new TrafficRouterError(
        `HAProxy read back ${mismatches.join('; ')} after '${commands.join('; ')}'`
      )
    return { before, after }
  }

  private roles(): [ServerRole, string][] {
    return Object.entries(this.spec.servers) as [ServerRole, string][]
  }

  private targetsOf(targets: Partial<Record<ServerRole, ServerTarget>>): [ServerRole, ServerTarget][] {
    return Object.entries(targets) as [ServerRole, ServerTarget][]
  }

  private address(role: ServerRole): string {
    const server = this.spec.servers[role]
    if (!server)
      throw new TrafficRouterError(`no ${role} server is configured for backend '${this.spec.backend}'`)
    return `${this.spec.backend}/${server}`
  }
}
