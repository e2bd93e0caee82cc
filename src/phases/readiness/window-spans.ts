// Windows and freezes as spans of real time: what evaluation searches and validation orders.
import type { AllowedWindow, Freeze, Weekday } from '../../core/config.js'
import {
  WEEKDAYS,
  addDays,
  compareDates,
  localDateTimeAt,
  localToEpochMs,
  parseIsoDate,
  weekdayIndex
} from './window-clock.js'

/** One occurrence of a window in real time, epoch milliseconds, end exclusive. */
export type WindowSpan = { start: number; end: number; window: AllowedWindow; timezone: string }
/** A freeze in real time, epoch milliseconds, end exclusive. */
export type FreezeSpan = { start: number; end: number; freeze: Freeze; timezone: string }

/** Every occurrence of `window` that may be open at some instant in [fromMs, untilMs]. */
export function windowSpansBetween(
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
export function freezeSpan(freeze: Freeze, policyZone: string): FreezeSpan {
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
export function contains(span: { start: number; end: number }, instant: number): boolean {
  return span.start <= instant && instant < span.end
}

/** `HH:MM` (already validated) as hour and minute. */
function parseHhMm(text: string): { hour: number; minute: number } {
  const [hour = 0, minute = 0] = text.split(':').map(Number)
  return { hour, minute }
}
