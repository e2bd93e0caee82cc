import { describe, expect, it } from '@jest/globals'
import { mermaidChart, probeSparklines, sparkline } from '../../src/health/chart.js'
import type { HealthSample } from '../../src/protocol/records.js'

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
})
