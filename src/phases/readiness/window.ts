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
import {
  DAY_MS,
  ISO_DATE,
  WEEKDAYS,
  formatInZone,
  formatLocalDate,
  formatLocalTime,
  localDateTimeAt
} from './window-clock.js'
import { contains, freezeSpan, windowSpansBetween, type FreezeSpan, type WindowSpan } from './window-spans.js'
import { validateWindowPolicy } from './window-validate.js'

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

/** An instant when the verdict may turn to allowed, with the zone to report it in. */
type Boundary = { at: number; timezone: string }

const SEARCH_HORIZON_DAYS = 366
// Most refusals clear within days; look a week ahead first and span the whole horizon only when that finds
// nothing, since every day searched costs a handful of Intl calls per window.
const FIRST_SEARCH_DAYS = 8

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
