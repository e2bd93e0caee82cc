import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../src/core/errors.js'
import { evaluateWindow } from '../../src/phases/readiness/window.js'
import { formatInZone, localTimeToInstant } from '../../src/phases/readiness/window-clock.js'
import { validateWindowPolicy } from '../../src/phases/readiness/window-validate.js'
import type { AllowedWindow, Freeze, WindowPolicy } from '../../src/core/config.js'

// Every instant below is fixed and written in UTC; the comment beside it gives the local wall-clock reading.

/** A policy in `timezone` with the given windows and freezes. */
function policyOf(allow: AllowedWindow[], freeze: Freeze[] = [], timezone = 'Europe/Berlin'): WindowPolicy {
  return { timezone, allow, freeze }
}

/** A row of an evaluation table: at `now`, is a release allowed, and when is it next allowed (ISO, UTC)? */
type Expectation = { name: string; now: string; allowed: boolean; next: string | null }

/** Checks one table row against `evaluateWindow`. */
function expectVerdict(policy: WindowPolicy, { now, allowed, next }: Expectation): void {
  const evaluation = evaluateWindow(policy, new Date(now))
  expect({ allowed: evaluation.allowed, next: evaluation.nextAllowedAt?.toISOString() ?? null }).toEqual({
    allowed,
    next: next === null ? null : new Date(next).toISOString()
  })
}

/** A row where a release at `now` is allowed, so `now` itself is the next allowed instant. */
function allowedAt(name: string, now: string): Expectation {
  return { name, now, allowed: true, next: now }
}

/** A row where a release at `now` is refused and next allowed at `next`. */
function refusedAt(name: string, now: string, next: string | null): Expectation {
  return { name, now, allowed: false, next }
}

