/**
 * Deployment windows and freezes: may a production release start at this instant, and if not, when next?
 *
 * Every function here is pure: the policy and an instant in, a verdict out; no clock, no I/O. Time zones
 * come from the platform's Intl (Node 20 ships full ICU), so the IANA rules are whatever the runtime carries.
 *
 * Wall-clock semantics across daylight-saving switches (decided once, here):
 * - A window is local wall-clock time on a local calendar day: 09:00–16:00 Europe/Berlin is 08:00–15:00 UTC
 *   in winter and 07:00–14:00 UTC in summer.
 * - Each day's occurrence is one contiguous span of real time, [from, to): it opens the first time the local
 *   clock shows `from` and closes the last time it shows `to`, so an ambiguous hour never shortens a window.
 * - `to` at or before `from` closes on the next day (22:00–02:00); the occurrence belongs to the day it
 *   opens, so a Friday 22:00–02:00 window admits Saturday 01:00 even when Saturday is not listed.
 * - Spring forward: a wall time that does not exist (02:30 in Berlin on the last Sunday of March) resolves
 *   to the next valid instant, the switch itself (03:00 CEST). A window 02:30–04:00 opens at 03:00 that
 *   day; a window wholly inside the gap (02:00–02:45) is empty that day rather than moved.
 * - Fall back: a wall time that occurs twice resolves to its first occurrence as a `from` and its second as
 *   a `to`, so a window 01:00–03:00 in Berlin on the last Sunday of October lasts three real hours and covers
 *   both repeated 02:xx hours.
 * - A whole-day freeze runs from local midnight of its first day to local midnight after its last day (a
 *   midnight that a switch skips resolves to the switch); a date-time freeze is [from, to): at `to` it ended.
 */
import type { AllowedWindow, Freeze, Weekday, WindowPolicy } from '../../core/config.js'
import { UsageError } from '../../core/errors.js'

/** The weekdays in the order people read a week (ISO: Monday first). */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/** The verdict on one instant: allowed or not, why in one line, and when a release would next be allowed. */
export type WindowEvaluation = {
  /** True iff inside an allowed window (or none configured) and inside no freeze. */
  allowed: boolean
  /** One human line explaining the verdict, naming the next allowed time when refused. */
  reason: string
  /** The freeze in force at that instant (the one ending last, if several overlap), else null. */
  activeFreeze: Freeze | null
  /** The first configured window open at that instant (even if a freeze overrides it), else null. */
  matchedWindow: AllowedWindow | null
  /** The earliest instant at or after `now` when a release would be allowed; null if none within 366 days. */
  nextAllowedAt: Date | null
}

/** A calendar day in some time zone. */
type LocalDate = { year: number; month: number; day: number }
/** A wall-clock reading in some time zone, to the minute (month 1–12). */
export type LocalDateTime = LocalDate & { hour: number; minute: number }
/** One occurrence of a window in real time, epoch milliseconds, end exclusive. */
type WindowSpan = { start: number; end: number; window: AllowedWindow; timezone: string }
/** A freeze in real time, epoch milliseconds, end exclusive. */
type FreezeSpan = { start: number; end: number; freeze: Freeze; timezone: string }
/** An instant when the verdict may turn to allowed, with the zone to report it in. */
type Boundary = { at: number; timezone: string }

const SECOND_MS = 1000
const DAY_MS = 86_400_000
const SEARCH_HORIZON_DAYS = 366
// Most refusals clear within days; look a week ahead first and span the whole horizon only when that finds
// nothing, since every day searched costs a handful of Intl calls per window.
const FIRST_SEARCH_DAYS = 8

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/
const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const

/** Whether the runtime's Intl knows `timezone` as a time zone. */
export function isKnownTimeZone(timezone: string): boolean {
  // The default needs no proof, and the proof costs a start-up of ICU's time zone data (about 10 ms).
  if (timezone === 'UTC') return true
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone })
    return true
  } catch (error) {
    if (error instanceof RangeError) return false
    throw error
  }
}

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

