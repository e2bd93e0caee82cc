// The corpus of untrusted text for Markdown: each entry is something a commit, a PR title, an approver's comment, a
// probe response or a config value can carry that would be active if GitHub rendered it as Markdown. The escaper's
// unit test and every renderer's test plant it and render the result as GitHub would, with raw HTML on.
import MarkdownIt from 'markdown-it'

/** One attack: its name and the untrusted text. */
export interface MarkdownAttack {
  name: string
  text: string
}

// Hosts under .example: linkify-it would fuzzy-link a bare `evil.com` (GitHub does not), so the corpus uses a name
// only a real autolink (`https://`, `www.`, `<...>`, an e-mail address) could turn into a link.
export const MARKDOWN_ATTACKS: readonly MarkdownAttack[] = [
  { name: 'a raw HTML tag', text: '<b onmouseover=alert(1)>bold</b>' },
  { name: 'a script', text: '<script>alert(1)</script>' },
  { name: 'a tracking image in HTML', text: '<img src="https://tracker.example/pixel.gif">' },
  { name: 'a tracking image in Markdown', text: '![pixel](https://tracker.example/pixel.gif)' },
  { name: 'a javascript: link', text: '[click](javascript:alert(1))' },
  { name: 'a data: link', text: '[click](data:text/html;base64,PHNjcmlwdD4=)' },
  { name: 'a reference link', text: '[click][x] [x]: https://evil.example/ref' },
  { name: 'a javascript: autolink', text: '<javascript:alert(1)>' },
  { name: 'an https autolink', text: '<https://evil.example/phish>' },
  { name: 'a bare URL', text: 'see https://evil.example/phish now' },
  { name: 'a bare www address', text: 'see www.evil.example/phish now' },
  { name: 'an e-mail address', text: 'mail someone@evil.example' },
  { name: 'a lone CR starting a heading', text: 'ok\r# Released' },
  { name: 'CR LF starting a list', text: 'ok\r\n- [x] approved' },
  { name: 'a Unicode line separator', text: 'ok\u2028# Released' },
  { name: 'backticks opening a code span', text: '`code` and `` ` `` and a lone `' },
  { name: 'a pipe ending a table cell', text: 'a | b | c' },
  { name: 'an @mention', text: 'cc @octocat and @acme/ops' },
  { name: 'HTML entities', text: '&lt;img src=x&gt; &#60;script&#62; &amp;' },
  { name: 'emphasis and strikethrough', text: '**bold** _it_ ~~gone~~' },
  { name: 'a backslash cancelling an escape', text: '\\<img src=x>\\' }
]

/** Markdown rendered as GitHub renders it (raw HTML allowed; GitHub then sanitises, markdown-it does not). */
export function renderLikeGitHub(markdown: string): string {
  const parser = new MarkdownIt({ html: true, linkify: true })
  // GitHub autolinks `https://...`, `www.` and e-mail addresses, not protocol-relative `//host`.
  parser.linkify.add('//', null)
  return parser.render(markdown)
}

/** What in rendered HTML is active: a tag other than plain formatting, a link or an image to a planted address. */
export function activeContentIn(html: string): string[] {
  const found: string[] = []
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? [])
    if (
      !/^<(p|h[1-6]|ul|ol|li|table|thead|tbody|tr|th|td|code|pre|strong|em|blockquote|hr|br)( [^>]*)?>$/i.test(
        tag
      )
    )
      if (!/^<a href="[^"]*\.(md|json)"|^<a href="https:\/\/github\.com\//.test(tag)) found.push(tag)
  for (const word of ['javascript:', 'tracker.example', 'evil.example'])
    if (new RegExp(`(href|src)="[^"]*${word.replace('.', '\\.')}`, 'i').test(html))
      found.push(`a link to ${word}`)
  return found
}

/** The text a reader sees in rendered HTML: tags dropped, entities read. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim()
}
