import { createHash } from 'node:crypto'

/**
 * DEPLOYMENT-REPORT.html: the report's Markdown as one self-contained page (no scripts, no fonts, no external
 * resources), readable in a browser and on paper. The converter handles the Markdown release-gate writes
 * (headings, paragraphs, lists, block quotes, GitHub tables, inline code, bold, links, fenced code), not all of
 * CommonMark; anything it does not know stays visible as escaped text. Pure.
 */

/** What the page needs besides the Markdown. */
export interface ReportHtmlOptions {
  /** The page title (browser tab, printed header), e.g. `Deployment report: v1.2.0`. */
  title: string
  /** When the report was written (ISO 8601), shown in the footer. */
  generatedAt: string
}

/** Verdict tones: a status cell, a highlighted word or the headline is coloured by its tone. */
type Tone = 'good' | 'bad' | 'warn' | 'neutral'

const CSS = `
:root {
  --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --head: #f6f8fa; --stripe: #fafbfc; --link: #0550ae;
  --code-bg: #eff1f3; --good: #1a7f37; --good-bg: #e9f8ee; --bad: #b42318; --bad-bg: #fdecea;
  --warn: #8a5300; --warn-bg: #fff4dc; --neutral: #59636e; --neutral-bg: #f3f4f6;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--fg); background: #fff;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif;
}
main, footer { max-width: 1180px; margin: 0 auto; padding: 32px 40px 8px; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; font-weight: 650; }
h1 { font-size: 1.85em; margin: 0 0 .7em; padding-bottom: .3em; border-bottom: 2px solid var(--border); }
h2 { font-size: 1.35em; margin: 1.9em 0 .7em; padding-bottom: .25em; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.12em; margin: 1.5em 0 .6em; }
h4, h5, h6 { font-size: 1em; margin: 1.3em 0 .5em; }
p, ul, ol, blockquote, pre, .table-wrap { margin: 0 0 1em; }
ul, ol { padding-left: 1.6em; }
li + li { margin-top: .25em; }
hr { border: 0; border-top: 1px solid var(--border); margin: 1.5em 0; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; overflow-wrap: break-word; }
code, pre {
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
  font-size: .86em;
}
code { background: var(--code-bg); padding: .1em .35em; border-radius: 4px; overflow-wrap: break-word; }
code.digest { word-break: break-all; font-size: .8em; }
pre { background: var(--head); border: 1px solid var(--border); border-radius: 6px; padding: 12px 14px; overflow-x: auto; line-height: 1.45; }
pre code { background: none; padding: 0; font-size: 1em; }
pre.chart::before {
  content: "Chart (Mermaid source; GitHub draws it)"; display: block; margin-bottom: 6px;
  font: 600 11px/1.4 system-ui, sans-serif; letter-spacing: .04em; text-transform: uppercase; color: var(--muted);
}
blockquote { margin-left: 0; padding: .3em 1em; border-left: 4px solid var(--border); color: var(--muted); }
blockquote > :last-child { margin-bottom: 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
th, td { border: 1px solid var(--border); padding: 6px 10px; text-align: left; vertical-align: top; }
th { background: var(--head); font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--stripe); }
th.align-right, td.align-right { text-align: right; }
th.align-center, td.align-center { text-align: center; }
.verdict { font-weight: 650; border-radius: 3px; padding: 0 .12em; }
time { white-space: nowrap; }
.verdict.tone-bad { color: var(--bad); background: var(--bad-bg); }
.verdict.tone-warn { color: var(--warn); background: var(--warn-bg); }
td.status { font-weight: 600; white-space: nowrap; }
td.align-right { font-variant-numeric: tabular-nums; }
td.status.tone-good { color: var(--good); }
td.status.tone-bad { color: var(--bad); background: var(--bad-bg); }
td.status.tone-warn { color: var(--warn); background: var(--warn-bg); }
td.status.tone-neutral { color: var(--neutral); font-weight: 400; }
td.status .verdict, .headline .verdict { background: none; padding: 0; color: inherit; }
.headline { padding: 12px 16px; border: 1px solid var(--border); border-left-width: 6px; border-radius: 6px; font-size: 1.08em; }
.headline.tone-good { border-left-color: var(--good); background: var(--good-bg); color: var(--good); }
.headline.tone-bad { border-left-color: var(--bad); background: var(--bad-bg); color: var(--bad); }
.headline.tone-warn { border-left-color: var(--warn); background: var(--warn-bg); color: var(--warn); }
.headline.tone-neutral { border-left-color: var(--neutral); background: var(--neutral-bg); }
footer { padding-top: 12px; padding-bottom: 32px; color: var(--muted); font-size: .85em; }
footer p { border-top: 1px solid var(--border); padding-top: 12px; margin: 0; }
@media (max-width: 640px) {
  main, footer { padding-left: 16px; padding-right: 16px; }
  th, td { padding: 5px 6px; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { font-size: 10pt; }
  main, footer { max-width: none; padding: 0; }
  footer { margin-top: 1.5em; }
  .table-wrap { overflow: visible; }
  pre { white-space: pre-wrap; }
  pre, code, a { overflow-wrap: anywhere; }
  h1, h2, h3, h4 { break-after: avoid; }
  tr, pre, blockquote, .headline { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`

