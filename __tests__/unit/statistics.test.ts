import { describe, expect, it } from '@jest/globals'
import {
  erfc,
  hodgesLehmann,
  mannWhitneyExactCdf,
  mannWhitneyU,
  median,
  normalCdf,
  type MannWhitneyAlternative,
  type MannWhitneyMethod
} from '../../src/phases/analysis/statistics.js'

/** Asserts |actual − expected| ≤ relativeTolerance·|expected|. */
function expectRelativelyClose(actual: number | null, expected: number, relativeTolerance: number): void {
  expect(actual).not.toBeNull()
  const error = Math.abs((actual ?? Number.NaN) - expected)
  if (!(error <= relativeTolerance * Math.abs(expected))) {
    throw new Error(`expected ${actual} to be within ${relativeTolerance} (relative) of ${expected}`)
  }
}

// Shier (2004), "Statistics: 2.3 The Mann-Whitney U Test", the example in SciPy's mannwhitneyu documentation:
// ages at diagnosis, males (canary here) against females (baseline).
const females = [20, 11, 17, 12]
const males = [19, 22, 16, 29, 24]

// Hollander & Wolfe (1973), p. 69, the example in R's ?wilcox.test: x (canary) against y (baseline).
const hollanderY = [1.15, 0.88, 0.9, 0.74, 1.21]
const hollanderX = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46]

// Latency-like samples with ties inside and across the samples.
const tiedBaseline = [1, 2, 2, 3, 3, 3, 4, 5]
const tiedCanary = [3, 4, 4, 5, 5, 6, 7]

interface ReferenceCase {
  name: string
  baseline: number[]
  canary: number[]
  alternative: MannWhitneyAlternative
  method: MannWhitneyMethod
  u: number
  pValue: number
  expectedMethod: 'exact' | 'normal'
}

