import type { ReleaseHistoryFile } from './generated/release-history.js'

/** One recorded event of one environment. */
type ReleaseEntry = ReleaseHistoryFile['releases'][number]

// The release ledger: one state machine per environment, folded from the events its store recorded (a local file, or
// GitHub's deployment statuses). It is the only source for what an environment serves, whether a release may start,
// and where a rollback goes. Pure: the stores only keep the events.

/** An event of the ledger (the `status` of a recorded entry). */
export type LedgerEvent = ReleaseEntry['status']

/** Where an environment stands. */
export type LedgerStateKind =
  | 'empty'
  | 'serving'
  | 'rolling-out'
  | 'health-window'
  | 'rolling-back'
  | 'rolled-back'
  | 'failed'
  | 'breached-left'
  | 'rollback-failed'
  | 'interrupted'

/** An environment's state: which release it concerns, what served before it, and where a rollback goes. */
export interface LedgerState {
  kind: LedgerStateKind
  /** The release the state is about (the one rolling out, serving, left in place, rolled back...). */
  release: string | null
  /** What the environment served before `release` started. */
  over: string | null
  /** The release a rollback returns (or returned) to. */
  to: string | null
  /** For `interrupted`: what was stopped. */
  during: 'rollout' | 'health-window' | 'rollback' | null
  /** When the environment entered this state (ISO 8601). */
  since: string | null
}

/** An environment's ledger: its state and the facts the rollback target and the start check need. */
export interface Ledger {
  environment: string
  state: LedgerState
  /** Releases that passed their health window and were not rolled back since, oldest first. */
  good: string[]
  /** Every release the environment has served (released, or returned to by a rollback), newest first, once each. */
  served: string[]
  /** When each release's last run ended, and how (its evidence cannot deploy it again). */
  endedAt: Record<string, { at: string; how: string }>
}

/** Whether a state lets a release start: resolved, busy (a run owns the environment), unresolved (a person must act). */
export type LedgerStateClass = 'resolved' | 'busy' | 'unresolved'

/** Every state: its class, what it means, and the command that resolves it (`<env>` stands for the environment). */
export const LEDGER_STATES: Readonly<
  Record<LedgerStateKind, { class: LedgerStateClass; means: string; resolvedBy: string }>
> = {
  empty: { class: 'resolved', means: 'nothing recorded yet', resolvedBy: '—' },
  serving: {
    class: 'resolved',
    means: 'R passed its health window (or a rollback returned to R)',
    resolvedBy: '—'
  },
  'rolling-out': {
    class: 'busy',
    means: 'R is being deployed over P (production may serve a mix)',
    resolvedBy:
      'wait for the run; if its process or workflow run is gone: `release-gate rollback --env <env>`'
  },
  'health-window': {
    class: 'busy',
    means: 'R is deployed and its health window is running',
    resolvedBy:
      'wait for the run; if its process or workflow run is gone: `release-gate rollback --env <env>`'
  },
  'rolling-back': {
    class: 'busy',
    means: 'a rollback from R to P is running',
    resolvedBy:
      'wait for the rollback; if its process or workflow run is gone: `release-gate rollback --env <env>`'
  },
  'rolled-back': { class: 'resolved', means: 'R was rolled back; P serves', resolvedBy: '—' },
  failed: { class: 'resolved', means: 'R failed before it served (a staging gate)', resolvedBy: '—' },
  'breached-left': {
    class: 'unresolved',
    means: 'R breached its health window and was left serving (health.on-breach: alert)',
    resolvedBy: '`release-gate rollback --env <env>`'
  },
  'rollback-failed': {
    class: 'unresolved',
    means: 'the rollback from R failed or was not possible; the environment may serve neither release',
    resolvedBy: 'fix the cause, then `release-gate rollback --env <env>`'
  },
  interrupted: {
    class: 'unresolved',
    means: 'a signal stopped the rollout, the health window or the rollback of R',
    resolvedBy: '`release-gate rollback --env <env>`'
  }
}

const ALL_STATES = Object.keys(LEDGER_STATES) as LedgerStateKind[]
const NOT_EMPTY = ALL_STATES.filter(kind => kind !== 'empty')

/** One row of the transition table. */
export interface LedgerTransition {
  from: readonly LedgerStateKind[]
  event: LedgerEvent
  to: LedgerStateKind
  /** The event concerns the state's own release (an event of another release leaves the state as it is). */
  sameRelease: boolean
  /** Who records the event, and when. */
  recordedBy: string
}

/**
 * The transition table: the first row whose `from` holds the state and whose event matches applies; an event no row
 * accepts changes nothing. A production release records `in-progress` only when `mayStart` allows it.
 */
