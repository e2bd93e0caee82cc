// One service's deployment in an environment and, when progressive, its rollout step by step.
import type { AnalysisRecord } from './analysis.js'
import type { ExecRecord } from './common.js'

/** One service's deployment in an environment. */
export interface ServiceDeployment {
  service: string
  status: 'deployed' | 'failed' | 'not-started'
  deploy: ExecRecord | null
  verify: ExecRecord | null
  /** A progressive rollout's steps (canary, rolling); absent for an all-at-once deploy. */
  rollout?: RolloutRecord
}

/** One step of a progressive rollout as it ran. */
export interface RolloutStepRecord {
  step: number
  kind: 'set-weight' | 'pause' | 'pause-for-approval' | 'analysis' | 'deploy-color' | 'switch' | 'retire'
  description: string
  weight: number | null
  /** Blue/green: the colour this step deployed, switched to or retired. */
  color: string | null
  startedAt: string
  finishedAt: string
  status: 'completed' | 'failed'
  exec: ExecRecord | null
  analysis: AnalysisRecord | null
  message: string
}

/** A service's rollout: its steps and, when it was aborted, where and why. */
export interface RolloutRecord {
  strategy: 'all-at-once' | 'canary' | 'rolling' | 'blue-green'
  status: 'promoted' | 'aborted'
  steps: RolloutStepRecord[]
  abort: { step: number; description: string; reason: string; at: string } | null
}
