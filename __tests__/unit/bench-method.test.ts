import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { coldStartArms } from '../../bench/cold-start.js'
import { medianSpread, pairRatios, resolvedAgainst, timed } from '../../bench/measure.js'
import { bareArmEnvironment, bareRelease, zeroWindowConfig } from '../../bench/overhead.js'
import { medianRun, probeLagMs } from '../../bench/probe-capacity.js'
import { breachConfig } from '../../bench/breach-return.js'
import { parseConfig } from '../../src/entry/config/parse.js'

// How the benchmark measures (issue 21, "The benchmark itself"). No times are asserted here: only that every arm is
// set up alike and that the statistics say what they claim.

const repo = fileURLToPath(new URL('../..', import.meta.url))

describe('every arm of the benchmark runs with one environment', () => {
  const saved = process.env.NODE_EXTRA_CA_CERTS
  afterEach(() => {
    if (saved === undefined) delete process.env.NODE_EXTRA_CA_CERTS
    else process.env.NODE_EXTRA_CA_CERTS = saved
  })

  it("cold start: the floor, the action, the CLI and the peers share one environment, this process's plus the step's inputs", () => {
    process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/certs/bench-ca.pem'
    const work = mkdtempSync(join(tmpdir(), 'rg-bench-arms-'))
    try {
      const peer = {
        action: 'actions/checkout v4.1.1',
        dependencies: {},
        bundle: '/peers/checkout/dist/index.js'
      }
      const { env, commands } = coldStartArms(repo, work, { checkout: peer })
      expect(Object.keys(commands)).toEqual(['floor', 'action', 'cli', 'checkout'])
      expect(env.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/certs/bench-ca.pem')
      expect(env.PATH).toBe(process.env.PATH)
      expect(env).toMatchObject({ INPUT_PHASE: 'readiness', GITHUB_WORKSPACE: work })
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })

  it("a timed process without an environment of its own gets this process's, NODE_EXTRA_CA_CERTS included", async () => {
    process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/certs/bench-ca.pem'
    const run = await timed([process.execPath, '-p', 'process.env.NODE_EXTRA_CA_CERTS'], { cwd: repo })
    expect(run.output).toContain('/etc/ssl/certs/bench-ca.pem')
  })
})

describe("the overhead's bare arm: the user's deploy scripts and curl checks, no release-gate process", () => {
  // The demo with the shortest health window, as the overhead figure runs it.
  const configPath = join(repo, 'examples', 'demo', 'release-gate.yml')
  const config = parseConfig(zeroWindowConfig(readFileSync(configPath, 'utf8')), configPath)
  const script = bareRelease(config)
  // One command a line, continuation lines joined.
  const commands = script.replace(/ \\\n\s*/g, ' ').split('\n')
  const curls = commands.filter(line => line.startsWith('curl '))
  /** The requests of one curl command: each URL with its --max-time, in order. */
  const requestsOf = (curl: string): [string, string][] =>
    [...curl.matchAll(/--max-time (\S+) -o \/dev\/null '([^']+)'/g)].map(m => [
      m[2] as string,
      m[1] as string
    ])

  it('runs no release-gate, no Node: only bash, the deploy scripts and curl', () => {
    const code = commands.filter(line => !line.startsWith('#')).join('\n')
    expect(code).not.toMatch(/release-gate|cli\.js|\bnode\b|validate|collect-perf/)
    const programs = commands
      .filter(
        line => line !== '' && !line.startsWith('#') && !line.startsWith('set ') && !line.startsWith('tag=')
      )
      .map(line => line.split(' ')[0])
    expect(new Set(programs)).toEqual(new Set(['bash', 'curl']))
  })

  it("runs the deploy scripts with the environment release-gate gives its commands, not the whole of this process's", () => {
    // NODE_EXTRA_CA_CERTS is not on release-gate's allowlist: the services the deploy scripts start under release-gate
    // start without it (about 40 ms less a Node start); the bare arm's must too, or it starts slower services.
    const environment = bareArmEnvironment(config, {
      PATH: '/usr/bin',
      HOME: '/home/ci',
      NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/bench-ca.pem',
      DEMO_PORT_BASE: '31000',
      INPUT_SECRETS: 'every secret'
    })
    expect(environment).toEqual({ PATH: '/usr/bin', HOME: '/home/ci', DEMO_PORT_BASE: '31000' })
  })

  it('deploys each service to staging, then to production, in the config order', () => {
    expect(commands.filter(line => line.startsWith('bash '))).toEqual([
      'bash scripts/deploy_backend.sh --env staging --release "$tag"',
      'bash scripts/deploy_frontend.sh --env staging --release "$tag"',
      'bash scripts/deploy_backend.sh --env production --release "$tag"',
      'bash scripts/deploy_frontend.sh --env production --release "$tag"'
    ])
  })

  it("makes each step's requests in one curl process, one after another on kept connections, as release-gate makes them in its one process", () => {
    // A curl process per request costs a process start each (28 of them: more than release-gate's own time on a loaded
    // machine), which release-gate, making its requests in process, never pays: the arms would not do the same work.
    expect(curls).toHaveLength(3)
    expect(curls.every(curl => curl.includes('--fail-early'))).toBe(true)
    expect(commands.indexOf(curls[0] as string)).toBeLessThan(
      commands.indexOf('bash scripts/deploy_backend.sh --env production --release "$tag"')
    )
  })

  it.each([
    ['staging checks', 0, 'http://127.0.0.1:18701/version', 1, '5.000'],
    ['staging checks', 0, 'http://127.0.0.1:18702/healthz', 1, '5.000'],
    ['production checks, perf-samples times', 1, 'http://127.0.0.1:18711/version', 10, '5.000'],
    ['production checks, perf-samples times', 1, 'http://127.0.0.1:18712/version', 10, '5.000'],
    // The health window's probes: once a round (window 100ms at interval 100ms: 2 rounds), with the probe's timeout.
    ['health probes, once a round', 2, 'http://127.0.0.1:18712/healthz', 2, '1.000'],
    ['health probes, once a round', 2, 'http://127.0.0.1:18711/api/greeting', 2, '1.000']
  ])('the %s (curl %i) request %s %i times with --max-time %s', (_what, index, url, times, maxTime) => {
    const requests = requestsOf(curls[index] as string).filter(([requested]) => requested === url)
    expect(requests).toEqual(Array.from({ length: times }, () => [url, maxTime]))
  })

  it("starts the health window's probes on release-gate's own schedule: probe i of N at i/N of the interval, round after round", () => {
    // 2 probes every 100 ms: a request every 50 ms (curl --rate spaces the starts), rounds in order.
    const window = curls[2] as string
    expect(window).toContain('--rate 20/s ')
    expect(requestsOf(window).map(([url]) => url)).toEqual([
      'http://127.0.0.1:18712/healthz',
      'http://127.0.0.1:18711/api/greeting',
      'http://127.0.0.1:18712/healthz',
      'http://127.0.0.1:18711/api/greeting'
    ])
    expect(requestsOf(curls[0] as string)).toHaveLength(4)
    expect(requestsOf(curls[1] as string)).toHaveLength(2 * 10)
  })
})

