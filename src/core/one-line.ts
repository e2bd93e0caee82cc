/**
 * `text` on one line: line breaks (LF, CRLF, a lone CR) become a visible `\n`. Gate reasons are printed one per line
 * and read by scripts that way, and some carry text from elsewhere (a parser's message quoting the file). Pure.
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\\n')
}
