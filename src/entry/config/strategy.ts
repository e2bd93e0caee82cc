import type { RolloutStep, StepSpec, StrategySpec } from '../../core/config.js'
import {
  DEFAULT_MAX_UNAVAILABLE,
  DEFAULT_ROLLING_BATCHES,
  DEFAULT_STEP_TIMEOUT_MS,
  MAX_PAUSE
} from '../../core/defaults.js'
import { normalizeAnalysis } from './analysis.js'
import { boundedDuration, type NormalizeContext } from './context.js'
import type { RawAnalysis, RawStrategy } from './raw.js'
import { normalizeStep } from './steps.js'

/** A service's rollout as steps (Argo Rollouts' model): all at once unless the config says otherwise. */
export function normalizeStrategy(
  context: NormalizeContext,
  raw: RawStrategy | undefined,
  path: string,
  routed = false
): StrategySpec {
  if (!raw || raw.type === 'all-at-once') return allAtOnce(context, raw, path)
  if (raw.type === 'canary') return canary(context, raw, path)
  if (raw.type === 'blue-green') return blueGreen(context, raw, path, routed)
  return rolling(context, raw, path)
}

function allAtOnce(context: NormalizeContext, raw: RawStrategy | undefined, path: string): StrategySpec {
  if (raw?.steps || raw?.batches) context.problems.push(`${path}: all-at-once takes no steps or batches`)
  return { type: 'all-at-once', steps: [{ kind: 'set-weight', weight: 100 }] }
}

function canary(context: NormalizeContext, raw: RawStrategy, path: string): StrategySpec {
  const { problems } = context
  if (!raw.steps) {
    problems.push(
      `${path}.steps: a canary needs steps, e.g. [{set-weight: 10}, {pause: 1m}, {set-weight: 100}]`
    )
    return { type: 'canary', steps: [] }
  }
  if (raw.batches !== undefined || raw.pause !== undefined || raw.analysis !== undefined)
    problems.push(`${path}: batches, pause and analysis belong to rolling; a canary lists them as steps`)
  const steps: RolloutStep[] = raw.steps.map((step, i) =>
    step['set-weight'] !== undefined
      ? { kind: 'set-weight', weight: step['set-weight'] }
      : step.pause === 'approval'
        ? { kind: 'pause-for-approval' }
        : step.pause !== undefined
          ? {
              kind: 'pause',
              durationMs: boundedDuration(context, step.pause, `${path}.steps[${i}].pause`, MAX_PAUSE)
            }
          : {
              kind: 'analysis',
              analysis: normalizeAnalysis(
                context,
                step.analysis as RawAnalysis,
                `${path}.steps[${i}].analysis`
              )
            }
  )
  const weights = steps.flatMap(s => (s.kind === 'set-weight' ? [s.weight] : []))
  if (weights.at(-1) !== 100)
    problems.push(
      `${path}.steps: the last set-weight must be 100 (full promotion); got ${weights.at(-1) ?? 'none'}`
    )
  weights.forEach((weight, i) => {
    if (i > 0 && weight <= (weights[i - 1] as number))
      problems.push(`${path}.steps: weights must increase; ${weight} follows ${weights[i - 1]}`)
  })
  return { type: 'canary', steps }
}

function blueGreen(context: NormalizeContext, raw: RawStrategy, path: string, routed: boolean): StrategySpec {
  const { problems } = context
  // With HAProxy as the router, it tells the live colour and switches: only retire stays a command.
  const required = routed ? (['retire'] as const) : (['active-color', 'switch', 'retire'] as const)
  const missing = required.filter(key => raw[key] === undefined)
  if (missing.length > 0)
    problems.push(
      `${path}: blue-green needs ${missing.join(', ')} (commands; see schemas/config.schema.json)`
    )
  if (raw.steps || raw.batches) problems.push(`${path}: blue-green takes no steps or batches`)
  // A missing command is already a problem; the placeholder only keeps the spec whole until the ConfigError.
  const placeholder = { name: 'missing', command: 'false', timeoutMs: DEFAULT_STEP_TIMEOUT_MS }
  const command = (key: 'active-color' | 'switch' | 'retire'): StepSpec =>
    raw[key] === undefined ? placeholder : normalizeStep(context, raw[key], `${path}.${key}`)
  const steps: RolloutStep[] = [{ kind: 'deploy-color' }]
  if (raw['preview-analysis'])
    steps.push({
      kind: 'analysis',
      analysis: normalizeAnalysis(context, raw['preview-analysis'], `${path}.preview-analysis`)
    })
  steps.push({ kind: 'switch' })
  const keepOldMs = raw['keep-old']
    ? boundedDuration(context, raw['keep-old'], `${path}.keep-old`, MAX_PAUSE)
    : 0
  // The old colour stays up through the health window (Argo Rollouts' scale-down delay): Phase 4 retires it once Gate 4
  // passed and keep-old has elapsed since the switch, so a breach can switch straight back to it.
  steps.push({ kind: 'retire' })
  return {
    type: 'blue-green',
    steps,
    blueGreen: {
      activeColor: command('active-color'),
      switch: command('switch'),
      retire: command('retire'),
      keepOldMs
    }
  }
}

function rolling(context: NormalizeContext, raw: RawStrategy, path: string): StrategySpec {
  const { problems } = context
  if (raw.steps) problems.push(`${path}.steps: a rolling update takes batches, not steps`)
  const batches = raw.batches ?? DEFAULT_ROLLING_BATCHES
  const percents = Array.isArray(batches)
    ? batches
    : Array.from({ length: batches }, (_, i) => Math.round(((i + 1) * 100) / batches))
  if (percents.at(-1) !== 100) problems.push(`${path}.batches: the last batch must reach 100 (percent)`)
  percents.forEach((percent, i) => {
    if (i > 0 && percent <= (percents[i - 1] as number))
      problems.push(`${path}.batches: batches must increase; ${percent} follows ${percents[i - 1]}`)
  })
  const between = raw.analysis ? normalizeAnalysis(context, raw.analysis, `${path}.analysis`) : undefined
  const steps: RolloutStep[] = []
  percents.forEach((weight, i) => {
    steps.push({ kind: 'set-weight', weight, batch: i + 1 })
    if (i === percents.length - 1) return
    if (raw.pause)
      steps.push({
        kind: 'pause',
        durationMs: boundedDuration(context, raw.pause, `${path}.pause`, MAX_PAUSE)
      })
    if (between) steps.push({ kind: 'analysis', analysis: between })
  })
  return { type: 'rolling', steps, maxUnavailable: String(raw['max-unavailable'] ?? DEFAULT_MAX_UNAVAILABLE) }
}
