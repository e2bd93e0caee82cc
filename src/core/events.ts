/** Every moment of a release that people are told about, in the order a release usually meets them. */
export const RELEASE_EVENT_KINDS = [
  'phase-started',
  'approval-requested',
  'approval-decided',
  'released',
  'halted',
  'alert',
  'rollback-started',
  'rollback-finished'
] as const

/** One kind of release event, e.g. `released` or `halted`. */
export type ReleaseEventKind = (typeof RELEASE_EVENT_KINDS)[number]

/** A detail value: flat, so that every receiver can show it without knowing our types. */
export type ReleaseEventDetail = string | number | boolean | null

/** Something that happened in a release, as told to the people watching it. */
export interface ReleaseEvent {
  kind: ReleaseEventKind
  tag: string
  environment: string
  /** The protocol phase the event belongs to, e.g. `rollout`. */
  phase?: string
  /** One human sentence, e.g. `Canary at 25% is healthy; waiting for approval.` */
  summary: string
  details?: Record<string, ReleaseEventDetail>
  /** ISO 8601 time the event happened. */
  at: string
  /** Link to the run (GitHub Actions run page) where the full log and evidence live. */
  runUrl?: string
}

/** Sends release events somewhere (webhooks); returns one line per target saying whether it arrived. */
export interface EventSink {
  send(event: ReleaseEvent): Promise<string[]>
}
