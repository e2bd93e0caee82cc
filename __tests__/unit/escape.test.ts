import { describe, expect, it } from '@jest/globals'
import { cell, codeSpan, fencedCode, inlineText, xmlText } from '../../src/render/escape.js'
import {
  MARKDOWN_ATTACKS,
  activeContentIn,
  renderLikeGitHub,
  visibleText
} from '../corpus/untrusted-markdown.js'

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
    },
    { name: 'a Unicode line separator folds to a space', text: 'a\u2028b\u2029c', expected: 'a b c' },
    {
      name: 'a link or image cannot open',
      text: '![x](javascript:alert(1))',
      expected: '!\\[x\\](javascript\\:alert(1))'
    },
    {
      name: 'a bare URL cannot autolink',
      text: 'https://evil.example/x',
      expected: 'https\\://evil.example/x'
    },
    { name: 'a www address cannot autolink', text: 'www.evil.example', expected: 'www\\.evil.example' },
    { name: 'an e-mail address cannot autolink', text: 'a@evil.example', expected: 'a\\@evil.example' },
    { name: 'a backtick cannot open a code span', text: '`x`', expected: '\\`x\\`' },
    { name: 'emphasis cannot open', text: '*a* _b_ ~~c~~', expected: '\\*a\\* \\_b\\_ \\~\\~c\\~\\~' },
    { name: 'an underscore inside a word is kept', text: 'SLACK_WEBHOOK', expected: 'SLACK_WEBHOOK' },
    { name: 'a time keeps its colons', text: 'at 10:32:05', expected: 'at 10:32:05' }
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

describe('untrusted text rendered by GitHub shows as written and does nothing', () => {
  // A reader sees the characters the text holds; line breaks and separators read as a space.
  const shownAs = (text: string): string => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim()

  it.each(MARKDOWN_ATTACKS)('$name, on a line', ({ text }) => {
    const html = renderLikeGitHub(`Comment: ${inlineText(text)}`)
    expect(activeContentIn(html)).toEqual([])
    expect(visibleText(html)).toBe(`Comment: ${shownAs(text)}`)
  })

  it.each(MARKDOWN_ATTACKS)('$name, in a table cell', ({ text }) => {
    const html = renderLikeGitHub(`| a | b | c |\n|---|---|---|\n| x | ${cell(text)} | y |`)
    expect(activeContentIn(html)).toEqual([])
    expect(html.match(/<td>/g)).toHaveLength(3)
    expect(visibleText(/<td>x<\/td>\n<td>([^]*?)<\/td>/.exec(html)?.[1] ?? '')).toBe(shownAs(text))
  })

  it.each(MARKDOWN_ATTACKS)('$name, as a list item', ({ text }) => {
    const html = renderLikeGitHub(`- ${inlineText(text)}`)
    expect(activeContentIn(html)).toEqual([])
    expect(html.match(/<li>/g)).toHaveLength(1)
  })

  it.each(MARKDOWN_ATTACKS)('$name, as a code span', ({ text }) => {
    const html = renderLikeGitHub(`| a | b |\n|---|---|\n| ${codeSpan(text, { inTable: true })} | y |`)
    expect(activeContentIn(html)).toEqual([])
    expect(html.match(/<td>/g)).toHaveLength(2)
  })
})

describe('untrusted text as a fenced code block', () => {
  it.each([
    { name: 'a fence inside cannot close the block', text: 'a\n```\n<img src=x>\n```' },
    { name: 'a lone CR is a line of the block', text: 'a\r```\r# Released' },
    { name: 'a longer fence inside cannot close it', text: '`````\n[x](javascript:alert(1))' }
  ])('$name', ({ text }) => {
    const html = renderLikeGitHub(`${fencedCode(text, 'sh')}\n\n# After`)
    expect(html.match(/<pre>/g)).toHaveLength(1)
    expect(activeContentIn(html)).toEqual([])
    expect(html).toMatch(/<\/pre>\n<h1>After<\/h1>/)
  })
})

describe('untrusted text in XML (the SVG charts of the HTML report)', () => {
  it.each([
    ['plain text is kept', 'api-latency', 'api-latency'],
    ['markup becomes text', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an ampersand is an entity first', 'a &lt; b', 'a &amp;lt; b'],
    ['quotes cannot close an attribute', `"x" 'y'`, '&quot;x&quot; &#39;y&#39;'],
    [
      'a character XML cannot hold becomes U+FFFD',
      'a\u0000b\u0008c\uFFFEd\uD800e',
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe'
    ],
    ['tab, line feed and a pair of surrogates are kept', 'a\tb\nc\u{1F600}', 'a\tb\nc\u{1F600}']
  ])('%s', (_name, text, expected) => {
    expect(xmlText(text)).toBe(expected)
  })
})