const referenceCases: ReferenceCase[] = [
  // Shier: U_M = 17, U_F = 3. Exact two-sided p = 2·P(U ≤ 3) = 2·(1+1+2+3)/C(9,4) = 14/126 = 1/9 (counted by
  // hand; SciPy prints 0.1111111111111111, Shier reports 0.11). One-sided: 7/126 and 1 − P(U ≤ 16) = 122/126.
  {
    name: 'Shier, exact, two-sided',
    baseline: females,
    canary: males,
    alternative: 'two-sided',
    method: 'auto',
    u: 17,
    pValue: 1 / 9,
    expectedMethod: 'exact'
  },
  {
    name: 'Shier, exact, greater',
    baseline: females,
    canary: males,
    alternative: 'greater',
    method: 'auto',
    u: 17,
    pValue: 7 / 126,
    expectedMethod: 'exact'
  },
  {
    name: 'Shier, exact, less',
    baseline: females,
    canary: males,
    alternative: 'less',
    method: 'auto',
    u: 17,
    pValue: 122 / 126,
    expectedMethod: 'exact'
  },
  // SciPy documentation: mannwhitneyu(males, females, method="asymptotic") → 0.11134688653314041.
  {
    name: 'Shier, normal approximation, two-sided',
    baseline: females,
    canary: males,
    alternative: 'two-sided',
    method: 'normal',
    u: 17,
    pValue: 0.11134688653314041,
    expectedMethod: 'normal'
  },
  // R: wilcox.test(x, y, alternative = "g") → W = 35, p-value = 0.1272; exactly P(U ≥ 35) = 382/3003
  // (SciPy 1.17 mannwhitneyu(x, y, alternative='greater', method='exact') → 0.1272061272061272).
  {
    name: 'Hollander & Wolfe, exact, greater',
    baseline: hollanderY,
    canary: hollanderX,
    alternative: 'greater',
    method: 'auto',
    u: 35,
    pValue: 382 / 3003,
    expectedMethod: 'exact'
  },
  // SciPy 1.17: mannwhitneyu(x, y, method='exact') → 0.2544122544122544 (= 2·382/3003).
  {
    name: 'Hollander & Wolfe, exact, two-sided',
    baseline: hollanderY,
    canary: hollanderX,
    alternative: 'two-sided',
    method: 'auto',
    u: 35,
    pValue: 764 / 3003,
    expectedMethod: 'exact'
  },
  // SciPy 1.17: mannwhitneyu(x, y, alternative=..., method='asymptotic').
  {
    name: 'Hollander & Wolfe, normal approximation, greater',
    baseline: hollanderY,
    canary: hollanderX,
    alternative: 'greater',
    method: 'normal',
    u: 35,
    pValue: 0.12231180256349167,
    expectedMethod: 'normal'
  },
  {
    name: 'Hollander & Wolfe, normal approximation, less',
    baseline: hollanderY,
    canary: hollanderX,
    alternative: 'less',
    method: 'normal',
    u: 35,
    pValue: 0.9007753482039937,
    expectedMethod: 'normal'
  },
  // Ties: auto falls back to the tie-corrected normal approximation. SciPy 1.17:
  // mannwhitneyu([3,4,4,5,5,6,7], [1,2,2,3,3,3,4,5], alternative=..., method='asymptotic').
  {
    name: 'ties, two-sided',
    baseline: tiedBaseline,
    canary: tiedCanary,
    alternative: 'two-sided',
    method: 'auto',
    u: 48.5,
    pValue: 0.018530522991017574,
    expectedMethod: 'normal'
  },
  {
    name: 'ties, greater',
    baseline: tiedBaseline,
    canary: tiedCanary,
    alternative: 'greater',
    method: 'auto',
    u: 48.5,
    pValue: 0.009265261495508787,
    expectedMethod: 'normal'
  },
  {
    name: 'ties, less',
    baseline: tiedBaseline,
    canary: tiedCanary,
    alternative: 'less',
    method: 'auto',
    u: 48.5,
    pValue: 0.9932930162832944,
    expectedMethod: 'normal'
  },
  // A tie inside one sample still counts as a tie. SciPy 1.17: mannwhitneyu([3,4,5], [1,1,2], method='asymptotic').
  {
    name: 'a tie within the baseline only',
    baseline: [1, 1, 2],
    canary: [3, 4, 5],
    alternative: 'two-sided',
    method: 'auto',
    u: 9,
    pValue: 0.07652250047505922,
    expectedMethod: 'normal'
  }
]

// Small samples by hand. The null distribution of U over the C(n1+n2, n1) equally likely orderings:
// 1×1: U ∈ {0, 1}, each 1/2. 2×2: counts [1, 1, 2, 1, 1] over 6. 3×3: U = 9 in 1 of 20 orderings.
const smallSampleCases: ReferenceCase[] = [
  ...(
    [
      ['two-sided', 1],
      ['greater', 1 / 2],
      ['less', 1]
    ] as const
  ).map(([alternative, pValue]) => ({
    name: `n = 1 against n = 1, ${alternative}`,
    baseline: [1],
    canary: [2],
    alternative,
    method: 'auto' as const,
    u: 1,
    pValue,
    expectedMethod: 'exact' as const
  })),
  ...(
    [
      ['two-sided', 1 / 3],
      ['greater', 1 / 6],
      ['less', 1]
    ] as const
  ).map(([alternative, pValue]) => ({
    name: `n = 2 against n = 2, complete separation, ${alternative}`,
    baseline: [1, 2],
    canary: [3, 4],
    alternative,
    method: 'auto' as const,
    u: 4,
    pValue,
    expectedMethod: 'exact' as const
  })),
  // Interleaved 2×2: canary 2 beats baseline 1, canary 4 beats 1 and 3, so U = 3 and P(U ≥ 3) = (1+1)/6.
  {
    name: 'n = 2 against n = 2, interleaved, greater',
    baseline: [1, 3],
    canary: [2, 4],
    alternative: 'greater',
    method: 'auto',
    u: 3,
    pValue: 2 / 6,
    expectedMethod: 'exact'
  },
  ...(
    [
      ['two-sided', 1 / 10],
      ['greater', 1 / 20],
      ['less', 1]
    ] as const
  ).map(([alternative, pValue]) => ({
    name: `n = 3 against n = 3, complete separation, ${alternative}`,
    baseline: [1, 2, 3],
    canary: [4, 5, 6],
    alternative,
    method: 'auto' as const,
    u: 9,
    pValue,
    expectedMethod: 'exact' as const
  })),
  // Canary below baseline: U = 0, P(U ≤ 0) = 1/20.
  {
    name: 'n = 3 against n = 3, canary lower, less',
    baseline: [4, 5, 6],
    canary: [1, 2, 3],
    alternative: 'less',
    method: 'auto',
    u: 0,
    pValue: 1 / 20,
    expectedMethod: 'exact'
  }
]