/** Whether a release may start at `now` under `policy`, why, and the earliest allowed instant from then. */
export function evaluateWindow(policy: WindowPolicy, now: Date): WindowEvaluation {
  const problems = validateWindowPolicy(policy)
  if (problems.length > 0)
    throw new UsageError(`Invalid deployment window policy:\n${problems.map(p => `  - ${p}`).join('\n')}`)

  const nowMs = now.getTime()
  const freezeSpans = policy.freeze.map(freeze => freezeSpan(freeze, policy.timezone))
  const activeFreezeSpan = freezeSpans
    .filter(span => contains(span, nowMs))
    .reduce<FreezeSpan | null>(
      (latest, span) => (latest === null || span.end > latest.end ? span : latest),
      null
    )

  let nextAllowed: Boundary | null = null
  let matchedWindowSpan: WindowSpan | null = null
  for (const searchDays of [FIRST_SEARCH_DAYS, SEARCH_HORIZON_DAYS]) {
    const untilMs = nowMs + searchDays * DAY_MS
    const windowSpans = policy.allow.flatMap(window =>
      windowSpansBetween(window, policy.timezone, nowMs, untilMs)
    )
    matchedWindowSpan = windowSpans.find(span => contains(span, nowMs)) ?? null
    nextAllowed = firstAllowedBoundary(policy, windowSpans, freezeSpans, nowMs, untilMs)
    if (nextAllowed) break
  }

  return {
    allowed: nextAllowed?.at === nowMs,
    reason: explain(policy, nextAllowed, activeFreezeSpan, matchedWindowSpan),
    activeFreeze: activeFreezeSpan?.freeze ?? null,
    matchedWindow: matchedWindowSpan?.window ?? null,
    nextAllowedAt: nextAllowed ? new Date(nextAllowed.at) : null
  }
}

/** `date` as wall-clock time in `timezone`: `Mon 2026-11-30 09:00 Europe/Berlin` (weekday optional). */
export function formatInZone(date: Date, timezone: string, options: { weekday?: boolean } = {}): string {
  const local = localDateTimeAt(date.getTime(), timezone)
  const text = `${formatLocalDate(local)} ${formatLocalTime(local)} ${timezone}`
  return options.weekday === false ? text : `${WEEKDAY_LABELS[weekdayIndex(local)]} ${text}`
}

/** The instant a wall-clock time denotes in `timezone` (module comment: repeated and skipped times). */
export function localTimeToInstant(
  local: LocalDateTime,
  timezone: string,
  occurrence: 'first' | 'last' = 'first'
): Date {
  return new Date(localToEpochMs(local, timezone, occurrence))
}

/** The earliest instant in [now, until] at which a release is allowed. */
function firstAllowedBoundary(
  policy: WindowPolicy,
  windowSpans: WindowSpan[],
  freezeSpans: FreezeSpan[],
  nowMs: number,
  untilMs: number
): Boundary | null {
  // The verdict can only turn to allowed where a window opens or a freeze ends, so only those instants need
  // testing: exact to the second, without stepping through every minute of a year.
  const isAllowedAt = (instant: number): boolean =>
    (policy.allow.length === 0 || windowSpans.some(span => contains(span, instant))) &&
    !freezeSpans.some(span => contains(span, instant))
  const boundaries: Boundary[] = [
    { at: nowMs, timezone: policy.timezone },
    ...windowSpans.map(span => ({ at: span.start, timezone: span.timezone })),
    ...freezeSpans.map(span => ({ at: span.end, timezone: span.timezone }))
  ]
  return (
    boundaries
      .filter(boundary => boundary.at >= nowMs && boundary.at <= untilMs)
      .sort((a, b) => a.at - b.at)
      .find(boundary => isAllowedAt(boundary.at)) ?? null
  )
}

