/**
 * A real Prometheus server for tests: the `prometheus` binary (Debian package, installed by
 * `bash .ci/install-prometheus.sh`) on a free loopback port, with a temporary TSDB and a generated config that
 * scrapes the given targets.
 *
 * Timing, measured with 2.42 on 2 cores: `/-/ready` answers 0.05–0.1 s after the spawn, but the first scrape
 * comes 5.3–5.7 s after it, because target discovery hands updates to the scrape manager on a fixed 5 s tick (no
 * flag changes that in 2.42), plus the target's scrape offset within the interval. After a `setTargets` reload a
 * new target waits for the next tick: 0–6 s. So wait with `waitForScrape`, never with a fixed sleep.
 *
 * The admin and lifecycle HTTP APIs stay off; reloads go through SIGHUP.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { stringify } from 'yaml'
import { registerProcess } from '../sandbox-registry.js'

/** What to scrape and how often. */
export interface PrometheusServerOptions {
  /** `host:port` targets scraped at `/metrics`, e.g. `127.0.0.1:18711`. */
  targets: string[]
  /** The global scrape and evaluation interval; default 1000. */
  scrapeIntervalMs?: number
  /** The `job` label of the scraped series; default `release-gate-test`. */
  jobName?: string
}

/** The `data` of a successful `/api/v1/query` answer. */
export interface PrometheusQueryData {
  resultType: 'vector' | 'matrix' | 'scalar' | 'string'
  result: unknown
}

const READY_TIMEOUT_MS = 20_000
const RELOAD_TIMEOUT_MS = 10_000
const STOP_GRACE_MS = 5_000
const POLL_MS = 100
const LOG_LINES_KEPT = 200
const LOG_LINES_SHOWN = 20

