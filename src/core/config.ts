import type { AlertMatcher } from './alert-matchers.js'

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
  /** The rollout: all at once (one deploy at weight 100) unless the config says canary or rolling. */
  strategy: StrategySpec
  /** Who shifts traffic, per environment; an environment not listed uses the commands (router `command`). */
  traffic?: Record<string, TrafficSpec>
}

/** The roles a router's servers play: a canary's stable and canary, blue/green's colours. */
export type ServerRole = 'stable' | 'canary' | 'blue' | 'green'

/**
 * Who shifts a service's traffic in one environment: HAProxy through its Runtime API, or the user's commands (the
 * deploy command with ${weight}, blue/green's switch command), as without a `traffic` section.
 */
export type TrafficSpec =
  | { router: 'command' }
  | {
      router: 'haproxy'
      /** The Runtime API: a unix socket path, or a TCP address. */
      socket: { path: string } | { host: string; port: number }
      backend: string
      /** Server names by role: stable and canary, or blue and green. */
      servers: Partial<Record<ServerRole, string>>
      timeoutMs: number
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

/** How a probe's samples count: per-probe limits (Argo Rollouts' failureLimit, consecutiveErrorLimit, inconclusiveLimit). */
export interface ProbeLimits {
  failureLimit: number
  consecutiveErrorLimit: number
  inconclusiveLimit: number
}

/** Bounds a measured value must stay within. */
export interface ValueBounds {
  min?: number
  max?: number
}

/** A measurement source for the health window and rollout analysis. */
export type ProbeSpec = ProbeLimits &
  ValueBounds &
  (
    | {
        id: string
        kind: 'http'
        url: string
        expectStatus: number
        maxLatencyMs?: number
        expectJson: Record<string, string | number | boolean | null>
        timeoutMs: number
      }
    | { id: string; kind: 'command'; command: CommandSpec; value: 'exit-code' | 'stdout'; timeoutMs: number }
    | { id: string; kind: 'prometheus'; url: string; query: string; timeoutMs: number }
    | { id: string; kind: 'alertmanager'; url: string; matchers: AlertMatcher[]; timeoutMs: number }
  )

/** A rollout analysis: sample `probes` every `intervalMs`, `count` rounds. */
export interface AnalysisSpec {
  probes: string[]
  intervalMs: number
  count: number
  onInconclusive: 'fail' | 'pause'
  /** Baseline-versus-canary metrics, compared and scored after the rounds. */
  compare: CompareSpec[]
  score: { pass: number; marginal: number; alpha: number }
}

/** One metric measured on the baseline and on the canary. */
export interface CompareSpec {
  id: string
  baseline: string
  canary: string
  direction: 'increase' | 'decrease' | 'either'
  critical: boolean
  weight: number
  tolerance: number
}

/** One step of a progressive rollout (Argo Rollouts' model: steps are data). */
export type RolloutStep =
  | { kind: 'set-weight'; weight: number; batch?: number }
  | { kind: 'pause'; durationMs: number }
  /** Wait for a person's yes (a terminal); where nobody can answer, the rollout stops. */
  | { kind: 'pause-for-approval' }
  | { kind: 'analysis'; analysis: AnalysisSpec }
  /** Blue/green: deploy the release to the idle colour (no live traffic yet). */
  | { kind: 'deploy-color' }
  /** Blue/green: send all traffic to the colour just deployed. */
  | { kind: 'switch' }
  /** Blue/green: stop the colour that served before the switch. */
  | { kind: 'retire' }

/** How a service's deploy command rolls a release out. */
export interface StrategySpec {
  type: 'all-at-once' | 'canary' | 'rolling' | 'blue-green'
  steps: RolloutStep[]
  /**
   * Blue/green: the commands that find the live colour, switch traffic and retire a colour, and how long after the
   * switch the old colour stays up at least (it stays until the health window passed in any case).
   */
  blueGreen?: { activeColor: StepSpec; switch: StepSpec; retire: StepSpec; keepOldMs: number }
  /** Rolling: instances (or a percentage, e.g. '25%') that may be down at once; the deploy command gets it. */
  maxUnavailable?: string
}

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
  /** SHA-256 of the config text as read: readiness records it, and every later phase refuses a config that differs. */
  sourceSha256: string
  evidenceDir: string
  stateDir: string
  prerequisites: Prerequisite[]
  /** Release scope: service → path globs, and paths whose change is a risk. */
  scope: { services: Record<string, string[]>; riskyPaths: string[] }
  /** Deployment windows and freezes (no windows: any time, unless frozen). */
  window: WindowPolicy
  concurrency: number
  services: ServiceSpec[]
  allowFirstRelease: boolean
  stagingValidate: StepSpec[]
  uatRequired: boolean
  productionChecks: StepSpec[]
  /** Probes only rollout analysis uses (health.probes may be used too). */
  metrics: ProbeSpec[]
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
  /** People who sign off the release; `required` ones must have signed off the tag before Gate 1 passes. */
  stakeholders: { name: string; role?: string; required: boolean }[]
  communications: { monitors: string[]; channel?: string }
  secretEnvNames: string[]
  /** `pass-env`: names and globs of variables the commands get besides the built-in allowlist. */
  passEnv: string[]
  /** Webhooks for release events; the URL is read from the environment when the config names a variable. */
  notify: {
    name: string
    url?: string
    urlEnv?: string
    format: 'json' | 'slack'
    events: string[]
    timeoutMs: number
  }[]
  /** Environment name → URL, for the deployment records. */
  environmentUrls: Record<string, string>
}

/** A day of the week as the config writes it. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

/** A recurring span of local time, on the listed days, when a production release may start. */
export type AllowedWindow = {
  /** Days on which the window opens; a window over midnight belongs to the day it opens. */
  days: Weekday[]
  /** Local opening time, `HH:MM`, inclusive. */
  from: string
  /** Local closing time, `HH:MM`, exclusive; at or before `from` means it closes the next day. */
  to: string
  /** IANA time zone of `from`/`to`; defaults to the policy's. */
  timezone?: string
}

/** A period when no production release may start, whatever the windows say. */
export type Freeze = {
  /** First day `YYYY-MM-DD` (from local midnight) or an ISO date-time with offset. */
  from: string
  /** Last day `YYYY-MM-DD` (inclusive, to the next midnight) or an exclusive ISO date-time with offset. */
  to: string
  /** Why releases are frozen; shown to whoever is refused. */
  reason: string
  /** IANA time zone of whole-day bounds; defaults to the policy's. */
  timezone?: string
}

/** When production releases may start: inside an allowed window (any if none) and outside every freeze. */
export type WindowPolicy = {
  /** IANA time zone for windows and freezes that name none; the config loader defaults it to 'UTC'. */
  timezone: string
  /** Allowed windows; empty means any time. */
  allow: AllowedWindow[]
  /** Freezes, each overriding every window. */
  freeze: Freeze[]
}
