// Checks a window policy before anything evaluates it: every problem named by its JSON path, all at once.
import type { WindowPolicy } from '../../core/config.js'
import { ISO_DATE, WEEKDAYS, isKnownTimeZone } from './window-clock.js'
import { freezeSpan } from './window-spans.js'

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/

/** Every problem in a window policy, one line each, prefixed with its JSON path under `path`. */
export function validateWindowPolicy(policy: WindowPolicy, path = 'window'): string[] {
  const problems: string[] = []
  const policyZoneKnown = checkTimeZone(policy.timezone, `${path}.timezone`, problems)
  policy.allow.forEach((window, index) => {
    const at = `${path}.allow[${index}]`
    if (window.days.length === 0)
      problems.push(`${at}.days: is empty; list at least one of ${WEEKDAYS.join(', ')}`)
    window.days.forEach((day, dayIndex) => {
      if (!WEEKDAYS.includes(day))
        problems.push(
          `${at}.days[${dayIndex}]: '${day}' is not a weekday; expected one of ${WEEKDAYS.join(', ')}`
        )
    })
    const fromValid = checkHhMm(window.from, `${at}.from`, problems)
    const toValid = checkHhMm(window.to, `${at}.to`, problems)
    if (fromValid && toValid && window.from === window.to)
      problems.push(
        `${at}.to: '${window.to}' equals from; give a later 'to' (or an earlier one to cross midnight)`
      )
    if (window.timezone !== undefined) checkTimeZone(window.timezone, `${at}.timezone`, problems)
  })
  policy.freeze.forEach((freeze, index) => {
    const at = `${path}.freeze[${index}]`
    const fromValid = checkFreezeBound(freeze.from, `${at}.from`, problems)
    const toValid = checkFreezeBound(freeze.to, `${at}.to`, problems)
    if (freeze.reason.trim() === '') problems.push(`${at}.reason: is empty; say why releases are frozen`)
    const zoneKnown =
      freeze.timezone === undefined
        ? policyZoneKnown
        : checkTimeZone(freeze.timezone, `${at}.timezone`, problems)
    if (fromValid && toValid && zoneKnown) {
      const span = freezeSpan(freeze, policy.timezone)
      if (span.end <= span.start) {
        const order = span.end === span.start ? 'is not after' : 'is before'
        problems.push(
          `${at}.to: '${freeze.to}' ${order} from '${freeze.from}'; a freeze must end after it starts`
        )
      }
    }
  })
  return problems
}

/** Records a problem unless `timezone` is known; returns whether it is. */
function checkTimeZone(timezone: string, at: string, problems: string[]): boolean {
  if (isKnownTimeZone(timezone)) return true
  problems.push(`${at}: unknown time zone '${timezone}'; use an IANA name such as 'Europe/Berlin' or 'UTC'`)
  return false
}

/** Records a problem unless `text` is a 24-hour `HH:MM`; returns whether it is. */
function checkHhMm(text: string, at: string, problems: string[]): boolean {
  if (HH_MM.test(text)) return true
  problems.push(`${at}: '${text}' is not HH:MM; write a 24-hour time with two-digit hours, e.g. '09:00'`)
  return false
}

/** Records a problem unless `text` is a real date or an ISO date-time with offset; returns whether it is. */
function checkFreezeBound(text: string, at: string, problems: string[]): boolean {
  const dateTime = ISO_DATE_TIME.exec(text)
  const dateFields = dateTime ?? ISO_DATE.exec(text)
  if (dateFields && isCalendarDate(Number(dateFields[1]), Number(dateFields[2]), Number(dateFields[3])))
    return true
  problems.push(
    `${at}: '${text}' is neither a date (YYYY-MM-DD, e.g. '2026-12-20') nor an ISO date-time with offset ` +
      `(e.g. '2026-12-20T18:00:00+01:00')`
  )
  return false
}

/** Whether year-month-day names a day that exists (rejects 2026-02-30). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