/** The one-line reason for a verdict. */
function explain(
  policy: WindowPolicy,
  nextAllowed: Boundary | null,
  activeFreezeSpan: FreezeSpan | null,
  matchedWindowSpan: WindowSpan | null
): string {
  if (activeFreezeSpan) {
    const { freeze, timezone, end } = activeFreezeSpan
    const until = formatInZone(new Date(end), timezone, { weekday: false })
    const bounds = describeFreezeBounds(freeze, timezone)
    const frozen = `inside freeze '${freeze.reason}' (${bounds}) until ${until}`
    if (nextAllowed === null) return `${frozen}; no allowed time within the next ${SEARCH_HORIZON_DAYS} days`
    return nextAllowed.at === end ? frozen : `${frozen}; next allowed ${describeInstant(nextAllowed)}`
  }
  if (matchedWindowSpan) return `inside window ${describeWindow(matchedWindowSpan.window, policy.timezone)}`
  if (policy.allow.length === 0) return 'no deployment windows configured and no freeze active'
  const windows = policy.allow.map(window => describeWindow(window, policy.timezone)).join(', ')
  const outside = `outside the deployment windows (${windows})`
  if (nextAllowed === null)
    return `${outside}; no window opens outside a freeze within the next ${SEARCH_HORIZON_DAYS} days`
  return `${outside}; next opens ${describeInstant(nextAllowed)}`
}

/** `Mon 2026-11-30 09:00 Europe/Berlin (08:00 UTC)`, with the UTC date only when it differs. */
function describeInstant(boundary: Boundary): string {
  const local = formatInZone(new Date(boundary.at), boundary.timezone)
  if (boundary.timezone === 'UTC') return local
  const utc = localDateTimeAt(boundary.at, 'UTC')
  const sameDate = formatLocalDate(utc) === formatLocalDate(localDateTimeAt(boundary.at, boundary.timezone))
  return `${local} (${sameDate ? '' : `${formatLocalDate(utc)} `}${formatLocalTime(utc)} UTC)`
}

/** `mon–thu 09:00–16:00 Europe/Berlin`. */
function describeWindow(window: AllowedWindow, policyZone: string): string {
  return `${describeDays(window.days)} ${window.from}–${window.to} ${window.timezone ?? policyZone}`
}

/** Days in week order, runs of three or more shortened: `mon–thu`, `mon,wed,fri`, `fri–sun`. */
function describeDays(days: Weekday[]): string {
  const indexes = [...new Set(days.map(day => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b)
  const runs: number[][] = []
  for (const index of indexes) {
    const run = runs.at(-1)
    if (run && run.at(-1) === index - 1) run.push(index)
    else runs.push([index])
  }
  return runs
    .map(run => {
      const names = run.map(index => WEEKDAYS[index] as Weekday)
      return names.length >= 3 ? `${names[0]}–${names.at(-1)}` : names.join(',')
    })
    .join(',')
}

/** `2026-12-20 – 2027-01-04 Europe/Berlin`; date-time bounds are shown as local time in the same zone. */
function describeFreezeBounds(freeze: Freeze, timezone: string): string {
  const bound = (text: string): string => {
    if (ISO_DATE.test(text)) return text
    const local = localDateTimeAt(Date.parse(text), timezone)
    return `${formatLocalDate(local)} ${formatLocalTime(local)}`
  }
  return `${bound(freeze.from)} – ${bound(freeze.to)} ${timezone}`
}

/** Every occurrence of `window` that may be open at some instant in [fromMs, untilMs]. */
function windowSpansBetween(
  window: AllowedWindow,
  policyZone: string,
  fromMs: number,
  untilMs: number
): WindowSpan[] {
  const timezone = window.timezone ?? policyZone
  const opens = parseHhMm(window.from)
  const closes = parseHhMm(window.to)
  const closesNextDay = closes.hour * 60 + closes.minute <= opens.hour * 60 + opens.minute
  const spans: WindowSpan[] = []
  // Start a day early: an occurrence over midnight that opened yesterday may still be open at fromMs.
  const lastDay = localDateTimeAt(untilMs, timezone)
  for (let day = addDays(localDateTimeAt(fromMs, timezone), -1); compareDates(day, lastDay) <= 0;) {
    if (window.days.includes(WEEKDAYS[weekdayIndex(day)] as Weekday)) {
      const start = localToEpochMs({ ...day, ...opens }, timezone, 'first')
      const end = localToEpochMs({ ...(closesNextDay ? addDays(day, 1) : day), ...closes }, timezone, 'last')
      // Empty when the whole window falls in a spring-forward gap.
      if (end > start) spans.push({ start, end, window, timezone })
    }
    day = addDays(day, 1)
  }
  return spans
}

/** A freeze as a span of real time. */
function freezeSpan(freeze: Freeze, policyZone: string): FreezeSpan {
  const timezone = freeze.timezone ?? policyZone
  const bound = (text: string, side: 'start' | 'end'): number => {
    const date = parseIsoDate(text)
    if (!date) return Date.parse(text)
    // Whole days are inclusive: the last day's freeze lasts until the following local midnight.
    return localToEpochMs(
      { ...(side === 'end' ? addDays(date, 1) : date), hour: 0, minute: 0 },
      timezone,
      'first'
    )
  }
  return { start: bound(freeze.from, 'start'), end: bound(freeze.to, 'end'), freeze, timezone }
}

/** Whether an end-exclusive span holds `instant`. */
function contains(span: { start: number; end: number }, instant: number): boolean {
  return span.start <= instant && instant < span.end
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

/** `YYYY-MM-DD` as a local date, or null for anything else. */
function parseIsoDate(text: string): LocalDate | null {
  const match = ISO_DATE.exec(text)
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null
}

/** `HH:MM` (already validated) as hour and minute. */
function parseHhMm(text: string): { hour: number; minute: number } {
  const [hour = 0, minute = 0] = text.split(':').map(Number)
  return { hour, minute }
}

// Building an Intl.DateTimeFormat costs far more than using one, and a search formats thousands of instants.
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>()

/** A cached formatter that reads an instant's wall clock in `timezone`, hours 00–23. */
function wallClockFormatter(timezone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timezone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    wallClockFormatters.set(timezone, formatter)
  }
  return formatter
}

/** The wall-clock reading of an instant in `timezone`, encoded as if it were UTC epoch ms (whole seconds). */
function wallClockAsUtcMs(instant: number, timezone: string): number {
  const fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 }
  for (const part of wallClockFormatter(timezone).formatToParts(instant))
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value)
  return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second)
}

