import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { HaproxyProcess, haproxyBinary } from '../emulators/haproxy.js'
import { CLI, scratchWorkspace } from './scratch-workspace.js'
import { pollService } from './traffic.js'

// A canary and a blue/green release through dist/cli.js with `router: haproxy`: a real haproxy in front of two
// tiny servers that answer the version their deploy command wrote, weights and states set through the Runtime API
// (unix socket for the canary, TCP for blue/green), a client polling through HAProxy the whole time; and a manual
// `release-gate rollback` of each that returns traffic through HAProxy before its rollback command. Ports 62200–62399.
const installed = haproxyBinary() !== null
const run = installed || process.env.CI ? describe : describe.skip
if (!installed && !process.env.CI)
  console.warn('e2e/haproxy-router.test.ts skipped: haproxy is not installed (bash .ci/install-haproxy.sh)')

/** A server answering `{version}` from the file its role's deploy command writes. */
function versionServer(dir: string, role: string, port: number): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ version: readFileSync(join(dir, 'versions', role), 'utf8').trim() }))
  })
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)))
}

/** The CLI as a child process, without blocking this process (its servers and the polling client keep running). */
function cli(dir: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args, '--config', 'release-gate.yml'], { cwd: dir })
    let output = ''
    child.stdout.on('data', chunk => (output += chunk))
    child.stderr.on('data', chunk => (output += chunk))
    child.on('close', code => resolve({ code, output }))
  })
}

interface TrafficEvent {
  step: number | null
  action: string
  router: string
  verified: boolean
  before: { role: string; weight: number; state: string }[]
  after: { role: string; weight: number; state: string }[]
}
const weights = (servers: TrafficEvent['before']): string =>
  servers.map(s => `${s.role} ${s.weight}${s.state === 'ready' ? '' : ` ${s.state}`}`).join(', ')

const running: { stop(): Promise<void> | void }[] = []
afterEach(async () => {
  for (const thing of running.splice(0).reverse()) await thing.stop()
})

async function start(
  dir: string,
  base: number,
  servers: Record<string, { weight: number; version: string }>
): Promise<HaproxyProcess> {
  const entries = Object.entries(servers)
  for (const [index, [role, server]] of entries.entries()) {
    writeFileSync(join(dir, 'versions', role), server.version)
    const http = await versionServer(dir, role, base + 10 + index)
    running.push({ stop: () => new Promise<void>(resolve => http.close(() => resolve())) })
  }
  const haproxy = await HaproxyProcess.start({
    backend: 'web',
    servers: Object.fromEntries(
      entries.map(([role, s], index) => [`web_${role}`, { port: base + 10 + index, weight: s.weight }])
    ),
    ports: { frontend: base + 1, runtimeApi: base + 2 }
  })
  running.push(haproxy)
  return haproxy
}

/** A canary of `web` routed by HAProxy through its unix socket (deploy.sh writes the version a server answers). */
const canaryService = (socketPath: string): string => `services:
  web:
    deploy: bash deploy.sh \${tag} \${weight} \${env}
    rollback: bash rollback.sh \${previous}
    strategy:
      type: canary
      steps: [{ set-weight: 25 }, { pause: 1s }, { set-weight: 100 }]
    traffic:
      production:
        router: haproxy
        socket: ${socketPath}
        backend: web
        servers: { stable: web_stable, canary: web_canary }
`

/** Blue/green `web` routed by HAProxy through its TCP Runtime API; `verify` is the service's verify line if any. */
const blueGreenService = (runtimeApiPort: number, verify?: string): string => `services:
  web:
    deploy: bash deploy.sh \${tag} \${color}
    rollback: bash rollback.sh \${previous}
${verify ? `    ${verify}\n` : ''}    strategy:
      type: blue-green
      retire: bash retire.sh \${color}
    traffic:
      production:
        router: haproxy
        socket: 127.0.0.1:${runtimeApiPort}
        backend: web
        servers: { blue: web_blue, green: web_green }
`

/** v1.1.0 breaches its window (probe.sh) and health.on-breach: alert leaves it serving for a person to decide. */
const BREACH_LEFT = `rollback:
  allow-first-release: true
health:
  window: 1s
  interval: 500ms
  on-breach: alert
  probes:
    - { id: web, command: 'bash probe.sh \${tag}' }
`

const health = (base: number): string => `health:
  window: 1s
  interval: 500ms
  probes:
    - { id: web, http: { url: 'http://127.0.0.1:${base + 1}/' } }
`

