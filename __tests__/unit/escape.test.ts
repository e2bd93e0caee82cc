import { describe, expect, it } from '@jest/globals'
import { cell, inlineText } from '../../src/render/escape.js'

describe('untrusted text on one Markdown line', () => {
  const cases = [
    {
      name: 'plain text is kept',
      text: 'fix: retry the payment call',
      expected: 'fix: retry the payment call'
    },
    {
      name: 'raw HTML becomes text',
      text: '<img src=x onerror=alert(1)>',
      expected: '&lt;img src=x onerror=alert(1)&gt;'
    },
    { name: 'an ampersand is an entity first', text: 'a &lt; b & c', expected: 'a &amp;lt; b &amp; c' },
    { name: 'a line break cannot start a new block', text: 'one\n# two', expected: 'one # two' },
    {
      name: 'CR LF and other control characters fold to one space',
      text: 'a\r\n\u0007b\tc',
      expected: 'a b c'
    }
  ]
  it.each(cases)('$name', ({ text, expected }) => {
    expect(inlineText(text)).toBe(expected)
  })
})

describe('untrusted text in a Markdown table cell', () => {
  const cases = [
    { name: 'a pipe cannot end the cell', text: 'a | b', expected: 'a \\| b' },
    { name: 'a backslash cannot escape the pipe escape', text: 'a \\| b', expected: 'a \\\\\\| b' },
    {
      name: 'HTML in a cell becomes text',
      text: '<script>x</script>',
      expected: '&lt;script&gt;x&lt;/script&gt;'
    },
    { name: 'a line break stays in the row', text: 'first\nsecond', expected: 'first second' },
    { name: 'a number is written as is', text: 42, expected: '42' },
    { name: 'zero is a value, not nothing', text: 0, expected: '0' },
    { name: 'null is a dash', text: null, expected: '—' },
    { name: 'undefined is a dash', text: undefined, expected: '—' },
    { name: 'an empty text is a dash', text: '', expected: '—' }
  ]
  it.each(cases)('$name', ({ text, expected }) => {
    expect(cell(text)).toBe(expected)
  })
})