describe('mannWhitneyU', () => {
  it.each([...referenceCases, ...smallSampleCases])(
    '$name: U = $u, p = $pValue',
    ({ baseline, canary, alternative, method, u, pValue, expectedMethod }) => {
      const result = mannWhitneyU(baseline, canary, alternative, method)
      expect(result.u).toBe(u)
      expect(result.method).toBe(expectedMethod)
      // Exact p-values to 1e-6 relative; normal approximations reproduce SciPy's formula, so to 1e-9.
      expectRelativelyClose(result.pValue, pValue, expectedMethod === 'exact' ? 1e-6 : 1e-9)
    }
  )

  it('agrees with R to the four digits R prints for the Hollander & Wolfe example (p-value = 0.1272)', () => {
    expect(mannWhitneyU(hollanderY, hollanderX, 'greater').pValue).toBeCloseTo(0.1272, 4)
  })

  it.each([
    ['Shier', females, males],
    ['Hollander & Wolfe', hollanderY, hollanderX],
    ['ties', tiedBaseline, tiedCanary],
    ['unequal sizes', [5, 1, 9], [2, 8, 7, 3, 3, 10, 0]]
  ])('keeps U of the canary plus U of the baseline equal to n1·n2 (%s)', (_, baseline, canary) => {
    const result = mannWhitneyU(baseline, canary)
    expect(result.u + result.uBaseline).toBe(baseline.length * canary.length)
    expect(result.n1).toBe(baseline.length)
    expect(result.n2).toBe(canary.length)
    expect(mannWhitneyU(canary, baseline).u).toBe(result.uBaseline)
  })

  it.each([
    ['exact', females, males],
    ['normal with ties', tiedBaseline, tiedCanary]
  ])("gives swapped samples under 'less' the p-value of 'greater' (%s)", (_, baseline, canary) => {
    const greater = mannWhitneyU(baseline, canary, 'greater')
    const swappedLess = mannWhitneyU(canary, baseline, 'less')
    expect(swappedLess.u).toBe(greater.uBaseline)
    expect(swappedLess.pValue).toBeCloseTo(greater.pValue, 15)
    expect(swappedLess.z).toBe(greater.z === null ? null : -greater.z)
    // The two-sided p-value does not depend on which sample is called the canary.
    expect(mannWhitneyU(canary, baseline).pValue).toBeCloseTo(mannWhitneyU(baseline, canary).pValue, 15)
  })

  it('gives the two-sided p-value as twice the smaller one-sided p-value', () => {
    const greater = mannWhitneyU(hollanderY, hollanderX, 'greater').pValue
    const less = mannWhitneyU(hollanderY, hollanderX, 'less').pValue
    expect(mannWhitneyU(hollanderY, hollanderX).pValue).toBeCloseTo(2 * Math.min(greater, less), 15)
  })

  it('signs z positive when the canary ranks higher and reports no z for the exact method', () => {
    expect(mannWhitneyU(tiedBaseline, tiedCanary).z).toBeGreaterThan(0)
    expect(mannWhitneyU(tiedCanary, tiedBaseline).z).toBeLessThan(0)
    expect(mannWhitneyU(females, males).z).toBeNull()
  })

  it.each(['two-sided', 'greater', 'less'] as const)(
    'gives p = 1 when every value is the same (%s)',
    alternative => {
      const result = mannWhitneyU([5, 5, 5], [5, 5], alternative)
      expect(result).toEqual({
        u: 3,
        uBaseline: 3,
        n1: 3,
        n2: 2,
        z: 0,
        pValue: 1,
        method: 'normal',
        ties: true
      })
    }
  )

  it('gives p = 1 for a single tied pair', () => {
    expect(mannWhitneyU([7], [7]).pValue).toBe(1)
  })

  it('caps the two-sided p-value at 1 when U sits exactly at its mean', () => {
    // Interleaved 2×2 with canary [1, 4] against [2, 3]: U = 2 = n1·n2/2, so both tails hold 4/6 of the mass.
    const result = mannWhitneyU([2, 3], [1, 4])
    expect(result.u).toBe(2)
    expect(result.pValue).toBe(1)
  })

  describe('with n = 200 per sample (no ties: baseline 0..199, canary the same shifted by a half-integer)', () => {
    const baseline = Array.from({ length: 200 }, (_, i) => i)
    // Exact references: P(U ≥ u) and 2·P(U ≤ n1·n2 − u) in rational arithmetic (Python fractions, counts from the
    // Gaussian binomial [400 choose 200]_q), rounded once to double; SciPy 1.17 method='exact' agrees to 1e-13.
    // Normal references: SciPy 1.17 mannwhitneyu(canary, baseline, alternative=..., method='asymptotic').
    it.each([
      {
        shift: 10.5,
        alternative: 'two-sided',
        u: 22045,
        exact: 0.07698329747583008,
        normal: 0.07699742403263246
      },
      {
        shift: 10.5,
        alternative: 'greater',
        u: 22045,
        exact: 0.03849164873791504,
        normal: 0.03849871201631623
      },
      {
        shift: 17.5,
        alternative: 'two-sided',
        u: 23347,
        exact: 0.0037262496722100763,
        normal: 0.0037971682572784794
      },
      { shift: 17.5, alternative: 'less', u: 23347, exact: 0.9981420539797354, normal: 0.9981066400636118 },
      {
        shift: 30.5,
        alternative: 'greater',
        u: 25635,
        exact: 4.4889456314241146e-7,
        normal: 5.481024388645043e-7
      }
    ] as const)(
      'shift $shift, $alternative: the normal approximation is within 1e-3 of the exact p-value',
      ({ shift, alternative, u, exact, normal }) => {
        const canary = baseline.map(value => value + shift)
        const approximate = mannWhitneyU(baseline, canary, alternative)
        const enumerated = mannWhitneyU(baseline, canary, alternative, 'exact')
        expect(approximate.method).toBe('normal')
        expect(approximate.u).toBe(u)
        expectRelativelyClose(enumerated.pValue, exact, 1e-6)
        expectRelativelyClose(approximate.pValue, normal, 1e-9)
        expect(Math.abs(approximate.pValue - enumerated.pValue)).toBeLessThan(1e-3)
      }
    )
  })

  it('switches to the normal approximation above 10 000 pairs even without ties', () => {
    const baseline = Array.from({ length: 100 }, (_, i) => 2 * i)
    expect(mannWhitneyU(baseline, [...baseline.map(v => v + 1)]).method).toBe('exact')
    expect(mannWhitneyU(baseline, [...baseline.map(v => v + 1), 1000]).method).toBe('normal')
  })

  it.each([
    ['an empty baseline', [], [1], /got 0 baseline and 1 canary values/],
    ['an empty canary', [1, 2], [], /got 2 baseline and 0 canary values/],
    ['a NaN value', [1, Number.NaN], [2], /baseline value NaN at index 1 is not a finite number/],
    ['an infinite value', [1], [2, Infinity], /canary value Infinity at index 1 is not a finite number/]
  ])('rejects %s with a RangeError that names the problem', (_, baseline, canary, message) => {
    expect(() => mannWhitneyU(baseline, canary)).toThrow(RangeError)
    expect(() => mannWhitneyU(baseline, canary)).toThrow(message)
  })

  it('refuses the exact method when there are ties', () => {
    expect(() => mannWhitneyU(tiedBaseline, tiedCanary, 'two-sided', 'exact')).toThrow(/assumes no ties/)
  })
})

