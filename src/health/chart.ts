import type { HealthSample } from '../protocol/records.js'

const BLOCKS = '▁▂▃▄▅▆▇█'

/**
 * A Unicode sparkline of values (one block per sample, scaled between the smallest and largest value); a sample
 * without a value is a space, one that did not pass is shown after the line as its round number. Pure.
 */
export function sparkline(values: readonly (number | null)[]): string {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (finite.length === 0) return ' '.repeat(values.length)
  const low = Math.min(...finite)
  const high = Math.max(...finite)
  return values
    .map(v => {
      if (v === null || !Number.isFinite(v)) return ' '
      if (high === low) return BLOCKS[3] as string
      return BLOCKS[Math.round(((v - low) / (high - low)) * (BLOCKS.length - 1))] as string
    })
    .join('')
}

/** One line per probe: its sparkline, range and the rounds that did not pass. Pure. */
export function probeSparklines(
  probes: readonly { id: string; threshold: string }[],
  samples: readonly HealthSample[]
): string[] {
  const width = Math.max(...probes.map(p => p.id.length), 1)
  return probes.map(probe => {
    const own = samples.filter(s => s.probe === probe.id)
    const values = own.map(s => s.value)
    const finite = values.filter((v): v is number => v !== null)
    const range = finite.length > 0 ? `${Math.min(...finite)}–${Math.max(...finite)}` : 'no values'
    const bad = own.filter(s => !s.passed).map(s => `${s.round}:${s.status}`)
    return `${probe.id.padEnd(width)} ${sparkline(values)}  ${range} (${probe.threshold})${bad.length > 0 ? `  not passed: ${bad.join(', ')}` : ''}`
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
    const own = samples.filter(s => s.probe === probe.id)
    if (own.length < 2) continue
    const values = own.map(s => (s.value !== null && Number.isFinite(s.value) ? round(s.value) : 0))
    lines.push(
      '```mermaid',
      'xychart-beta',
      `  title "${probe.id.replace(/"/g, "'")}"`,
      `  x-axis "round" [${own.map(s => s.round).join(', ')}]`,
      `  line [${values.join(', ')}]`,
      ...(probe.max !== undefined ? [`  line [${own.map(() => probe.max).join(', ')}]`] : []),
      '```',
      ''
    )
  }
  return lines
}

const round = (value: number): number => Math.round(value * 1000) / 1000