const everyDay: AllowedWindow['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const berlinWorkdays: AllowedWindow = { days: ['mon', 'tue', 'wed', 'thu'], from: '09:00', to: '16:00' }
const yearEndFreeze: Freeze = { from: '2026-12-20', to: '2027-01-04', reason: 'year-end freeze' }

describe('evaluateWindow: a weekday window (mon–thu 09:00–16:00 Europe/Berlin, winter = UTC+1)', () => {
  const policy = policyOf([berlinWorkdays])

  it.each<Expectation>([
    allowedAt('allows a Tuesday 10:00 release', '2026-11-24T09:00Z'),
    allowedAt('allows 09:00 sharp (the start is inclusive)', '2026-11-24T08:00Z'),
    refusedAt('refuses 08:59 and names 09:00 the same day', '2026-11-24T07:59Z', '2026-11-24T08:00Z'),
    refusedAt(
      'refuses 16:00 sharp (the end is exclusive) and names Wednesday 09:00',
      '2026-11-24T15:00Z',
      '2026-11-25T08:00Z'
    ),
    refusedAt('refuses a Friday release and names Monday 09:00', '2026-11-27T10:00Z', '2026-11-30T08:00Z'),
    refusedAt(
      'refuses a Sunday evening release and names Monday 09:00',
      '2026-11-29T20:00Z',
      '2026-11-30T08:00Z'
    )
  ])('$name', row => expectVerdict(policy, row))

  it('names the window it is inside', () => {
    const evaluation = evaluateWindow(policy, new Date('2026-11-24T09:00Z'))
    expect(evaluation).toMatchObject({
      allowed: true,
      reason: 'inside window mon–thu 09:00–16:00 Europe/Berlin',
      matchedWindow: berlinWorkdays,
      activeFreeze: null
    })
  })

  it('refuses a Saturday release and names Monday 09:00 Berlin as the next window', () => {
    const evaluation = evaluateWindow(policy, new Date('2026-11-28T12:00Z'))
    expect(evaluation).toMatchObject({ allowed: false, matchedWindow: null, activeFreeze: null })
    expect(evaluation.reason).toBe(
      'outside the deployment windows (mon–thu 09:00–16:00 Europe/Berlin); ' +
        'next opens Mon 2026-11-30 09:00 Europe/Berlin (08:00 UTC)'
    )
  })

  it('gives the UTC date too when the next opening falls on another day in UTC', () => {
    const earlyWindow: AllowedWindow = { days: ['mon'], from: '00:30', to: '01:00' }
    const evaluation = evaluateWindow(policyOf([earlyWindow]), new Date('2026-11-28T12:00Z'))
    expect(evaluation.reason).toMatch(
      /next opens Mon 2026-11-30 00:30 Europe\/Berlin \(2026-11-29 23:30 UTC\)$/
    )
  })

  it('reports the next opening in the zone of a window that overrides the policy zone', () => {
    const newYorkMornings: AllowedWindow = {
      days: ['mon'],
      from: '09:00',
      to: '12:00',
      timezone: 'America/New_York'
    }
    const evaluation = evaluateWindow(policyOf([newYorkMornings], [], 'UTC'), new Date('2026-11-28T12:00Z'))
    expect(evaluation.nextAllowedAt).toEqual(new Date('2026-11-30T14:00Z'))
    expect(evaluation.reason).toBe(
      'outside the deployment windows (mon 09:00–12:00 America/New_York); ' +
        'next opens Mon 2026-11-30 09:00 America/New_York (14:00 UTC)'
    )
  })
})

describe('evaluateWindow: a window over midnight (fri 22:00–02:00 Europe/Berlin)', () => {
  const fridayNight: AllowedWindow = { days: ['fri'], from: '22:00', to: '02:00' }
  const policy = policyOf([fridayNight])

  it.each<Expectation>([
    allowedAt('allows Friday 22:00', '2026-11-27T21:00Z'),
    allowedAt('allows Saturday 01:59, which counts for the Friday', '2026-11-28T00:59Z'),
    refusedAt('refuses Saturday 02:00 and names next Friday 22:00', '2026-11-28T01:00Z', '2026-12-04T21:00Z'),
    refusedAt(
      'refuses Friday 01:00, which would belong to the unlisted Thursday',
      '2026-11-27T00:00Z',
      '2026-11-27T21:00Z'
    ),
    refusedAt(
      'refuses Saturday 23:00, since Saturday is not listed',
      '2026-11-28T22:00Z',
      '2026-12-04T21:00Z'
    )
  ])('$name', row => expectVerdict(policy, row))

  it('names the Friday window at Saturday 01:00', () => {
    expect(evaluateWindow(policy, new Date('2026-11-28T00:00Z')).matchedWindow).toBe(fridayNight)
  })
})

describe('evaluateWindow: two windows (mon–fri 09:00–12:00 and sat 10:00–11:00, UTC)', () => {
  const weekdayMornings: AllowedWindow = {
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    from: '09:00',
    to: '12:00'
  }
  const saturdayHour: AllowedWindow = { days: ['sat'], from: '10:00', to: '11:00' }
  const policy = policyOf([weekdayMornings, saturdayHour], [], 'UTC')

  it.each<Expectation>([
    allowedAt('allows Friday 10:00 in the first window', '2026-11-27T10:00Z'),
    refusedAt(
      'refuses Friday 13:00 and names Saturday 10:00 from the second window',
      '2026-11-27T13:00Z',
      '2026-11-28T10:00Z'
    ),
    allowedAt('allows Saturday 10:30 in the second window', '2026-11-28T10:30Z'),
    refusedAt('refuses Saturday 11:00 and names Monday 09:00', '2026-11-28T11:00Z', '2026-11-30T09:00Z')
  ])('$name', row => expectVerdict(policy, row))

  it('names the matching window and lists both when outside', () => {
    expect(evaluateWindow(policy, new Date('2026-11-28T10:30Z')).matchedWindow).toBe(saturdayHour)
    expect(evaluateWindow(policy, new Date('2026-11-27T13:00Z')).reason).toBe(
      'outside the deployment windows (mon–fri 09:00–12:00 UTC, sat 10:00–11:00 UTC); ' +
        'next opens Sat 2026-11-28 10:00 UTC'
    )
  })
})

describe('evaluateWindow: no windows configured', () => {
  it('allows any time when nothing is frozen', () => {
    const evaluation = evaluateWindow(policyOf([], [], 'UTC'), new Date('2026-11-28T03:00Z'))
    expect(evaluation).toEqual({
      allowed: true,
      reason: 'no deployment windows configured and no freeze active',
      activeFreeze: null,
      matchedWindow: null,
      nextAllowedAt: new Date('2026-11-28T03:00Z')
    })
  })

  it('still refuses inside a freeze', () => {
    const evaluation = evaluateWindow(policyOf([], [yearEndFreeze]), new Date('2026-12-24T12:00Z'))
    expect(evaluation).toMatchObject({ allowed: false, activeFreeze: yearEndFreeze })
  })
})

describe('evaluateWindow: freezes', () => {
  describe('by whole days, inclusive, in the zone (2026-12-20 – 2027-01-04 Europe/Berlin)', () => {
    const policy = policyOf([], [yearEndFreeze])

    it.each<Expectation>([
      allowedAt('allows 23:59 on the day before', '2026-12-19T22:59Z'),
      refusedAt('refuses 00:00 on the first day', '2026-12-19T23:00Z', '2027-01-04T23:00Z'),
      refusedAt('refuses 23:59 on the last day', '2027-01-04T22:59Z', '2027-01-04T23:00Z'),
      allowedAt('allows 00:00 on the day after', '2027-01-04T23:00Z')
    ])('$name', row => expectVerdict(policy, row))

    it('names the freeze, its days and when it ends', () => {
      expect(evaluateWindow(policy, new Date('2026-12-24T12:00Z')).reason).toBe(
        "inside freeze 'year-end freeze' (2026-12-20 – 2027-01-04 Europe/Berlin) until 2027-01-05 00:00 Europe/Berlin"
      )
    })
  })

  describe('by ISO instants, end exclusive', () => {
    const migrationFreeze: Freeze = {
      from: '2026-06-10T18:00:00+02:00',
      to: '2026-06-11T06:00:00+02:00',
      reason: 'database migration',
      timezone: 'Europe/Berlin'
    }
    const policy = policyOf([], [migrationFreeze], 'UTC')

    it.each<Expectation>([
      allowedAt('allows the minute before it starts', '2026-06-10T15:59Z'),
      refusedAt('refuses from its first instant', '2026-06-10T16:00Z', '2026-06-11T04:00Z'),
      allowedAt('allows from its end instant', '2026-06-11T04:00Z')
    ])('$name', row => expectVerdict(policy, row))

    it('shows its bounds in the freeze zone', () => {
      expect(evaluateWindow(policy, new Date('2026-06-10T16:00Z')).reason).toBe(
        "inside freeze 'database migration' (2026-06-10 18:00 – 2026-06-11 06:00 Europe/Berlin) " +
          'until 2026-06-11 06:00 Europe/Berlin'
      )
    })
  })

  it('overrides a window: refuses inside it, names both, and waits for the next opening after the freeze', () => {
    const incidentFreeze: Freeze = { from: '2026-11-24', to: '2026-11-24', reason: 'payments incident' }
    const evaluation = evaluateWindow(
      policyOf([berlinWorkdays], [incidentFreeze]),
      new Date('2026-11-24T10:00Z')
    )
    expect(evaluation).toMatchObject({
      allowed: false,
      activeFreeze: incidentFreeze,
      matchedWindow: berlinWorkdays,
      nextAllowedAt: new Date('2026-11-25T08:00Z')
    })
    expect(evaluation.reason).toBe(
      "inside freeze 'payments incident' (2026-11-24 – 2026-11-24 Europe/Berlin) until 2026-11-25 00:00 " +
        'Europe/Berlin; next allowed Wed 2026-11-25 09:00 Europe/Berlin (08:00 UTC)'
    )
  })

  it('allows again at the end of a freeze that ends inside a window', () => {
    const lunchFreeze: Freeze = {
      from: '2026-11-24T10:00:00+01:00',
      to: '2026-11-24T12:00:00+01:00',
      reason: 'demo'
    }
    const evaluation = evaluateWindow(
      policyOf([berlinWorkdays], [lunchFreeze]),
      new Date('2026-11-24T09:30Z')
    )
    expect(evaluation.nextAllowedAt).toEqual(new Date('2026-11-24T11:00Z'))
    expect(evaluation.reason).toBe(
      "inside freeze 'demo' (2026-11-24 10:00 – 2026-11-24 12:00 Europe/Berlin) until 2026-11-24 12:00 Europe/Berlin"
    )
  })

  it('after a freeze that ends on a weekend, names the next window opening (Monday 09:00 Berlin)', () => {
    const freezeToSaturday: Freeze = { from: '2026-12-19', to: '2027-01-02', reason: 'year-end freeze' }
    const evaluation = evaluateWindow(
      policyOf([berlinWorkdays], [freezeToSaturday]),
      new Date('2026-12-28T10:00Z')
    )
    expect(evaluation.nextAllowedAt).toEqual(new Date('2027-01-04T08:00Z'))
    expect(evaluation.reason).toBe(
      "inside freeze 'year-end freeze' (2026-12-19 – 2027-01-02 Europe/Berlin) until 2027-01-03 00:00 " +
        'Europe/Berlin; next allowed Mon 2027-01-04 09:00 Europe/Berlin (08:00 UTC)'
    )
  })

  it('skips a window opening that a freeze covers when naming the next opening', () => {
    const mondayFreeze: Freeze = { from: '2026-11-30', to: '2026-11-30', reason: 'board meeting' }
    const evaluation = evaluateWindow(
      policyOf([berlinWorkdays], [mondayFreeze]),
      new Date('2026-11-28T12:00Z')
    )
    expect(evaluation.activeFreeze).toBeNull()
    expect(evaluation.nextAllowedAt).toEqual(new Date('2026-12-01T08:00Z'))
    expect(evaluation.reason).toMatch(/next opens Tue 2026-12-01 09:00 Europe\/Berlin \(08:00 UTC\)$/)
  })

  it('waits through back-to-back freezes, reporting the one in force', () => {
    const first: Freeze = { from: '2026-12-01', to: '2026-12-02', reason: 'audit' }
    const second: Freeze = { from: '2026-12-03', to: '2026-12-03', reason: 'migration' }
    const evaluation = evaluateWindow(policyOf([], [first, second]), new Date('2026-12-01T12:00Z'))
    expect(evaluation.activeFreeze).toBe(first)
    expect(evaluation.nextAllowedAt).toEqual(new Date('2026-12-03T23:00Z'))
  })

  it('gives no next time, and says so, when a freeze outlasts the one-year search', () => {
    const longFreeze: Freeze = { from: '2026-01-01', to: '2027-12-31', reason: 'platform rewrite' }
    const evaluation = evaluateWindow(policyOf([berlinWorkdays], [longFreeze]), new Date('2026-11-24T10:00Z'))
    expect(evaluation.nextAllowedAt).toBeNull()
    expect(evaluation.reason).toMatch(/; no allowed time within the next 366 days$/)
  })

  it('gives no next time, and says so, when every window opening within a year is frozen', () => {
    const saturdayWindow: AllowedWindow = { days: ['sat'], from: '10:00', to: '11:00' }
    const longFreeze: Freeze = { from: '2026-11-30', to: '2027-12-31', reason: 'platform rewrite' }
    const evaluation = evaluateWindow(policyOf([saturdayWindow], [longFreeze]), new Date('2026-11-29T12:00Z'))
    expect(evaluation.nextAllowedAt).toBeNull()
    expect(evaluation.reason).toBe(
      'outside the deployment windows (sat 10:00–11:00 Europe/Berlin); ' +
        'no window opens outside a freeze within the next 366 days'
    )
  })
})

describe('evaluateWindow across daylight-saving switches', () => {
  describe('Europe/Berlin daily 09:00–16:00: 08:00–15:00 UTC in winter, 07:00–14:00 UTC in summer', () => {
    const policy = policyOf([{ days: everyDay, from: '09:00', to: '16:00' }])

    it.each<Expectation>([
      // Saturday 2026-03-28, still CET (UTC+1).
      refusedAt('Sat 28 Mar 08:59 CET is before the window', '2026-03-28T07:59Z', '2026-03-28T08:00Z'),
      allowedAt('Sat 28 Mar 09:00 CET opens it', '2026-03-28T08:00Z'),
      refusedAt(
        'Sat 28 Mar 16:00 CET closes it; next opens Sunday 09:00 CEST',
        '2026-03-28T15:00Z',
        '2026-03-29T07:00Z'
      ),
      // Sunday 2026-03-29, CEST (UTC+2) from 01:00 UTC.
      refusedAt('Sun 29 Mar 08:59 CEST is before the window', '2026-03-29T06:59Z', '2026-03-29T07:00Z'),
      allowedAt('Sun 29 Mar 09:00 CEST opens it', '2026-03-29T07:00Z'),
      refusedAt('Sun 29 Mar 16:00 CEST closes it', '2026-03-29T14:00Z', '2026-03-30T07:00Z'),
      // Saturday 2026-10-24, still CEST.
      allowedAt('Sat 24 Oct 09:00 CEST opens it', '2026-10-24T07:00Z'),
      refusedAt(
        'Sat 24 Oct 16:00 CEST closes it; next opens Sunday 09:00 CET',
        '2026-10-24T14:00Z',
        '2026-10-25T08:00Z'
      ),
      // Sunday 2026-10-25, CET (UTC+1) from 01:00 UTC.
      refusedAt('Sun 25 Oct 08:59 CET is before the window', '2026-10-25T07:59Z', '2026-10-25T08:00Z'),
      allowedAt('Sun 25 Oct 15:59 CET is inside it', '2026-10-25T14:59Z'),
      refusedAt('Sun 25 Oct 16:00 CET closes it', '2026-10-25T15:00Z', '2026-10-26T08:00Z')
    ])('$name', row => expectVerdict(policy, row))

    it('names the summer-time opening in local and UTC time', () => {
      expect(evaluateWindow(policy, new Date('2026-03-28T15:00Z')).reason).toMatch(
        /next opens Sun 2026-03-29 09:00 Europe\/Berlin \(07:00 UTC\)$/
      )
    })
  })

  describe('Europe/Berlin spring forward (02:00 CET → 03:00 CEST on 2026-03-29): sun 02:30–04:00', () => {
    const policy = policyOf([{ days: ['sun'], from: '02:30', to: '04:00' }])

    it.each<Expectation>([
      refusedAt(
        '01:59 CET is before the window; it opens at the switch',
        '2026-03-29T00:59Z',
        '2026-03-29T01:00Z'
      ),
      allowedAt('03:00 CEST, the first valid instant after the missing 02:30, opens it', '2026-03-29T01:00Z'),
      allowedAt('03:59 CEST is inside it', '2026-03-29T01:59Z'),
      refusedAt('04:00 CEST closes it after one real hour', '2026-03-29T02:00Z', '2026-04-05T00:30Z')
    ])('$name', row => expectVerdict(policy, row))

    it('names 03:00 as the opening', () => {
      expect(evaluateWindow(policy, new Date('2026-03-29T00:00Z')).reason).toMatch(
        /next opens Sun 2026-03-29 03:00 Europe\/Berlin \(01:00 UTC\)$/
      )
    })

    it('skips the day of a window lying wholly in the gap and names the next Sunday', () => {
      const gapWindow: AllowedWindow = { days: ['sun'], from: '02:00', to: '02:45' }
      expectVerdict(policyOf([gapWindow]), refusedAt('', '2026-03-28T12:00Z', '2026-04-05T00:00Z'))
    })
  })

  describe('Europe/Berlin fall back (03:00 CEST → 02:00 CET on 2026-10-25): sun 01:00–03:00 covers both 02:xx hours', () => {
    const policy = policyOf([{ days: ['sun'], from: '01:00', to: '03:00' }])

    it.each<Expectation>([
      refusedAt('00:59 CEST is before the window', '2026-10-24T22:59Z', '2026-10-24T23:00Z'),
      allowedAt('01:00 CEST opens it', '2026-10-24T23:00Z'),
      allowedAt('the first 02:30 (CEST) is inside', '2026-10-25T00:30Z'),
      allowedAt('the second 02:30 (CET) is inside', '2026-10-25T01:30Z'),
      refusedAt('03:00 CET closes it after three real hours', '2026-10-25T02:00Z', '2026-11-01T00:00Z')
    ])('$name', row => expectVerdict(policy, row))
  })

  describe('Europe/Berlin fall back: a window closing inside the repeated hour (sun 00:00–02:30) closes at the second 02:30', () => {
    const policy = policyOf([{ days: ['sun'], from: '00:00', to: '02:30' }])

    it.each<Expectation>([
      allowedAt('the first 02:45 (CEST) is inside, between the two 02:30s', '2026-10-25T00:45Z'),
      allowedAt('the second 02:29 (CET) is inside', '2026-10-25T01:29Z'),
      refusedAt('the second 02:30 (CET) closes it', '2026-10-25T01:30Z', '2026-10-31T23:00Z')
    ])('$name', row => expectVerdict(policy, row))
  })

  describe('America/New_York daily 09:00–17:00: 14:00–22:00 UTC on EST, 13:00–21:00 UTC on EDT', () => {
    const policy = policyOf([{ days: everyDay, from: '09:00', to: '17:00' }], [], 'America/New_York')

    it.each<Expectation>([
      // Saturday 2026-03-07, EST (UTC−5).
      allowedAt('Sat 7 Mar 09:00 EST opens it', '2026-03-07T14:00Z'),
      refusedAt(
        'Sat 7 Mar 17:00 EST closes it; next opens Sunday 09:00 EDT',
        '2026-03-07T22:00Z',
        '2026-03-08T13:00Z'
      ),
      // Sunday 2026-03-08, EDT (UTC−4) from 07:00 UTC.
      refusedAt('Sun 8 Mar 08:59 EDT is before the window', '2026-03-08T12:59Z', '2026-03-08T13:00Z'),
      allowedAt('Sun 8 Mar 16:59 EDT is inside it', '2026-03-08T20:59Z'),
      refusedAt('Sun 8 Mar 17:00 EDT closes it', '2026-03-08T21:00Z', '2026-03-09T13:00Z'),
      // Saturday 2026-10-31, EDT.
      allowedAt('Sat 31 Oct 09:00 EDT opens it', '2026-10-31T13:00Z'),
      refusedAt(
        'Sat 31 Oct 17:00 EDT closes it; next opens Sunday 09:00 EST',
        '2026-10-31T21:00Z',
        '2026-11-01T14:00Z'
      ),
      // Sunday 2026-11-01, EST from 06:00 UTC.
      refusedAt('Sun 1 Nov 08:59 EST is before the window', '2026-11-01T13:59Z', '2026-11-01T14:00Z'),
      refusedAt('Sun 1 Nov 17:00 EST closes it', '2026-11-01T22:00Z', '2026-11-02T14:00Z')
    ])('$name', row => expectVerdict(policy, row))
  })

  describe('America/New_York spring forward (02:00 EST → 03:00 EDT on 2026-03-08): sun 02:30–03:30', () => {
    const policy = policyOf([{ days: ['sun'], from: '02:30', to: '03:30' }], [], 'America/New_York')

    it.each<Expectation>([
      refusedAt(
        '01:59 EST is before the window; it opens at the switch',
        '2026-03-08T06:59Z',
        '2026-03-08T07:00Z'
      ),
      allowedAt('03:00 EDT opens it', '2026-03-08T07:00Z'),
      refusedAt('03:30 EDT closes it after half an hour', '2026-03-08T07:30Z', '2026-03-15T06:30Z')
    ])('$name', row => expectVerdict(policy, row))
  })

  describe('America/New_York fall back (02:00 EDT → 01:00 EST on 2026-11-01): sun 01:00–02:00 covers both 01:xx hours', () => {
    const policy = policyOf([{ days: ['sun'], from: '01:00', to: '02:00' }], [], 'America/New_York')

    it.each<Expectation>([
      allowedAt('01:00 EDT opens it', '2026-11-01T05:00Z'),
      allowedAt('the first 01:30 (EDT) is inside', '2026-11-01T05:30Z'),
      allowedAt('the second 01:30 (EST) is inside', '2026-11-01T06:30Z'),
      refusedAt('02:00 EST closes it after two real hours', '2026-11-01T07:00Z', '2026-11-08T06:00Z')
    ])('$name', row => expectVerdict(policy, row))
  })
})

describe('localTimeToInstant', () => {
  it.each([
    {
      name: 'a Berlin winter time',
      local: [2026, 11, 30, 9, 0],
      zone: 'Europe/Berlin',
      first: '2026-11-30T08:00Z',
      last: '2026-11-30T08:00Z'
    },
    {
      name: 'a Berlin summer time',
      local: [2026, 7, 1, 9, 0],
      zone: 'Europe/Berlin',
      first: '2026-07-01T07:00Z',
      last: '2026-07-01T07:00Z'
    },
    {
      name: 'the missing Berlin 02:30, resolved to the switch',
      local: [2026, 3, 29, 2, 30],
      zone: 'Europe/Berlin',
      first: '2026-03-29T01:00Z',
      last: '2026-03-29T01:00Z'
    },
    {
      name: 'the repeated Berlin 02:30',
      local: [2026, 10, 25, 2, 30],
      zone: 'Europe/Berlin',
      first: '2026-10-25T00:30Z',
      last: '2026-10-25T01:30Z'
    },
    {
      name: 'the missing New York 02:15, resolved to the switch',
      local: [2026, 3, 8, 2, 15],
      zone: 'America/New_York',
      first: '2026-03-08T07:00Z',
      last: '2026-03-08T07:00Z'
    },
    {
      name: 'the repeated New York 01:15',
      local: [2026, 11, 1, 1, 15],
      zone: 'America/New_York',
      first: '2026-11-01T05:15Z',
      last: '2026-11-01T06:15Z'
    }
  ])('resolves $name', ({ local, zone, first, last }) => {
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = local
    const wallClock = { year, month, day, hour, minute }
    expect(localTimeToInstant(wallClock, zone, 'first')).toEqual(new Date(first))
    expect(localTimeToInstant(wallClock, zone, 'last')).toEqual(new Date(last))
  })
})

describe('formatInZone', () => {
  it.each([
    ['2026-11-30T08:00Z', 'Europe/Berlin', 'Mon 2026-11-30 09:00 Europe/Berlin'],
    ['2026-03-29T01:00Z', 'Europe/Berlin', 'Sun 2026-03-29 03:00 Europe/Berlin'],
    ['2026-11-01T06:30Z', 'America/New_York', 'Sun 2026-11-01 01:30 America/New_York'],
    ['2026-11-29T23:30Z', 'UTC', 'Sun 2026-11-29 23:30 UTC']
  ])('shows %s in %s as %s', (instant, zone, expected) => {
    expect(formatInZone(new Date(instant), zone)).toBe(expected)
  })

  it('leaves the weekday out when asked', () => {
    expect(formatInZone(new Date('2027-01-04T23:00Z'), 'Europe/Berlin', { weekday: false })).toBe(
      '2027-01-05 00:00 Europe/Berlin'
    )
  })
})

describe('validateWindowPolicy', () => {
  const validPolicy = policyOf(
    [berlinWorkdays, { days: ['fri'], from: '22:00', to: '02:00', timezone: 'America/New_York' }],
    [yearEndFreeze, { from: '2026-06-10T18:00:00+02:00', to: '2026-06-11T06:00Z', reason: 'migration' }]
  )

  it('accepts a valid policy', () => {
    expect(validateWindowPolicy(validPolicy)).toEqual([])
  })

  it.each<{ name: string; policy: WindowPolicy; problem: string }>([
    {
      name: 'a time without two-digit hours',
      policy: policyOf([{ ...berlinWorkdays, from: '9:00' }]),
      problem: "window.allow[0].from: '9:00' is not HH:MM"
    },
    {
      name: 'a time past 23:59',
      policy: policyOf([{ ...berlinWorkdays, to: '24:00' }]),
      problem: "window.allow[0].to: '24:00' is not HH:MM"
    },
    {
      name: 'an unknown policy time zone',
      policy: policyOf([berlinWorkdays], [], 'Europe/Berlinn'),
      problem: "window.timezone: unknown time zone 'Europe/Berlinn'"
    },
    {
      name: 'an unknown window time zone',
      policy: policyOf([berlinWorkdays, { ...berlinWorkdays, timezone: 'Mars/Olympus' }]),
      problem: "window.allow[1].timezone: unknown time zone 'Mars/Olympus'"
    },
    {
      name: 'an unknown freeze time zone',
      policy: policyOf([], [{ ...yearEndFreeze, timezone: 'Europe/Berlinn' }]),
      problem: "window.freeze[0].timezone: unknown time zone 'Europe/Berlinn'"
    },
    {
      name: 'a window whose to equals its from',
      policy: policyOf([{ ...berlinWorkdays, to: '09:00' }]),
      problem: "window.allow[0].to: '09:00' equals from"
    },
    {
      name: 'an unknown weekday',
      policy: policyOf([{ ...berlinWorkdays, days: ['mon', 'monday' as 'mon'] }]),
      problem:
        "window.allow[0].days[1]: 'monday' is not a weekday; expected one of mon, tue, wed, thu, fri, sat, sun"
    },
    {
      name: 'a window on no days',
      policy: policyOf([{ ...berlinWorkdays, days: [] }]),
      problem: 'window.allow[0].days: is empty'
    },
    {
      name: 'a freeze whose last day is before its first',
      policy: policyOf([], [{ ...yearEndFreeze, from: '2026-12-20', to: '2026-12-01' }]),
      problem: "window.freeze[0].to: '2026-12-01' is before from '2026-12-20'"
    },
    {
      name: 'a freeze whose end instant is before its start',
      policy: policyOf(
        [],
        [{ ...yearEndFreeze, from: '2026-12-20T18:00:00+01:00', to: '2026-12-20T16:59Z' }]
      ),
      problem: "window.freeze[0].to: '2026-12-20T16:59Z' is before from '2026-12-20T18:00:00+01:00'"
    },
    {
      name: 'a freeze that ends the instant it starts',
      policy: policyOf(
        [],
        [{ ...yearEndFreeze, from: '2026-12-20T18:00:00+01:00', to: '2026-12-20T17:00Z' }]
      ),
      problem: "window.freeze[0].to: '2026-12-20T17:00Z' is not after from '2026-12-20T18:00:00+01:00'"
    },
    {
      name: 'a freeze date that does not exist',
      policy: policyOf([], [{ ...yearEndFreeze, from: '2026-02-30' }]),
      problem: "window.freeze[0].from: '2026-02-30' is neither a date (YYYY-MM-DD"
    },
    {
      name: 'a freeze date-time without an offset',
      policy: policyOf([], [{ ...yearEndFreeze, to: '2027-01-04T18:00' }]),
      problem: "window.freeze[0].to: '2027-01-04T18:00' is neither a date (YYYY-MM-DD"
    },
    {
      name: 'a freeze without a reason',
      policy: policyOf([], [{ ...yearEndFreeze, reason: ' ' }]),
      problem: 'window.freeze[0].reason: is empty'
    }
  ])('reports $name', ({ policy, problem }) => {
    const problems = validateWindowPolicy(policy)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(problem)
  })

  it('reports every problem at once, under the given path', () => {
    const problems = validateWindowPolicy(
      policyOf(
        [{ days: ['sun'], from: '25:00', to: '7' }],
        [{ ...yearEndFreeze, to: 'soon' }],
        'Nowhere/City'
      ),
      'release.window'
    )
    expect(problems.map(problem => problem.split(':')[0])).toEqual([
      'release.window.timezone',
      'release.window.allow[0].from',
      'release.window.allow[0].to',
      'release.window.freeze[0].to'
    ])
  })

  it('makes evaluateWindow refuse an invalid policy with a usage error listing the problems', () => {
    const invalid = policyOf([{ ...berlinWorkdays, from: '9:00' }])
    expect(() => evaluateWindow(invalid, new Date('2026-11-24T09:00Z'))).toThrow(UsageError)
    expect(() => evaluateWindow(invalid, new Date('2026-11-24T09:00Z'))).toThrow(
      /window\.allow\[0\]\.from: '9:00'/
    )
  })
})