// The policy allows exactly this stylesheet (by hash) and nothing else: no script, no fetch, no frame, no form.
const STYLE_HASH = createHash('sha256').update(CSS).digest('base64')

/** The page's Content-Security-Policy: no scripts or resources of any kind; only its own inline stylesheet. */
export const REPORT_HTML_CSP = `default-src 'none'; script-src 'none'; object-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'`

/** The report's Markdown as one self-contained HTML5 document: escaped text, no scripts, no external assets. Pure. */
export function renderReportHtml(markdown: string, options: ReportHtmlOptions): string {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD').split('\n')
  const body = renderBlocks(lines, { headingIds: new Map(), topLevel: true }, false)
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_HTML_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="release-gate">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '<footer>',
    `<p>Generated by release-gate at <time datetime="${escapeHtml(options.generatedAt)}">${escapeHtml(options.generatedAt)}</time>. A self-contained page: no scripts, no external resources; the evidence files it links sit next to it.</p>`,
    '</footer>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/** Escapes text for an HTML text node or a quoted attribute value. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => ENTITIES[char] as string)
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

interface BlockState {
  /** Heading ids used so far, to make each one unique the way GitHub does (`gates`, `gates-1`). */
  headingIds: Map<string, number>
  /** The document itself, not a list item or a block quote: only there does a headline follow the title. */
  topLevel: boolean
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$/
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const QUOTE = /^ {0,3}> ?/
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)/

const isBlank = (line: string): boolean => line.trim() === ''

/** Whether `line` starts a block that ends a paragraph or a table (as GitHub would). */
function interrupts(line: string): boolean {
  return (
    FENCE_OPEN.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || LIST_ITEM.test(line)
  )
}

/** Renders block-level Markdown to HTML lines. In a tight list item, paragraphs lose their `<p>`. */
function renderBlocks(lines: readonly string[], state: BlockState, tight: boolean): string[] {
  const html: string[] = []
  let previous: 'h1' | 'other' | 'none' = 'none'
  let i = 0
  while (i < lines.length) {
    const line = lines[i] as string
    if (isBlank(line)) {
      i++
      continue
    }
    const fence = FENCE_OPEN.exec(line)
    if (fence) {
      const [, indent = '', marker = '```', language = ''] = fence
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`)
      const content: string[] = []
      i++
      while (i < lines.length && !closing.test(lines[i] as string)) {
        content.push(stripIndent(lines[i] as string, indent.length))
        i++
      }
      i++ // the closing fence (or the end of the document: an unclosed fence runs to the end)
      html.push(renderFence(language, content))
      previous = 'other'
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      const level = (heading[1] as string).length
      const text = (heading[2] ?? '').trim()
      html.push(
        `<h${level} id="${escapeHtml(headingId(text, state.headingIds))}">${renderInline(text)}</h${level}>`
      )
      previous = level === 1 ? 'h1' : 'other'
      i++
      continue
    }
    const table = tableAt(lines, i)
    if (table) {
      html.push(renderTable(table.header, table.alignments, table.rows))
      i = table.end
      previous = 'other'
      continue
    }
    if (RULE.test(line)) {
      html.push('<hr>')
      i++
      previous = 'other'
      continue
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = []
      while (i < lines.length && QUOTE.test(lines[i] as string)) {
        quoted.push((lines[i] as string).replace(QUOTE, ''))
        i++
      }
      html.push(
        '<blockquote>',
        ...renderBlocks(quoted, { ...state, topLevel: false }, false),
        '</blockquote>'
      )
      previous = 'other'
      continue
    }
    if (LIST_ITEM.test(line)) {
      const list = listAt(lines, i)
      html.push(...renderList(list, state))
      i = list.end
      previous = 'other'
      continue
    }
    const paragraph = [line]
    i++
    while (i < lines.length && !isBlank(lines[i] as string) && !interrupts(lines[i] as string)) {
      if (tableAt(lines, i)) break
      paragraph.push(lines[i] as string)
      i++
    }
    const source = paragraph.map(l => l.trimStart()).join('\n')
    const inline = renderInline(source.trimEnd())
    if (tight) html.push(inline)
    else if (state.topLevel && previous === 'h1' && /^\*\*[^]*\*\*$/.test(source.trim()))
      // The report's headline (`**Rolled back: …**` under the title) becomes a coloured banner.
      html.push(`<p class="headline tone-${headlineTone(source)}">${inline}</p>`)
    else html.push(`<p>${inline}</p>`)
    previous = 'other'
  }
  return html
}

/** Removes up to `width` leading spaces (content inside an indented fence or a list item). */
function stripIndent(line: string, width: number): string {
  let removed = 0
  while (removed < width && line[removed] === ' ') removed++
  return line.slice(removed)
}

function renderFence(language: string, content: readonly string[]): string {
  const code = escapeHtml(content.join('\n'))
  // No script may draw a Mermaid chart here, so its source is shown as it is.
  if (language.toLowerCase() === 'mermaid') return `<pre class="chart">${code}</pre>`
  const languageClass = /^[A-Za-z0-9_+-]+$/.test(language) ? ` class="language-${language}"` : ''
  return `<pre><code${languageClass}>${code}</code></pre>`
}

/** A GitHub-style anchor: lower case, punctuation dropped, spaces as hyphens, a counter when repeated. */
function headingId(text: string, used: Map<string, number>): string {
  const plain = text
    .replace(/`|\*\*|\\/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
  const base =
    plain
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-') || 'section'
  const count = used.get(base) ?? 0
  used.set(base, count + 1)
  return count === 0 ? base : `${base}-${count}`
}

function headlineTone(source: string): Tone {
  const text = source.replace(/\*\*/g, '').trim().toLowerCase()
  if (/^(released|passed)\b/.test(text)) return 'good'
  if (/^failed\b/.test(text)) return 'bad'
  if (/^(rolled back|halted)\b/.test(text)) return 'warn'
  return 'neutral'
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

type Alignment = 'left' | 'right' | 'center' | null

/** Splits a table row on its unescaped pipes; `\|` inside a cell is a literal pipe (also inside code). */
function splitRow(line: string): string[] {
  let row = line.trim()
  if (row.startsWith('|')) row = row.slice(1)
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1)
  const cells: string[] = []
  let current = ''
  for (let i = 0; i < row.length; i++) {
    const char = row[i] as string
    if (char === '\\' && row[i + 1] === '|') {
      current += '|'
      i++
    } else if (char === '|') {
      cells.push(current.trim())
      current = ''
    } else current += char
  }
  cells.push(current.trim())
  return cells
}

function alignmentsOf(line: string): Alignment[] | null {
  if (!line.includes('-') || !/^[\s|:-]+$/.test(line)) return null
  const cells = splitRow(line)
  if (!cells.every(cell => /^:?-+:?$/.test(cell))) return null
  return cells.map(cell => {
    const left = cell.startsWith(':')
    const right = cell.endsWith(':')
    return left && right ? 'center' : right ? 'right' : left ? 'left' : null
  })
}

/** The table starting at line `start` (a header row, then a delimiter row with as many cells), or null. */
function tableAt(
  lines: readonly string[],
  start: number
): { header: string[]; alignments: Alignment[]; rows: string[][]; end: number } | null {
  const headerLine = lines[start]
  const delimiterLine = lines[start + 1]
  if (headerLine === undefined || delimiterLine === undefined || !headerLine.includes('|')) return null
  const alignments = alignmentsOf(delimiterLine)
  const header = splitRow(headerLine)
  if (!alignments || alignments.length !== header.length) return null
  const rows: string[][] = []
  let i = start + 2
  while (i < lines.length) {
    const line = lines[i] as string
    if (isBlank(line) || interrupts(line)) break
    const cells = splitRow(line)
    rows.push(header.map((_, column) => cells[column] ?? ''))
    i++
  }
  return { header, alignments, rows, end: i }
}

function renderTable(
  header: readonly string[],
  alignments: readonly Alignment[],
  rows: readonly string[][]
): string {
  // A column of plain numbers (bytes, exit codes, counts) without an explicit alignment reads best flush right.
  const numeric = header.map(
    (_, column) =>
      rows.some(row => /\d/.test(row[column] ?? '')) &&
      rows.every(row => /^(-?\d+(\.\d+)?|—)?$/.test((row[column] ?? '').trim()))
  )
  const alignClass = (column: number): string[] => {
    const alignment = alignments[column] ?? (numeric[column] ? 'right' : null)
    return alignment && alignment !== 'left' ? [`align-${alignment}`] : []
  }
  const classAttribute = (classes: string[]): string =>
    classes.length > 0 ? ` class="${classes.join(' ')}"` : ''
  const head = header.map(
    (text, column) =>
      `<th${classAttribute(alignClass(column))}>${renderInline(text, { verdicts: false })}</th>`
  )
  const body = rows.map(row => {
    const cells = row.map((text, column) => {
      const tone = statusTone(text)
      const classes = [...alignClass(column), ...(tone ? ['status', `tone-${tone}`] : [])]
      return `<td${classAttribute(classes)}>${renderInline(text)}</td>`
    })
    return `<tr>${cells.join('')}</tr>`
  })
  return [
    '<div class="table-wrap"><table>',
    `<thead><tr>${head.join('')}</tr></thead>`,
    ...(body.length > 0 ? ['<tbody>', ...body, '</tbody>'] : []),
    '</table></div>'
  ].join('\n')
}

/** Status values release-gate writes into table cells (gate verdicts, service, check and sample results). */
const STATUS_TONES: Record<string, Tone> = {
  passed: 'good',
  pass: 'good',
  success: 'good',
  ok: 'good',
  deployed: 'good',
  approved: 'good',
  healthy: 'good',
  promoted: 'good',
  completed: 'good',
  released: 'good',
  'signed-off': 'good',
  'automated-pass': 'good',
  failed: 'bad',
  fail: 'bad',
  failure: 'bad',
  error: 'bad',
  timeout: 'bad',
  breached: 'bad',
  aborted: 'bad',
  rejected: 'bad',
  'not-possible': 'bad',
  missing: 'bad',
  stale: 'bad',
  unparseable: 'bad',
  'schema-invalid': 'bad',
  'future-timestamp': 'bad',
  'not-a-file': 'bad',
  'outside-workspace': 'bad',
  'rehearsal-failed': 'bad',
  'rehearsal-of-another-release': 'bad',
  'automated-fail': 'bad',
  halted: 'warn',
  'rolled-back': 'warn',
  inconclusive: 'warn',
  incomplete: 'warn',
  skipped: 'warn',
  pending: 'warn',
  'not reached': 'neutral',
  'not-run': 'neutral',
  'not-started': 'neutral'
}

/** The tone of a cell that holds only a status (optionally bold, optionally with a note in parentheses). */
function statusTone(cellSource: string): Tone | null {
  const match = /^(?:\*\*)?([a-z][a-z-]*(?: [a-z]+)?)(?:\*\*)?(?: \([^)]*\))?$/i.exec(cellSource.trim())
  return match ? (STATUS_TONES[(match[1] as string).toLowerCase()] ?? null) : null
}

// ---------------------------------------------------------------------------------------------------------------
// Lists

interface ParsedList {
  ordered: boolean
  start: number
  items: string[][]
  loose: boolean
  end: number
}

/** The list starting at line `start`: items of one kind (same bullet, or same number delimiter). */
function listAt(lines: readonly string[], start: number): ParsedList {
  const first = LIST_ITEM.exec(lines[start] as string) as RegExpExecArray
  const marker = first[2] as string
  const ordered = /\d/.test(marker)
  const sameKind = (candidate: string): boolean =>
    ordered ? /\d/.test(candidate) && candidate.slice(-1) === marker.slice(-1) : candidate === marker
  const items: string[][] = []
  let loose = false
  let i = start
  while (i < lines.length) {
    const itemMatch = LIST_ITEM.exec(lines[i] as string)
    if (!itemMatch || !sameKind(itemMatch[2] as string)) break
    const line = lines[i] as string
    const contentOffset = Math.min(
      itemMatch[0].length,
      (itemMatch[1] as string).length + (itemMatch[2] as string).length + 4
    )
    const item = [line.slice(contentOffset)]
    i++
    while (i < lines.length) {
      const next = lines[i] as string
      if (isBlank(next)) {
        // A blank line continues the item only when indented content follows it.
        let j = i
        while (j < lines.length && isBlank(lines[j] as string)) j++
        const after = lines[j]
        if (after !== undefined && after.length - after.trimStart().length >= contentOffset) {
          item.push(...lines.slice(i, j).map(() => ''))
          loose = true
          i = j
          continue
        }
        if (
          after !== undefined &&
          LIST_ITEM.test(after) &&
          sameKind((LIST_ITEM.exec(after) as RegExpExecArray)[2] as string)
        )
          loose = true
        break
      }
      const indent = next.length - next.trimStart().length
      if (indent >= contentOffset) item.push(next.slice(contentOffset))
      else if (LIST_ITEM.test(next) || interrupts(next)) break
      else item.push(next.trimStart()) // a lazy continuation of the item's paragraph
      i++
    }
    items.push(item)
    // Blank lines between items: skip them when the list goes on.
    let j = i
    while (j < lines.length && isBlank(lines[j] as string)) j++
    const after = lines[j]
    if (j > i && after !== undefined) {
      const afterMatch = LIST_ITEM.exec(after)
      if (afterMatch && sameKind(afterMatch[2] as string)) i = j
    }
  }
  return { ordered, start: ordered ? Number.parseInt(marker, 10) : 1, items, loose, end: i }
}

function renderList(list: ParsedList, state: BlockState): string[] {
  const open = list.ordered ? (list.start !== 1 ? `<ol start="${list.start}">` : '<ol>') : '<ul>'
  const items = list.items.map(item => {
    const content = renderBlocks(item, { ...state, topLevel: false }, !list.loose)
    return `<li>${content.join('\n')}</li>`
  })
  return [open, ...items, list.ordered ? '</ol>' : '</ul>']
}

// ---------------------------------------------------------------------------------------------------------------
// Inline: code spans, bold, links, autolinks, backslash escapes, hard breaks; everything else is escaped text.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/

/** Words that say a release went wrong, highlighted wherever they appear in text (not in code). */
const VERDICT_WORDS =
  /\b(failed|breached|aborted|rejected|not executable|halted|rolled back|rolled-back|overridden)\b/gi
const VERDICT_TONES: Record<string, Tone> = {
  failed: 'bad',
  breached: 'bad',
  aborted: 'bad',
  rejected: 'bad',
  'not executable': 'bad',
  halted: 'warn',
  'rolled back': 'warn',
  'rolled-back': 'warn',
  overridden: 'warn'
}

const TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})(?![\w:.])/g

