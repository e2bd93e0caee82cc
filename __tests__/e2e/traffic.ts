/** What a polling client saw. */
export interface TrafficSeen {
  total: number
  failed: number
  /** Answers per version that answered. */
  versions: Map<string, number>
  /** Every request in order: when it was sent (ms since the epoch), whether it failed, the version that answered. */
  timeline: { sentAt: number; failed: boolean; version: string | null }[]
}

/**
 * A client that requests `url` every 20 ms until stopped, bounded in count and time so it always ends, counting
 * failed requests (an error status or no answer) and the version each answer came from.
 */
export function pollService(
  url: string,
  limits = { maxRequests: 8000, maxMs: 120_000 }
): { stop: () => Promise<TrafficSeen> } {
  let running = true
  const seen: TrafficSeen = { total: 0, failed: 0, versions: new Map(), timeline: [] }
  const loop = (async () => {
    const deadline = Date.now() + limits.maxMs
    while (running && seen.total < limits.maxRequests && Date.now() < deadline) {
      seen.total += 1
      const sentAt = Date.now()
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
        const body = (await response.json()) as { version?: string }
        if (!response.ok) seen.failed += 1
        const version = body.version ?? '?'
        seen.versions.set(version, (seen.versions.get(version) ?? 0) + 1)
        seen.timeline.push({ sentAt, failed: !response.ok, version })
      } catch {
        seen.failed += 1
        seen.timeline.push({ sentAt, failed: true, version: null })
      }
      await new Promise(resolve => setTimeout(resolve, 20))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return seen
    }
  }
}
