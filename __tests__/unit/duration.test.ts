import { describe, expect, it } from '@jest/globals'
import { formatDuration, parseDuration } from '../../src/core/duration.js'

describe('parseDuration', () => {
  const cases = [
    { input: '500ms', expected: 500 },
    { input: '30s', expected: 30_000 },
    { input: '15m', expected: 900_000 },
    { input: '72h', expected: 259_200_000 },
    { input: '7d', expected: 604_800_000 },
    { input: '0s', expected: 0 },
    { input: '1d', expected: 86_400_000 }
  ]
  it.each(cases)('reads $input as $expected ms', ({ input, expected }) => {
    expect(parseDuration(input)).toBe(expected)
  })

  const invalid = ['', '15', 'm', '1.5h', '-1s', '15 m', ' 15m', '15m ', '15min', '2w', 'x15m', '15mx', '15M']
  it.each(invalid)('refuses %j, saying what a duration looks like', text => {
    expect(() => parseDuration(text)).toThrow(
      `Invalid duration '${text}'. Expected a whole number and a unit, e.g. 500ms, 30s, 15m, 72h, 7d.`
    )
  })
})

describe('formatDuration', () => {
  const cases = [
    { input: 0, expected: '0ms' },
    { input: 849.6, expected: '850ms' },
    { input: 999, expected: '999ms' },
    { input: 1000, expected: '1s' },
    { input: 12_500, expected: '12.5s' },
    { input: 59_999, expected: '60s' },
    { input: 60_000, expected: '1m 00s' },
    { input: 245_000, expected: '4m 05s' },
    { input: 3_599_999, expected: '59m 59s' },
    { input: 3_600_000, expected: '1h 0m' },
    { input: 12_000_000, expected: '3h 20m' },
    { input: 86_399_999, expected: '23h 59m' },
    { input: 86_400_000, expected: '1d 0h' },
    { input: 187_200_000, expected: '2d 4h' },
    { input: 288_000_000, expected: '3d 8h' }
  ]
  it.each(cases)('shows $input ms as $expected', ({ input, expected }) => {
    expect(formatDuration(input)).toBe(expected)
  })
})
