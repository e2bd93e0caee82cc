import { describe, expect, it } from '@jest/globals'
import { oneLine } from '../../src/core/one-line.js'
import { verdict } from '../../src/phases/shared/gate.js'

// A gate's reasons are printed one per line and read by scripts that way.
describe('one reason, one line', () => {
  it.each([
    ['LF', 'a\nb', 'a\\nb'],
    ['CRLF', 'a\r\nb', 'a\\nb'],
    ['a lone CR (which a terminal would use to overwrite the line)', 'a\rb', 'a\\nb'],
    ['no break', 'plain reason', 'plain reason']
  ])('%s', (_case, text, line) => {
    expect(oneLine(text)).toBe(line)
  })

  it('every reason of a verdict is one line', () => {
    expect(verdict(2, ['validation failed:\n  /healthz 500']).reasons).toEqual([
      'validation failed:\\n  /healthz 500'
    ])
  })
})
