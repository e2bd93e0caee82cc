// Generated from schemas/evidence/common.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

/**
 * A moment in time (ISO 8601 date-time).
 */
export type Time = string

/**
 * The release tag.
 */
export type Tag = string

/**
 * The evidence format version.
 */
export type SchemaVersion = 1

/**
 * One command run: what ran, when, how it ended, and the (redacted, bounded) end of its output.
 */
export interface ExecRecord {
  name: string
  /**
   * @minItems 1
   */
  argv: string[]
  startedAt: Time
  finishedAt: Time
  durationMs: number
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  status: 'success' | 'failure' | 'timeout' | 'error'
  error: string | null
  stdoutTail: string
  stderrTail: string
  outputBytes: number
  outputTruncated: boolean
}

/**
 * One service's deployment in an environment.
 */
export interface ServiceDeployment {
  service: string
  status: 'deployed' | 'failed' | 'not-started'
  deploy: ExecRecord | null
  verify: ExecRecord | null
  rollout?: RolloutRecord
}

/**
 * One automated check (HTTP or command) and its verdict.
 */
export interface CheckResult {
  id: string
  kind: 'http' | 'command'
  passed: boolean
  startedAt: Time
  finishedAt: Time
  durationMs: number
  message: string
  url?: string
  status?: number | null
  latencyMs?: number | null
}

/**
 * A rollback: why, to what, and each service's rollback command.
 */
export interface RollbackRecord {
  trigger:
    | 'deploy-failure'
    | 'rollout-analysis'
    | 'rollout-stopped'
    | 'post-deployment-checks'
    | 'health-breach'
    | 'manual'
    | 'rehearsal'
  reason: string
  target: string | null
  startedAt: Time
  finishedAt: Time
  status: 'success' | 'failure' | 'not-possible'
  /**
   * Traffic returned by each service's router before its rollback command ran.
   */
  traffic?: TrafficChange[]
  steps: {
    service: string
    exec: ExecRecord
  }[]
  /**
   * Blue/green: traffic switched back to the old colour (one switch command per service) before the rollback commands ran.
   */
  switchBack?: ColorCommand[]
}

/**
 * One measurement of one probe (health window or rollout analysis).
 */
export interface HealthSample {
  probe: string
  round: number
  passed: boolean
  status: 'passed' | 'failed' | 'inconclusive' | 'error'
  value: number | null
  startedAt: Time
  finishedAt: Time
  message: string
  /**
   * Alertmanager probes: the matching alerts firing at this sample (the first 20), as Alertmanager reported them. Untrusted text.
   *
   * @maxItems 20
   */
  alerts?: FiringAlert[]
}

/**
 * One firing alert as Alertmanager's API v2 reported it.
 */
export interface FiringAlert {
  /**
   * The alert's `alertname` label; empty when it has none.
   */
  alertname: string
  labels: {
    [k: string]: string
  }
  /**
   * When the alert started firing, as Alertmanager wrote it.
   */
  startsAt: string
  fingerprint: string
}

/**
 * Why an analysis or health window stopped, or null when it did not.
 */
export type AnalysisBreach = null | {
  probe: string
  kind: 'failed' | 'error' | 'inconclusive'
  count: number
  limit: number
  at: Time
  reason: string
}

/**
 * A probe and its counts over an analysis or window.
 */
export interface ProbeSummary {
  id: string
  kind: 'http' | 'command' | 'prometheus' | 'alertmanager'
  target: string
  samples: number
  failures: number
  errors: number
  inconclusive: number
  threshold: string
}

/**
 * One analysis run (a rollout step, or the health window).
 */
export interface AnalysisRecord {
  startedAt: Time
  finishedAt: Time
  intervalMs: number
  count: number
  verdict: 'passed' | 'failed' | 'inconclusive'
  breach: AnalysisBreach
  probes: ProbeSummary[]
  samples: HealthSample[]
  comparison: null | {
    score: number | null
    verdict: 'pass' | 'marginal' | 'fail' | 'inconclusive'
    thresholds: {
      [k: string]: unknown
    }
    alpha: number
    metrics: {
      [k: string]: unknown
    }[]
    [k: string]: unknown
  }
}

/**
 * One server behind a traffic router: its role, weight and state.
 */
export interface RoutedServer {
  role: 'stable' | 'canary' | 'blue' | 'green'
  /**
   * The server's name at the router (haproxy: backend/server); the role for the command router.
   */
  server: string
  /**
   * The weight read back (haproxy) or asked of the commands (command); null when not known.
   */
  weight: number | null
  state: 'ready' | 'drain' | 'maint' | 'unknown'
}

/**
 * One change of a service's traffic by its router, with the servers before and after.
 */
export interface TrafficChange {
  service: string
  environment: string
  /**
   * The rollout step that made the change; null for a rollback.
   */
  step: number | null
  router: 'haproxy' | 'command'
  /**
   * set-weight: a canary weight; switch: blue/green to the new colour; return: a rollback sends traffic back.
   */
  action: 'set-weight' | 'switch' | 'return'
  before: RoutedServer[]
  after: RoutedServer[]
  /**
   * True when the router read the change back and it matched (haproxy); false when it was not read back (command) or did not match.
   */
  verified: boolean
  at: Time
  message: string
}

/**
 * A service's progressive rollout: its steps and, when it was aborted, where and why.
 */
export interface RolloutRecord {
  strategy: 'all-at-once' | 'canary' | 'rolling' | 'blue-green'
  status: 'promoted' | 'aborted'
  steps: {
    step: number
    kind: 'set-weight' | 'pause' | 'pause-for-approval' | 'analysis' | 'deploy-color' | 'switch' | 'retire'
    description: string
    weight: number | null
    startedAt: Time
    finishedAt: Time
    /**
     * deferred: blue/green's retire, run after the health window passed (the old colour stays up until then).
     */
    status: 'completed' | 'failed' | 'deferred'
    exec: ExecRecord | null
    analysis: AnalysisRecord | null
    message: string
    /**
     * The traffic changes this step made through the service's router.
     */
    traffic?: TrafficChange[]
    color: string | null
  }[]
  abort: null | {
    step: number
    description: string
    reason: string
    at: Time
  }
  /**
   * Steps of the strategy that did not run, and why (a first canary release deploys fully: no stable version serves to compare with).
   */
  skipped?: {
    reason: string
    steps: string[]
  }
}

/**
 * In GitHub Actions: what GitHub recorded about the environment and the run's reviews, the decision's grounds.
 */
export interface GitHubApprovalFacts {
  repository: string
  runId: number
  runAttempt: number
  runUrl: string
  environment: string
  state: 'approved' | 'rejected' | 'pending' | null
  approverId: number | null
  triggeringActor: string
  /**
   * Everyone the runner names as having started or re-run the run (GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR): an approval by any of them is a self-approval.
   */
  runActors: string[]
  /**
   * An approval of this environment in this run is by an actor of the run.
   */
  selfApproval: boolean
  reviewersRequired: boolean
  requiredReviewers: {
    type: string
    name: string
  }[]
  preventSelfReview: boolean
  reviewersOptOut: boolean
  /**
   * Every review of the run GitHub lists (any environment, any attempt), sorted by login, state and environment: the decision does not depend on the API's order.
   */
  reviews: {
    login: string
    id: number
    state: 'approved' | 'rejected' | 'pending'
    environments: string[]
    comment: string
  }[]
}

/**
 * A blue/green colour command run outside the rollout: a switch back to the old colour, or its retirement after the health window.
 */
export interface ColorCommand {
  service: string
  color: 'blue' | 'green'
  exec: ExecRecord
}