export const LEDGER_TRANSITIONS: readonly LedgerTransition[] = [
  {
    from: ALL_STATES,
    event: 'in-progress',
    to: 'rolling-out',
    sameRelease: false,
    recordedBy: 'production (staging) starts its rollout; production only when the ledger allows a start'
  },
  {
    from: ['rolling-out'],
    event: 'health-window',
    to: 'health-window',
    sameRelease: true,
    recordedBy: 'production passed Gate 3'
  },
  {
    from: ['rolling-out', 'health-window'],
    event: 'released',
    to: 'serving',
    sameRelease: true,
    recordedBy: 'the health window passed (staging: Gate 2 passed)'
  },
  {
    from: ['empty', 'serving', 'rolled-back', 'failed'],
    event: 'released',
    to: 'serving',
    sameRelease: false,
    recordedBy: 'a release recorded whole (a baseline, or a history written before the ledger)'
  },
  {
    from: ['rolling-out', 'health-window'],
    event: 'failed',
    to: 'failed',
    sameRelease: true,
    recordedBy: 'staging failed Gate 2'
  },
  {
    from: ['health-window'],
    event: 'breach-left',
    to: 'breached-left',
    sameRelease: true,
    recordedBy: 'the health window breached with health.on-breach: alert'
  },
  {
    from: NOT_EMPTY,
    event: 'rollback-started',
    to: 'rolling-back',
    sameRelease: false,
    recordedBy: 'a rollback starts (automatic, or `release-gate rollback`)'
  },
  {
    from: NOT_EMPTY,
    event: 'rollback-target',
    to: 'rolled-back',
    sameRelease: false,
    recordedBy: 'the rollback succeeded: the target serves again'
  },
  {
    from: ['empty'],
    event: 'rollback-target',
    to: 'serving',
    sameRelease: false,
    recordedBy: 'a rollback to a release before any was recorded'
  },
  {
    from: ['rolling-out', 'health-window', 'rolling-back', 'breached-left', 'rollback-failed', 'interrupted'],
    event: 'rolled-back',
    to: 'rolled-back',
    sameRelease: true,
    recordedBy: 'the release was rolled back (after its target was recorded)'
  },
  {
    from: ['rolling-out', 'health-window', 'rolling-back'],
    event: 'rollback-failed',
    to: 'rollback-failed',
    sameRelease: true,
    recordedBy: 'a rollback failed, or was not possible'
  },
  {
    from: ['rolling-out', 'health-window', 'rolling-back'],
    event: 'interrupted',
    to: 'interrupted',
    sameRelease: true,
    recordedBy: 'a signal (Ctrl-C, a cancelled job) stopped the phase'
  }
]

const EMPTY_STATE: LedgerState = {
  kind: 'empty',
  release: null,
  over: null,
  to: null,
  during: null,
  since: null
}

/** The ledger of `environment` before any event. */
export function emptyLedger(environment: string): Ledger {
  return { environment, state: EMPTY_STATE, good: [], served: [], endedAt: {} }
}

/** The row of the table that applies to `event` in `state`, or undefined (the event changes nothing). */
export function transitionFor(
  state: LedgerState,
  event: LedgerEvent,
  tag: string
): LedgerTransition | undefined {
  return LEDGER_TRANSITIONS.find(
    row => row.event === event && row.from.includes(state.kind) && (!row.sameRelease || state.release === tag)
  )
}

/**
 * Applies one event to `ledger` in place (an event no transition takes changes nothing). The fold keeps one ledger
 * for all events: a copy of its lists per event made a fold quadratic in the length of the history.
 */