describe('mannWhitneyExactCdf', () => {
  it.each([
    // 2×2: counts [1, 1, 2, 1, 1] over 6.
    [-1, 2, 2, 0],
    [0, 2, 2, 1 / 6],
    [2, 2, 2, 4 / 6],
    [3, 2, 2, 5 / 6],
    [4, 2, 2, 1],
    // 4×5 (Shier): P(U ≤ 3) = 7/126; sizes in either order give the same distribution; by symmetry about 10,
    // P(U ≤ 16) = 1 − P(U ≥ 17) = 1 − P(U ≤ 3).
    [3, 4, 5, 7 / 126],
    [3, 5, 4, 7 / 126],
    [16, 4, 5, 1 - 7 / 126]
  ])('P(U ≤ %d) for %d against %d is %d', (k, n1, n2, probability) => {
    expectRelativelyClose(mannWhitneyExactCdf(k, n1, n2), probability, 1e-12)
  })
})

describe('hodgesLehmann', () => {
  it.each([
    // Differences canary − baseline: {3,4,5, 2,3,4, 1,2,3}, median 3.
    ['an odd number of pairs', [1, 2, 3], [4, 5, 6], 3],
    // Differences {1, 2, −9, −8}: median of −8 and 1.
    ['an even number of pairs', [0, 10], [1, 2], -3.5],
    ['one value each', [0], [10], 10],
    ['a canary lower than the baseline', [4, 5, 6], [1, 2, 3], -3],
    ['identical samples', [2, 2, 2], [2, 2], 0]
  ])('takes the median of all pairwise differences: %s', (_, baseline, canary, expected) => {
    expect(hodgesLehmann(baseline, canary)).toBe(expected)
  })

  it('rejects empty samples', () => {
    expect(() => hodgesLehmann([], [1])).toThrow(RangeError)
  })
})

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
    [[-1, -1, 5], -1]
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('does not reorder its input', () => {
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })

  it('rejects an empty sample', () => {
    expect(() => median([])).toThrow(/empty sample/)
  })
})