/** A running `prometheus` process; `stop()` it in `afterAll`. */
export class PrometheusServer {
  /** Base URL of the HTTP API, e.g. `http://127.0.0.1:41234`. */
  readonly url: string
  private readonly logLines: string[] = []
  private exit: { code: number | null; signal: NodeJS.Signals | null } | null = null
  private readonly exited: Promise<void>
  private stopping: Promise<void> | null = null
  private readonly killOnExit = (): void => void this.child.kill('SIGKILL')

  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    private readonly configPath: string,
    private readonly settings: { scrapeIntervalMs: number; jobName: string },
    port: number
  ) {
    this.url = `http://127.0.0.1:${port}`
    this.exited = new Promise(resolve => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal }
        process.removeListener('exit', this.killOnExit)
        resolve()
      })
    })
    let partial = ''
    const collect = (chunk: Buffer): void => {
      const lines = (partial + chunk.toString('utf8')).split('\n')
      partial = lines.pop() ?? ''
      this.logLines.push(...lines)
      if (this.logLines.length > LOG_LINES_KEPT)
        this.logLines.splice(0, this.logLines.length - LOG_LINES_KEPT)
    }
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    // A crashed or killed test run must not leave a server behind.
    process.once('exit', this.killOnExit)
  }

  /** Starts `prometheus` on a free loopback port and resolves once `/-/ready` answers 200. */
  static async start(options: PrometheusServerOptions): Promise<PrometheusServer> {
    const binary = findOnPath('prometheus')
    if (!binary) {
      throw new Error(
        "The 'prometheus' binary is not on PATH; the Prometheus integration tests need the real server. " +
          'Install it with: bash .ci/install-prometheus.sh'
      )
    }
    const port = await freePort()
    const dir = mkdtempSync(join(tmpdir(), 'rg-prometheus-'))
    const configPath = join(dir, 'prometheus.yml')
    const settings = {
      scrapeIntervalMs: options.scrapeIntervalMs ?? 1000,
      jobName: options.jobName ?? 'release-gate-test'
    }
    writeFileSync(configPath, renderConfig(options.targets, settings))
    const child = spawn(
      binary,
      [
        `--config.file=${configPath}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    registerProcess(child.pid, 'prometheus')
    const server = new PrometheusServer(child, dir, configPath, settings, port)
    const spawned = await new Promise<Error | null>(resolve => {
      child.once('spawn', () => resolve(null))
      child.once('error', resolve)
    })
    if (spawned) {
      rmSync(dir, { recursive: true, force: true })
      throw new Error(`Could not start ${binary}: ${spawned.message}`)
    }
    try {
      await server.waitForReady()
    } catch (error) {
      await server.stop()
      throw error
    }
    return server
  }

  /** Resolves once Prometheus has scraped `target` (`host:port`) successfully (its health is `up`). */
  async waitForScrape(target: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    let lastSeen = 'not among the active targets yet'
    for (;;) {
      this.assertRunning(`waiting for a scrape of ${target}`)
      const targets = await this.getJson('/api/v1/targets').catch(() => null)
      const active = targetsOf(targets).find(t => t.labels?.instance === target)
      if (active) {
        if (active.health === 'up') return
        lastSeen = `health ${active.health ?? '?'}${active.lastError ? `, last error: ${active.lastError}` : ''}`
      }
      if (Date.now() >= deadline) {
        throw new Error(
          `Prometheus did not scrape ${target} within ${timeoutMs}ms (${lastSeen}).\n${this.logTail()}`
        )
      }
      await sleep(POLL_MS)
    }
  }

  /** Runs an instant query and returns its `data`; throws on an API error, for assertions. */
  async query(promql: string): Promise<PrometheusQueryData> {
    const answer = await this.getJson(`/api/v1/query?query=${encodeURIComponent(promql)}`)
    if (!isRecord(answer) || answer.status !== 'success' || !isRecord(answer.data)) {
      throw new Error(`Prometheus query ${JSON.stringify(promql)} failed: ${JSON.stringify(answer)}`)
    }
    return answer.data as unknown as PrometheusQueryData
  }

  /**
   * Replaces the scraped targets: rewrites the config and reloads it with SIGHUP; resolves once Prometheus logs
   * that the new config is loaded. New targets are scraped up to 6 s later: follow with `waitForScrape`.
   */
  async setTargets(targets: string[]): Promise<void> {
    this.assertRunning('reloading the config')
    const loadedBefore = this.countLog('Completed loading of configuration file')
    const failedBefore = this.countLog('Error reloading config')
    writeFileSync(this.configPath, renderConfig(targets, this.settings))
    this.child.kill('SIGHUP')
    const deadline = Date.now() + RELOAD_TIMEOUT_MS
    while (this.countLog('Completed loading of configuration file') === loadedBefore) {
      if (this.countLog('Error reloading config') > failedBefore) {
        const rejection = this.logLines.findLast(line => line.includes('Error reloading config'))
        throw new Error(`Prometheus rejected the new config: ${rejection}\n${this.logTail()}`)
      }
      this.assertRunning('reloading the config')
      if (Date.now() >= deadline) {
        throw new Error(
          `Prometheus did not reload its config within ${RELOAD_TIMEOUT_MS}ms.\n${this.logTail()}`
        )
      }
      await sleep(POLL_MS)
    }
  }

  /** Stops the server (SIGTERM, SIGKILL after 5 s) and removes its temporary directory. Safe to call twice. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      if (!this.exit) {
        this.child.kill('SIGTERM')
        const escalation = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS)
        await this.exited
        clearTimeout(escalation)
      }
      rmSync(this.dir, { recursive: true, force: true })
    })()
    return this.stopping
  }

  private async waitForReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS
    let lastAnswer: string
    for (;;) {
      this.assertRunning('starting')
      try {
        const response = await fetch(`${this.url}/-/ready`, { signal: AbortSignal.timeout(1000) })
        await response.arrayBuffer()
        if (response.status === 200) return
        lastAnswer = `HTTP ${response.status}`
      } catch (error) {
        lastAnswer = String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message)
      }
      if (Date.now() >= deadline) {
        throw new Error(
          `Prometheus at ${this.url} was not ready within ${READY_TIMEOUT_MS}ms (/-/ready: ${lastAnswer}).\n${this.logTail()}`
        )
      }
      await sleep(POLL_MS)
    }
  }

  private async getJson(path: string): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, { signal: AbortSignal.timeout(5000) })
    return await response.json()
  }

  private assertRunning(activity: string): void {
    if (this.exit) {
      throw new Error(
        `Prometheus exited (code ${this.exit.code}, signal ${this.exit.signal}) while ${activity}.\n${this.logTail()}`
      )
    }
  }

  private countLog(text: string): number {
    return this.logLines.filter(line => line.includes(text)).length
  }

  private logTail(): string {
    return `Last lines of its log:\n${this.logLines.slice(-LOG_LINES_SHOWN).join('\n')}`
  }
}

function renderConfig(targets: string[], settings: { scrapeIntervalMs: number; jobName: string }): string {
  const interval = promDuration(settings.scrapeIntervalMs)
  return stringify({
    global: {
      scrape_interval: interval,
      // The timeout may not exceed the interval (the default 10 s would, at 1 s).
      scrape_timeout: promDuration(Math.min(settings.scrapeIntervalMs, 10_000)),
      evaluation_interval: interval
    },
    scrape_configs: [{ job_name: settings.jobName, static_configs: [{ targets }] }]
  })
}

/** Milliseconds as a Prometheus duration: `1s`, `1500ms`. */
function promDuration(ms: number): string {
  if (!Number.isInteger(ms) || ms <= 0)
    throw new Error(`scrapeIntervalMs must be a positive integer, got ${ms}`)
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`
}

interface ActiveTarget {
  labels?: { instance?: string }
  health?: string
  lastError?: string
}

function targetsOf(answer: unknown): ActiveTarget[] {
  if (!isRecord(answer) || !isRecord(answer.data) || !Array.isArray(answer.data.activeTargets)) return []
  return answer.data.activeTargets as ActiveTarget[]
}

/** The first executable `command` on PATH, or null. */
export function findOnPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, command)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not in this directory
    }
  }
  return null
}

/** A port that was free a moment ago: bind port 0 on loopback, read it, release it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