function applyEvent(
  ledger: Ledger,
  entry: Pick<ReleaseEntry, 'tag' | 'status' | 'recordedAt' | 'target'>
): void {
  const row = transitionFor(ledger.state, entry.status, entry.tag)
  if (!row) return
  const before = ledger.state
  const since = entry.recordedAt
  const { good, served, endedAt } = ledger
  const end = (tag: string | null, how: string): void => {
    if (tag) endedAt[tag] = { at: since, how }
  }
  const serve = (tag: string | null): void => {
    if (!tag) return
    const at = served.indexOf(tag)
    if (at >= 0) served.splice(at, 1)
    served.unshift(tag)
  }
  const rollBack = (release: string | null, to: string | null): void => {
    if (release && release !== to) {
      end(release, 'rolled back')
      const at = good.indexOf(release)
      if (at >= 0) good.splice(at, 1)
    }
    // The release a rollback returned to is the newest good one again (if it ever passed its window).
    if (to && good.includes(to)) good.push(...good.splice(good.indexOf(to), 1))
    serve(to)
  }
  let state: LedgerState
  switch (row.to) {
    case 'rolling-out':
      state = { ...EMPTY_STATE, kind: 'rolling-out', release: entry.tag, over: servingRelease(before), since }
      break
    case 'health-window':
    case 'failed':
    case 'breached-left':
      state = { ...before, kind: row.to, since }
      if (row.to === 'health-window' || row.to === 'breached-left') serve(entry.tag)
      if (row.to === 'failed' || row.to === 'breached-left')
        end(entry.tag, row.to === 'failed' ? 'failed' : 'left serving after a breach')
      break
    case 'serving':
      state = { ...EMPTY_STATE, kind: 'serving', release: entry.tag, since }
      if (entry.status === 'released') {
        const at = good.indexOf(entry.tag)
        if (at >= 0) good.splice(at, 1)
        good.push(entry.tag)
        end(entry.tag, 'released')
      }
      serve(entry.tag)
      break
    case 'rolling-back': {
      // A rollback of a settled environment rolls back what it serves; of an unsettled one, the release in trouble.
      const settled = before.kind === 'serving' || before.kind === 'rolled-back' || before.kind === 'failed'
      const release = settled ? servingRelease(before) : before.release
      state = {
        ...EMPTY_STATE,
        kind: 'rolling-back',
        release,
        over: settled ? null : before.over,
        to: entry.target ?? null,
        since
      }
      break
    }
    case 'rolled-back': {
      // The release's own `rolled-back` may come before its target's (GitHub lists them by deployment).
      if (before.kind === 'rolled-back' && before.to === entry.tag) return
      const release = entry.status === 'rollback-target' ? subjectOf(before) : before.release
      const to = entry.status === 'rollback-target' ? entry.tag : (before.to ?? before.over)
      if (release === to) {
        state = { ...EMPTY_STATE, kind: 'serving', release: to, since }
        rollBack(null, to)
      } else {
        state = { ...EMPTY_STATE, kind: 'rolled-back', release, to, since }
        rollBack(release, to)
      }
      break
    }
    case 'rollback-failed':
      state = { ...before, kind: 'rollback-failed', since }
      end(before.release, 'rolled back without success')
      break
    case 'interrupted':
      state = {
        ...before,
        kind: 'interrupted',
        during:
          before.kind === 'rolling-out'
            ? 'rollout'
            : before.kind === 'health-window'
              ? 'health-window'
              : 'rollback',
        since
      }
      break
    case 'empty':
      state = EMPTY_STATE
      break
  }
  ledger.state = state
}

/** Folds an environment's events (oldest first; other environments' events are skipped) into its ledger. */
export function foldLedger(environment: string, entries: readonly ReleaseEntry[]): Ledger {
  const ledger = emptyLedger(environment)
  for (const entry of entries) if (entry.environment === environment) applyEvent(ledger, entry)
  return ledger
}

/** The release a state is about: the one rolling out or in trouble, else the one serving. */
function subjectOf(state: LedgerState): string | null {
  return state.kind === 'rolled-back' ? state.to : state.release
}

/** What a state means the environment serves: one release, or null (nothing, or no single release). */
function servingRelease(state: LedgerState): string | null {
  switch (state.kind) {
    case 'serving':
    case 'health-window':
    case 'breached-left':
      return state.release
    case 'rolled-back':
      return state.to
    case 'failed':
      return state.over
    case 'interrupted':
      return state.during === 'health-window' ? state.release : null
    case 'empty':
    case 'rolling-out':
    case 'rolling-back':
    case 'rollback-failed':
      return null
  }
}

/** The release the environment serves now; null when none is recorded or it may serve a mix (or nothing). */
export function serving(ledger: Ledger): string | null {
  return servingRelease(ledger.state)
}

/**
 * The rollback target: the last release that passed its health window and has not been rolled back since, other than
 * `releasing` (a release about to start) or, without it, the release the environment's state is about.
 */
export function rollbackTarget(ledger: Ledger, releasing?: string): string | null {
  const excluded = releasing ?? subjectOf(ledger.state)
  return ledger.good.filter(tag => tag !== excluded).at(-1) ?? null
}

/** Why a release may not start, and the command that resolves it. */
export interface StartRefusal {
  environment: string
  state: LedgerStateKind
  /** One sentence: what the environment is in. */
  reason: string
  /** The documented command (or action) that resolves the state. */
  resolve: string
}

