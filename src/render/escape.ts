/**
 * The one escaper for untrusted text (commit messages, command output, approvers' comments, config values) placed
 * into the Markdown release-gate writes: no raw HTML, no line breaks or other control characters, and in a table no
 * cell boundary. The HTML report is rendered from this Markdown with raw HTML disabled, so this is the first of two
 * locks, not the only one.
 */

/** Text safe on one Markdown line: control characters become a space, `&`, `<` and `>` are entities. */
export function inlineText(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** Text safe in a Markdown table cell: as `inlineText`, with `\` and `|` escaped; nothing becomes a dash. */
export function cell(text: string | number | null | undefined): string {
  if (text === null || text === undefined || text === '') return '—'
  return inlineText(String(text)).replace(/\\/g, '\\\\').replace(/\|/g, '\\|')
}
