import { describe, expect, it } from '@jest/globals'
import type { HealthSpec } from '../../src/config/types.js'
import { watchHealthWindow } from '../../src/health/sampler.js'
import { assessHealth, sampleSchedule } from '../../src/health/verdict.js'
import type { HealthSample } from '../../src/protocol/records.js'
import { FakeClock } from '../fakes.js'

const sample = (probe: string, passed: boolean, round = 1): HealthSample => ({
  probe,
  round,
  passed,
  value: 1,
  startedAt: '2026-11-24T10:00:00.000Z',
  finishedAt: `2026-11-24T10:00:0${round}.000Z`,
  message: passed ? 'ok' : 'down'
})

describe('health verdict', () => {
  it.each([
    ['no failures', [true, true, true], 2, null],
    ['failures below the limit', [false, true, true], 2, null],
    ['failures reaching the limit, even when not consecutive', [false, true, false], 2, 2],
    ['one failure with a limit of one', [true, false], 1, 1]
  ])('%s', (_, results, limit, breachFailures) => {
    const verdict = assessHealth(
      results.map((passed, i) => sample('api', passed, i + 1)),
      limit
    )
    expect(verdict.breach?.failures ?? null).toBe(breachFailures)
  })

  it('counts each probe separately', () => {
    const verdict = assessHealth([sample('a', false), sample('b', false)], 2)
    expect(verdict.breach).toBeNull()
    expect(verdict.failuresByProbe.get('a')).toBe(1)
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
    probes: [{ id: 'api', kind: 'http', url: 'http://x/healthz', expectStatus: 200, timeoutMs: 1000 }]
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
    expect(result.verdict.breach).toBeNull()
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
    expect(result.verdict.breach).toMatchObject({ probe: 'api', failures: 2 })
    expect(result.samples).toHaveLength(4)
    expect(clock.now().getTime() - start).toBe(30_000)
  })
})
