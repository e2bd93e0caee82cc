import { describe, expect, it } from '@jest/globals'
import { prettyJsonChunks } from '../../src/adapters/evidence/json-chunks.js'

const cases: { name: string; value: unknown }[] = [
  { name: 'a scalar', value: 42 },
  { name: 'a string with a newline and quotes', value: 'a\n"b"' },
  { name: 'null', value: null },
  { name: 'empty containers', value: { a: [], b: {}, c: [{}] } },
  { name: 'undefined fields and elements', value: { a: undefined, b: [undefined, () => 1, 2], c: () => 3 } },
  { name: 'a Date and nested arrays', value: { at: new Date(0), grid: [[1, [2, { x: 'y\nz' }]], []] } },
  {
    name: 'a health-window-like record',
    value: {
      schemaVersion: 1,
      samples: Array.from({ length: 5 }, (_, i) => ({
        probe: `p${i % 2}`,
        round: i,
        passed: i !== 3,
        value: null
      }))
    }
  }
]

describe('prettyJsonChunks', () => {
  it.each(cases)('writes $name exactly as JSON.stringify(value, null, 2)', ({ value }) => {
    expect([...prettyJsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2))
  })

  it('writes a long array in bounded pieces, never as one string', () => {
    const samples = Array.from({ length: 10_000 }, (_, i) => ({ round: i, probe: 'api' }))
    const pieces = [...prettyJsonChunks({ samples })]
    expect(pieces.join('')).toBe(JSON.stringify({ samples }, null, 2))
    expect(pieces.length).toBeGreaterThan(10_000 / 256)
    expect(Math.max(...pieces.map(p => p.length))).toBeLessThan(20_000)
  })
})
