import { describe, expect, it } from '@jest/globals'
import type { ProbeLimits } from '../../src/core/config.js'
import type { HealthSample, SampleStatus } from '../../src/core/records/index.js'
import {
  assessAnalysis,
  finalVerdict,
  formatValue,
  judgeValue,
  sampleSchedule
} from '../../src/phases/analysis/verdict.js'

// The health verdict of a rollout analysis or health window, from its samples. Pure: samples in, verdict out.

const sample = (
  probe: string,
  status: SampleStatus,
  round: number,
  message = `${status} #${round}`
): HealthSample => ({
  probe,
  round,
  passed: status === 'passed',
  status,
  value: 1,
  startedAt: '2026-11-24T10:00:00.000Z',
  finishedAt: `2026-11-24T10:00:${String(round).padStart(2, '0')}.000Z`,
  message
})
const run = (probe: string, statuses: SampleStatus[]): HealthSample[] =>
  statuses.map((status, i) => sample(probe, status, i + 1))
const limits: ProbeLimits = { failureLimit: 2, consecutiveErrorLimit: 2, inconclusiveLimit: 2 }

describe('assessing an analysis', () => {
  it('tallies each status of each probe', () => {
    const verdict = assessAnalysis(
      [
        ...run('api', ['passed', 'failed', 'error', 'inconclusive', 'passed', 'error']),
        ...run('db', ['passed'])
      ],
      () => ({ failureLimit: 9, consecutiveErrorLimit: 9, inconclusiveLimit: 9 })
    )
    expect(verdict).toEqual({
      phase: 'running',
      breach: null,
      tallies: new Map([
        ['api', { samples: 6, passed: 2, failures: 1, errors: 2, consecutiveErrors: 1, inconclusive: 1 }],
        ['db', { samples: 1, passed: 1, failures: 0, errors: 0, consecutiveErrors: 0, inconclusive: 0 }]
      ])
    })
  })

  const cases = [
    {
      name: 'fails a probe at its failure limit, with the count, limit, time and last message',
      samples: run('api', ['failed', 'passed', 'failed']),
      expected: {
        phase: 'failed',
        breach: {
          probe: 'api',
          kind: 'failed',
          count: 2,
          limit: 2,
          at: '2026-11-24T10:00:03.000Z',
          reason: 'probe api failed 2 time(s) (limit 2); last: failed #3'
        }
      }
    },
    {
      name: 'keeps the first failure breach when later samples fail too',
      samples: run('api', ['failed', 'failed', 'failed', 'error', 'error']),
      expected: {
        phase: 'failed',
        breach: {
          probe: 'api',
          kind: 'failed',
          count: 2,
          limit: 2,
          at: '2026-11-24T10:00:02.000Z',
          reason: 'probe api failed 2 time(s) (limit 2); last: failed #2'
        }
      }
    },
    {
      name: 'fails a probe that could not be measured the error limit times in a row',
      samples: run('api', ['error', 'error', 'error']),
      expected: {
        phase: 'failed',
        breach: {
          probe: 'api',
          kind: 'error',
          count: 2,
          limit: 2,
          at: '2026-11-24T10:00:02.000Z',
          reason: 'probe api could not be measured 2 time(s) (limit 2); last: error #2'
        }
      }
    },
    {
      name: 'keeps an error breach when failures follow',
      samples: run('api', ['error', 'error', 'failed', 'failed']),
      expected: {
        phase: 'failed',
        breach: {
          probe: 'api',
          kind: 'error',
          count: 2,
          limit: 2,
          at: '2026-11-24T10:00:02.000Z',
          reason: 'probe api could not be measured 2 time(s) (limit 2); last: error #2'
        }
      }
    },
    {
      name: 'does not count errors that a sample interrupted',
      samples: run('api', ['error', 'failed', 'error', 'passed', 'error']),
      expected: { phase: 'running', breach: null }
    },
    {
      name: 'calls a probe inconclusive when it returned no data the inconclusive limit times',
      samples: run('api', ['inconclusive', 'passed', 'inconclusive', 'inconclusive']),
      expected: {
        phase: 'inconclusive',
        breach: {
          probe: 'api',
          kind: 'inconclusive',
          count: 2,
          limit: 2,
          at: '2026-11-24T10:00:03.000Z',
          reason: 'probe api returned no data 2 time(s) (limit 2); last: inconclusive #3'
        }
      }
    },
    {
      name: 'lets a failure outrank an earlier inconclusive breach',
      samples: run('api', ['inconclusive', 'inconclusive', 'failed', 'failed']),
      expected: {
        phase: 'failed',
        breach: {
          probe: 'api',
          kind: 'failed',
          count: 2,
          limit: 2,
          at: '2026-11-24T10:00:04.000Z',
          reason: 'probe api failed 2 time(s) (limit 2); last: failed #4'
        }
      }
    },
    {
      name: 'counts each probe against its own limits',
      samples: [sample('api', 'failed', 1), sample('db', 'failed', 2), sample('db', 'error', 3)],
      expected: { phase: 'running', breach: null }
    }
  ]
  it.each(cases)('$name', ({ samples, expected }) => {
    expect(assessAnalysis(samples, () => limits)).toMatchObject(expected)
  })

  it('asks each probe for its own limits', () => {
    const verdict = assessAnalysis([sample('strict', 'failed', 1), sample('lenient', 'failed', 2)], probe =>
      probe === 'strict' ? { ...limits, failureLimit: 1 } : limits
    )
    expect(verdict.breach).toMatchObject({ probe: 'strict', count: 1, limit: 1 })
  })
})

