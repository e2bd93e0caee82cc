import type { HealthSample } from '../core/records/index.js'
import type { ChartPoint, LineChart } from './svg-chart.js'

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

/**
 * A probe's samples as at most `points` chart points: each the round it starts at, the largest finite value, and
 * whether any of its rounds breached the threshold (a sample that failed; no data or an error is not a breach).
 */
export function chartPoints(own: readonly HealthSample[], points = CHART_POINTS): ChartPoint[] {
  const size = Math.max(1, Math.ceil(own.length / points))
  const buckets: ChartPoint[] = []
  for (let start = 0; start < own.length; start += size) {
    let value: number | null = null
    let breached = false
    for (let i = start; i < Math.min(own.length, start + size); i++) {
      const sample = own[i] as HealthSample
      const v = sample.value
      if (v !== null && Number.isFinite(v) && (value === null || v > value)) value = v
      breached ||= sample.status === 'failed'
    }
    buckets.push({ x: (own[start] as HealthSample).round, y: value, breached })
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
    return `${probe.id.padEnd(width)} ${sparkline(chartPoints(own).map(p => p.y))}  ${range} (${probe.threshold})${bad.length > 0 ? `  not passed: ${named.join(', ')}${more}` : ''}`
  })
}

/**
 * A Mermaid xychart of each probe's values per round, with the probe's max threshold as a second line where it has
 * one (GitHub renders Mermaid in Markdown files and job summaries). A Mermaid line has no gaps and no marks, so the
 * rounds without a value (drawn as 0) and the breached rounds are named in `%%` comments, which Mermaid skips and
 * the HTML report reads to draw the same chart as SVG (`parseMermaidChart`). Pure.
 */
export function mermaidChart(
  probes: readonly { id: string; max?: number }[],
  samples: readonly HealthSample[]
): string[] {
  const lines: string[] = []
  for (const probe of probes) {
    const points = chartPoints(samples.filter(s => s.probe === probe.id))
    if (points.length < 2) continue
    const roundsWhere = (test: (p: ChartPoint) => boolean): string =>
      points
        .filter(test)
        .map(p => p.x)
        .join(', ')
    const gaps = roundsWhere(p => p.y === null)
    const breaches = roundsWhere(p => p.breached)
    lines.push(
      '```mermaid',
      'xychart-beta',
      `  title "${probe.id.replace(/"/g, "'")}"`,
      `  x-axis "round" [${points.map(p => p.x).join(', ')}]`,
      `  line [${points.map(p => (p.y !== null ? round(p.y) : 0)).join(', ')}]`,
      ...(probe.max !== undefined ? [`  line [${points.map(() => probe.max).join(', ')}]`] : []),
      ...(gaps ? [`  %% no value rounds [${gaps}]`] : []),
      ...(breaches ? [`  %% breached rounds [${breaches}]`] : []),
      '```',
      ''
    )
  }
  return lines
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e[-+]?\d+)?`
const NUMBERS = new RegExp(String.raw`^\[(${NUMBER}(?:, ${NUMBER})*)\]$`, 'i')
const STATEMENT = /^(title|x-axis "round"|line|%% no value rounds|%% breached rounds) (.*)$/

/**
 * The chart `mermaidChart` wrote, read back from its Mermaid source (without the fence), for the HTML report; null
 * for any other diagram, which the report then shows as its source. Pure.
 */
export function parseMermaidChart(source: string): LineChart | null {
  const [kind, ...statements] = source
    .trim()
    .split('\n')
    .map(line => line.trim())
  if (kind !== 'xychart-beta') return null
  let title = ''
  let rounds: number[] | null = null
  const valueLines: number[][] = []
  const gaps = new Set<number>()
  const breaches = new Set<number>()
  for (const statement of statements) {
    const [, keyword, rest = ''] = STATEMENT.exec(statement) ?? []
    const numbers = NUMBERS.exec(rest)?.[1]?.split(', ').map(Number)
    if (keyword === 'title' && /^"[^"]*"$/.test(rest)) title = rest.slice(1, -1)
    else if (!numbers) return null
    else if (keyword === 'x-axis "round"') rounds = numbers
    else if (keyword === 'line') valueLines.push(numbers)
    else for (const n of numbers) (keyword === '%% no value rounds' ? gaps : breaches).add(n)
  }
  const [values, maxLine, ...others] = valueLines
  // More points than `mermaidChart` writes is not its chart (the page would grow with it): shown as source.
  if (!rounds || !values || others.length > 0 || rounds.length > CHART_POINTS) return null
  if (values.length !== rounds.length || (maxLine && maxLine.length !== rounds.length)) return null
  // The second line is the threshold: the same value in every round.
  if (maxLine && maxLine.some(v => v !== maxLine[0])) return null
  const axis = rounds
  return {
    title,
    xLabel: 'round',
    yLabel: 'value',
    points: values.map((y, i) => {
      const x = axis[i] as number
      return { x, y: gaps.has(x) ? null : y, breached: breaches.has(x) }
    }),
    ...(maxLine ? { max: maxLine[0] as number } : {})
  }
}

// The pass conditions `probeThreshold` writes that have an upper bound on the charted value: an HTTP probe's
// latency (its status always comes first, so a JSON expectation later in the text cannot match), a Prometheus
// value, a command's printed number.
const UPPER_BOUNDS = [
  /^status \d+, latency ≤ (\S+)ms(?:,|$)/,
  /^value (?:≥ \S+ and )?≤ (\S+); /,
  /^printed number (?:≥ \S+ and )?≤ (\S+)$/
]

/** The upper threshold of a probe's values, read from its pass condition as recorded; undefined when none. Pure. */
export function thresholdMax(threshold: string): number | undefined {
  for (const pattern of UPPER_BOUNDS) {
    const bound = pattern.exec(threshold)?.[1]
    if (bound !== undefined && Number.isFinite(Number(bound))) return Number(bound)
  }
  return undefined
}

const round = (value: number): number => Math.round(value * 1000) / 1000
