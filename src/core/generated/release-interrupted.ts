// Generated from schemas/evidence/release-interrupted.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { ExecRecord, SchemaVersion, Tag, Time } from './common.js'

/**
 * A release stopped by a signal (SIGINT, SIGTERM, a cancelled workflow run) before its phase finished
 */
export interface ReleaseInterrupted {
  schemaVersion: SchemaVersion
  artifact: 'release-interrupted.json'
  tag: Tag
  generatedAt: Time
  /**
   * The phase that was running.
   */
  phase: 'readiness' | 'staging' | 'production' | 'stabilize' | 'report'
  /**
   * What stopped the release, e.g. SIGTERM.
   */
  signal: string
  interruptedAt: Time
  /**
   * The environment the phase was changing, or null when it changed none.
   */
  environment: string | null
  /**
   * The release the environment served before this one: the rollback target.
   */
  previousRelease: string | null
  /**
   * The command that was running and was stopped, with its output so far.
   */
  inFlight: null | ExecRecord
  /**
   * Every command the phase ran before it stopped, the stopped one last: what changed.
   */
  commands: ExecRecord[]
  /**
   * What the environment may be serving now.
   */
  state: string
  /**
   * What to do before the next release of this environment.
   */
  nextSteps: string[]
}
