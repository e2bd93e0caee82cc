import type { RolloutStep } from '../../../core/config.js'
import { assertNever } from '../../../core/errors.js'
import type { CurrentStep, RolloutState, StepFailure } from '../state.js'
import { runAnalysisStep } from './analysis.js'
import { runBlueGreenStep } from './blue-green.js'
import { runPause, runPauseForApproval } from './pause.js'
import { runSetWeight } from './set-weight.js'

/** Runs one rollout step by its kind: one handler per kind; a new kind fails to compile until it has one. */
export function runRolloutStep(
  state: RolloutState,
  step: RolloutStep,
  current: CurrentStep
): Promise<StepFailure | null> {
  switch (step.kind) {
    case 'set-weight':
      return runSetWeight(state, step, current)
    case 'pause':
      return runPause(state, step, current)
    case 'pause-for-approval':
      return runPauseForApproval(state, current)
    case 'analysis':
      return runAnalysisStep(state, step, current)
    case 'deploy-color':
    case 'switch':
    case 'retire':
      return runBlueGreenStep(state, step, current)
    default:
      return assertNever(step)
  }
}
