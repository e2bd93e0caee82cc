import type { RolloutStep } from '../../../core/config.js'
import { formatDuration } from '../../../core/duration.js'
import type { CurrentStep, RolloutState, StepFailure } from '../state.js'

/** Waits the step's duration (the clock's sleep, so tests and interruption control it). */
export async function runPause(
  state: RolloutState,
  step: Extract<RolloutStep, { kind: 'pause' }>,
  current: CurrentStep
): Promise<StepFailure | null> {
  await state.ctx.clock.sleep(step.durationMs)
  current.record.finishedAt = state.ctx.clock.now().toISOString()
  current.record.message = `paused ${formatDuration(step.durationMs)}`
  return null
}

/** Asks a person at the terminal whether to go on; where nobody can answer, the rollout stops. */
export async function runPauseForApproval(
  state: RolloutState,
  current: CurrentStep
): Promise<StepFailure | null> {
  const { ctx, service } = state
  const { record } = current
  const weightNow =
    state.records
      .filter(r => r.weight !== null)
      .map(r => `${r.weight}%`)
      .at(-1) ?? 'not yet deployed'
  const prompt = `[ROLLOUT PAUSED] ${service.id} at step ${current.number}: ${weightNow} on ${ctx.tag}. Continue the rollout? (yes/no)`
  ctx.logger.info(prompt)
  const goOn = ctx.confirm ? await ctx.confirm(prompt) : false
  record.finishedAt = ctx.clock.now().toISOString()
  if (goOn) {
    record.message = 'a person answered yes'
    return null
  }
  record.status = 'failed'
  record.message = ctx.confirm ? 'a person answered no' : 'nobody can answer here (no terminal)'
  return {
    reason: `${service.id}: rollout stopped at step ${current.number} (${current.description}): ${record.message}`,
    trigger: 'rollout-stopped'
  }
}
