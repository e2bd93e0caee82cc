/** A command as written in the config: one string split like a shell would, or an explicit argv. */
export type CommandSpec = string | string[]

/** A command with the name used in status lines and its timeout. */
export interface StepSpec {
  name: string
  command: CommandSpec
  timeoutMs: number
}

/** An upstream artifact Phase 1 requires. */
export interface Prerequisite {
  id: string
  description?: string
  path: string
  maxAgeMs: number
  schemaPath?: string
  timestampField?: string
}

/** One deployable service. */
export interface ServiceSpec {
  id: string
  deploy: StepSpec
  rollback: StepSpec
  verify?: StepSpec
  after: string[]
}

/** A declarative HTTP check used by `validate` and `collect-perf`. */
export interface HttpCheckSpec {
  id: string
  url: string
  method: 'GET' | 'HEAD' | 'POST'
  expectStatus: number
  expectHeaders: Record<string, string>
  expectJson: Record<string, string | number | boolean | null>
  maxLatencyMs?: number
  timeoutMs: number
}

/** A health-window probe. */
export type ProbeSpec =
  | { id: string; kind: 'http'; url: string; expectStatus: number; maxLatencyMs?: number; timeoutMs: number }
  | { id: string; kind: 'command'; command: CommandSpec; timeoutMs: number }

/** Phase 4 settings. */
export interface HealthSpec {
  windowMs: number
  intervalMs: number
  failureLimit: number
  onBreach: 'rollback' | 'alert'
  probes: ProbeSpec[]
}

/** The validated release configuration; everything after the config loader trusts these types. */
export interface ReleaseConfig {
  sourcePath: string
  evidenceDir: string
  stateDir: string
  prerequisites: Prerequisite[]
  concurrency: number
  services: ServiceSpec[]
  allowFirstRelease: boolean
  stagingValidate: StepSpec[]
  uatRequired: boolean
  productionChecks: StepSpec[]
  validation: { staging: HttpCheckSpec[]; production: HttpCheckSpec[]; perfSamples: number }
  health: HealthSpec
  approval: {
    environment: string
    approvers: string[]
    /** GitHub: refuse an environment without a required-reviewers rule. */
    requireReviewers: boolean
    /** GitHub: the approver is the person who started the run. */
    selfApproval: 'refuse' | 'warn' | 'allow'
  }
  stakeholders: { name: string; role?: string }[]
  communications: { monitors: string[]; channel?: string }
  secretEnvNames: string[]
  /** Environment name → URL, for the deployment records. */
  environmentUrls: Record<string, string>
}
