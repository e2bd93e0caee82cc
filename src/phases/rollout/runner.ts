import type { RolloutStep, ServiceSpec } from '../../core/config.js'
import type { ProtocolContext } from '../../core/context.js'
import type { RolloutStepRecord } from '../../core/records/index.js'
import type { ProbeSampler } from '../analysis/probes.js'
import { describeStep } from './describe.js'
import type { BlueGreenColors, RolloutOutcome, RolloutState, StepFailure } from './state.js'
import { detectColors } from './steps/blue-green.js'
import { runRolloutStep } from './steps/index.js'

export type { RolloutOutcome } from './state.js'

/**
 * Rolls one service out step by step (Argo Rollouts' model: set a weight, pause, analyse). Any failed deploy command or
 * analysis aborts at that step; the caller rolls back. `all-at-once` is the one-step case: deploy at weight 100.
 */
export async function runRollout(
  ctx: ProtocolContext,
  service: ServiceSpec,
  environment: string,
  previous: string | null,
  options: { progressive: boolean; sampler?: ProbeSampler; firstRelease?: boolean }
): Promise<RolloutOutcome> {
  const skipped =
    options.progressive && options.firstRelease && service.strategy.type === 'canary'
      ? { reason: firstCanaryReason(environment), steps: service.strategy.steps.map(describeStep) }
      : null
  const steps: RolloutStep[] =
    options.progressive && !skipped ? service.strategy.steps : [{ kind: 'set-weight', weight: 100 }]
  if (skipped)
    ctx.logger.info(`  ${service.id} | canary steps skipped: ${skipped.reason}; deploying ${ctx.tag} fully`)
  const strategy = options.progressive ? service.strategy.type : 'all-at-once'
  const commands = options.progressive ? service.strategy.blueGreen : undefined
  let blueGreen: BlueGreenColors | null = null
  if (commands) {
    const found = await detectColors(ctx, service, commands, environment, previous)
    if ('reason' in found) return outcomeOf(ctx, strategy, [], null, null, found)
    blueGreen = found
  }
  const state: RolloutState = {
    ctx,
    service,
    environment,
    previous,
    progressive: options.progressive,
    sampler: options.sampler,
    blueGreen,
    records: [],
    lastDeploy: null,
    verify: null
  }
  for (const [index, step] of steps.entries()) {
    const number = index + 1
    const description = describeStep(step)
    const record = startRecord(ctx, step, number, description)
    state.records.push(record)
    if (options.progressive && !skipped)
      ctx.logger.info(`  ${service.id} | step ${number}/${steps.length}: ${description}`)
    const failure = await runRolloutStep(state, step, { number, description, record })
    if (failure)
      return withSkipped(
        outcomeOf(ctx, strategy, state.records, state.lastDeploy, state.verify, failure),
        skipped
      )
  }
  return withSkipped(outcomeOf(ctx, strategy, state.records, state.lastDeploy, state.verify, null), skipped)
}

/**
 * Why a first canary release deploys fully (as Argo Rollouts does): with no release serving there is no stable version
 * to split traffic from or compare with, and a failed canary would have nothing to roll back to. Pure.
 */
export function firstCanaryReason(environment: string): string {
  return `first release in ${environment}: no release serves there, so there is no stable version to compare a canary with`
}

function withSkipped(
  outcome: RolloutOutcome,
  skipped: NonNullable<RolloutOutcome['rollout']['skipped']> | null
): RolloutOutcome {
  return skipped ? { ...outcome, rollout: { ...outcome.rollout, skipped } } : outcome
}

// A step counts as completed until its handler says otherwise.
function startRecord(
  ctx: ProtocolContext,
  step: RolloutStep,
  number: number,
  description: string
): RolloutStepRecord {
  const startedAt = ctx.clock.now().toISOString()
  return {
    step: number,
    kind: step.kind,
    description,
    weight: step.kind === 'set-weight' ? step.weight : null,
    color: null,
    startedAt,
    finishedAt: startedAt,
    status: 'completed',
    exec: null,
    analysis: null,
    message: ''
  }
}

// An aborted rollout names the step it stopped at: the last one started.
function outcomeOf(
  ctx: ProtocolContext,
  strategy: RolloutOutcome['rollout']['strategy'],
  records: RolloutStepRecord[],
  lastDeploy: RolloutOutcome['lastDeploy'],
  verify: RolloutOutcome['verify'],
  failure: StepFailure | null
): RolloutOutcome {
  return {
    rollout: {
      strategy,
      status: failure ? 'aborted' : 'promoted',
      steps: records,
      abort: failure
        ? {
            step: records.length,
            description: records.at(-1)?.description ?? '',
            reason: failure.reason,
            at: records.at(-1)?.finishedAt ?? ctx.clock.now().toISOString()
          }
        : null
    },
    lastDeploy,
    verify,
    failure
  }
}