/** The local date and time (to the minute) of an instant in `timezone`. */
function localDateTimeAt(instant: number, timezone: string): LocalDateTime {
  const wall = new Date(wallClockAsUtcMs(instant, timezone))
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes()
  }
}

/** The UTC offset in force at an instant in `timezone`, in ms. */
function offsetMsAt(instant: number, timezone: string): number {
  return wallClockAsUtcMs(instant, timezone) - Math.floor(instant / SECOND_MS) * SECOND_MS
}

/** Epoch ms of a local wall-clock time; see the module comment for repeated and skipped times. */
function localToEpochMs(local: LocalDateTime, timezone: string, occurrence: 'first' | 'last'): number {
  const wallMs = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute)
  // The offsets in force a day either side bracket any switch near this wall time (zones switch at most
  // once a day); a reading is valid when that offset really is in force at it.
  const offsets = [
    ...new Set([wallMs - DAY_MS, wallMs, wallMs + DAY_MS].map(instant => offsetMsAt(instant, timezone)))
  ]
  const readings = offsets
    .map(offset => wallMs - offset)
    .filter(instant => wallClockAsUtcMs(instant, timezone) === wallMs)
    .sort((a, b) => a - b)
  const reading = occurrence === 'first' ? readings[0] : readings.at(-1)
  if (reading !== undefined) return reading

  // Skipped by a spring-forward switch: bisect for the switch, the first instant whose clock reads at or
  // after wallMs. The clock reads before wallMs at the earliest candidate and after it at the latest.
  let before = wallMs - Math.max(...offsets)
  let after = wallMs - Math.min(...offsets)
  while (after - before > SECOND_MS) {
    const middle = before + Math.floor((after - before) / (2 * SECOND_MS)) * SECOND_MS
    if (wallClockAsUtcMs(middle, timezone) >= wallMs) after = middle
    else before = middle
  }
  return after
}

/** `date` plus `days` calendar days. */
function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
function compareDates(a: LocalDate, b: LocalDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)
}

/** 0 for Monday through 6 for Sunday. */
function weekdayIndex(date: LocalDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7
}

/** `2026-11-30`. */
function formatLocalDate(date: LocalDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`
}

/** `09:00`. */
function formatLocalTime(time: { hour: number; minute: number }): string {
  return `${pad2(time.hour)}:${pad2(time.minute)}`
}

/** Two digits, zero-padded. */
function pad2(value: number): string {
  return String(value).padStart(2, '0')
}