describe('paired figures: the median of per-pair ratios with its spread', () => {
  it('pairs each run with the run next to it, not medians with medians', () => {
    // Drift: both arms slow down together; the pairs keep the ratio at 1.2 where medians of each would not.
    const gate = [1200, 2400, 3600, 4800, 6000]
    const bare = [1000, 2000, 3000, 4000, 5000]
    const spread = medianSpread(pairRatios(gate, bare))
    expect(spread.median).toBeCloseTo(1.2, 10)
    expect(spread.ci95).toEqual([expect.closeTo(1.2, 10), expect.closeTo(1.2, 10)])
  })

  it.each([
    ['clearly above', [1.35, 1.38, 1.4, 1.37, 1.36, 1.41, 1.39, 1.38, 1.37, 1.4], true],
    ['clearly below', [1.03, 1.04, 1.05, 1.02, 1.04, 1.06, 1.03, 1.05, 1.04, 1.03], true],
    ['straddling the target', [1.0, 1.2, 1.05, 1.15, 1.1, 0.95, 1.25, 1.08, 1.12, 1.02], false]
  ])('ratios %s 1.10 are resolved against it: %s', (_how, ratios, resolved) => {
    const spread = medianSpread(ratios)
    expect(spread.n).toBe(ratios.length)
    expect(spread.q1).toBeLessThanOrEqual(spread.median)
    expect(spread.q3).toBeGreaterThanOrEqual(spread.median)
    expect(resolvedAgainst(spread, 1.1)).toBe(resolved)
  })
})