run('releases through a real HAProxy (router: haproxy)', () => {
  it('promotes a canary step by step, each weight read back and recorded, with zero failed requests', async () => {
    const base = 62200
    const dir = scratchWorkspace('rg-haproxy-canary-', {
      'versions/.keep': '',
      // Below 100% the canary server gets the release; at 100% the stable one does (traffic is on the canary then).
      'deploy.sh':
        'if [ "$2" = 100 ]; then echo "$1" > versions/stable; else echo "$1" > versions/canary; fi\n',
      'rollback.sh': 'echo "$1" > versions/stable; echo "$1" > versions/canary\n'
    })
    const haproxy = await start(dir, base, {
      stable: { weight: 100, version: 'v1.0.0' },
      canary: { weight: 0, version: 'v1.0.0' }
    })
    writeFileSync(
      join(dir, 'release-gate.yml'),
      `version: 1
${canaryService(haproxy.socketPath)}${health(base)}`
    )
    const client = pollService(haproxy.url, { maxRequests: 8000, maxMs: 60_000 })
    const release = await cli(dir, 'run', '--tag', 'v1.1.0', '--approve', 'e2e')
    const seen = await client.stop()
    expect([release.code, release.output]).toEqual([
      0,
      expect.stringContaining('web | traffic (haproxy): web/web_stable weight 75, web/web_canary weight 25')
    ])

    const report = JSON.parse(
      readFileSync(join(dir, '.artifacts/deployment/production-deployment-report.json'), 'utf8')
    )
    const events = (report.services[0].rollout.steps as { traffic?: TrafficEvent[] }[]).flatMap(
      s => s.traffic ?? []
    )
    expect(
      events.map(e => `${e.step} ${e.router} ${e.verified}: ${weights(e.before)} → ${weights(e.after)}`)
    ).toEqual([
      '1 haproxy true: stable 100, canary 0 → stable 75, canary 25',
      '3 haproxy true: stable 75, canary 25 → stable 0, canary 100',
      '3 haproxy true: stable 0, canary 100 → stable 100, canary 0'
    ])
    expect(await haproxy.ask('get weight web/web_stable')).toContain('100 (initial 100)')
    expect(seen.failed).toBe(0)
    expect(seen.versions.get('v1.1.0')).toBeGreaterThan(0)
    expect(seen.versions.get('v1.0.0')).toBeGreaterThan(0)
    console.log(
      `canary through haproxy: ${seen.total} requests, ${seen.failed} failed, ${JSON.stringify([...seen.versions])}`
    )
  }, 90_000)

  it('switches blue/green through HAProxy, and a failed release gets its traffic back before the rollback command runs', async () => {
    const base = 62250
    const dir = scratchWorkspace('rg-haproxy-blue-green-', {
      'versions/.keep': '',
      // Staging has no colours: its deploy writes its own file.
      'deploy.sh': 'echo "$1" > "versions/${2:-staging}"\n',
      // Finds the colour the release is not on (the one it was deployed to is the idle colour's file).
      'rollback.sh':
        'for c in blue green; do [ "$(cat versions/$c)" = "$1" ] || echo "$1" > "versions/$c"; done; echo "rollback to $1" >> rollback.log\n',
      'retire.sh': 'echo "retired $1" >> retire.log\n',
      // The release candidate fails its check after the switch; first it records what HAProxy served it (the
      // polling client may not land a request in the short time the candidate is live).
      'verify.sh':
        'case "$2:$1" in production:*-rc*) node -e "fetch(process.argv[1]).then(r => r.text()).then(t => process.stdout.write(t))" "$3" > seen-by-verify.json; echo "smoke test failed for $1"; exit 1;; esac\n'
    })
    const haproxy = await start(dir, base, {
      blue: { weight: 100, version: 'v1.0.0' },
      green: { weight: 0, version: 'v1.0.0' }
    })
    writeFileSync(
      join(dir, 'release-gate.yml'),
      `version: 1
${blueGreenService(base + 2, `verify: bash verify.sh \${tag} \${env} http://127.0.0.1:${base + 1}/`)}${health(base)}`
    )
    const client = pollService(haproxy.url, { maxRequests: 8000, maxMs: 90_000 })
    const first = await cli(dir, 'run', '--tag', 'v1.1.0', '--approve', 'e2e')
    expect([first.code, first.output]).toEqual([
      0,
      expect.stringContaining(
        'live colour (haproxy: web/web_blue weight 100, web/web_green weight 0): blue; deploying v1.1.0 to green'
      )
    ])
    expect(readFileSync(join(dir, 'versions/green'), 'utf8').trim()).toBe('v1.1.0')

    const bad = await cli(dir, 'run', '--tag', 'v1.2.0-rc.1', '--approve', 'e2e')
    const seen = await client.stop()
    expect([bad.code, bad.output]).toEqual([4, expect.stringContaining('smoke test failed for v1.2.0-rc.1')])
    const report = JSON.parse(
      readFileSync(join(dir, '.artifacts/deployment/production-deployment-report.json'), 'utf8')
    )
    const switched = (report.services[0].rollout.steps as { kind: string; traffic?: TrafficEvent[] }[]).find(
      s => s.kind === 'switch'
    )
    expect(switched?.traffic?.map(e => `${weights(e.before)} → ${weights(e.after)}`)).toEqual([
      'blue 0 drain, green 100 → blue 100, green 0 drain'
    ])
    const returned = report.rollback.traffic as TrafficEvent[]
    expect(
      returned.map(e => `${e.action} ${e.step} ${e.verified}: ${weights(e.before)} → ${weights(e.after)}`)
    ).toEqual(['return null true: blue 100, green 0 drain → blue 0 drain, green 100'])
    expect(report.rollback.status).toBe('success')
    // Traffic came back before the rollback command ran.
    expect(Date.parse((returned[0] as unknown as { at: string }).at)).toBeLessThanOrEqual(
      Date.parse(report.rollback.steps[0].exec.startedAt)
    )
    expect(seen.failed).toBe(0)
    // HAProxy served the candidate after the switch, and the client saw the versions before and after it.
    expect(JSON.parse(readFileSync(join(dir, 'seen-by-verify.json'), 'utf8')).version).toBe('v1.2.0-rc.1')
    expect([...seen.versions.keys()]).toEqual(expect.arrayContaining(['v1.0.0', 'v1.1.0']))
    expect(JSON.parse(await fetch(haproxy.url).then(r => r.text())).version).toBe('v1.1.0')
    console.log(
      `blue/green through haproxy: ${seen.total} requests, ${seen.failed} failed, ${JSON.stringify([...seen.versions])}`
    )
  }, 120_000)
  /** The rollback bundle `release-gate rollback` wrote (the only one in the workspace). */
  interface ManualRollbackReport {
    tag: string
    rollback: {
      status: string
      target: string
      traffic?: TrafficEvent[]
      steps: { exec: { startedAt: string } }[]
    }
  }
  function manualRollbackReport(dir: string): ManualRollbackReport {
    const [runId, ...more] = readdirSync(join(dir, '.artifacts/deployment-rollbacks'))
    expect(more).toEqual([])
    return JSON.parse(
      readFileSync(join(dir, `.artifacts/deployment-rollbacks/${runId}/rollback-report.json`), 'utf8')
    ) as ManualRollbackReport
  }
  const returned = (events: TrafficEvent[] | undefined): string[] =>
    (events ?? []).map(
      e => `${e.action} ${e.router} ${e.verified}: ${weights(e.before)} → ${weights(e.after)}`
    )

  /**
   * A workspace behind a real HAProxy whose first role's server holds all the weight (both answer v0.9.0), with
   * `services` (given the running HAProxy) and the breaching health window of BREACH_LEFT as its config.
   */
  async function breachWorkspace(
    prefix: string,
    base: number,
    scripts: Record<string, string>,
    [live, idle]: [string, string],
    services: (haproxy: HaproxyProcess) => string
  ): Promise<{ dir: string; haproxy: HaproxyProcess }> {
    const dir = scratchWorkspace(prefix, {
      'versions/.keep': '',
      'probe.sh': '[ "$1" != v1.1.0 ]\n',
      ...scripts
    })
    const haproxy = await start(dir, base, {
      [live]: { weight: 100, version: 'v0.9.0' },
      [idle]: { weight: 0, version: 'v0.9.0' }
    })
    writeFileSync(join(dir, 'release-gate.yml'), `version: 1\n${services(haproxy)}${BREACH_LEFT}`)
    return { dir, haproxy }
  }

  /**
   * v1.0.0 released, v1.1.0 breached and left serving, then `release-gate rollback` with a client polling through
   * HAProxy; `meanwhile` runs between the breach and the rollback.
   */
  async function breachThenRollBack(dir: string, url: string, meanwhile = async (): Promise<void> => {}) {
    const first = await cli(dir, 'run', '--tag', 'v1.0.0', '--approve', 'e2e')
    expect([first.code, first.output]).toEqual([0, expect.any(String)])
    expect((await cli(dir, 'run', '--tag', 'v1.1.0', '--approve', 'e2e')).code).not.toBe(0)
    await meanwhile()
    const client = pollService(url, { maxRequests: 8000, maxMs: 60_000 })
    const rollback = await cli(dir, 'rollback', '--env', 'production', '--reason', 'e2e: breach left')
    const seen = await client.stop()
    const report = manualRollbackReport(dir)
    expect(report).toMatchObject({ tag: 'v1.1.0', rollback: { status: 'success', target: 'v1.0.0' } })
    return { rollback, seen, report }
  }

  it('a manual rollback of a blue/green release left after a breach returns traffic to the kept old colour first, with zero failed requests', async () => {
    const base = 62300
    const { dir, haproxy } = await breachWorkspace(
      'rg-haproxy-manual-blue-green-',
      base,
      {
        'deploy.sh': 'echo "$1" > "versions/${2:-staging}"\n',
        // Slow on purpose: users must not wait for it, traffic is back on the kept colour before it starts.
        'rollback.sh':
          'sleep 1; for c in blue green; do [ "$(cat versions/$c)" = "$1" ] || echo "$1" > "versions/$c"; done\n',
        'retire.sh': 'echo "retired $1" >> retire.log\n'
      },
      ['blue', 'green'],
      () => blueGreenService(base + 2)
    )
    const { rollback, seen, report } = await breachThenRollBack(dir, haproxy.url, async () => {
      expect(JSON.parse(await fetch(haproxy.url).then(r => r.text())).version).toBe('v1.1.0')
    })
    expect([rollback.code, rollback.output]).toEqual([
      0,
      expect.stringContaining(
        'web | traffic (haproxy): web/web_blue weight 0 (drain), web/web_green weight 100'
      )
    ])
    expect(returned(report.rollback.traffic)).toEqual([
      'return haproxy true: blue 100, green 0 drain → blue 0 drain, green 100'
    ])
    const at = (report.rollback.traffic?.[0] as unknown as { at: string }).at
    expect(Date.parse(at)).toBeLessThanOrEqual(Date.parse(report.rollback.steps[0]?.exec.startedAt ?? ''))
    expect(seen.failed).toBe(0)
    // Users were on v1.0.0 (green, kept up) from the return on, not only once the rollback command finished.
    expect(seen.timeline.find(r => r.version === 'v1.0.0')?.sentAt).toBeLessThan(
      Date.parse(report.rollback.steps[0]?.exec.startedAt ?? '') + 900
    )
    console.log(
      `manual blue/green rollback through haproxy: ${seen.total} requests, ${seen.failed} failed, ${JSON.stringify([...seen.versions])}`
    )
  }, 120_000)

  it('a manual rollback of a canary returns all traffic to the stable server first, with zero failed requests', async () => {
    const base = 62350
    const { dir, haproxy } = await breachWorkspace(
      'rg-haproxy-manual-canary-',
      base,
      {
        'deploy.sh':
          'if [ "$2" = 100 ]; then echo "$1" > versions/stable; else echo "$1" > versions/canary; fi\n',
        'rollback.sh': 'sleep 1; echo "$1" > versions/stable; echo "$1" > versions/canary\n'
      },
      ['stable', 'canary'],
      haproxy => canaryService(haproxy.socketPath)
    )
    // A person turned some traffic to a canary of the next build meanwhile; the rollback takes it back first.
    const { rollback, seen, report } = await breachThenRollBack(dir, haproxy.url, async () => {
      writeFileSync(join(dir, 'versions/canary'), 'v1.2.0-rc.1')
      expect(await haproxy.ask('set server web/web_canary weight 50')).toBe('\n')
    })
    expect(rollback.code).toBe(0)
    expect(returned(report.rollback.traffic)).toEqual([
      'return haproxy true: stable 100, canary 50 → stable 100, canary 0'
    ])
    expect(seen.failed).toBe(0)
    expect(await haproxy.ask('get weight web/web_canary')).toContain('0 (initial 0)')
    console.log(
      `manual canary rollback through haproxy: ${seen.total} requests, ${seen.failed} failed, ${JSON.stringify([...seen.versions])}`
    )
  }, 120_000)
})
