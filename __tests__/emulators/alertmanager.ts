/**
 * A real Alertmanager for tests: `/usr/bin/prometheus-alertmanager` (Debian package `prometheus-alertmanager` 0.25,
 * installed by `bash .ci/install-alertmanager.sh`) on a loopback port, clustering off, with a temporary storage
 * directory and a config that routes everything to a receiver that sends nothing. Tests feed it alerts and create
 * silences through its API v2, as Prometheus and an operator would.
 *
 * One inhibition rule is configured: an alert labelled `inhibits="checkout"` inhibits the `service="checkout"` alerts
 * with the same `case` label, so a test can make a firing alert inhibited without touching other tests' alerts.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { registerProcess } from '../sandbox-registry.js'

/** Where the Debian package puts the binary. */
export const ALERTMANAGER_BINARY = process.env.RELEASE_GATE_ALERTMANAGER ?? '/usr/bin/prometheus-alertmanager'

/**
 * Why the Alertmanager tests cannot run here, or null when they can. Only a developer's machine without the binary
 * skips them; under CI (`CI` set) a missing binary fails the tests instead.
 */
export function alertmanagerMissing(): string | null {
  if (existsSync(ALERTMANAGER_BINARY)) return null
  const reason = `${ALERTMANAGER_BINARY} is not installed; install it with: bash .ci/install-alertmanager.sh`
  if (process.env.CI) throw new Error(`CI is set, so the Alertmanager tests must run: ${reason}`)
  return reason
}

/** An alert as `POST /api/v2/alerts` takes it (`postableAlert`). */
export interface PostableAlert {
  labels: Record<string, string>
  annotations?: Record<string, string>
  startsAt?: string
  endsAt?: string
}

/** A running Alertmanager; `stop()` it in `afterAll`. */
export class AlertmanagerServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string
  private log = ''
  private readonly exited: Promise<void>
  private readonly killOnExit = (): void => void this.child.kill('SIGKILL')

  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    port: number
  ) {
    this.url = `http://127.0.0.1:${port}`
    this.exited = new Promise(resolve => child.once('exit', () => resolve()))
    const keep = (chunk: Buffer): void => void (this.log = (this.log + chunk.toString('utf8')).slice(-4000))
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    process.once('exit', this.killOnExit)
  }

  /** Starts Alertmanager on `port` (a free one when absent) and resolves once `/-/ready` answers 200. */
  static async start(port?: number): Promise<AlertmanagerServer> {
    const listenPort = port ?? (await freeLoopbackPort())
    const dir = mkdtempSync(join(tmpdir(), 'rg-alertmanager-'))
    const configFile = join(dir, 'alertmanager.yml')
    writeFileSync(
      configFile,
      stringify({
        route: { receiver: 'nobody', group_wait: '1h', group_interval: '1h', repeat_interval: '24h' },
        receivers: [{ name: 'nobody' }],
        inhibit_rules: [
          {
            source_matchers: ['inhibits="checkout"'],
            target_matchers: ['service="checkout"'],
            equal: ['case']
          }
        ]
      })
    )
    const child = spawn(
      ALERTMANAGER_BINARY,
      [
        `--config.file=${configFile}`,
        `--storage.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${listenPort}`,
        '--cluster.listen-address='
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    registerProcess(child.pid, 'alertmanager')
    const server = new AlertmanagerServer(child, dir, listenPort)
    try {
      await server.waitUntilReady()
    } catch (error) {
      await server.stop()
      throw error
    }
    return server
  }

  /** Fires (or, with `endsAt` in the past, resolves) alerts, as Prometheus does. */
  async postAlerts(alerts: PostableAlert[]): Promise<void> {
    await this.send('POST', '/api/v2/alerts', alerts)
  }

  /** Creates a silence of one hour over `labels` (each an exact match) and returns its id. */
  async silence(labels: Record<string, string>): Promise<string> {
    const now = Date.now()
    const answer = (await this.send('POST', '/api/v2/silences', {
      matchers: Object.entries(labels).map(([name, value]) => ({
        name,
        value,
        isRegex: false,
        isEqual: true
      })),
      startsAt: new Date(now - 1000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      createdBy: 'release-gate tests',
      comment: 'silenced by the test'
    })) as { silenceID: string }
    return answer.silenceID
  }

  /** Every silence Alertmanager holds (to prove a probe created none). */
  async silences(): Promise<unknown[]> {
    return (await this.send('GET', '/api/v2/silences')) as unknown[]
  }

  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes its directory. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM')
      const escalation = setTimeout(() => this.child.kill('SIGKILL'), 5000)
      await this.exited
      clearTimeout(escalation)
    }
    process.removeListener('exit', this.killOnExit)
    rmSync(this.dir, { recursive: true, force: true })
  }

  private async send(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      signal: AbortSignal.timeout(5000),
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`Alertmanager ${method} ${path}: HTTP ${response.status} ${text}`)
    return text === '' ? null : JSON.parse(text)
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 20_000
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`Alertmanager exited at start:\n${this.log}`)
      const status = await fetch(`${this.url}/-/ready`, { signal: AbortSignal.timeout(1000) })
        .then(r => r.status)
        .catch(() => null)
      if (status === 200) return
      if (Date.now() > deadline)
        throw new Error(`Alertmanager at ${this.url} was not ready in 20s:\n${this.log}`)
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
}

/** A loopback port nobody listened on a moment ago. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const listener = createServer()
    listener.once('error', reject)
    listener.listen(0, '127.0.0.1', () => {
      const { port } = listener.address() as AddressInfo
      listener.close(() => resolve(port))
    })
  })
}
