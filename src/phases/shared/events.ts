import type { ReleaseEvent, ReleaseEventDetail, ReleaseEventKind } from '../../core/events.js'
import type { ProtocolContext } from '../../core/context.js'
import type { EvidenceStore } from '../../core/ports.js'
import { ARTIFACTS } from '../../core/records/index.js'
import { inlineText } from '../../render/escape.js'

/**
 * The writes to deployment-communications.md not yet done, per bundle, chained in the order they were asked for. A
 * timeline line waits for its event's deliveries, so the chain runs in the background; `settleCommunications` awaits
 * it before the bundle is sealed. Keyed by the store: each phase works on a copy of the context, never of the store.
 */
const pendingCommunications = new WeakMap<EvidenceStore, Promise<void>>()

/**
 * Announces one release event: to the configured webhooks and as a line of the timeline in
 * deployment-communications.md, with what happened to each delivery. Returns at once: the deliveries (bounded by
 * the notifier's deadline) and the line they complete go on in the background, so that no webhook ever holds up
 * the release, least of all a rollback.
 */
export function emitEvent(
  ctx: ProtocolContext,
  kind: ReleaseEventKind,
  summary: string,
  options: { environment?: string; phase?: string; details?: Record<string, ReleaseEventDetail> } = {}
): Promise<void> {
  const event: ReleaseEvent = {
    kind,
    tag: ctx.tag,
    environment: options.environment ?? ctx.config.approval.environment,
    summary,
    at: ctx.clock.now().toISOString(),
    ...(options.phase ? { phase: options.phase } : {}),
    ...(options.details ? { details: options.details } : {})
  }
  const deliveries = send(ctx, event)
  queueCommunications(ctx, async existing => {
    const delivered = await deliveries
    const heading =
      existing === undefined
        ? '# Deployment communications\n\n## Timeline\n\n'
        : existing.includes('## Timeline\n')
          ? ''
          : '\n## Timeline\n\n'
    // The summary can quote untrusted text (a comment, a probe's answer), a delivery a receiver's error.
    return `${heading}- ${event.at} **${kind}**${event.phase ? ` (${event.phase})` : ''}: ${inlineText(summary)}${delivered.length > 0 ? ` — ${inlineText(delivered.join('; '))}` : ''}\n`
  })
  return Promise.resolve()
}

/**
 * Appends to deployment-communications.md after every write asked for before it, in the background; `text` gets
 * what the file holds by then. A failed write is a warning: communications never fail a release.
 */
export function queueCommunications(
  ctx: ProtocolContext,
  text: (existing: string | undefined) => Promise<string> | string
): void {
  const previous = pendingCommunications.get(ctx.store) ?? Promise.resolve()
  const next = previous.then(async () => {
    try {
      const existing = await ctx.store.readText(ARTIFACTS.communications)
      await ctx.store.appendText(ARTIFACTS.communications, await text(existing))
    } catch (error) {
      ctx.logger.warn(`[WARN] could not add to the communications timeline: ${(error as Error).message}`)
    }
  })
  pendingCommunications.set(ctx.store, next)
}

/**
 * Waits for every event's deliveries and every communications write asked for so far: before the bundle is sealed,
 * so that nothing is lost silently. Bounded: each delivery ends by the notifier's deadline.
 */
export async function settleCommunications(ctx: ProtocolContext): Promise<void> {
  await pendingCommunications.get(ctx.store)
}

/** The event's deliveries as lines for the timeline; never rejects. */
async function send(ctx: ProtocolContext, event: ReleaseEvent): Promise<string[]> {
  try {
    return ctx.events ? await ctx.events.send(event) : []
  } catch (error) {
    return [`notification error: ${(error as Error).message}`]
  }
}
