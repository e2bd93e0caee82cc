import { describe, expect, it } from '@jest/globals'
import { mermaidChart, probeSparklines, sparkline } from '../../src/render/chart.js'
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
})
