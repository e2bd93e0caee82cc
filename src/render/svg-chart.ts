import { xmlText } from './escape.js'

/**
 * A health chart as inline SVG for the HTML report: one metric's values per round as a line, its upper threshold as
 * a dashed line, breaches marked. Drawing only: no script, style, link or external reference, so the page's
 * Content-Security-Policy (no scripts, one hashed stylesheet) needs nothing more. Colours are presentation
 * attributes, which a policy does not treat as inline styles. Pure and deterministic: the same chart is the same text.
 */

/** One chart point: the round it starts at, its value (null: no value that round) and whether it breached. */
export interface ChartPoint {
  x: number
  y: number | null
  breached: boolean
}

/** What a chart shows; every text in it may be untrusted (probe ids come from config and evidence). */
export interface LineChart {
  title: string
  xLabel: string
  yLabel: string
  points: readonly ChartPoint[]
  /** The upper threshold (a value above it fails), drawn as a line; absent when the probe has none. */
  max?: number
}

/** Every chart has this size (CSS px), whatever its data, so a long window cannot make a large picture. */
export const SVG_CHART_SIZE = { width: 640, height: 240 } as const

// The plotting area inside the picture: room on the left for value labels, below for rounds and the axis title.
const PLOT = { left: 64, right: 616, top: 32, bottom: 196 } as const
// With a threshold, the scale ends at this many times it: one spike of a million ms must not flatten the rest of
// the line against the axis. A value above is drawn at the top edge with a mark, its value in its tooltip.
const OFF_SCALE_FACTOR = 4
const COLOURS = {
  text: '#1f2328',
  muted: '#59636e',
  axis: '#d0d7de',
  line: '#0969da',
  bad: '#cf222e'
} as const

/** The chart as one `<svg>` element (no XML declaration), to be placed inline in an HTML page. Pure. */
export function renderSvgChart(chart: LineChart): string {
  const measured = chart.points.filter(
    (p): p is ChartPoint & { y: number } => p.y !== null && Number.isFinite(p.y)
  )
  const scale = valueScale(
    measured.map(p => p.y),
    chart.max
  )
  let firstRound = Infinity
  let lastRound = -Infinity
  for (const { x } of chart.points) {
    firstRound = Math.min(firstRound, x)
    lastRound = Math.max(lastRound, x)
  }
  const xOf = (round: number): number =>
    lastRound === firstRound
      ? (PLOT.left + PLOT.right) / 2
      : PLOT.left + ((round - firstRound) / (lastRound - firstRound)) * (PLOT.right - PLOT.left)
  const yOf = (value: number): number =>
    PLOT.bottom -
    ((Math.min(value, scale.top) - scale.low) / (scale.top - scale.low)) * (PLOT.bottom - PLOT.top)
  const { width, height } = SVG_CHART_SIZE
  const title = xmlText(chart.title)
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="11" fill="${COLOURS.text}">`,
    `<title>${title}</title>`,
    `<desc>${xmlText(describe(chart, measured))}</desc>`,
    `<text x="${PLOT.left}" y="18" font-size="13" font-weight="600">${title}</text>`,
    ...axes(chart, scale, firstRound, lastRound),
    ...(chart.max !== undefined && Number.isFinite(chart.max) ? threshold(chart.max, yOf(chart.max)) : []),
    ...lines(chart.points, xOf, yOf),
    ...markers(chart.points, scale, xOf, yOf),
    ...(measured.length === 0
      ? [
          `<text x="${fixed((PLOT.left + PLOT.right) / 2)}" y="${fixed((PLOT.top + PLOT.bottom) / 2)}" text-anchor="middle" fill="${COLOURS.muted}">no values measured</text>`
        ]
      : []),
    '</svg>'
  ]
  return parts.join('')
}

interface ValueScale {
  low: number
  top: number
}

/** The value range of the y axis: from zero (or below) to the largest value, the threshold included, capped. */
function valueScale(values: readonly number[], max: number | undefined): ValueScale {
  const bounds = max !== undefined && Number.isFinite(max) ? [...values, max] : [...values]
  // Loops, not Math.min(...values): a spread of many values is more arguments than a call can take.
  let low = 0
  let high = -Infinity
  for (const value of bounds) {
    low = Math.min(low, value)
    high = Math.max(high, value)
  }
  if (max !== undefined && Number.isFinite(max) && max > 0) high = Math.min(high, max * OFF_SCALE_FACTOR)
  return { low, top: high > low ? high : low + 1 }
}

/** The axes, the lowest and highest value, the first and last round, and both axis titles. */
function axes(chart: LineChart, scale: ValueScale, firstRound: number, lastRound: number): string[] {
  const rounds =
    chart.points.length === 0 ? [] : firstRound === lastRound ? [firstRound] : [firstRound, lastRound]
  const roundX = (round: number, i: number): number =>
    rounds.length === 1 ? (PLOT.left + PLOT.right) / 2 : i === 0 ? PLOT.left : PLOT.right
  return [
    `<g stroke="${COLOURS.axis}" stroke-width="1">`,
    `<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${PLOT.bottom}"/>`,
    `<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}"/>`,
    '</g>',
    `<g fill="${COLOURS.muted}">`,
    `<text x="${PLOT.left - 6}" y="${PLOT.top + 4}" text-anchor="end">${xmlText(formatValue(scale.top))}</text>`,
    `<text x="${PLOT.left - 6}" y="${PLOT.bottom + 4}" text-anchor="end">${xmlText(formatValue(scale.low))}</text>`,
    ...rounds.map(
      (round, i) =>
        `<text x="${fixed(roundX(round, i))}" y="${PLOT.bottom + 16}" text-anchor="middle">${xmlText(String(round))}</text>`
    ),
    `<text x="${fixed((PLOT.left + PLOT.right) / 2)}" y="${PLOT.bottom + 34}" text-anchor="middle">${xmlText(chart.xLabel)}</text>`,
    `<text x="14" y="${fixed((PLOT.top + PLOT.bottom) / 2)}" text-anchor="middle" transform="rotate(-90 14 ${fixed((PLOT.top + PLOT.bottom) / 2)})">${xmlText(chart.yLabel)}</text>`,
    '</g>'
  ]
}

