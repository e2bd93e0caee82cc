import type { ReleaseConfig } from '../../core/config.js'
import { DEFAULT_NOTIFY_TIMEOUT_MS } from '../../core/defaults.js'
import { parseDuration } from '../../core/duration.js'
import type { RawNotify } from './raw.js'

/** The webhooks; one without a name is named by its URL variable (never the URL, which may hold a secret). */
export function normalizeNotify(raw: RawNotify[] | undefined): ReleaseConfig['notify'] {
  return (raw ?? []).map((n, i) => ({
    name: n.name ?? (n['url-env'] ? `$${n['url-env']}` : `notify[${i}]`),
    ...(n.url ? { url: n.url } : {}),
    ...(n['url-env'] ? { urlEnv: n['url-env'] } : {}),
    format: n.format,
    events: n.events ?? [],
    timeoutMs: n.timeout ? parseDuration(n.timeout) : DEFAULT_NOTIFY_TIMEOUT_MS
  }))
}
