import type { ServiceSpec, StepSpec } from '../../core/config.js'
import type { ProtocolContext } from '../../core/context.js'
import type { ExecRecord, RolloutRecord, RolloutStepRecord } from '../../core/records/index.js'
import type { ProbeSampler } from '../analysis/probes.js'

/** What a rollout of one service did, and the deploy command records the deployment report keeps. */
export interface RolloutOutcome {
  rollout: RolloutRecord
  /** The last deploy command run (the one that failed, or the promotion). */
  lastDeploy: ExecRecord | null
  verify: ExecRecord | null
  failure: StepFailure | null
}

/** Why a step stopped the rollout, and what kind of trigger the rollback records. */
export interface StepFailure {
  reason: string
  trigger: 'deploy-failure' | 'rollout-analysis' | 'rollout-stopped'
}

/** Blue/green: its commands, and the colours found before the first step (live now, and the one to deploy). */
export interface BlueGreenColors {
  commands: { activeColor: StepSpec; switch: StepSpec; retire: StepSpec; keepOldMs: number }
  active: 'blue' | 'green' | null
  next: 'blue' | 'green'
}

/**
 * Everything the steps of one service's rollout share: the fixed inputs, and what earlier steps left behind
 * (their records, the last deploy and verify runs) for later steps and the outcome.
 */
export interface RolloutState {
  readonly ctx: ProtocolContext
  readonly service: ServiceSpec
  readonly environment: string
  readonly previous: string | null
  /** Production follows the strategy's steps; otherwise one deploy at weight 100. */
  readonly progressive: boolean
  readonly sampler?: ProbeSampler
  /** Set only for a progressive blue/green rollout whose live colour could be told. */
  readonly blueGreen: BlueGreenColors | null
  /** One record per step started, the current one last. */
  readonly records: RolloutStepRecord[]
  lastDeploy: ExecRecord | null
  verify: ExecRecord | null
}

/** The step being run: its 1-based number, its description and the record it fills in. */
export interface CurrentStep {
  number: number
  description: string
  record: RolloutStepRecord
}
