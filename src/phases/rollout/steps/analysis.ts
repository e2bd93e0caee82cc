import type { RolloutStep } from '../../../core/config.js'
import { runAnalysis } from '../run-analysis.js'
import type { CurrentStep, RolloutState, StepFailure } from '../state.js'

/**
 * Measures the analysis's probes (blue/green: against the idle colour). Anything but a pass aborts, unless the
 * analysis may pause on an inconclusive result and a person at the terminal says go on.
 */
export async function runAnalysisStep(
  state: RolloutState,
  step: Extract<RolloutStep, { kind: 'analysis' }>,
  current: CurrentStep
): Promise<StepFailure | null> {
  const { ctx, service } = state
  const { record } = current
  const analysis = await runAnalysis(
    ctx,
    step.analysis,
    state.environment,
    service.id,
    state.previous,
    state.sampler,
    {
      ...(state.blueGreen ? { color: state.blueGreen.next } : {}),
      step: String(current.number)
    }
  )
  record.analysis = analysis
  record.finishedAt = analysis.finishedAt
  if (analysis.verdict === 'passed') {
    record.message = `passed: ${analysis.samples.length} samples`
    ctx.logger.info(`  ${service.id} | analysis passed (${analysis.samples.length} samples)`)
    return null
  }
  const why = analysis.breach?.reason ?? `analysis ${analysis.verdict}`
  if (analysis.verdict === 'inconclusive' && step.analysis.onInconclusive === 'pause' && ctx.confirm) {
    const goOn = await ctx.confirm(
      `[ANALYSIS INCONCLUSIVE] ${service.id} step ${current.number}: ${why}. Continue the rollout? (yes/no)`
    )
    if (goOn) {
      record.message = `inconclusive (${why}); continued by a person at the prompt`
      return null
    }
  }
  record.status = 'failed'
  record.message = `${analysis.verdict}: ${why}`
  ctx.logger.error(
    `[ALERT] ${service.id} rollout aborted at step ${current.number} (${current.description}): ${why}`
  )
  return {
    reason: `${service.id}: rollout aborted at step ${current.number} (${current.description}): analysis ${analysis.verdict}: ${why}`,
    trigger: 'rollout-analysis'
  }
}
