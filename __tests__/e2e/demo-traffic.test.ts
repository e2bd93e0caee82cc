import { statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { DemoSandbox, type Run } from './demo-sandbox.js'

// Progressive delivery in the demo, with real processes: the sandbox's HAProxy, the instances and the scripts that
// shift traffic between them through HAProxy's Runtime API, measured by a client that keeps calling through HAProxy
// while the scripts run.
const sandboxes: DemoSandbox[] = []
let nextPortBase = 26000
// The argument checks fail before anything listens: their sandboxes can share one block of ports.
const NOTHING_LISTENS = 26900
function sandbox(portBase?: number): DemoSandbox {
  const box = new DemoSandbox(portBase ?? nextPortBase)
  if (portBase === undefined) nextPortBase += 100
  sandboxes.push(box)
  return box
}
afterEach(() => {
  for (const box of sandboxes.splice(0)) box.stop()
})

/** The production backend's ports in a sandbox (scheme: examples/demo/scripts/lib.sh). */
function backendPorts(box: DemoSandbox) {
  return {
    public: box.portBase + 11,
    stable: box.portBase + 41,
    canary: box.portBase + 42,
    blue: box.portBase + 43,
    green: box.portBase + 44
  }
}

/** What a client saw: answers by version, and the requests that failed (network error or 5xx). */
interface TrafficTally {
  requests: number
  failures: string[]
  versions: Record<string, number>
}

/** One GET: the version that answered (body `version`, else the router's x-demo-release header), or a failure. */
async function call(url: string): Promise<{ version?: string; failure?: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
    const text = await response.text()
    if (response.status >= 500) return { failure: `${response.status} ${text.slice(0, 120)}` }
    let version = response.headers.get('x-demo-release') ?? 'unknown'
    try {
      version = (JSON.parse(text) as { version?: string }).version ?? version
    } catch {
      // not JSON: the header says which release answered
    }
    return { version }
  } catch (error) {
    return { failure: String(error) }
  }
}

function record(tally: TrafficTally, answer: { version?: string; failure?: string }): void {
  tally.requests += 1
  if (answer.failure !== undefined) tally.failures.push(answer.failure)
  else if (answer.version !== undefined)
    tally.versions[answer.version] = (tally.versions[answer.version] ?? 0) + 1
}

/** `count` requests one after the other. */
async function sample(url: string, count: number): Promise<TrafficTally> {
  const tally: TrafficTally = { requests: 0, failures: [], versions: {} }
  for (let i = 0; i < count; i++) record(tally, await call(url))
  return tally
}

/**
 * Calls `url` from `workers` loops, each pausing `intervalMs` between requests, while `during` runs; stops by
 * itself after `maxRequests` or `maxMs` in any case.
 */
async function underTraffic<T>(
  url: string,
  during: () => Promise<T>,
  { workers = 3, intervalMs = 20, maxRequests = 2000, maxMs = 20_000 } = {}
): Promise<{ result: T; tally: TrafficTally }> {
  const tally: TrafficTally = { requests: 0, failures: [], versions: {} }
  const deadline = Date.now() + maxMs
  let stopped = false
  const loop = async () => {
    while (!stopped && tally.requests < maxRequests && Date.now() < deadline) {
      record(tally, await call(url))
      await new Promise(done => setTimeout(done, intervalMs))
    }
  }
  const loops = Array.from({ length: workers }, loop)
  // Answers from before and after the change, so the tally covers the switch itself, not one side of it.
  await new Promise(done => setTimeout(done, 100))
  try {
    const result = await during()
    await new Promise(done => setTimeout(done, 100))
    return { result, tally }
  } finally {
    stopped = true
    await Promise.all(loops)
  }
}

/** Runs a demo script (`deploy`, `rollback`, `switch`, `retire`) for the backend. */
function script(
  box: DemoSandbox,
  name: string,
  args: string[],
  env: Record<string, string> = {}
): Promise<Run> {
  return box.run(['bash', `scripts/${name}_backend.sh`, ...args], env)
}

async function succeeds(run: Promise<Run>): Promise<Run> {
  const result = await run
  if (result.code !== 0) throw new Error(`script failed (exit ${result.code}):\n${result.output}`)
  return result
}

