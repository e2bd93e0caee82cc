import { describe, expect, it } from '@jest/globals'
import type { HealthSpec } from '../../src/core/config.js'
import { watchHealthWindow } from '../../src/phases/health-window/watch.js'
import { assessAnalysis, finalVerdict, sampleSchedule } from '../../src/phases/analysis/verdict.js'
import type { ProbeLimits } from '../../src/core/config.js'
import type { HealthSample, SampleStatus } from '../../src/core/records/index.js'
import { FakeClock } from '../fakes.js'

const sample = (probe: string, passed: boolean | SampleStatus, round = 1): HealthSample => ({
  probe,
  round,
  passed: passed === true || passed === 'passed',
  status: typeof passed === 'string' ? passed : passed ? 'passed' : 'failed',
  value: 1,
  startedAt: '2026-11-24T10:00:00.000Z',
  finishedAt: `2026-11-24T10:00:0${round}.000Z`,
  message: passed ? 'ok' : 'down'
})

const limits = (failureLimit: number, over: Partial<ProbeLimits> = {}): ProbeLimits => ({
  failureLimit,
  consecutiveErrorLimit: 3,
  inconclusiveLimit: 3,
  ...over
})

describe('health verdict', () => {
  it.each([
    ['no failures', [true, true, true], 2, null],
    ['failures below the limit', [false, true, true], 2, null],
    ['failures reaching the limit, even when not consecutive', [false, true, false], 2, 2],
    ['one failure with a limit of one', [true, false], 1, 1]
  ])('%s', (_, results, limit, breachFailures) => {
    const verdict = assessAnalysis(
      results.map((passed, i) => sample('api', passed, i + 1)),
      () => limits(limit)
    )
    expect(verdict.breach?.count ?? null).toBe(breachFailures)
  })

  it('counts each probe separately', () => {
    const verdict = assessAnalysis([sample('a', false), sample('b', false)], () => limits(2))
    expect(verdict.breach).toBeNull()
    expect(verdict.tallies.get('a')?.failures).toBe(1)
  })

  it.each([
    [
      'errors below the consecutive limit, broken by a pass',
      ['error', 'error', 'passed', 'error', 'error'],
      'running',
      null
    ],
    ['errors reaching the consecutive limit', ['passed', 'error', 'error', 'error'], 'failed', 'error'],
    [
      'no data reaching the inconclusive limit',
      ['inconclusive', 'passed', 'inconclusive', 'inconclusive'],
      'inconclusive',
      'inconclusive'
    ],
    [
      'a failure outranking no data',
      ['inconclusive', 'inconclusive', 'failed', 'failed', 'inconclusive'],
      'failed',
      'failed'
    ]
  ] as const)('judges %s', (_, statuses, phase, kind) => {
    const verdict = assessAnalysis(
      statuses.map((status, i) => sample('metric', status, i + 1)),
      () => limits(2, { consecutiveErrorLimit: 3, inconclusiveLimit: 3 })
    )
    expect(verdict.phase).toBe(phase)
    expect(verdict.breach?.kind ?? null).toBe(kind)
  })

  it('never passes a probe that produced no passing sample: no data is inconclusive', () => {
    const samples = [sample('errors', 'inconclusive', 1), sample('errors', 'inconclusive', 2)]
    const verdict = assessAnalysis(samples, () => limits(1, { inconclusiveLimit: 5 }))
    expect(verdict.phase).toBe('running')
    expect(finalVerdict(verdict, ['errors'], samples)).toMatchObject({
      phase: 'inconclusive',
      breach: { probe: 'errors', kind: 'inconclusive' }
    })
  })

  it('samples at the start, every interval, and at the end of the window', () => {
    expect(sampleSchedule(5000, 1000)).toEqual([0, 1000, 2000, 3000, 4000, 5000])
    expect(sampleSchedule(2500, 1000)).toEqual([0, 1000, 2000])
  })
})

describe('health window', () => {
  const health: HealthSpec = {
    windowMs: 60_000,
    intervalMs: 10_000,
    failureLimit: 2,
    onBreach: 'rollback',
    probes: [
      {
        id: 'api',
        kind: 'http',
        url: 'http://x/healthz',
        expectStatus: 200,
        expectJson: {},
        timeoutMs: 1000,
        ...limits(2)
      }
    ]
  }

  it('runs for the whole window on a fake clock without sleeping for real', async () => {
    const clock = new FakeClock()
    const start = clock.now().getTime()
    const rounds: number[] = []
    const result = await watchHealthWindow(
      health,
      async (probe, round) => sample(probe.id, true, round),
      clock,
      p => rounds.push(p.round)
    )
    expect(result.samples).toHaveLength(7)
    expect(result.breach).toBeNull()
    expect(result.phase).toBe('passed')
    expect(clock.now().getTime() - start).toBe(60_000)
    expect(rounds).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('stops at the breach instead of waiting out the window', async () => {
    const clock = new FakeClock()
    const start = clock.now().getTime()
    const result = await watchHealthWindow(
      health,
      async (probe, round) => sample(probe.id, round < 3, round),
      clock,
      () => {}
    )
    expect(result.breach).toMatchObject({ probe: 'api', kind: 'failed', count: 2 })
    expect(result.samples).toHaveLength(4)
    expect(clock.now().getTime() - start).toBe(30_000)
  })
})