/** Escaped text; timestamps kept on one line, and (unless `verdicts` is false) verdict words highlighted. */
function renderText(text: string, verdicts: boolean): string {
  const escaped = escapeHtml(text).replace(TIMESTAMP, time => `<time>${time}</time>`)
  if (!verdicts) return escaped
  return escaped.replace(
    VERDICT_WORDS,
    word => `<span class="verdict tone-${VERDICT_TONES[word.toLowerCase()] ?? 'bad'}">${word}</span>`
  )
}

/** What inline rendering may add besides escaped text. */
interface InlineOptions {
  /** Links and autolinks (off inside a link's own text: anchors cannot nest). */
  links?: boolean
  /** Verdict words highlighted (off in table headers, where `Failed` names a column). */
  verdicts?: boolean
}

/** Inline Markdown to HTML. */
function renderInline(source: string, options: InlineOptions = {}): string {
  const { links = true, verdicts = true } = options
  let html = ''
  let text = ''
  const flush = (): void => {
    html += renderText(text, verdicts)
    text = ''
  }
  let i = 0
  while (i < source.length) {
    const char = source[i] as string
    const next = source[i + 1]
    if (char === '\\' && next !== undefined && ASCII_PUNCTUATION.test(next)) {
      text += next
      i += 2
      continue
    }
    if (char === '\n' || (char === '\\' && next === '\n')) {
      // Two trailing spaces or a backslash before the line break: a hard break; otherwise a soft one.
      const hard = char === '\\' || / {2,}$/.test(text)
      text = text.replace(/ +$/, '')
      if (hard) {
        flush()
        html += '<br>\n'
      } else text += '\n'
      i += char === '\\' ? 2 : 1
      continue
    }
    if (char === '`') {
      const span = codeSpanAt(source, i)
      if (span) {
        flush()
        const digest = /^[0-9a-f]{40,}$/i.test(span.content) ? ' class="digest"' : ''
        html += `<code${digest}>${escapeHtml(span.content)}</code>`
        i = span.end
      } else {
        const run = /^`+/.exec(source.slice(i))?.[0] ?? '`'
        text += run
        i += run.length
      }
      continue
    }
    if (char === '*' && next === '*') {
      const close = findClosing(source, i + 2, '**')
      const content = close === -1 ? '' : source.slice(i + 2, close)
      if (content !== '' && content.trim() === content) {
        flush()
        html += `<strong>${renderInline(content, options)}</strong>`
        i = close + 2
      } else {
        text += '**'
        i += 2
      }
      continue
    }
    if (char === '[' && links && source.includes('](', i)) {
      const link = linkAt(source, i)
      if (link) {
        flush()
        const label = renderInline(link.text, { ...options, links: false })
        html += isAllowedLinkTarget(link.target)
          ? `<a href="${escapeHtml(link.target)}">${label}</a>`
          : `<span class="link-text">${label}</span>`
        i = link.end
        continue
      }
    }
    if (char === '<' && links) {
      const angle = /^<(https?:\/\/[^\s<>]+)>/i.exec(source.slice(i))
      if (angle && isAllowedLinkTarget(angle[1] as string)) {
        flush()
        html += `<a href="${escapeHtml(angle[1] as string)}">${escapeHtml(angle[1] as string)}</a>`
        i += angle[0].length
        continue
      }
    }
    if (links && (char === 'h' || char === 'H') && (i === 0 || /[\s(]/.test(source[i - 1] as string))) {
      const url = bareUrlAt(source, i)
      if (url) {
        flush()
        html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
        i += url.length
        continue
      }
    }
    text += char
    i++
  }
  flush()
  return html
}

/** A code span opening at `start`: a run of backticks, closed by a run of the same length. */
function codeSpanAt(source: string, start: number): { content: string; end: number } | null {
  const run = (/^`+/.exec(source.slice(start)) as RegExpExecArray)[0]
  let i = start + run.length
  while (i < source.length) {
    const close = source.indexOf(run, i)
    if (close === -1) return null
    const after = close + run.length
    if (source[after] === '`') {
      i = after + (/^`+/.exec(source.slice(after)) as RegExpExecArray)[0].length
      continue
    }
    let content = source.slice(start + run.length, close).replace(/\n/g, ' ')
    if (content.length > 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '')
      content = content.slice(1, -1)
    return { content, end: after }
  }
  return null
}

/** Where `delimiter` next occurs outside code spans and escapes, or -1. */
function findClosing(source: string, from: number, delimiter: string): number {
  let i = from
  while (i < source.length) {
    if (source[i] === '\\') {
      i += 2
      continue
    }
    if (source[i] === '`') {
      const span = codeSpanAt(source, i)
      if (span) {
        i = span.end
        continue
      }
    }
    if (source.startsWith(delimiter, i)) return i
    i++
  }
  return -1
}

const MAX_LINK_TEXT = 1000

/** An inline link `[text](target "title")` at `start`, or null. */
function linkAt(source: string, start: number): { text: string; target: string; end: number } | null {
  let depth = 0
  let i = start
  let textEnd = -1
  // Link texts release-gate writes are short; the bound keeps a line of unmatched `[` from taking quadratic time.
  const limit = Math.min(source.length, start + MAX_LINK_TEXT)
  while (i < limit) {
    const char = source[i]
    if (char === '\\') {
      i += 2
      continue
    }
    if (char === '`') {
      const span = codeSpanAt(source, i)
      if (span) {
        i = span.end
        continue
      }
    }
    if (char === '[') depth++
    if (char === ']' && --depth === 0) {
      textEnd = i
      break
    }
    i++
  }
  if (textEnd === -1 || source[textEnd + 1] !== '(') return null
  const rest = source.slice(textEnd + 2)
  const destination =
    /^[ \t]*(?:<([^<>\n]*)>|((?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))*))(?:[ \t]+(?:"[^"]*"|'[^']*'))?[ \t]*\)/.exec(
      rest
    )
  if (!destination) return null
  const target = (destination[1] ?? destination[2] ?? '').replace(/\\([!-/:-@[-`{-~])/g, '$1')
  return { text: source.slice(start + 1, textEnd), target, end: textEnd + 2 + destination[0].length }
}

/** A bare http(s) URL at `start` (GitHub autolinks them), without trailing punctuation, or null. */
function bareUrlAt(source: string, start: number): string | null {
  const match = /^https?:\/\/[^\s<>"'`|]+/i.exec(source.slice(start))
  if (!match) return null
  let url = match[0].replace(/[.,:;!?*_~]+$/, '')
  // A closing parenthesis belongs to the URL only when it balances one inside it: `(see http://x/a_(b))`.
  while (url.endsWith(')') && (url.match(/\)/g) ?? []).length > (url.match(/\(/g) ?? []).length)
    url = url.slice(0, -1).replace(/[.,:;!?*_~]+$/, '')
  return /^https?:\/\/[^/?#]/i.test(url) && isAllowedLinkTarget(url) ? url : null
}

/**
 * Links the page may carry: http(s) URLs, and relative paths to the bundle's `.md` and `.json` files. Anything
 * else (javascript:, data:, file:, protocol-relative `//host`, anchors, other files) is shown as text.
 */
function isAllowedLinkTarget(target: string): boolean {
  // Browsers drop tabs and newlines inside URLs (`java\tscript:`), so any whitespace or control character is refused.
  if (target === '' || /[\s\\]/.test(target) || [...target].some(c => c.charCodeAt(0) < 0x20 || c === '\x7f'))
    return false
  if (/^https?:\/\//i.test(target)) {
    try {
      const url = new URL(target)
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
    } catch {
      return false
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return false
  const path = target.split(/[?#]/, 1)[0] as string
  return /\.(md|json)$/i.test(path)
}
