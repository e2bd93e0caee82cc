import { oneLine } from '../../core/one-line.js'
import type { ProtocolContext } from '../../core/context.js'
import type { GateVerdict, PhaseOutcome } from '../../core/outcome.js'

/** A verdict of `gate`: passed when there is no reason against it. Each reason is one line. */
export const verdict = (gate: GateVerdict['gate'], reasons: string[]): GateVerdict => ({
  gate,
  passed: reasons.length === 0,
  reasons: reasons.map(oneLine)
})
/** The reason against a record of another release (a record without a tag belongs to any). */
export const sameTag = (name: string, record: { tag: string | null } | undefined, tag: string): string[] =>
  record && record.tag !== null && record.tag !== tag ? [`${name} is for ${record.tag}, not ${tag}`] : []

/** A phase that cannot start because the phase before it did not pass (or left no evidence). */
export function refuse(
  ctx: ProtocolContext,
  gate: 1 | 2 | 3,
  reasons: string[],
  phase: string
): PhaseOutcome {
  ctx.logger.error(`[ERROR] Cannot start the ${phase} phase: Gate ${gate} has not passed for ${ctx.tag}.`)
  const lines = reasons.map(oneLine)
  for (const reason of lines) ctx.logger.error(`  - ${reason}`)
  return { kind: 'halted', gate, reasons: lines }
}
