import type { ReleaseConfig } from '../../core/config.js'
import type { EventSink } from '../../core/events.js'
import type { Clock } from '../../core/ports.js'
import type { ReleaseEventKind } from '../../core/events.js'
import { fetchPost, WebhookNotifier, type NotifyTarget, type PostJson } from './notifier.js'

/**
 * The webhooks of the config as an event sink: each event goes to every subscribed target, and each delivery comes
 * back as a line for the communications timeline. A target whose URL variable is unset is reported, not fatal.
 */
export function webhookSink(
  config: ReleaseConfig,
  deps: {
    env: Record<string, string | undefined>
    clock: Clock
    redact: (text: string) => string
    warn: (line: string) => void
    post?: PostJson
  }
): EventSink | undefined {
  if (config.notify.length === 0) return undefined
  const unusable: string[] = []
  const targets: NotifyTarget[] = []
  for (const target of config.notify) {
    const url = target.url ?? (target.urlEnv ? deps.env[target.urlEnv] : undefined)
    if (!url) {
      unusable.push(`${target.name}: not sent (${target.urlEnv} is not set)`)
      continue
    }
    targets.push({
      name: target.name,
      url,
      format: target.format,
      events: target.events as ReleaseEventKind[],
      timeoutMs: target.timeoutMs
    })
  }
  const notifier = new WebhookNotifier(targets, {
    post: deps.post ?? fetchPost,
    clock: deps.clock,
    redact: deps.redact,
    log: deps.warn
  })
  return {
    async send(event) {
      const deliveries = await notifier.notify(event)
      return [
        ...deliveries.map(d =>
          d.delivered
            ? `${d.target}: delivered`
            : `${d.target}: NOT delivered after ${d.attempts} ${d.attempts === 1 ? 'try' : 'tries'} (${d.error ?? `HTTP ${d.status}`})`
        ),
        ...unusable
      ]
    }
  }
}