/** The production backend's tracks that get traffic now, as HAProxy's stats say, with the release each answers. */
interface RouterView {
  routes: { track: string; release: string | null; weight: number }[]
}

/** HAProxy's stats (CSV on the sandbox's stats port, +9): the servers neither in maintenance nor at weight 0. */
async function routerView(box: DemoSandbox): Promise<RouterView> {
  const csv = await (await fetch(`http://127.0.0.1:${box.portBase + 9}/stats;csv`)).text()
  const header = (csv.split('\n')[0] ?? '').replace(/^# /, '').split(',')
  const column = (name: string) => header.indexOf(name)
  const ports = backendPorts(box) as Record<string, number>
  const routes: RouterView['routes'] = []
  for (const fields of csv.split('\n').map(line => line.split(','))) {
    const [proxy, server] = fields
    const weight = Number(fields[column('weight')])
    if (proxy !== 'backend-production' || server === undefined || !(server in ports)) continue
    if (fields[column('status')] === 'MAINT' || weight === 0) continue
    routes.push({ track: server, release: await instanceVersion(ports[server] as number), weight })
  }
  return { routes }
}

/** The release an instance port answers with, or null when nothing listens there. */
async function instanceVersion(port: number): Promise<string | null> {
  const answer = await call(`http://127.0.0.1:${port}/version`)
  return answer.version ?? null
}

/** The production backend's answers by server (track) and status class, from HAProxy's Prometheus exporter. */
async function routerRequests(box: DemoSandbox) {
  const text = await (await fetch(`http://127.0.0.1:${box.portBase + 9}/metrics`)).text()
  return [...text.matchAll(/^haproxy_server_http_responses_total\{([^}]*)\} (\d+)$/gm)]
    .map(match => {
      const labels = Object.fromEntries(
        [...(match[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(l => [l[1], l[2]])
      )
      return { proxy: labels.proxy, track: labels.server, code: labels.code, value: Number(match[2]) }
    })
    .filter(sample => sample.proxy === 'backend-production')
    .map(({ track, code, value }) => ({ track, code, value }))
}

const PRODUCTION = ['--env', 'production']

describe('progressive delivery in the demo (real processes)', () => {
  it('sends about 10% of requests to a canary, promotes it at --weight 100 and rolls back, never failing a request', async () => {
    const box = sandbox()
    const ports = backendPorts(box)
    const url = `http://127.0.0.1:${ports.public}/version`
    await succeeds(script(box, 'deploy', [...PRODUCTION, '--release', 'v1.0.0']))

    const canary = await underTraffic(url, () =>
      succeeds(script(box, 'deploy', [...PRODUCTION, '--release', 'v1.1.0', '--weight', '10']))
    )
    expect(canary.result.stdout).toContain('[deploy] backend v1.1.0 is serving 10% of traffic')
    expect(canary.tally.failures).toEqual([])
    const split = await sample(url, 200)
    expect(split.failures).toEqual([])
    expect(Object.keys(split.versions).sort()).toEqual(['v1.0.0', 'v1.1.0'])
    const canaryShare = (split.versions['v1.1.0'] ?? 0) / split.requests
    expect(canaryShare).toBeGreaterThanOrEqual(0.05)
    expect(canaryShare).toBeLessThanOrEqual(0.2)
    // The baseline and the canary can be measured apart on their own ports.
    expect(await instanceVersion(ports.stable)).toBe('v1.0.0')
    expect(await instanceVersion(ports.canary)).toBe('v1.1.0')
    expect((await routerView(box)).routes).toEqual([
      expect.objectContaining({ track: 'stable', release: 'v1.0.0', weight: 90 }),
      expect.objectContaining({ track: 'canary', release: 'v1.1.0', weight: 10 })
    ])

    const promotion = await underTraffic(url, () =>
      succeeds(script(box, 'deploy', [...PRODUCTION, '--release', 'v1.1.0', '--weight', '100']))
    )
    expect(promotion.result.stdout).toContain('[deploy] backend v1.1.0 is serving')
    expect(promotion.tally.failures).toEqual([])
    expect(promotion.tally.requests).toBeGreaterThan(20)
    expect((await sample(url, 20)).versions).toEqual({ 'v1.1.0': 20 })
    expect(await instanceVersion(ports.stable)).toBe('v1.1.0')
    expect(await instanceVersion(ports.canary)).toBeNull()

    // v1.0.0 no longer runs anywhere: the rollback starts it before it takes the traffic.
    const rollback = await underTraffic(url, () =>
      succeeds(script(box, 'rollback', [...PRODUCTION, '--release', 'v1.0.0']))
    )
    expect(rollback.result.stdout).toContain('[rollback] backend v1.0.0 is serving')
    expect(rollback.tally.failures).toEqual([])
    expect((await sample(url, 20)).versions).toEqual({ 'v1.0.0': 20 })
    expect(box.touched()).toEqual(['backend-production'])
    expect(box.deployed('production', 'v1.1.0')).toBe(true)
    // The Runtime API changes the traffic: only this user may use its socket.
    expect(statSync(join(box.state, 'haproxy', 'admin.sock')).mode & 0o777).toBe(0o600)
  })

  it('counts a faulty canary’s 5xx on the canary track only, and rolls the canary back without a failed request', async () => {
    const box = sandbox()
    const ports = backendPorts(box)
    const greeting = `http://127.0.0.1:${ports.public}/api/greeting`
    await succeeds(script(box, 'deploy', [...PRODUCTION, '--release', 'v1.1.0']))
    await succeeds(script(box, 'deploy', [...PRODUCTION, '--release', 'v1.2.0-faulty', '--weight', '20']))

    const traffic = await sample(greeting, 100)
    expect(traffic.failures).toHaveLength(20)
    const requests = await routerRequests(box)
    const failed = requests.filter(r => r.code === '5xx' && r.value > 0)
    expect(failed).toEqual([{ track: 'canary', code: '5xx', value: 20 }])
    // The stable track's 5xx series exists at 0, so its error rate is 0 rather than no data.
    expect(requests.filter(r => r.track === 'stable' && r.value > 0)).toEqual([
      { track: 'stable', code: '2xx', value: 80 }
    ])
    expect(requests).toContainEqual({ track: 'stable', code: '5xx', value: 0 })

    // /version answers 200 on both tracks: any failure during the rollback would be the switch's.
    const rollback = await underTraffic(`http://127.0.0.1:${ports.public}/version`, () =>
      succeeds(script(box, 'rollback', [...PRODUCTION, '--release', 'v1.1.0']))
    )
    expect(rollback.tally.failures).toEqual([])
    expect(Object.keys(rollback.tally.versions).sort()).toEqual(['v1.1.0', 'v1.2.0-faulty'])
    const after = await sample(greeting, 50)
    expect(after.failures).toEqual([])
    expect(after.versions).toEqual({ 'v1.1.0': 50 })
    expect(await instanceVersion(ports.canary)).toBeNull()
    expect((await routerView(box)).routes).toEqual([
      expect.objectContaining({ track: 'stable', release: 'v1.1.0', weight: 100 })
    ])
  })

  it('previews green without live traffic, switches to it and rolls back to blue, never failing a request', async () => {
    const box = sandbox()
    const ports = backendPorts(box)
    const url = `http://127.0.0.1:${ports.public}/version`
    await succeeds(script(box, 'deploy', [...PRODUCTION, '--release', 'v1.0.0', '--color', 'blue']))
    await succeeds(script(box, 'switch', [...PRODUCTION, '--color', 'blue']))

    const preview = await underTraffic(url, () =>
      succeeds(script(box, 'deploy', [...PRODUCTION, '--release', 'v1.1.0', '--color', 'green']))
    )
    expect(preview.tally.failures).toEqual([])
    expect(Object.keys(preview.tally.versions)).toEqual(['v1.0.0'])
    expect(await instanceVersion(ports.green)).toBe('v1.1.0')

    const switched = await underTraffic(url, () =>
      succeeds(script(box, 'switch', [...PRODUCTION, '--color', 'green']))
    )
    expect(switched.result.stdout).toContain('[switch] backend v1.1.0 (green) is serving 100% of traffic')
    expect(switched.tally.failures).toEqual([])
    expect((await sample(url, 20)).versions).toEqual({ 'v1.1.0': 20 })
    // Blue stays up, unrouted, for an instant rollback.
    expect(await instanceVersion(ports.blue)).toBe('v1.0.0')

    const refused = await script(box, 'retire', [...PRODUCTION, '--color', 'green'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('green is the live colour (serving v1.1.0)')
    expect(await instanceVersion(ports.green)).toBe('v1.1.0')

    const rollback = await underTraffic(url, () =>
      succeeds(script(box, 'rollback', [...PRODUCTION, '--release', 'v1.0.0']))
    )
    expect(rollback.tally.failures).toEqual([])
    expect((await sample(url, 20)).versions).toEqual({ 'v1.0.0': 20 })
    expect((await routerView(box)).routes).toEqual([
      expect.objectContaining({ track: 'blue', release: 'v1.0.0', weight: 100 })
    ])
    expect(await instanceVersion(ports.green)).toBeNull()
    expect((await script(box, 'retire', [...PRODUCTION, '--color', 'blue'])).code).toBe(1)
  })

  it('keeps the fault hooks for canary and colour deploys, and leaves the traffic where it was', async () => {
    const box = sandbox()
    const ports = backendPorts(box)
    await succeeds(script(box, 'deploy', [...PRODUCTION, '--release', 'v1.0.0']))
    const fail = { DEMO_FAIL_DEPLOY: 'backend:production' }
    for (const args of [
      ['--release', 'v1.1.0', '--weight', '10'],
      ['--release', 'v1.1.0', '--color', 'green']
    ]) {
      const run = await script(box, 'deploy', [...PRODUCTION, ...args], fail)
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('[deploy] injected failure for backend:production')
    }
    const switchRun = await script(box, 'switch', [...PRODUCTION, '--color', 'green'], fail)
    expect(switchRun.code).toBe(1)
    const rollback = await script(box, 'rollback', [...PRODUCTION, '--release', 'v1.0.0'], {
      DEMO_FAIL_ROLLBACK: 'backend:production'
    })
    expect(rollback.stderr).toContain('[rollback] injected failure for backend:production')
    expect((await sample(`http://127.0.0.1:${ports.public}/version`, 10)).versions).toEqual({ 'v1.0.0': 10 })
    expect(await instanceVersion(ports.canary)).toBeNull()
    expect(await instanceVersion(ports.green)).toBeNull()

    // stop_demo.sh stops HAProxy and every instance, and no process of the sandbox is left.
    await succeeds(script(box, 'deploy', [...PRODUCTION, '--release', 'v1.1.0', '--weight', '50']))
    await succeeds(script(box, 'deploy', [...PRODUCTION, '--release', 'v1.2.0', '--color', 'blue']))
    box.stop()
    for (const port of Object.values(ports)) expect(await instanceVersion(port)).toBeNull()
    expect(await instanceVersion(box.portBase + 9)).toBeNull()
    expect(box.processesInside()).toEqual([])
  })

  it.each([
    [
      'deploy',
      ['--release', 'v1.1.0', '--weight', '0'],
      "--weight must be a whole percentage from 1 to 100, got '0'"
    ],
    ['deploy', ['--release', 'v1.1.0', '--weight', '150'], "got '150'"],
    ['deploy', ['--release', 'v1.1.0', '--weight', '1e1'], "got '1e1'"],
    ['deploy', ['--release', 'v1.1.0', '--color', 'red'], "--color must be blue or green, got 'red'"],
    ['deploy', ['--release', 'v1.1.0', '--weight', '10', '--color', 'blue'], 'do not go together'],
    [
      'deploy',
      ['--release', '$(id)', '--color', 'blue'],
      "--release must be a version like v1.2.3, got '$(id)'"
    ],
    ['rollback', ['--release', 'v1.0.0', '--weight', '10'], 'unknown argument: --weight'],
    ['switch', [], "--color must be blue or green, got ''"],
    ['retire', ['--color', 'blue', '--release', 'v1.0.0'], 'unknown argument: --release']
  ])('refuses %s %j with exit 2, starting nothing', async (name, args, message) => {
    const box = sandbox(NOTHING_LISTENS)
    const run = await script(box, name, [...PRODUCTION, ...args])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    expect(box.touched()).toEqual([])
  })

  it('refuses a canary when no release is live to split the traffic from', async () => {
    const box = sandbox()
    const run = await script(box, 'deploy', [...PRODUCTION, '--release', 'v1.1.0', '--weight', '10'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'has no live release to split traffic from; deploy one without --weight first'
    )
  })
})
