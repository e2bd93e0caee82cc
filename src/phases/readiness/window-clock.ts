// Wall-clock arithmetic in IANA time zones: reading an instant's local time, and the instant a local time
// denotes across daylight-saving switches (the rules are in window.ts's module comment). Pure; Intl only.
import type { Weekday } from '../../core/config.js'

/** The weekdays in the order people read a week (ISO: Monday first). */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/** A calendar day in some time zone. */
export type LocalDate = { year: number; month: number; day: number }
/** A wall-clock reading in some time zone, to the minute (month 1–12). */
export type LocalDateTime = LocalDate & { hour: number; minute: number }

const SECOND_MS = 1000
/** 24 hours in ms: a span of real time, not a calendar day (a DST day lasts 23 or 25 hours). */
export const DAY_MS = 86_400_000
/** A whole date, `YYYY-MM-DD`: a freeze bound that means local midnight. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
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

/** `date` as wall-clock time in `timezone`: `Mon 2026-11-30 09:00 Europe/Berlin` (weekday optional). */
export function formatInZone(date: Date, timezone: string, options: { weekday?: boolean } = {}): string {
  const local = localDateTimeAt(date.getTime(), timezone)
  const text = `${formatLocalDate(local)} ${formatLocalTime(local)} ${timezone}`
  return options.weekday === false ? text : `${WEEKDAY_LABELS[weekdayIndex(local)]} ${text}`
}

/** The instant a wall-clock time denotes in `timezone` (window.ts's module comment: repeated and skipped times). */
export function localTimeToInstant(
  local: LocalDateTime,
  timezone: string,
  occurrence: 'first' | 'last' = 'first'
): Date {
  return new Date(localToEpochMs(local, timezone, occurrence))
}

/** `YYYY-MM-DD` as a local date, or null for anything else. */
export function parseIsoDate(text: string): LocalDate | null {
  const match = ISO_DATE.exec(text)
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null
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
export function localDateTimeAt(instant: number, timezone: string): LocalDateTime {
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

/** Epoch ms of a local wall-clock time; see window.ts's module comment for repeated and skipped times. */
export function localToEpochMs(local: LocalDateTime, timezone: string, occurrence: 'first' | 'last'): number {
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
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)
}

/** 0 for Monday through 6 for Sunday. */
export function weekdayIndex(date: LocalDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7
}

/** `2026-11-30`. */
export function formatLocalDate(date: LocalDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`
}

/** `09:00`. */
export function formatLocalTime(time: { hour: number; minute: number }): string {
  return `${pad2(time.hour)}:${pad2(time.minute)}`
}

/** Two digits, zero-padded. */
function pad2(value: number): string {
  return String(value).padStart(2, '0')
}