describe('the final verdict', () => {
  const assess = (samples: HealthSample[]) => assessAnalysis(samples, () => limits)

  it('passes when every probe produced a passing sample and nothing breached', () => {
    const samples = [
      ...run('api', ['passed', 'failed']),
      sample('db', 'inconclusive', 3),
      sample('db', 'passed', 4)
    ]
    expect(finalVerdict(assess(samples), ['api', 'db'], samples)).toEqual({ phase: 'passed', breach: null })
  })

  it('keeps a breach found during the analysis', () => {
    const samples = run('api', ['failed', 'failed'])
    const verdict = assess(samples)
    expect(finalVerdict(verdict, ['api'], samples)).toEqual({ phase: 'failed', breach: verdict.breach })
  })

  it('calls a probe without one passing sample inconclusive, at its last sample, with its counts', () => {
    const samples = [sample('api', 'inconclusive', 1), sample('api', 'error', 2), sample('db', 'passed', 3)]
    expect(finalVerdict(assess(samples), ['db', 'api'], samples)).toEqual({
      phase: 'inconclusive',
      breach: {
        probe: 'api',
        kind: 'inconclusive',
        count: 2,
        limit: 2,
        at: '2026-11-24T10:00:02.000Z',
        reason: 'probe api never produced a passing sample (1 without data, 1 errors of 2)'
      }
    })
  })

  it("dates an inconclusive probe at its own last sample, not another probe's", () => {
    const samples = [
      sample('api', 'error', 1),
      sample('api', 'inconclusive', 2),
      sample('api', 'error', 3),
      sample('db', 'passed', 4)
    ]
    const verdict = assessAnalysis(samples, () => ({
      ...limits,
      consecutiveErrorLimit: 9,
      inconclusiveLimit: 9
    }))
    expect(finalVerdict(verdict, ['api', 'db'], samples).breach).toMatchObject({
      probe: 'api',
      count: 3,
      limit: 3,
      at: '2026-11-24T10:00:03.000Z',
      reason: 'probe api never produced a passing sample (1 without data, 2 errors of 3)'
    })
  })

  it('dates a probe that never ran at the last sample of any probe', () => {
    const samples = [sample('api', 'passed', 1), sample('db', 'passed', 2), sample('api', 'passed', 3)]
    expect(finalVerdict(assess(samples), ['api', 'queue'], samples).breach).toEqual({
      probe: 'queue',
      kind: 'inconclusive',
      count: 0,
      limit: 0,
      at: '2026-11-24T10:00:03.000Z',
      reason: 'probe queue never produced a passing sample (0 without data, 0 errors of 0)'
    })
  })

  it('dates it nowhere when there were no samples at all', () => {
    expect(finalVerdict(assess([]), ['api'], [])).toMatchObject({ phase: 'inconclusive', breach: { at: '' } })
  })
})

describe('sampling and judging values', () => {
  it('samples at the start, every interval, and the end of the window', () => {
    expect(sampleSchedule(3000, 1000)).toEqual([0, 1000, 2000, 3000])
    expect(sampleSchedule(999, 1000)).toEqual([0])
  })

  const judged = [
    { name: 'a value within both bounds', value: 5, bounds: { min: 1, max: 10 }, expected: null },
    { name: 'a value equal to max', value: 10, bounds: { max: 10 }, expected: null },
    { name: 'a value equal to min', value: 1, bounds: { min: 1 }, expected: null },
    { name: 'a value above max', value: 10.5, bounds: { min: 1, max: 10 }, expected: '10.5 > max 10' },
    { name: 'a value below min', value: 0.5, bounds: { min: 1, max: 10 }, expected: '0.5 < min 1' },
    { name: 'any value without bounds', value: -1e9, bounds: {}, expected: null },
    { name: 'a value without a max', value: 1e9, bounds: { min: 1 }, expected: null },
    { name: 'a value without a min', value: -1e9, bounds: { max: 1 }, expected: null },
    { name: 'an infinite latency', value: Infinity, bounds: { max: 250 }, expected: 'Infinity > max 250' }
  ]
  it.each(judged)('judges $name', ({ value, bounds, expected }) => {
    expect(judgeValue(value, bounds)).toBe(expected)
  })

  const formatted = [
    { input: 212, expected: '212' },
    { input: 0.0123456, expected: '0.01235' },
    { input: 1234.5678, expected: '1235' },
    { input: Infinity, expected: 'Infinity' },
    { input: -Infinity, expected: '-Infinity' },
    { input: NaN, expected: 'NaN' }
  ]
  it.each(formatted)('shows $input as $expected', ({ input, expected }) => {
    expect(formatValue(input)).toBe(expected)
  })
})
