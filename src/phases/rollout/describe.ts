import type { RolloutStep } from '../../core/config.js'
import { formatDuration } from '../../core/duration.js'

/** A one-line description of a step, for the log and the evidence. Pure. */
export function describeStep(step: RolloutStep): string {
  switch (step.kind) {
    case 'set-weight':
      return step.batch !== undefined ? `batch ${step.batch} (${step.weight}%)` : `set weight ${step.weight}%`
    case 'pause':
      return `pause ${formatDuration(step.durationMs)}`
    case 'pause-for-approval':
      return 'pause until a person approves'
    case 'analysis':
      return `analysis of ${[...step.analysis.probes, ...step.analysis.compare.map(m => `${m.id} (baseline vs canary)`)].join(', ')} (${step.analysis.count} × ${formatDuration(step.analysis.intervalMs)})`
    case 'deploy-color':
      return 'deploy to the idle colour'
    case 'switch':
      return 'switch traffic to the new colour'
    case 'retire':
      return 'retire the old colour'
  }
}
