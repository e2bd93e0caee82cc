// One service's deployment in an environment and, when progressive, its rollout step by step.
// The shapes come from schemas/evidence/common.schema.json (src/core/generated/common.ts).
import type { RolloutRecord } from '../generated/common.js'

export type { RolloutRecord, RoutedServer, ServiceDeployment, TrafficChange } from '../generated/common.js'

/** One step of a progressive rollout as it ran. */
export type RolloutStepRecord = RolloutRecord['steps'][number]