/** The upper threshold: a dashed line across the plot, labelled with its value. */
function threshold(max: number, y: number): string[] {
  return [
    `<line class="threshold" x1="${PLOT.left}" y1="${fixed(y)}" x2="${PLOT.right}" y2="${fixed(y)}" stroke="${COLOURS.bad}" stroke-width="1" stroke-dasharray="6 4"/>`,
    `<text x="${PLOT.right}" y="${fixed(y - 4)}" text-anchor="end" fill="${COLOURS.bad}">max ${xmlText(formatValue(max))}</text>`
  ]
}

/** The values as lines: one polyline per run of rounds with a value (a round without one leaves a gap). */
function lines(
  points: readonly ChartPoint[],
  xOf: (round: number) => number,
  yOf: (value: number) => number
): string[] {
  const runs: string[][] = [[]]
  for (const point of points) {
    if (point.y === null || !Number.isFinite(point.y)) runs.push([])
    else (runs.at(-1) as string[]).push(`${fixed(xOf(point.x))},${fixed(yOf(point.y))}`)
  }
  return runs.flatMap(run => {
    if (run.length >= 2)
      return [
        `<polyline class="series" points="${run.join(' ')}" fill="none" stroke="${COLOURS.line}" stroke-width="2" stroke-linejoin="round"/>`
      ]
    // A lone value has no line to sit on: a dot shows it.
    const [x, y] = (run[0] ?? '').split(',')
    return run.length === 1
      ? [`<circle class="point" cx="${x}" cy="${y}" r="3" fill="${COLOURS.line}"/>`]
      : []
  })
}

/** A red dot on each breach and a red triangle on the top edge for each value above the scale, each named. */
function markers(
  points: readonly ChartPoint[],
  scale: ValueScale,
  xOf: (round: number) => number,
  yOf: (value: number) => number
): string[] {
  const marks: string[] = []
  for (const point of points) {
    if (point.y === null || !Number.isFinite(point.y)) continue
    const offScale = point.y > scale.top
    if (!point.breached && !offScale) continue
    const x = fixed(xOf(point.x))
    const notes = [...(point.breached ? ['breach'] : []), ...(offScale ? ['off the scale'] : [])].join(', ')
    const name = `<title>${xmlText(`round ${point.x}: ${formatValue(point.y)} (${notes})`)}</title>`
    if (offScale)
      marks.push(
        `<path class="off-scale" d="M${x},${PLOT.top - 8}l-5,8h10z" fill="${COLOURS.bad}">${point.breached ? '' : name}</path>`
      )
    if (point.breached)
      marks.push(
        `<circle class="breach" cx="${x}" cy="${fixed(yOf(point.y))}" r="4.5" fill="${COLOURS.bad}" stroke="#ffffff" stroke-width="1.5">${name}</circle>`
      )
  }
  return marks
}

/** The chart in words, for a screen reader and for anyone who cannot see the picture. */
function describe(chart: LineChart, measured: readonly { x: number; y: number }[]): string {
  if (measured.length === 0) return withThreshold('no values measured', chart.max)
  let low = Infinity
  let high = -Infinity
  for (const p of measured) {
    low = Math.min(low, p.y)
    high = Math.max(high, p.y)
  }
  const first = (measured[0] as { x: number }).x
  const last = (measured.at(-1) as { x: number }).x
  const rounds = first === last ? `round ${first}` : `rounds ${first}–${last}`
  const range = low === high ? `${formatValue(low)}` : `from ${formatValue(low)} to ${formatValue(high)}`
  const breaches = chart.points.filter(p => p.breached).length
  const gaps = chart.points.filter(p => p.y === null || !Number.isFinite(p.y)).length
  return [
    withThreshold(`${plural(measured.length, 'value')}, ${rounds}, ${range}`, chart.max),
    ...(breaches > 0 ? [plural(breaches, 'breach', 'breaches')] : []),
    ...(gaps > 0 ? [`${plural(gaps, 'round')} without a value`] : [])
  ].join('; ')
}

const withThreshold = (text: string, max: number | undefined): string =>
  max !== undefined ? `${text}; threshold max ${formatValue(max)}` : text
const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`
/** A value as a reader wants it: at most three decimals. */
const formatValue = (value: number): string => String(Math.round(value * 1000) / 1000)
/** A coordinate with one decimal: enough for a screen, and the same text on every run. */
const fixed = (coordinate: number): string => String(Math.round(coordinate * 10) / 10)
