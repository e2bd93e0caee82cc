const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** Parses a duration such as `500ms`, `30s`, `15m`, `72h`, `7d` into milliseconds; throws on anything else. */
export function parseDuration(text: string): number {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(text)
  if (!match)
    throw new Error(
      `Invalid duration '${text}'. Expected a whole number and a unit, e.g. 500ms, 30s, 15m, 72h, 7d.`
    )
  return Number(match[1]) * (UNIT_MS[match[2] as string] as number)
}

/** Formats milliseconds for people: `850ms`, `12.5s`, `4m 05s`, `3h 20m`, `2d 4h`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1).replace(/\.0$/, '')}s`
  if (ms < 3_600_000)
    return `${Math.floor(ms / 60_000)}m ${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}s`
  if (ms < 86_400_000) return `${Math.floor(ms / 3_600_000)}h ${Math.floor((ms % 3_600_000) / 60_000)}m`
  return `${Math.floor(ms / 86_400_000)}d ${Math.floor((ms % 86_400_000) / 3_600_000)}h`
}
