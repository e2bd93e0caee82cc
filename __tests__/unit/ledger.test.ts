import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import {
  foldLedger,
  LEDGER_STATES,
  LEDGER_TRANSITIONS,
  mayStart,
  rollbackTarget,
  serving,
  transitionTableMarkdown,
  type LedgerEvent
} from '../../src/core/ledger.js'
import type { ReleaseEntry } from '../../src/core/ports.js'

// The release ledger's table, event by event: what each sequence leaves the environment in, what it serves, where a
// rollback goes and whether a release may start.

let minute = 0
const at = (): string => new Date(Date.UTC(2026, 10, 1, 10, minute++)).toISOString()
const e = (status: LedgerEvent, tag: string, target?: string): ReleaseEntry => ({
  tag,
  environment: 'production',
  status,
  recordedAt: at(),
  ...(target ? { target } : {})
})
/** v1.0.0 and v1.1.0 released through their health windows. */
const twoGood = (): ReleaseEntry[] => [
  e('released', 'v1.0.0'),
  e('in-progress', 'v1.1.0'),
  e('health-window', 'v1.1.0'),
  e('released', 'v1.1.0')
]
const release = (tag: string): ReleaseEntry[] => [e('in-progress', tag), e('health-window', tag)]
/** v1.2.0 in its health window after twoGood, its rollback to v1.1.0 started, then `ending` (if any). */
const rollingBack =
  (...ending: LedgerEvent[]): (() => ReleaseEntry[]) =>
  () => [
    ...twoGood(),
    ...release('v1.2.0'),
    e('rollback-started', 'v1.2.0', 'v1.1.0'),
    ...ending.map(status => e(status, status === 'rollback-target' ? 'v1.1.0' : 'v1.2.0'))
  ]