describe("the probe figure's lag: how late each probe starts against its own slot", () => {
  // Probe i of N starts i/N of the interval into its round (the health window staggers them on purpose).
  const schedule = [0, 1000, 2000]
  const windowStart = 5000

  it.each([
    ['the first probe of round 1, on time', 5000, 1, 0, 100, 0],
    // 10 probes a second start in 2 groups of 5, 500 ms apart (the window's MIN_START_GAP_MS).
    ["probe 5 of 10 in round 1, on its group's slot at 500 ms", 5500, 1, 5, 10, 0],
    ["probe 9 of 10 in round 3, on its group's slot at 2500 ms", 7500, 3, 9, 10, 0],
    ['probe 5 of 10 in round 2, 3 ms late', 6503, 2, 5, 10, 3],
    ['probe 1 of 10 in round 2, 1.5 ms early', 5998.5, 2, 1, 10, -1.5],
    // 100 probes a second start in 2 groups of 50: probe 99 with probes 50-98 at 500 ms into its round.
    ["probe 99 of 100 in round 3, on its group's slot at 2500 ms", 7500, 3, 99, 100, 0]
  ])('%s', (_what, startedMs, round, probeIndex, probes, lag) => {
    expect(probeLagMs(startedMs, windowStart, schedule, round, probeIndex, probes)).toBeCloseTo(lag, 6)
  })

  it('the last round, with no next round to spread to, keeps the spread of the one before', () => {
    expect(probeLagMs(5000 + 2000 + 500, windowStart, schedule, 3, 2, 4)).toBeCloseTo(0, 6)
  })
})

describe("the probe figure's level line: the window of median CPU among an arm's windows, one that ran", () => {
  const window = (cpuShare: number): Record<string, number> => ({ cpuShare, steadyP99LagMs: cpuShare * 100 })

  it.each([
    ['one window: that window', [0.021], 0.021],
    ['three windows: the middle one, whatever their order', [0.024, 0.018, 0.02], 0.02],
    ['an even count: the lower middle one, not an average no window had', [0.03, 0.018, 0.02, 0.025], 0.02]
  ])('%s', (_what, shares, expected) => {
    expect(medianRun(shares.map(window)).cpuShare).toBe(expected)
  })
})

describe("the breach figure's release: blue/green through HAProxy, the old colour kept, one failed sample breaches", () => {
  const config = parseConfig(
    breachConfig({ socketPath: '/tmp/haproxy/admin.sock', url: 'http://127.0.0.1:40001/' }),
    join(repo, 'release-gate.yml')
  )
  const web = config.services[0]

  it('keeps the old colour beyond the health window, so a breach switches back in one Runtime API call', () => {
    expect(web?.strategy.type).toBe('blue-green')
    expect(web?.strategy.blueGreen?.keepOldMs).toBeGreaterThan(config.health.windowMs)
    expect(web?.traffic?.production).toMatchObject({ router: 'haproxy', backend: 'web' })
  })

  it('breaches on the first failed sample, so the figure starts at the breach itself', () => {
    expect(config.health.probes.map(p => [p.kind, p.failureLimit])).toEqual([['http', 1]])
  })
})
