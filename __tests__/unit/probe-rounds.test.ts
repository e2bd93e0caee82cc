import { describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import type { ProbeLimits, ProbeSpec } from '../../src/core/config.js'
import type { HealthSample, SampleStatus } from '../../src/core/records/index.js'
import { measure } from '../../src/phases/analysis/measure.js'
import {
  assessAnalysis,
  finalVerdict,
  RunningAnalysis,
  type AnalysisBreach,
  type AnalysisVerdict,
  type ProbeTally
} from '../../src/phases/analysis/verdict.js'
import { FakeClock } from '../fakes.js'

// The rounds of a health window or rollout analysis: what one round costs, and when each probe of it starts.

const probe = (id: string, limits: ProbeLimits): ProbeSpec => ({
  id,
  kind: 'command',
  command: 'true',
  value: 'exit-code',
  timeoutMs: 1000,
  ...limits
})
const lenient: ProbeLimits = { failureLimit: 1e9, consecutiveErrorLimit: 1e9, inconclusiveLimit: 1e9 }

const sampleOf = (id: string, status: SampleStatus, round: number): HealthSample => ({
  probe: id,
  round,
  passed: status === 'passed',
  status,
  value: 1,
  startedAt: `2026-11-24T10:00:00.000Z`,
  finishedAt: new Date(Date.UTC(2026, 10, 24, 10) + round * 1000).toISOString(),
  message: `${status} #${round}`
})

/** Every property read of a sample counts as one visit: what a round costs, without timing anything. */
function countingSample(visits: { count: number }, sample: HealthSample): HealthSample {
  return new Proxy(sample, {
    get(target, key, receiver) {
      visits.count += 1
      return Reflect.get(target, key, receiver) as unknown
    }
  })
}

describe('the cost of a round', () => {
  it('visits the same number of samples in round 1000 as in round 2 (running tallies, no re-scan)', async () => {
    const visits = { count: 0 }
    const probes = ['api', 'db', 'queue'].map(id => probe(id, lenient))
    const statuses: SampleStatus[] = ['passed', 'failed', 'error', 'inconclusive']
    const visitsPerRound: number[] = []
    let before = 0
    await measure(
      probes,
      Array.from({ length: 1000 }, (_, i) => i * 1000),
      async (p, round) =>
        countingSample(visits, sampleOf(p.id, statuses[(round + p.id.length) % 4] as SampleStatus, round)),
      new FakeClock(),
      () => {
        visitsPerRound.push(visits.count - before)
        before = visits.count
      }
    )
    expect(visitsPerRound).toHaveLength(1000)
    expect(visitsPerRound[999]).toBe(visitsPerRound[1])
    expect(visitsPerRound[499]).toBe(visitsPerRound[1])
  })

  it("copies the probes' tallies once, for the final verdict, not after every round", async () => {
    const copies: number[] = []
    const verdict = RunningAnalysis.prototype.verdict
    const spy = jest.spyOn(RunningAnalysis.prototype, 'verdict').mockImplementation(function (
      this: RunningAnalysis
    ) {
      copies.push(1)
      return verdict.call(this)
    })
    try {
      const probes = ['api', 'db', 'queue'].map(id => probe(id, lenient))
      const result = await measure(
        probes,
        Array.from({ length: 50 }, (_, i) => i * 1000),
        async (p, round) => sampleOf(p.id, 'passed', round),
        new FakeClock(),
        () => undefined
      )
      expect(result.phase).toBe('passed')
      expect(copies).toHaveLength(1)
    } finally {
      spy.mockRestore()
    }
  })
})

/** One probe's counts over `samples`, straight from the definition (every count a filter over all samples). */
function recount(samples: readonly HealthSample[], id: string): ProbeTally {
  const own = samples.filter(s => s.probe === id)
  const count = (status: SampleStatus): number => own.filter(s => s.status === status).length
  return {
    samples: own.length,
    passed: count('passed'),
    failures: count('failed'),
    errors: count('error'),
    consecutiveErrors: own.length - 1 - own.findLastIndex(s => s.status !== 'error'),
    inconclusive: count('inconclusive')
  }
}

/**
 * The reference verdict: every prefix of the stream re-scanned from scratch (what each round used to cost, and
 * worse), and the first sample at which a limit is reached names the breach.
 */
function fullScanVerdict(
  samples: readonly HealthSample[],
  limitsOf: (probe: string) => ProbeLimits
): { phase: string; tallies: Map<string, ProbeTally>; breach: AnalysisBreach | null } {
  const firstReached = (kind: AnalysisBreach['kind']): { index: number; breach: AnalysisBreach } | null => {
    for (const [i, sample] of samples.entries()) {
      const tally = recount(samples.slice(0, i + 1), sample.probe)
      const limits = limitsOf(sample.probe)
      const [status, count, limit, what] =
        kind === 'failed'
          ? ['failed', tally.failures, limits.failureLimit, 'failed']
          : kind === 'error'
            ? ['error', tally.consecutiveErrors, limits.consecutiveErrorLimit, 'could not be measured']
            : ['inconclusive', tally.inconclusive, limits.inconclusiveLimit, 'returned no data']
      if (sample.status === status && count >= limit)
        return {
          index: i,
          breach: {
            probe: sample.probe,
            kind,
            count,
            limit,
            at: sample.finishedAt,
            reason: `probe ${sample.probe} ${what} ${count} time(s) (limit ${limit}); last: ${sample.message}`
          }
        }
    }
    return null
  }
  const failure = firstReached('failed')
  const error = firstReached('error')
  // Of a failure and an error breach, the one reached first; either outranks an inconclusive probe.
  const failed =
    (failure && error ? (failure.index < error.index ? failure : error) : (failure ?? error))?.breach ?? null
  const inconclusive = firstReached('inconclusive')?.breach ?? null
  const tallies = new Map([...new Set(samples.map(s => s.probe))].map(id => [id, recount(samples, id)]))
  return {
    phase: failed ? 'failed' : inconclusive ? 'inconclusive' : 'running',
    tallies,
    breach: failed ?? inconclusive
  }
}

describe('running tallies against the full scan', () => {
  const limitArb = fc.record({
    failureLimit: fc.integer({ min: 1, max: 6 }),
    consecutiveErrorLimit: fc.integer({ min: 1, max: 4 }),
    inconclusiveLimit: fc.integer({ min: 1, max: 6 })
  })
  const statusArb = fc.constantFrom<SampleStatus>('passed', 'failed', 'error', 'inconclusive')

  it('gives the verdict of the full scan after every round of any sample stream', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(limitArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(statusArb, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 30 }),
        async (probeLimits, rounds) => {
          const probes = probeLimits.map((limits, i) => probe(`p${i}`, limits))
          const limitsOf = (id: string): ProbeLimits => probes.find(p => p.id === id) as ProbeSpec
          const taken: HealthSample[] = []
          const result = await measure(
            probes,
            rounds.map((_, i) => i * 1000),
            async (p, round) =>
              sampleOf(p.id, rounds[round - 1]?.[Number(p.id.slice(1))] as SampleStatus, round),
            new FakeClock(),
            (_progress, round) => {
              taken.push(...round)
              // Each round's incremental verdict, read back through assessAnalysis, equals the old full scan.
              expect(assessAnalysis(taken, limitsOf)).toEqual(fullScanVerdict(taken, limitsOf))
            }
          )
          const reference = fullScanVerdict(result.samples, limitsOf) as AnalysisVerdict
          expect({ phase: result.phase, breach: result.breach }).toEqual(
            finalVerdict(
              reference,
              probes.map(p => p.id),
              result.samples
            )
          )
          // The run stops at the first round whose full-scan verdict is no longer running.
          const stopRound = rounds.findIndex((_, i) => {
            const upTo = result.samples.filter(s => s.round <= i + 1)
            return fullScanVerdict(upTo, limitsOf).phase !== 'running'
          })
          expect(result.samples.at(-1)?.round).toBe(stopRound === -1 ? rounds.length : stopRound + 1)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('gives the verdict of the full scan after every single sample, in any order of probes', () => {
    fc.assert(
      fc.property(
        fc.array(limitArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(3), statusArb), { maxLength: 60 }),
        (probeLimits, stream) => {
          const limitsOf = (id: string): ProbeLimits => probeLimits[Number(id.slice(1))] ?? lenient
          const samples = stream.map(([index, status], i) =>
            sampleOf(`p${index % probeLimits.length}`, status, i + 1)
          )
          const running = new RunningAnalysis(limitsOf)
          samples.forEach((sample, i) => {
            running.add(sample)
            expect(running.verdict()).toEqual(fullScanVerdict(samples.slice(0, i + 1), limitsOf))
          })
          expect(running.failedSamples).toBe(samples.filter(s => !s.passed).length)
        }
      ),
      { numRuns: 500 }
    )
  })
})

describe('when the probes of a round start', () => {
  const starts = async (probeCount: number, schedule: number[]): Promise<number[][]> => {
    const clock = new FakeClock()
    const origin = clock.now().getTime()
    const started: number[][] = []
    await measure(
      Array.from({ length: probeCount }, (_, i) => probe(`p${i}`, lenient)),
      schedule,
      async (p, round) => {
        ;(started[round - 1] ??= []).push(clock.now().getTime() - origin)
        return sampleOf(p.id, 'passed', round)
      },
      clock,
      () => {}
    )
    return started
  }

  it.each([
    {
      name: 'spreads 4 probes evenly across a 2 s interval, every probe sampled exactly every interval',
      probes: 4,
      schedule: [0, 2000, 4000],
      expected: [
        [0, 500, 1000, 1500],
        [2000, 2500, 3000, 3500],
        [4000, 4500, 5000, 5500]
      ]
    },
    {
      name: 'spreads 3 probes across each interval, rounding to whole milliseconds',
      probes: 3,
      schedule: [0, 2000],
      expected: [
        [0, 667, 1333],
        [2000, 2667, 3333]
      ]
    },
    {
      // Every start is a wake-up of an idle process: 100 starts a second cost more than the probes' own work.
      name: 'starts 100 probes of a 1 s interval in 2 groups of 50, 500 ms apart, not one every 10 ms',
      probes: 100,
      schedule: [0, 1000],
      expected: [0, 1000].map(round =>
        Array.from({ length: 100 }, (_, i) => round + Math.floor(i / 50) * 500)
      )
    },
    {
      name: 'starts 4 probes of a 1 s interval in 2 groups, half a second apart',
      probes: 4,
      schedule: [0, 1000],
      expected: [
        [0, 0, 500, 500],
        [1000, 1000, 1500, 1500]
      ]
    },
    {
      name: 'starts a single probe on the schedule itself',
      probes: 1,
      schedule: [0, 500],
      expected: [[0], [500]]
    },
    {
      name: 'starts the probes of a one-round analysis together',
      probes: 2,
      schedule: [0],
      expected: [[0, 0]]
    }
  ])('$name', async ({ probes, schedule, expected }) => {
    expect(await starts(probes, schedule)).toEqual(expected)
  })

  it('reads the clock once per start group of a round, not once per probe (2 groups of 50 at 100 probes a second)', async () => {
    const clock = new FakeClock()
    let reads = 0
    const counting = { now: () => ((reads += 1), clock.now()), sleep: (ms: number) => clock.sleep(ms) }
    const readsPerRound: number[] = []
    await measure(
      Array.from({ length: 100 }, (_, i) => probe(`p${i}`, lenient)),
      [0, 1000, 2000],
      async (p, round) => sampleOf(p.id, 'passed', round),
      counting,
      () => {
        readsPerRound.push(reads)
        reads = 0
      }
    )
    // Each group's start, plus the round's own start and end.
    expect(Math.max(...readsPerRound)).toBeLessThanOrEqual(2 + 3)
  })

  it('keeps each probe on its slot after a round that ended late: the late round catches up, the delay is not carried', async () => {
    // The last probe of round 1 (slot 500 ms) answers after 700 ms, so round 2 can start only at 1200 ms: its first
    // probe (slot 1000) starts at once, its second on its own slot at 1500, not 500 ms after the late start.
    const clock = new FakeClock()
    const origin = clock.now().getTime()
    const started: number[] = []
    await measure(
      [probe('p0', lenient), probe('p1', lenient)],
      [0, 1000],
      async (p, round) => {
        started.push(clock.now().getTime() - origin)
        if (p.id === 'p1' && round === 1) clock.advance(700)
        return sampleOf(p.id, 'passed', round)
      },
      clock,
      () => {}
    )
    expect(started).toEqual([0, 500, 1200, 1500])
  })
})
