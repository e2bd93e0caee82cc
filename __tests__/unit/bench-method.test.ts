import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { coldStartArms } from '../../bench/cold-start.js'
import { medianSpread, pairRatios, resolvedAgainst, timed } from '../../bench/measure.js'
import { bareRelease, zeroWindowConfig } from '../../bench/overhead.js'
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
  const curls = script.split('\n').filter(line => line.startsWith('curl '))

  it('runs no release-gate, no Node: only bash, the deploy scripts, curl and sleep', () => {
    const code = script
      .split('\n')
      .filter(line => !line.startsWith('#'))
      .join('\n')
    expect(code).not.toMatch(/release-gate|cli\.js|\bnode\b|validate|collect-perf/)
    const commands = script
      .split('\n')
      .filter(
        line => line !== '' && !line.startsWith('#') && !line.startsWith('set ') && !line.startsWith('tag=')
      )
      .map(line => line.split(' ')[0])
    expect(new Set(commands)).toEqual(new Set(['bash', 'curl', 'sleep']))
  })

  it('deploys each service to staging, then to production, in the config order', () => {
    expect(script.split('\n').filter(line => line.startsWith('bash '))).toEqual([
      'bash scripts/deploy_backend.sh --env staging --release "$tag"',
      'bash scripts/deploy_frontend.sh --env staging --release "$tag"',
      'bash scripts/deploy_backend.sh --env production --release "$tag"',
      'bash scripts/deploy_frontend.sh --env production --release "$tag"'
    ])
  })

  it.each([
    ['staging check', 'http://127.0.0.1:18701/version', 1, '5.000'],
    ['staging check', 'http://127.0.0.1:18702/healthz', 1, '5.000'],
    ['production check, perf-samples times', 'http://127.0.0.1:18711/version', 10, '5.000'],
    ['production check, perf-samples times', 'http://127.0.0.1:18712/version', 10, '5.000'],
    // The health window's probes: one per round (window 100ms at interval 100ms: 2 rounds), with the probe's timeout.
    ['health probe, once a round', 'http://127.0.0.1:18712/healthz', 2, '1.000'],
    ['health probe, once a round', 'http://127.0.0.1:18711/api/greeting', 2, '1.000']
  ])('curls each %s: %s %i times with --max-time %s', (_what, url, times, maxTime) => {
    const lines = curls.filter(line => line.endsWith(`'${url}'`))
    expect(lines).toHaveLength(times)
    // A URL both checked and probed is curled with each one's own timeout.
    expect(lines.some(line => line.includes(`--max-time ${maxTime} `))).toBe(true)
  })

  it('waits one interval between the rounds of probes', () => {
    expect(script.split('\n').filter(line => line.startsWith('sleep '))).toEqual(['sleep 0.100'])
    expect(curls).toHaveLength(4 + 2 * 10 + 2 * 2)
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
