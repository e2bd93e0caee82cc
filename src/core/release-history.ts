import type { ReleaseEntry, UnfinishedRelease } from './ports.js'

/** Whether an entry means the environment serves that release (a finished release, or the target of a rollback). */
export function isServing(entry: ReleaseEntry): boolean {
  return entry.status === 'released' || entry.status === 'rollback-target'
}

/**
 * The release an environment started and never finished: its newest entry is still in progress (running now, or
 * interrupted or crashed part way). Null when the environment's last release ended one way or another. Pure.
 */
export function unfinishedRelease(
  entries: readonly ReleaseEntry[],
  environment: string
): UnfinishedRelease | null {
  const latest = entries.filter(e => e.environment === environment).at(-1)
  return latest?.status === 'in-progress' ? { tag: latest.tag, startedAt: latest.recordedAt } : null
}

/** `release-gate rollback --env production`: the command that ends an unfinished release. */
export function rollbackCommand(environment: string): string {
  return `release-gate rollback --env ${environment} (on GitHub: the rollback workflow)`
}

/** `[ERROR] ...`: why a production release may not start while another is unfinished, and what to do about it. */
export function unfinishedReleaseMessage(
  environment: string,
  tag: string,
  unfinished: UnfinishedRelease
): string {
  const which = unfinished.tag === tag ? `An earlier run of ${tag}` : `Release ${unfinished.tag}`
  return (
    `${which} started on ${environment} at ${unfinished.startedAt}${unfinished.by ? ` (${unfinished.by})` : ''} and has not finished: ` +
    `it is still running, or it was interrupted and ${environment} may serve a mix of releases. ` +
    `If it is running, wait for it. If it was interrupted, roll back with ${rollbackCommand(environment)}, ` +
    `then release ${tag} again.`
  )
}
