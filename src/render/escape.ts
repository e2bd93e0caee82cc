/**
 * The one escaper for untrusted text (commit messages, PR titles, command output, probe responses, approvers'
 * comments, config values) placed into the Markdown release-gate writes: it shows as the characters it holds and
 * does nothing else. No raw HTML, no link, image or autolink (a bare URL or e-mail address included), no code span
 * or emphasis opened by the text, no line breaks or other line separators, and in a table no cell boundary. The
 * HTML report is rendered from this Markdown with raw HTML disabled, so this is the first of two locks, not the
 * only one.
 */

// C0/C1 controls (CR, LF, NEL ...) and the Unicode line and paragraph separators: each ends a line somewhere.
const LINE_BREAKING = /[\p{Cc}\u2028\u2029]+/gu
// Punctuation that opens Markdown inline syntax: a link or image (`[`), a code span, emphasis, strikethrough, and
// `\` itself so the text cannot cancel one of these escapes. CommonMark lets every ASCII punctuation be escaped.
// An `_` inside a word (`SLACK_WEBHOOK`) opens nothing, so it stays as it is in the raw Markdown.
const INLINE_SYNTAX = /[\\`*~[\]]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu
// GitHub turns `scheme:` + text, `www.` and `local@domain` into links by themselves; an escaped `:`, `.` or `@`
// splits the text so no autolink can match, and still renders as that character.
const SCHEME_COLON = /(?<=[A-Za-z]):(?=\S)/g
const WWW_DOT = /\b(www)\./gi

/** Text safe on one Markdown line: shown as written, never markup. Line breaks and controls become a space. */
export function inlineText(text: string): string {
  return text
    .replace(LINE_BREAKING, ' ')
    .replace(INLINE_SYNTAX, char => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SCHEME_COLON, '\\:')
    .replace(WWW_DOT, '$1\\.')
    .replace(/@/g, '\\@')
}

/** Text safe in a Markdown table cell: as `inlineText`, with `|` escaped; nothing becomes a dash. */
export function cell(text: string | number | null | undefined): string {
  if (text === null || text === undefined || text === '') return '—'
  return inlineText(String(text)).replace(/\|/g, '\\|')
}

/**
 * Text as one Markdown code span (a command line, a path): the fence is longer than any run of backticks inside,
 * so the text cannot close it; line breaks become a space. In a table cell pass `{ inTable: true }`: GitHub ends a
 * cell at a `|` even inside a code span and shows `\|` there as `|`.
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  const flat = text.replace(LINE_BREAKING, ' ')
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  // A space pads a span that starts or ends with a backtick (CommonMark strips one space on each side).
  const padded = /^`|`$/.test(flat) || /^ .* $/.test(flat) ? ` ${flat} ` : flat
  return `${fence}${options.inTable ? padded.replace(/\|/g, '\\|') : padded}${fence}`
}

/**
 * Text as a fenced code block: the fence is longer than any run of backticks inside, so no line of the text can
 * close it; CR and the Unicode separators become line ends, so the text's lines are the lines a reader sees.
 */
export function fencedCode(text: string, language = ''): string {
  const lines = text.replace(/\r\n?|[\u2028\u2029]/g, '\n')
  const longestRun = Math.max(0, ...(lines.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}${language}\n${lines}\n${fence}`
}

// Characters XML 1.0 cannot hold (controls but tab, LF and CR; U+FFFE, U+FFFF; a surrogate without its pair: in
// `u` mode a pair is one code point, so only a lone one matches) and the C1 controls it discourages: a browser would
// stop reading the SVG at one, so each is shown as U+FFFD instead.
const NOT_XML = /(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF\uD800-\uDFFF]/gu

/**
 * Text safe as an XML (SVG) text node or a quoted attribute value: markup characters become entities, so the text
 * shows as written and opens no element or attribute; characters XML cannot hold become U+FFFD.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, char => XML_ENTITIES[char] as string)
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}
