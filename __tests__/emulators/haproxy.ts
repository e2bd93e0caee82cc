/**
 * A real HAProxy for tests: the `haproxy` binary (Debian package, installed by `bash .ci/install-haproxy.sh`) in the
 * foreground (`-db`) with a generated config: one HTTP frontend on a loopback port in front of one backend, the
 * Runtime API on a temporary unix socket and on a loopback TCP port (both `level admin`), and optionally the
 * built-in Prometheus exporter. Measured with 2.6.12 on 2 cores: the socket answers about 20 ms after the spawn.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findOnPath, freePort } from './prometheus.js'
import { registerProcess } from '../sandbox-registry.js'

/** The backend HAProxy fronts: server name → its loopback port and initial weight. */
export interface HaproxyOptions {
  backend: string
  servers: Record<string, { port: number; weight: number }>
  /** Fixed ports (an e2e config names them); free ones otherwise. */
  ports?: { frontend: number; runtimeApi: number; metrics?: number }
  /** Serve the Prometheus exporter at /metrics on its own port. */
  metrics?: boolean
}

const READY_TIMEOUT_MS = 10_000
const STOP_GRACE_MS = 5_000

/** Where haproxy is: PATH first, then /usr/sbin (not on a normal user's PATH on Debian); null when not installed. */
export function haproxyBinary(): string | null {
  const onPath = findOnPath('haproxy')
  if (onPath) return onPath
  try {
    accessSync('/usr/sbin/haproxy', constants.X_OK)
    return '/usr/sbin/haproxy'
  } catch {
    return null
  }
}

/** The haproxy.cfg the tests run: round robin over the servers, a retry on another server when a connect fails. */
export function renderHaproxyConfig(
  options: HaproxyOptions,
  socketPath: string,
  ports: { frontend: number; runtimeApi: number; metrics?: number }
): string {
  return [
    'global',
    `  stats socket ${socketPath} mode 600 level admin`,
    `  stats socket ipv4@127.0.0.1:${ports.runtimeApi} level admin`,
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 10s',
    '  timeout server 10s',
    '  retries 2',
    '  option redispatch',
    'frontend web',
    `  bind 127.0.0.1:${ports.frontend}`,
    `  default_backend ${options.backend}`,
    ...(ports.metrics !== undefined
      ? [
          'frontend metrics',
          `  bind 127.0.0.1:${ports.metrics}`,
          '  http-request use-service prometheus-exporter if { path /metrics }'
        ]
      : []),
    `backend ${options.backend}`,
    '  balance roundrobin',
    ...Object.entries(options.servers).map(
      ([name, server]) => `  server ${name} 127.0.0.1:${server.port} weight ${server.weight}`
    ),
    ''
  ].join('\n')
}

/** A running `haproxy -db`; `stop()` it in `afterAll`. */
export class HaproxyProcess {
  private output = ''
  private readonly exited: Promise<void>
  private readonly killOnExit = (): void => void this.child.kill('SIGKILL')

  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    /** The unix Runtime API socket. */
    readonly socketPath: string,
    readonly ports: { frontend: number; runtimeApi: number; metrics?: number }
  ) {
    this.exited = new Promise(resolve => child.once('exit', () => resolve()))
    const collect = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString('utf8')).slice(-8000)
    }
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    process.once('exit', this.killOnExit)
  }

  /** The frontend's URL, e.g. http://127.0.0.1:41234/. */
  get url(): string {
    return `http://127.0.0.1:${this.ports.frontend}/`
  }

  /** Starts haproxy and resolves once its unix Runtime API socket answers. */
  static async start(options: HaproxyOptions): Promise<HaproxyProcess> {
    const binary = haproxyBinary()
    if (!binary)
      throw new Error("The 'haproxy' binary is not installed; install it with: bash .ci/install-haproxy.sh")
    const dir = mkdtempSync(join(tmpdir(), 'rg-haproxy-'))
    const socketPath = join(dir, 'admin.sock')
    const ports = options.ports ?? {
      frontend: await freePort(),
      runtimeApi: await freePort(),
      ...(options.metrics ? { metrics: await freePort() } : {})
    }
    const configPath = join(dir, 'haproxy.cfg')
    writeFileSync(configPath, renderHaproxyConfig(options, socketPath, ports))
    const child = spawn(binary, ['-f', configPath, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] })
    registerProcess(child.pid, 'haproxy')
    const process_ = new HaproxyProcess(child, dir, socketPath, ports)
    const deadline = Date.now() + READY_TIMEOUT_MS
    while (!(await process_.answers())) {
      if (Date.now() > deadline || child.exitCode !== null) {
        await process_.stop()
        throw new Error(`haproxy did not start:\n${process_.output}`)
      }
      await new Promise(resolve => setTimeout(resolve, 20))
    }
    return process_
  }

  /** Sends one Runtime API line and returns the answer (for the tests' own checks). */
  ask(command: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(this.socketPath)
      let answer = ''
      socket.on('connect', () => socket.end(`${command}\n`))
      socket.on('data', chunk => (answer += chunk.toString('utf8')))
      socket.on('error', reject)
      socket.on('close', () => resolve(answer))
    })
  }

  /** haproxy's own log lines so far (warnings about servers entering drain, ...). */
  get log(): string {
    return this.output
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM')
      const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS)
      await this.exited
      clearTimeout(timer)
    }
    process.removeListener('exit', this.killOnExit)
    rmSync(this.dir, { recursive: true, force: true })
  }

  private async answers(): Promise<boolean> {
    try {
      return (await this.ask('show info')).includes('Name: HAProxy')
    } catch {
      return false
    }
  }
}
