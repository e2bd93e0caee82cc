import type { HealthSample } from '../core/records/index.js'

const BLOCKS = '▁▂▃▄▅▆▇█'

/**
 * A Unicode sparkline of values (one block per sample, scaled between the smallest and largest value); a sample
 * without a value is a space, one that did not pass is shown after the line as its round number. Pure.
 */
export function sparkline(values: readonly (number | null)[]): string {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (finite.length === 0) return ' '.repeat(values.length)
  const low = finite.reduce((a, b) => Math.min(a, b))
  const high = finite.reduce((a, b) => Math.max(a, b))
  return values
    .map(v => {
      if (v === null || !Number.isFinite(v)) return ' '
      if (high === low) return BLOCKS[3] as string
      return BLOCKS[Math.round(((v - low) / (high - low)) * (BLOCKS.length - 1))] as string
    })
    .join('')
}

/**
 * Charts show at most this many points: a long window (a day at one-second rounds) is drawn in buckets, each the
 * largest value of its rounds, so a chart stays readable and its size does not grow with the window.
 */
export const CHART_POINTS = 120
/** At most this many rounds that did not pass are named after a sparkline; the rest are counted. */
const NAMED_FAILURES = 20

/** A probe's samples as at most `points` chart points: each the round it starts at and the largest finite value. */
export function chartPoints(
  own: readonly HealthSample[],
  points = CHART_POINTS
): { round: number; value: number | null }[] {
  const size = Math.max(1, Math.ceil(own.length / points))
  const buckets: { round: number; value: number | null }[] = []
  for (let start = 0; start < own.length; start += size) {
    let value: number | null = null
    for (let i = start; i < Math.min(own.length, start + size); i++) {
      const v = (own[i] as HealthSample).value
      if (v !== null && Number.isFinite(v) && (value === null || v > value)) value = v
    }
    buckets.push({ round: (own[start] as HealthSample).round, value })
  }
  return buckets
}

/** One line per probe: its sparkline, range and the rounds that did not pass. Pure. */
export function probeSparklines(
  probes: readonly { id: string; threshold: string }[],
  samples: readonly HealthSample[]
): string[] {
  const width = probes.reduce((widest, p) => Math.max(widest, p.id.length), 1)
  return probes.map(probe => {
    const own = samples.filter(s => s.probe === probe.id)
    // A loop, not Math.min(...values): a day of samples is more arguments than a call can take.
    let low = Infinity
    let high = -Infinity
    for (const s of own)
      if (s.value !== null) {
        low = Math.min(low, s.value)
        high = Math.max(high, s.value)
      }
    const range = low <= high ? `${low}–${high}` : 'no values'
    const bad = own.filter(s => !s.passed)
    const named = bad.slice(0, NAMED_FAILURES).map(s => `${s.round}:${s.status}`)
    const more = bad.length > NAMED_FAILURES ? ` and ${bad.length - NAMED_FAILURES} more` : ''
    return `${probe.id.padEnd(width)} ${sparkline(chartPoints(own).map(p => p.value))}  ${range} (${probe.threshold})${bad.length > 0 ? `  not passed: ${named.join(', ')}${more}` : ''}`
  })
}

/**
 * A Mermaid xychart of each probe's values per round, with the probe's max threshold as a second line where it has
 * one (GitHub renders Mermaid in Markdown files and job summaries). Pure.
 */
export function mermaidChart(
  probes: readonly { id: string; max?: number }[],
  samples: readonly HealthSample[]
): string[] {
  const lines: string[] = []
  for (const probe of probes) {
    const points = chartPoints(samples.filter(s => s.probe === probe.id))
    if (points.length < 2) continue
    const values = points.map(p => (p.value !== null ? round(p.value) : 0))
    lines.push(
      '```mermaid',
      'xychart-beta',
      `  title "${probe.id.replace(/"/g, "'")}"`,
      `  x-axis "round" [${points.map(p => p.round).join(', ')}]`,
      `  line [${values.join(', ')}]`,
      ...(probe.max !== undefined ? [`  line [${points.map(() => probe.max).join(', ')}]`] : []),
      '```',
      ''
    )
  }
  return lines
}

const round = (value: number): number => Math.round(value * 1000) / 1000
