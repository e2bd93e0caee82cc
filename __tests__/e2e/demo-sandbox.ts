import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { registerSandbox } from '../sandbox-registry.js'

const repo = fileURLToPath(new URL('../..', import.meta.url))
/** The bundled CLI, as users run it. */
export const CLI = join(repo, 'dist', 'cli.js')

/** Result of one real process. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
  output: string
}

/**
 * A private copy of examples/demo in a temp dir, laid out like the repository (dist/ linked), with its own ports
 * and state, so the tests run the real scripts and services without touching the developer's demo.
 */
export class DemoSandbox {
  readonly root: string
  readonly demo: string
  readonly state: string
  constructor(readonly portBase: number) {
    this.root = mkdtempSync(join(tmpdir(), 'rg-e2e-'))
    this.demo = join(this.root, 'examples', 'demo')
    this.state = join(this.root, 'state')
    // Stopped by the run's global teardown too: a test that times out never reaches its stop().
    registerSandbox(this.root, this.state)
    mkdirSync(join(this.root, 'examples'), { recursive: true })
    symlinkSync(join(repo, 'dist'), join(this.root, 'dist'))
    cpSync(join(repo, 'examples', 'demo'), this.demo, {
      recursive: true,
      filter: source => !/[/\\](\.state|\.artifacts|\.release-gate)$/.test(source)
    })
    // Same config, this sandbox's ports, a shorter health window.
    const config = readFileSync(join(this.demo, 'release-gate.yml'), 'utf8')
      .replace(/1870(\d)|1871(\d)/g, (_, staging: string, production: string) =>
        String(staging !== undefined ? portBase + Number(staging) : portBase + 10 + Number(production))
      )
      .replace('window: 5s', 'window: 2s')
    writeFileSync(join(this.demo, 'release-gate.yml'), config)
  }

