import { describe, expect, it } from '@jest/globals'
import { SVG_CHART_SIZE, renderSvgChart, type LineChart } from '../../src/render/svg-chart.js'

/** A chart point: round `x`, value `y`, breached or not. */
const at = (x: number, y: number | null, breached = false) => ({ x, y, breached })

const chart = (overrides: Partial<LineChart> = {}): LineChart => ({
  title: 'api-latency',
  xLabel: 'round',
  yLabel: 'value',
  points: [at(1, 120), at(2, 240), at(3, 310)],
  max: 500,
  ...overrides
})

/** Every `<tag ...>` of the SVG, by name. */
const elements = (svg: string, name: string): string[] =>
  svg.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? []
const attribute = (element: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1]

describe('a health chart as inline SVG', () => {
  const cases: {
    name: string
    chart: LineChart
    polylines: number
    breaches: number
    offScale: number
    contains: string[]
  }[] = [
    {
      name: 'an empty series: axes, the threshold and a note that nothing was measured',
      chart: chart({ points: [] }),
      polylines: 0,
      breaches: 0,
      offScale: 0,
      contains: ['<title>api-latency</title>', 'no values measured', 'class="threshold"']
    },
    {
      name: 'one point: drawn as a dot, since a line needs two',
      chart: chart({ points: [at(1, 120)] }),
      polylines: 0,
      breaches: 0,
      offScale: 0,
      contains: ['<circle class="point"', '1 value, round 1']
    },
    {
      name: 'a breach: the point over the threshold is marked and named',
      chart: chart({
        points: [at(1, 120), at(2, 870, true)]
      }),
      polylines: 1,
      breaches: 1,
      offScale: 0,
      contains: ['<title>round 2: 870 (breach)</title>', '1 breach']
    },
    {
      name: 'a value off the scale: drawn at the top edge with its value in words',
      chart: chart({
        points: [at(1, 120), at(2, 1_000_000, true), at(3, 130)]
      }),
      polylines: 1,
      breaches: 1,
      offScale: 1,
      contains: ['<title>round 2: 1000000 (breach, off the scale)</title>']
    },
    {
      name: 'a gap where a round had no value: two lines, not one across the gap',
      chart: chart({
        points: [at(1, 120), at(2, 130), at(3, null), at(4, 140), at(5, 150)]
      }),
      polylines: 2,
      breaches: 0,
      offScale: 0,
      contains: ['1 round without a value']
    }
  ]

  it.each(cases)('draws $name', ({ chart: input, polylines, breaches, offScale, contains }) => {
    const svg = renderSvgChart(input)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /)
    expect(svg).toMatch(/<\/svg>$/)
    expect(attribute(elements(svg, 'svg')[0] as string, 'width')).toBe(String(SVG_CHART_SIZE.width))
    expect(attribute(elements(svg, 'svg')[0] as string, 'height')).toBe(String(SVG_CHART_SIZE.height))
    // The accessible name and description come first.
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*><title>[^<]*<\/title><desc>[^<]+<\/desc>/)
    expect(elements(svg, 'polyline')).toHaveLength(polylines)
    expect(elements(svg, 'circle').filter(c => c.includes('class="breach"'))).toHaveLength(breaches)
    expect(elements(svg, 'path').filter(c => c.includes('class="off-scale"'))).toHaveLength(offScale)
    for (const fragment of contains) expect(svg).toContain(fragment)
  })

  it.each(cases)('keeps every coordinate of $name inside the picture', ({ chart: input }) => {
    const svg = renderSvgChart(input)
    const numbers = [
      ...elements(svg, 'polyline').flatMap(p => (attribute(p, 'points') ?? '').split(/[ ,]/).map(Number)),
      ...elements(svg, 'circle').flatMap(c => [Number(attribute(c, 'cx')), Number(attribute(c, 'cy'))]),
      ...elements(svg, 'line').flatMap(l => ['x1', 'y1', 'x2', 'y2'].map(a => Number(attribute(l, a))))
    ]
    for (const n of numbers) {
      expect(Number.isFinite(n)).toBe(true)
      expect(n).toBeGreaterThanOrEqual(0)
      expect(n).toBeLessThanOrEqual(SVG_CHART_SIZE.width)
    }
  })

  it('draws the threshold as a dashed line at its value, labelled', () => {
    const svg = renderSvgChart(chart())
    const [threshold] = elements(svg, 'line').filter(l => l.includes('class="threshold"'))
    expect(attribute(threshold as string, 'y1')).toBe(attribute(threshold as string, 'y2'))
    expect(attribute(threshold as string, 'stroke-dasharray')).toBeDefined()
    expect(svg).toContain('>max 500</text>')
  })

  it('draws the values on a line, later rounds further right and larger values higher', () => {
    const svg = renderSvgChart(chart())
    const [polyline] = elements(svg, 'polyline')
    const points = (attribute(polyline as string, 'points') as string)
      .split(' ')
      .map(p => p.split(',').map(Number) as [number, number])
    expect(points).toHaveLength(3)
    expect(points[0]![0]).toBeLessThan(points[1]![0])
    expect(points[0]![1]).toBeGreaterThan(points[2]![1])
  })

  it('is the same text for the same chart (the tests and the report compare it)', () => {
    expect(renderSvgChart(chart())).toBe(renderSvgChart(chart()))
  })

  it.each([
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an ampersand', 'p50 & p99', 'p50 &amp; p99'],
    ['quotes', `"latency" 'p99'`, '&quot;latency&quot; &#39;p99&#39;'],
    ['a control character XML cannot hold', 'a\u0000b\u001bc', 'a\uFFFDb\uFFFDc']
  ])('shows untrusted text with %s as text', (_name, text, escaped) => {
    const svg = renderSvgChart(chart({ title: text, yLabel: text }))
    expect(svg).toContain(`<title>${escaped}</title>`)
    expect(svg).not.toContain(text)
    expect(svg).not.toMatch(/<script|\son\w+=|href|<image|<use|<foreignObject|url\(/i)
  })

  it('carries no script, event handler, link or external reference', () => {
    const svg = renderSvgChart(
      chart({
        points: [at(1, 900, true), at(2, 2_000_000, true)]
      })
    )
    expect(svg).not.toMatch(/<script|\son\w+=|href|<image|<use|<foreignObject|<style|\sstyle=|url\(/i)
  })
})