/** `release-gate rollback --env production (on GitHub: the rollback workflow)`. */
export function rollbackCommand(environment: string): string {
  return `release-gate rollback --env ${environment} (on GitHub: the rollback workflow)`
}

/**
 * Whether `tag` may start on `environment`: not while the ledger is busy or unresolved, and not on evidence older
 * than the end of the tag's last run (released, rolled back...; `evidenceSince`: when its readiness was recorded), so
 * a rolled-back release is not deployed again on its old evidence. Null when it may.
 */
export function mayStart(ledger: Ledger, tag: string, evidenceSince?: string): StartRefusal | null {
  const { state, environment } = ledger
  const kind = LEDGER_STATES[state.kind]
  const rollback = rollbackCommand(environment)
  if (kind.class !== 'resolved') {
    const resolve =
      kind.class === 'busy'
        ? `If it is running, wait for it. If it was interrupted or its run is gone, roll back with ${rollback}, then release ${tag} again.`
        : `Resolve it with ${rollback}${state.kind === 'rollback-failed' ? ' once the cause is fixed' : ''}, then release ${tag} again.`
    return { environment, state: state.kind, reason: describeState(ledger), resolve }
  }
  const ended = ledger.endedAt[tag]
  if (ended && evidenceSince !== undefined && evidenceSince <= ended.at) {
    return {
      environment,
      state: state.kind,
      reason: `${tag} was ${ended.how} on ${environment} at ${ended.at}, after this evidence was recorded (${evidenceSince}): its evidence cannot deploy it again`,
      resolve: `Run ${tag} again from the start (release-gate run --tag ${tag}), or release a new tag.`
    }
  }
  return null
}

/** `[ERROR]`-ready text of a refusal: what the environment is in, and what to do. */
export function refusalMessage(refusal: StartRefusal): string {
  return `${refusal.reason}. ${refusal.resolve}`
}

/** One sentence on an environment's state, for refusals and the interruption record. */
export function describeState(ledger: Ledger): string {
  const { state, environment: env } = ledger
  const at = state.since ? ` at ${state.since}` : ''
  const over = state.over ?? 'the previous release'
  const to = state.to ?? state.over ?? 'the previous release'
  switch (state.kind) {
    case 'empty':
      return `no release of ${env} is recorded`
    case 'serving':
      return `${env} serves ${state.release}`
    case 'rolling-out':
      return `Release ${state.release} started on ${env}${at} and has not finished: it is still rolling out over ${over}, or it was stopped and ${env} may serve a mix of releases`
    case 'health-window':
      return `Release ${state.release} is in its health window on ${env} (deployed${at}); it has not passed it yet`
    case 'rolling-back':
      return `A rollback of ${env} from ${state.release} to ${to} started${at} and has not finished`
    case 'rolled-back':
      return `${state.release} was rolled back from ${env}${at}; ${env} serves ${state.to}`
    case 'failed':
      return `${state.release} failed on ${env}${at}`
    case 'breached-left':
      return `${state.release} breached its health window on ${env}${at} and was left serving (health.on-breach: alert)`
    case 'rollback-failed':
      return `The rollback of ${env} from ${state.release} to ${to} failed${at}: ${env} may serve neither release`
    case 'interrupted':
      return state.during === 'rollback'
        ? `The rollback of ${env} from ${state.release} to ${to} was interrupted${at}: ${env} may serve neither release (its services may be down)`
        : state.during === 'health-window'
          ? `The health window of ${state.release} on ${env} was interrupted${at}: ${state.release} serves, unproven`
          : `The rollout of ${state.release} on ${env} was interrupted${at}: ${env} may serve a mix of ${state.release} and ${over}`
  }
}

/** The transition table as Markdown (docs/evidence.md and docs/troubleshooting.md print it). */
export function transitionTableMarkdown(): string {
  const states = [
    '| state | class | means | resolved by |',
    '| --- | --- | --- | --- |',
    ...ALL_STATES.map(
      kind =>
        `| \`${kind}\` | ${LEDGER_STATES[kind].class} | ${LEDGER_STATES[kind].means} | ${LEDGER_STATES[kind].resolvedBy} |`
    )
  ]
  const transitions = [
    '| from | event | to | recorded when |',
    '| --- | --- | --- | --- |',
    ...LEDGER_TRANSITIONS.map(
      row =>
        `| ${row.from.length === ALL_STATES.length ? 'any' : row.from.length === NOT_EMPTY.length ? 'any but `empty`' : row.from.map(k => `\`${k}\``).join(', ')} | \`${row.event}\` | \`${row.to}\` | ${row.recordedBy} |`
    )
  ]
  return [...states, '', ...transitions].join('\n') + '\n'
}