  /** Environment of every process: this sandbox's ports and state, no inherited demo hooks. */
  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DEMO_PORT_BASE: String(this.portBase),
      DEMO_STATE_DIR: this.state,
      ...extra
    }
    for (const name of [
      'DEMO_FAIL_DEPLOY',
      'DEMO_FAIL_ROLLBACK',
      'DEMO_HANG_DEPLOY',
      'RELEASE_GATE_CONFIG',
      'RELEASE_GATE_TAG'
    ]) {
      if (!(name in extra)) delete env[name]
    }
    return env
  }

  /**
   * Runs a program in the demo directory and waits for it; stdin is closed (no terminal, so no interactive prompt).
   * With `stop`, it is sent `stop.signal` once its output contains `stop.when`, or when `stop.when` resolves.
   */
  run(
    argv: string[],
    extraEnv: Record<string, string> = {},
    stop?: { when: string | Promise<void>; signal: NodeJS.Signals }
  ): Promise<Run & { signalled: boolean }> {
    return new Promise((resolvePromise, reject) => {
      const child = spawn(argv[0] as string, argv.slice(1), {
        cwd: this.demo,
        env: this.env(extraEnv),
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      let stderr = ''
      let output = ''
      let signalled = false
      const interrupt = (): void => {
        if (!stop || signalled || child.exitCode !== null) return
        signalled = true
        child.kill(stop.signal)
      }
      const collect = (chunk: Buffer, stream: 'stdout' | 'stderr'): void => {
        if (stream === 'stdout') stdout += chunk.toString()
        else stderr += chunk.toString()
        output += chunk.toString()
        if (typeof stop?.when === 'string' && output.includes(stop.when)) interrupt()
      }
      if (stop && typeof stop.when !== 'string') void stop.when.then(interrupt)
      child.stdout.on('data', (chunk: Buffer) => collect(chunk, 'stdout'))
      child.stderr.on('data', (chunk: Buffer) => collect(chunk, 'stderr'))
      child.on('error', reject)
      child.on('close', code => resolvePromise({ code, stdout, stderr, output, signalled }))
    })
  }

  /**
   * `release-gate <args>` inside a pseudo-terminal (util-linux `script`), typing `answers` at its prompts: what a
   * person at a terminal sees and does.
   */
  inTerminal(args: string[], answers: string[]): Promise<Run> {
    const command = [process.execPath, CLI, ...args, '--config', 'release-gate.yml']
      .map(w => `'${w.replace(/'/g, `'\\''`)}'`)
      .join(' ')
    return new Promise((resolvePromise, reject) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], {
        cwd: this.demo,
        env: this.env(),
        stdio: ['pipe', 'pipe', 'pipe']
      })
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      // The terminal buffers typed lines until the prompt reads them; stdin stays open until the program ends.
      child.stdin.write(answers.map(a => `${a}\n`).join(''))
      child.on('error', reject)
      child.on('close', code => {
        child.stdin.destroy()
        resolvePromise({ code, stdout: output, stderr: output, output })
      })
    })
  }

  /**
   * `release-gate <args>` with the demo config, sent `signal` as soon as its output contains `when`, or when `when`
   * resolves (as a person's Ctrl-C, or a runner's cancellation, would).
   */
  cliInterrupted(
    args: string[],
    when: string | Promise<void>,
    signal: NodeJS.Signals,
    extraEnv: Record<string, string> = {}
  ): Promise<Run & { signalled: boolean }> {
    return this.run([process.execPath, CLI, ...args, '--config', 'release-gate.yml'], extraEnv, {
      when,
      signal
    })
  }

  /** Processes whose working directory is inside this sandbox (what a stopped release must not leave behind). */
  processesInside(): string[] {
    const found: string[] = []
    for (const pid of readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
      try {
        if (readlinkSync(`/proc/${pid}/cwd`).startsWith(this.root))
          found.push(`${pid}: ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')}`)
      } catch {
        // Gone, or not ours to read.
      }
    }
    return found
  }

  /** `release-gate <args>` with the demo config. */
  cli(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
    return this.run([process.execPath, CLI, ...args, '--config', 'release-gate.yml'], extraEnv)
  }

  /** Fresh upstream evidence (Protocols 10 and 7), optionally without some or aged. */
  upstream(options: { omit?: string[]; ageHours?: number } = {}): void {
    const args = [join(this.demo, 'upstream', 'produce-upstream-evidence.mjs')]
    for (const id of options.omit ?? []) args.push('--omit', id)
    if (options.ageHours !== undefined) args.push('--age', String(options.ageHours))
    const result = spawnSync(process.execPath, args, { cwd: this.demo })
    if (result.status !== 0) throw new Error(`upstream evidence: ${String(result.stderr)}`)
  }

  /** Puts `tag` in production as the current release, as an earlier release would have left it. */
  baseline(tag: string): void {
    for (const service of ['backend', 'frontend']) {
      const result = spawnSync(
        'bash',
        [`scripts/deploy_${service}.sh`, '--env', 'production', '--release', tag],
        { cwd: this.demo, env: this.env() }
      )
      if (result.status !== 0) throw new Error(`baseline ${service}: ${String(result.stderr)}`)
    }
    mkdirSync(join(this.demo, '.release-gate'), { recursive: true })
    writeFileSync(
      join(this.demo, '.release-gate', 'release-history.json'),
      JSON.stringify({
        schemaVersion: 1,
        releases: [
          { tag, environment: 'production', status: 'released', recordedAt: new Date().toISOString() }
        ]
      })
    )
  }

  /** The version a running demo service reports, or null. */
  async serving(service: 'backend' | 'frontend', env: 'staging' | 'production'): Promise<string | null> {
    const port = this.portBase + (env === 'production' ? 10 : 0) + (service === 'backend' ? 1 : 2)
    try {
      const response = await fetch(`http://127.0.0.1:${port}/version`, { signal: AbortSignal.timeout(1000) })
      return ((await response.json()) as { version: string }).version
    } catch {
      return null
    }
  }

  /** Which service:env pairs a deploy or rollback script has touched (the scripts record each start). */
  touched(): string[] {
    if (!existsSync(this.state)) return []
    return readdirSync(this.state)
      .filter(f => f.endsWith('.release'))
      .map(f => f.replace(/\.release$/, ''))
      .sort()
  }

  /** Whether any deploy script started `release` in `env` (the scripts log each start to their service's log). */
  deployed(env: 'staging' | 'production', release: string): boolean {
    if (!existsSync(this.state)) return false
    return readdirSync(this.state)
      .filter(f => f.endsWith(`-${env}.log`))
      .some(f =>
        readFileSync(join(this.state, f), 'utf8').includes(` deploy ${f.split('-')[0]} ${release} (${env})`)
      )
  }

  /** A JSON file of the demo, by its path relative to the demo directory. */
  jsonAt<T = Record<string, unknown>>(path: string): T {
    return JSON.parse(readFileSync(join(this.demo, path), 'utf8')) as T
  }

  /** The text of an evidence file. */
  text(name: string): string {
    return readFileSync(this.evidence(name), 'utf8')
  }

  /** Evidence file path. */
  evidence(name: string): string {
    return join(this.demo, '.artifacts', 'deployment', name)
  }

  /** Parsed evidence JSON. */
  json<T = Record<string, unknown>>(name: string): T {
    return JSON.parse(readFileSync(this.evidence(name), 'utf8')) as T
  }

  /** Stops every service this sandbox started. */
  stop(): void {
    spawnSync('bash', ['scripts/stop_demo.sh'], { cwd: this.demo, env: this.env() })
  }
}