describe('the release ledger', () => {
  it.each<[string, () => ReleaseEntry[], string, string | null, string | null, boolean]>([
    // name, events, state, serving, rollback target, may a release start
    ['nothing recorded', () => [], 'empty', null, null, true],
    ['two releases passed their windows', twoGood, 'serving', 'v1.1.0', 'v1.0.0', true],
    [
      'a release rolling out',
      () => [...twoGood(), e('in-progress', 'v1.2.0')],
      'rolling-out',
      null,
      'v1.1.0',
      false
    ],
    [
      'a release in its health window',
      () => [...twoGood(), ...release('v1.2.0')],
      'health-window',
      'v1.2.0',
      'v1.1.0',
      false
    ],
    [
      'a breach left in place (on-breach: alert)',
      () => [...twoGood(), ...release('v1.2.0'), e('breach-left', 'v1.2.0')],
      'breached-left',
      'v1.2.0',
      'v1.1.0',
      false
    ],
    [
      'an automatic rollback that succeeded',
      rollingBack('rollback-target', 'rolled-back'),
      'rolled-back',
      'v1.1.0',
      'v1.0.0',
      true
    ],
    [
      'an automatic rollback that failed',
      rollingBack('rollback-failed'),
      'rollback-failed',
      null,
      'v1.1.0',
      false
    ],
    ['a rollback stopped by a signal', rollingBack('interrupted'), 'interrupted', null, 'v1.1.0', false],
    [
      'a health window stopped by a signal',
      () => [...twoGood(), ...release('v1.2.0'), e('interrupted', 'v1.2.0')],
      'interrupted',
      'v1.2.0',
      'v1.1.0',
      false
    ],
    [
      'a manual rollback after a breach left in place',
      () => [
        ...twoGood(),
        ...release('v1.2.0'),
        e('breach-left', 'v1.2.0'),
        e('rollback-started', 'v1.2.0', 'v1.1.0'),
        e('rollback-target', 'v1.1.0')
      ],
      'rolled-back',
      'v1.1.0',
      'v1.0.0',
      true
    ],
    [
      'a manual rollback of a good release, then a release rolled back automatically',
      () => [
        ...twoGood(),
        e('rollback-started', 'v1.1.0', 'v1.0.0'),
        e('rollback-target', 'v1.0.0'),
        ...release('v1.2.0'),
        e('rollback-started', 'v1.2.0', 'v1.0.0'),
        e('rollback-target', 'v1.0.0'),
        e('rolled-back', 'v1.2.0')
      ],
      'rolled-back',
      'v1.0.0',
      null,
      true
    ],
    [
      "GitHub's order: the release's rolled-back before its target's success",
      () => [...twoGood(), ...release('v1.2.0'), e('rolled-back', 'v1.2.0'), e('rollback-target', 'v1.1.0')],
      'rolled-back',
      'v1.1.0',
      'v1.0.0',
      true
    ],
    [
      'a history written before the ledger (in-progress, released, rolled-back, rollback-target)',
      () => [
        e('released', 'v1.0.0'),
        e('in-progress', 'v1.1.0'),
        e('released', 'v1.1.0'),
        e('in-progress', 'v1.2.0'),
        e('rollback-target', 'v1.1.0'),
        e('rolled-back', 'v1.2.0')
      ],
      'rolled-back',
      'v1.1.0',
      'v1.0.0',
      true
    ]
  ])('%s', (_name, events, state, served, target, starts) => {
    const ledger = foldLedger('production', events())
    expect({
      state: ledger.state.kind,
      serving: serving(ledger),
      target: rollbackTarget(ledger),
      starts: mayStart(ledger, 'v9.0.0') === null
    }).toEqual({ state, serving: served, target, starts })
  })

  it('names the command that resolves every state that refuses a start', () => {
    for (const [kind, state] of Object.entries(LEDGER_STATES)) {
      if (state.class === 'resolved') expect(state.resolvedBy).toBe('—')
      else
        expect({ kind, resolvedBy: state.resolvedBy }).toEqual({
          kind,
          resolvedBy: expect.stringContaining('release-gate rollback --env <env>')
        })
    }
    const refusal = mayStart(
      foldLedger('production', [...twoGood(), ...release('v1.2.0'), e('breach-left', 'v1.2.0')]),
      'v1.3.0'
    )
    expect(refusal?.resolve).toContain('release-gate rollback --env production')
  })

  it('refuses a release on evidence older than the end of its last run, and accepts fresh evidence', () => {
    const events = [
      ...twoGood(),
      ...release('v1.2.0'),
      e('rollback-started', 'v1.2.0', 'v1.1.0'),
      e('rollback-target', 'v1.1.0')
    ]
    const ledger = foldLedger('production', events)
    const before = '2026-11-01T09:00:00.000Z'
    expect(mayStart(ledger, 'v1.2.0', before)?.reason).toContain('v1.2.0 was rolled back on production at')
    expect(mayStart(ledger, 'v1.2.0', '2026-12-01T00:00:00.000Z')).toBeNull()
    expect(mayStart(ledger, 'v1.1.0', before)?.reason).toContain('v1.1.0 was released on production at')
  })

  it('leaves the state as it is on an event no row accepts', () => {
    const ledger = foldLedger('production', [
      ...twoGood(),
      e('health-window', 'v1.1.0'),
      e('breach-left', 'v1.0.0')
    ])
    expect(ledger.state).toMatchObject({ kind: 'serving', release: 'v1.1.0' })
  })

  it('has a row for every event, and every state is reachable', () => {
    const events: LedgerEvent[] = [
      'in-progress',
      'health-window',
      'released',
      'failed',
      'breach-left',
      'rollback-started',
      'rollback-target',
      'rolled-back',
      'rollback-failed',
      'interrupted'
    ]
    expect(new Set(LEDGER_TRANSITIONS.map(row => row.event))).toEqual(new Set(events))
    const reachable = new Set(['empty', ...LEDGER_TRANSITIONS.map(row => row.to)])
    expect(reachable).toEqual(new Set(Object.keys(LEDGER_STATES)))
  })

  it.each(['docs/evidence.md', 'docs/troubleshooting.md'])(
    '%s prints the current table (npm run generate:ledger-docs)',
    doc => {
      expect(readFileSync(doc, 'utf8')).toContain(transitionTableMarkdown())
    }
  )
})