describe('erfc and normalCdf', () => {
  // References: mpmath at 30 digits (mpmath.erfc, mpmath.ncdf), rounded to the nearest double.
  it.each([
    [0, 1],
    [0.3, 0.6713732405408726],
    [1, 0.15729920705028513],
    [-1, 1.842700792949715],
    [2.5, 0.0004069520174449589],
    [5, 1.537459794428035e-12],
    [10, 2.088487583762545e-45],
    [20, 5.395865611607901e-176]
  ])('erfc(%d) = %d', (x, expected) => {
    expectRelativelyClose(erfc(x), expected, 1e-15)
  })

  it.each([
    [0, 0.5],
    [1.959963984540054, 0.975],
    [-1, 0.15865525393145705],
    [-3, 0.0013498980316300946],
    [-10, 7.619853024160525e-24],
    [-20, 2.7536241186062337e-89]
  ])('Φ(%d) = %d', (z, expected) => {
    // Rounding z/√2 costs up to ~z² ulps in the far tail, hence 1e-13 rather than 1e-15.
    expectRelativelyClose(normalCdf(z), expected, 1e-13)
  })

  it('underflows to 0 rather than going negative far in the tail', () => {
    expect(erfc(40)).toBe(0)
    expect(erfc(-40)).toBe(2)
  })
})
