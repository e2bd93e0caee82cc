import { describe, expect, it } from '@jest/globals'
import {
  mermaidChart,
  parseMermaidChart,
  probeSparklines,
  sparkline,
  thresholdMax
} from '../../src/render/chart.js'
import type { HealthSample } from '../../src/core/records/index.js'

const sample = (
  round: number,
  value: number | null,
  status: HealthSample['status'] = 'passed'
): HealthSample => ({
  probe: 'latency',
  round,
  passed: status === 'passed',
  status,
  value,
  startedAt: '2026-11-25T10:00:00.000Z',
  finishedAt: '2026-11-25T10:00:01.000Z',
  message: ''
})

describe('charts of samples', () => {
  it.each([
    ['rising values from the lowest to the highest block', [0, 1, 2, 3, 4, 5, 6, 7], '▁▂▃▄▅▆▇█'],
    ['a flat line in the middle', [5, 5, 5], '▄▄▄'],
    ['a gap where a sample had no value', [1, null, 2], '▁ █'],
    ['nothing measured', [null, null], '  ']
  ])('draws %s', (_name, values, expected) => {
    expect(sparkline(values)).toBe(expected)
  })

  it('names the rounds that did not pass next to the sparkline', () => {
    const [line] = probeSparklines(
      [{ id: 'latency', threshold: 'latency ≤ 500ms' }],
      [sample(1, 100), sample(2, 900, 'failed'), sample(3, null, 'error')]
    )
    expect(line).toBe('latency ▁█   100–900 (latency ≤ 500ms)  not passed: 2:failed, 3:error')
  })

  it('draws the threshold as a second line of the Mermaid chart', () => {
    expect(mermaidChart([{ id: 'latency', max: 500 }], [sample(1, 100), sample(2, 900, 'failed')])).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "latency"',
      '  x-axis "round" [1, 2]',
      '  line [100, 900]',
      '  line [500, 500]',
      '  %% breached rounds [2]',
      '```',
      ''
    ])
  })

  it('draws a day of one-second rounds in at most 120 points, and names at most 20 failed rounds', () => {
    const day = Array.from({ length: 86_400 * 2 }, (_, i) =>
      sample(i + 1, i % 1000, i % 5000 === 0 ? 'failed' : 'passed')
    )
    const [line] = probeSparklines([{ id: 'latency', threshold: 'latency ≤ 500ms' }], day)
    const bars = (line as string).split(' ')[1] as string
    expect([...bars].length).toBeLessThanOrEqual(120)
    expect(line).toContain('0–999 (latency ≤ 500ms)')
    expect(line).toMatch(/not passed: 1:failed, 5001:failed, .* and 15 more$/)
    const chart = mermaidChart([{ id: 'latency', max: 500 }], day)
    const rounds = (chart[3] as string).replace(/.*\[|\]/g, '').split(', ')
    expect(rounds.length).toBeLessThanOrEqual(120)
    expect(rounds[0]).toBe('1')
    // Each point is the largest value of its bucket, so a spike is never averaged away.
    expect(chart[4]).toContain('999')
  })

  it('names the rounds without a value in a comment, since a Mermaid line has no gaps', () => {
    expect(
      mermaidChart([{ id: 'latency' }], [sample(1, 100), sample(2, null, 'error'), sample(3, 90)])
    ).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "latency"',
      '  x-axis "round" [1, 2, 3]',
      '  line [100, 0, 90]',
      '  %% no value rounds [2]',
      '```',
      ''
    ])
  })

  it('reads back the chart it wrote: rounds, values, gaps, breaches and the threshold', () => {
    const [, ...source] = mermaidChart(
      [{ id: 'api "latency"', max: 500 }],
      [sample(1, 100), sample(2, null, 'error'), sample(3, 900, 'failed')].map(s => ({
        ...s,
        probe: 'api "latency"'
      }))
    )
    expect(parseMermaidChart(source.slice(0, source.indexOf('```')).join('\n'))).toEqual({
      title: "api 'latency'",
      xLabel: 'round',
      yLabel: 'value',
      points: [
        { x: 1, y: 100, breached: false },
        { x: 2, y: null, breached: false },
        { x: 3, y: 900, breached: true }
      ],
      max: 500
    })
  })

  it.each([
    ['another kind of diagram', 'flowchart TB\n  a --> b'],
    [
      'two value lines that are not a threshold',
      'xychart-beta\n  x-axis "round" [1, 2]\n  line [1, 2]\n  line [3, 4]'
    ],
    ['a line longer than its axis', 'xychart-beta\n  x-axis "round" [1, 2]\n  line [1, 2, 3]'],
    ['a value that is not a number', 'xychart-beta\n  x-axis "round" [1, 2]\n  line [1, x]'],
    [
      'more points than a chart has',
      `xychart-beta\n  x-axis "round" [${Array.from({ length: 121 }, (_, i) => i + 1).join(', ')}]\n  line [${Array(121).fill(1).join(', ')}]`
    ],
    ['an unknown statement', 'xychart-beta\n  x-axis "round" [1, 2]\n  line [1, 2]\n  bar [1, 2]']
  ])('does not read %s as a health chart', (_name, source) => {
    expect(parseMermaidChart(source)).toBeNull()
  })

  it.each([
    ['an HTTP probe with a latency bound', 'status 200, latency ≤ 500ms', 500],
    [
      'an HTTP probe whose JSON expectation looks like a bound',
      'status 200, /v = "latency ≤ 5ms"',
      undefined
    ],
    ['a Prometheus probe with both bounds', 'value ≥ 0.5 and ≤ 0.99; no data is inconclusive', 0.99],
    ['a Prometheus probe with only a lower bound', 'value ≥ 10; no data is inconclusive', undefined],
    ['a command printing a number', 'printed number ≤ 3', 3],
    ['a command judged by its exit code', 'exit code 0', undefined]
  ])('finds the upper threshold of %s', (_name, threshold, max) => {
    expect(thresholdMax(threshold)).toBe(max)
  })
})
