import { describe, expect, it } from '@jest/globals'
import { scoreCanary, type CanaryMetric } from '../../src/phases/analysis/canary-score.js'

// Twelve baseline samples 100, 102, …, 122.
const baseline = Array.from({ length: 12 }, (_, i) => 100 + 2 * i)
// Interleaved with the baseline (101, 103, …, 123): U = 78 of 144, far from significant.
const steady = baseline.map(value => value + 1)
// Entirely above / below the baseline: U = 144 / 0, exact two-sided p = 2/C(24,12) ≈ 7.4e-7.
const shiftedUp = baseline.map(value => value + 50)
const shiftedDown = baseline.map(value => value - 50)

/** A metric named `id`; an increase is bad unless the overrides say otherwise. */
function metric(id: string, canary: number[], overrides: Partial<CanaryMetric> = {}): CanaryMetric {
  return { id, baseline, canary, direction: 'increase', ...overrides }
}

describe('scoreCanary', () => {
  it('scores 100 and passes when no metric differs significantly', () => {
    const result = scoreCanary([metric('latency', steady), metric('errors', steady), metric('cpu', steady)])
    expect(result.score).toBe(100)
    expect(result.verdict).toBe('pass')
    expect(result.metrics.map(m => m.classification)).toEqual(['pass', 'pass', 'pass'])
  })

  it('scores 75 and is marginal when one of four equal-weight metrics fails', () => {
    const result = scoreCanary([
      metric('latency', shiftedUp),
      metric('errors', steady),
      metric('cpu', steady),
      metric('memory', steady)
    ])
    expect(result.score).toBe(75)
    expect(result.verdict).toBe('marginal')
    expect(result.metrics[0]).toMatchObject({ classification: 'high', pass: false })
  })

  it('fails when a critical metric fails, even with a score above the pass threshold', () => {
    const result = scoreCanary([
      metric('latency', steady, { weight: 99 }),
      metric('error rate', shiftedUp, { weight: 1, critical: true })
    ])
    expect(result.score).toBe(99)
    expect(result.verdict).toBe('fail')
  })

  it('weights the score: a failing metric of weight 3 against a passing one of weight 1 scores 25', () => {
    const result = scoreCanary([metric('latency', shiftedUp, { weight: 3 }), metric('cpu', steady)])
    expect(result.score).toBe(25)
    expect(result.verdict).toBe('fail')
  })

  it.each([
    {
      name: 'a lower latency when an increase is bad',
      direction: 'increase',
      canary: shiftedDown,
      low: true
    },
    {
      name: 'a higher throughput when a decrease is bad',
      direction: 'decrease',
      canary: shiftedUp,
      low: false
    }
  ] as const)('passes a significant change in the good direction: $name', ({ direction, canary, low }) => {
    const result = scoreCanary([metric('m', canary, { direction })])
    expect(result.metrics[0]).toMatchObject({ classification: low ? 'low' : 'high', pass: true })
    expect(result.metrics[0]?.reason).toMatch(/which is not a regression/)
    expect(result.verdict).toBe('pass')
  })

  it.each([
    ['higher', shiftedUp, 'high'],
    ['lower', shiftedDown, 'low']
  ] as const)("fails a significantly %s canary when direction is 'either'", (_, canary, classification) => {
    const result = scoreCanary([metric('m', canary, { direction: 'either' })])
    expect(result.metrics[0]).toMatchObject({ classification, pass: false })
  })

  describe('tolerance', () => {
    // Baseline 1000..1011 (median 1005.5), canary the same + 30: completely separated, so significant, yet the
    // Hodges-Lehmann shift of 30 is only 30/1005.5 ≈ 2.98% of the baseline median.
    const cpuBaseline = Array.from({ length: 12 }, (_, i) => 1000 + i)
    const cpuCanary = cpuBaseline.map(value => value + 30)

    it.each([
      { tolerance: 0.05, pass: true },
      { tolerance: 0.03, pass: true },
      { tolerance: 0.02, pass: false },
      { tolerance: 0, pass: false }
    ])('with tolerance $tolerance a 2.98% increase passes: $pass', ({ tolerance, pass }) => {
      const result = scoreCanary([
        { id: 'cpu', baseline: cpuBaseline, canary: cpuCanary, direction: 'increase', tolerance }
      ])
      const [cpu] = result.metrics
      expect(cpu).toMatchObject({ classification: 'high', pass, effect: 30, baselineMedian: 1005.5 })
      expect(cpu?.relativeEffect).toBeCloseTo(30 / 1005.5, 12)
    })

    it('says in the reason that the change was within tolerance', () => {
      const result = scoreCanary([
        { id: 'cpu', baseline: cpuBaseline, canary: cpuCanary, direction: 'increase', tolerance: 0.05 }
      ])
      expect(result.metrics[0]?.reason).toBe(
        'canary cpu higher than baseline by 2.98%, within the tolerance of 5%: median 1036 vs 1006, p=7.4e-7'
      )
    })

    it('compares the absolute effect when the baseline median is 0', () => {
      // Errors per minute: baseline all 0, canary all 2. Ties, so the normal approximation: p ≈ 1.6e-5.
      const errorMetric = (tolerance: number): CanaryMetric => ({
        id: 'errors',
        baseline: Array.from({ length: 10 }, () => 0),
        canary: Array.from({ length: 10 }, () => 2),
        direction: 'increase',
        tolerance
      })
      const lenient = scoreCanary([errorMetric(3)]).metrics[0]
      expect(lenient).toMatchObject({ classification: 'high', pass: true, effect: 2, relativeEffect: 2 })
      expect(scoreCanary([errorMetric(1)]).metrics[0]).toMatchObject({ classification: 'high', pass: false })
    })
  })

  describe('missing data', () => {
    it('is inconclusive with a null score when every metric lacks data', () => {
      const result = scoreCanary([
        { id: 'latency', baseline: [], canary: [1, 2], direction: 'increase' },
        { id: 'errors', baseline: [1], canary: [], direction: 'increase', critical: true }
      ])
      expect(result.score).toBeNull()
      expect(result.verdict).toBe('inconclusive')
      expect(result.metrics[0]).toMatchObject({
        classification: 'nodata',
        pass: false,
        pValue: null,
        baselineCount: 0,
        canaryCount: 2,
        baselineMedian: null,
        canaryMedian: 1.5,
        reason: 'no data for latency: 0 baseline and 2 canary values'
      })
    })

    it('is inconclusive when there are no metrics at all', () => {
      expect(scoreCanary([])).toMatchObject({ score: null, verdict: 'inconclusive' })
    })

    it('leaves metrics without data out of the denominator but reports them', () => {
      const result = scoreCanary([
        metric('latency', steady),
        { id: 'errors', baseline: [], canary: [], direction: 'increase' }
      ])
      expect(result.score).toBe(100)
      expect(result.verdict).toBe('pass')
      expect(result.metrics.map(m => m.classification)).toEqual(['pass', 'nodata'])
    })

    it('does not fail the canary for a critical metric that has no data (nodata is not a failure)', () => {
      const result = scoreCanary([
        metric('latency', steady),
        { id: 'errors', baseline: [], canary: [1], direction: 'increase', critical: true }
      ])
      expect(result.verdict).toBe('pass')
    })

    it('drops NaN and infinite samples before testing, and counts only what is left', () => {
      const result = scoreCanary([
        {
          id: 'latency',
          baseline: [...baseline, Number.NaN],
          canary: [Infinity, ...steady],
          direction: 'increase'
        },
        { id: 'gaps', baseline: [Number.NaN], canary: [1], direction: 'increase' }
      ])
      expect(result.metrics[0]).toMatchObject({ classification: 'pass', baselineCount: 12, canaryCount: 12 })
      expect(result.metrics[1]).toMatchObject({ classification: 'nodata', baselineCount: 0 })
    })
  })

  describe('options', () => {
    const oneOfFourFailing = [
      metric('latency', shiftedUp),
      metric('errors', steady),
      metric('cpu', steady),
      metric('memory', steady)
    ]

    it.each([
      { options: {}, verdict: 'marginal' },
      // A pass threshold below the default marginal one pulls the marginal threshold down with it.
      { options: { passThreshold: 70 }, verdict: 'pass' },
      { options: { passThreshold: 80 }, verdict: 'marginal' },
      { options: { passThreshold: 75 }, verdict: 'pass' },
      { options: { marginalThreshold: 80 }, verdict: 'fail' },
      { options: { passThreshold: 100, marginalThreshold: 0 }, verdict: 'marginal' }
    ])('a score of 75 with thresholds $options is $verdict', ({ options, verdict }) => {
      const result = scoreCanary(oneOfFourFailing, options)
      expect(result.verdict).toBe(verdict)
      expect(result.thresholds).toEqual({
        pass: options.passThreshold ?? 95,
        marginal: options.marginalThreshold ?? Math.min(75, options.passThreshold ?? 95)
      })
    })

    // Four against four, completely separated: exact two-sided p = 2/C(8,4) = 2/70 ≈ 0.029.
    it.each([
      { alpha: 0.05, pass: false },
      { alpha: 0.01, pass: true }
    ])('with alpha $alpha a p-value of 0.029 fails the metric: $pass', ({ alpha, pass }) => {
      const result = scoreCanary(
        [{ id: 'm', baseline: [1, 2, 3, 4], canary: [5, 6, 7, 8], direction: 'increase' }],
        {
          alpha
        }
      )
      expect(result.metrics[0]?.pValue).toBeCloseTo(2 / 70, 12)
      expect(result.metrics[0]?.pass).toBe(pass)
      expect(result.alpha).toBe(alpha)
    })

    it.each([
      [{ alpha: 0 }, /alpha must be between 0 and 1 \(exclusive\), e\.g\. 0\.05; got 0\./],
      [{ alpha: 1.5 }, /got 1\.5/],
      [{ passThreshold: 101 }, /passThreshold must be a score between 0 and 100; got 101\./],
      [{ marginalThreshold: Number.NaN }, /marginalThreshold must be a score between 0 and 100; got NaN\./],
      [
        { passThreshold: 60, marginalThreshold: 80 },
        /marginalThreshold \(80\) must not exceed passThreshold \(60\)/
      ]
    ])('rejects the options %j', (options, message) => {
      expect(() => scoreCanary([metric('m', steady)], options)).toThrow(message)
    })
  })

  it.each([
    [{ weight: 0 }, /Metric 'm': weight must be a positive number; got 0\./],
    [{ weight: -1 }, /got -1/],
    [{ tolerance: -0.1 }, /Metric 'm': tolerance must be a non-negative number \(0\.05 for 5%\); got -0\.1\./]
  ])('rejects the metric settings %j', (overrides, message) => {
    expect(() => scoreCanary([metric('m', steady, overrides)])).toThrow(message)
  })

  it('rejects two metrics with the same id', () => {
    expect(() => scoreCanary([metric('m', steady), metric('m', steady)])).toThrow(/Metric 'm' appears twice/)
  })

  it.each([
    {
      name: 'a regression',
      canary: [190, 201, 210, 214, 220, 240],
      // Six against six, completely separated: exact two-sided p = 2/C(12,6) = 2/924 ≈ 0.0022.
      reason: 'canary p95 latency higher than baseline: median 212ms vs 118ms, p=0.0022'
    },
    {
      name: 'no significant difference',
      canary: [113, 116, 118, 120, 122, 124],
      reason: 'canary p95 latency not significantly different from baseline: median 119ms vs 118ms, p=0.82'
    },
    {
      name: 'an improvement',
      canary: [60, 61, 62, 64, 65, 70],
      reason:
        'canary p95 latency lower than baseline, which is not a regression (only an increase fails): median 63ms vs 118ms, p=0.0022'
    }
  ])('writes a one-line reason for $name', ({ canary, reason }) => {
    const result = scoreCanary([
      {
        id: 'p95 latency',
        baseline: [112, 115, 117, 119, 121, 125],
        canary,
        direction: 'increase',
        unit: 'ms'
      }
    ])
    expect(result.metrics[0]?.reason).toBe(reason)
  })

  it('records the numbers behind each judgement', () => {
    const [latency] = scoreCanary([metric('latency', shiftedUp, { critical: true, weight: 2 })]).metrics
    expect(latency).toEqual({
      id: 'latency',
      classification: 'high',
      pass: false,
      critical: true,
      weight: 2,
      direction: 'increase',
      tolerance: 0,
      // Exact two-sided p = 2/C(24,12); the enumeration lands within an ulp of it.
      pValue: expect.closeTo(2 / 2704156, 15),
      u: 144,
      effect: 50,
      relativeEffect: 50 / 111,
      baselineMedian: 111,
      canaryMedian: 161,
      baselineCount: 12,
      canaryCount: 12,
      reason: 'canary latency higher than baseline: median 161 vs 111, p=7.4e-7'
    })
  })

  it('returns plain data that survives a JSON round trip unchanged', () => {
    const result = scoreCanary([
      metric('latency', shiftedUp),
      metric('cpu', steady, { tolerance: 0.1 }),
      { id: 'errors', baseline: [0, 0, 0], canary: [0, 0], direction: 'either' },
      { id: 'gaps', baseline: [], canary: [], direction: 'decrease' }
    ])
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })
})
