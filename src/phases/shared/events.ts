import type { ReleaseEvent, ReleaseEventDetail, ReleaseEventKind } from '../../core/events.js'
import type { ProtocolContext } from '../../core/context.js'
import { ARTIFACTS } from '../../core/records/index.js'
import { inlineText } from '../../render/escape.js'

/**
 * Announces one release event: to the configured webhooks (never failing the release) and as a line of the
 * timeline in deployment-communications.md, with what happened to each delivery.
 */
export async function emitEvent(
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
  let deliveries: string[]
  try {
    deliveries = ctx.events ? await ctx.events.send(event) : []
  } catch (error) {
    deliveries = [`notification error: ${(error as Error).message}`]
  }
  // The summary can quote untrusted text (a comment, a probe's answer), a delivery a receiver's error.
  const timeline = `- ${event.at} **${kind}**${event.phase ? ` (${event.phase})` : ''}: ${inlineText(summary)}${deliveries.length > 0 ? ` — ${inlineText(deliveries.join('; '))}` : ''}\n`
  try {
    const existing = await ctx.store.readText(ARTIFACTS.communications)
    const heading =
      existing === undefined
        ? '# Deployment communications\n\n## Timeline\n\n'
        : existing.includes('## Timeline\n')
          ? ''
          : '\n## Timeline\n\n'
    await ctx.store.appendText(ARTIFACTS.communications, heading + timeline)
  } catch (error) {
    ctx.logger.warn(`[WARN] could not add to the communications timeline: ${(error as Error).message}`)
  }
}
