/**
 * Alertmanager's label matchers (`service="checkout"`, `severity=~"critical|page"`): parsed once at config load,
 * written back into the API's `filter` parameter, and applied again to what the API returns, because a filter a
 * proxy dropped or an API that ignored it must not turn unrelated alerts into a failed release (or hide a firing
 * one behind a pass). Pure.
 */

/** The four operators of Alertmanager's matcher syntax. */
export type AlertMatchOperator = '=' | '!=' | '=~' | '!~'

/** One parsed matcher: the label, how it is compared, and the value (a regex for `=~` and `!~`). */
export interface AlertMatcher {
  name: string
  operator: AlertMatchOperator
  value: string
}

/** A matcher's text that is not in Alertmanager's syntax, or a regex that does not compile. */
export class AlertMatcherSyntaxError extends Error {}

const MATCHER = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$/s
const UNQUOTED_VALUE = /^[^"\\\s,{}]*$/
const EXPECTED_FORM = 'expected name="value", name!="value", name=~"regex" or name!~"regex"'

/** Parses `name op "value"` (the value may also be unquoted when it has no quote, space, comma or brace). */
export function parseAlertMatcher(text: string): AlertMatcher {
  const parts = MATCHER.exec(text)
  if (!parts) throw new AlertMatcherSyntaxError(`invalid matcher ${JSON.stringify(text)}: ${EXPECTED_FORM}`)
  const [, name, operator, rawValue] = parts as unknown as [string, string, AlertMatchOperator, string]
  const value = rawValue.startsWith('"') ? unquote(rawValue, text) : rawValue
  if (!rawValue.startsWith('"') && !UNQUOTED_VALUE.test(rawValue)) {
    throw new AlertMatcherSyntaxError(
      `invalid matcher ${JSON.stringify(text)}: quote a value that holds quotes, backslashes, spaces, commas or braces, e.g. ${name}${operator}"${rawValue.replace(/["\\]/g, '\\$&')}"`
    )
  }
  const matcher = { name, operator, value }
  if (operator === '=~' || operator === '!~') wholeValueRegex(matcher, text)
  return matcher
}

/** A matcher as the API's `filter` parameter takes it: `name op "value"`, the value quoted and escaped. */
export function formatAlertMatcher(matcher: AlertMatcher): string {
  const escaped = matcher.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
  return `${matcher.name}${matcher.operator}"${escaped}"`
}

/** Whether `labels` satisfy every matcher; a missing label compares as the empty string, as in Alertmanager. */
export function matchesAll(
  matchers: readonly AlertMatcher[],
  labels: Readonly<Record<string, string>>
): boolean {
  return matchers.every(matcher => {
    const actual = Object.hasOwn(labels, matcher.name) ? (labels[matcher.name] as string) : ''
    switch (matcher.operator) {
      case '=':
        return actual === matcher.value
      case '!=':
        return actual !== matcher.value
      case '=~':
        return wholeValueRegex(matcher).test(actual)
      case '!~':
        return !wholeValueRegex(matcher).test(actual)
    }
  })
}

/** Alertmanager anchors a matcher's regex: it must match the whole label value. */
function wholeValueRegex(matcher: AlertMatcher, text = formatAlertMatcher(matcher)): RegExp {
  try {
    return new RegExp(`^(?:${matcher.value})$`)
  } catch (error) {
    throw new AlertMatcherSyntaxError(
      `invalid matcher ${JSON.stringify(text)}: the regex does not compile (${(error as Error).message})`
    )
  }
}

/** A double-quoted value with Go's escapes `\"`, `\\` and `\n`; nothing may follow the closing quote. */
function unquote(quoted: string, text: string): string {
  let value = ''
  for (let i = 1; i < quoted.length; i += 1) {
    const char = quoted[i] as string
    if (char === '"') {
      if (i !== quoted.length - 1) break
      return value
    }
    if (char !== '\\') {
      value += char
      continue
    }
    const escaped = quoted[i + 1]
    i += 1
    if (escaped === 'n') value += '\n'
    else if (escaped === '"' || escaped === '\\') value += escaped
    else
      throw new AlertMatcherSyntaxError(
        `invalid matcher ${JSON.stringify(text)}: unknown escape \\${escaped ?? ''} (use \\", \\\\ or \\n)`
      )
  }
  throw new AlertMatcherSyntaxError(
    `invalid matcher ${JSON.stringify(text)}: the value's quotes do not close at its end, ${EXPECTED_FORM}`
  )
}
