// Phase 1: the readiness checklist, the deployment window, and the rollback rehearsal Gate 1 asks for.
// The shapes come from schemas/evidence/ (src/core/generated/).
import type { ReadinessChecklist } from '../generated/deployment-readiness-checklist.js'
import type { RollbackRehearsal } from '../generated/rollback-rehearsal.js'

export type { ReadinessChecklist } from '../generated/deployment-readiness-checklist.js'
export type { ReleaseManifest } from '../generated/release-manifest.js'
export type { RollbackRehearsal } from '../generated/rollback-rehearsal.js'

/** One prerequisite's verdict in the readiness checklist. */
export type PrerequisiteResult = ReadinessChecklist['prerequisites'][number]

/** Whether production may be changed now, and who overrode the window, why and when. */
export type WindowCheck = NonNullable<ReadinessChecklist['window']>

/** One step of a rollback rehearsal. */
export type RehearsalStep = RollbackRehearsal['steps'][number]
