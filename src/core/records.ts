/** Evidence record shapes. Each JSON artifact matches a schema in schemas/evidence/ (checked before every write). */

/** The artifacts release-gate writes, by file name. */
export const ARTIFACTS = {
  readinessChecklist: 'deployment-readiness-checklist.json',
  releaseManifest: 'release-manifest.md',
  releaseManifestJson: 'release-manifest.json',
  communications: 'deployment-communications.md',
  stagingDeployment: 'staging-deployment-report.json',
  stagingValidation: 'staging-validation-results.json',
  uatConfirmation: 'uat-confirmation.json',
  productionApproval: 'production-approval.json',
  productionDeployment: 'production-deployment-report.json',
  postDeploymentValidation: 'post-deployment-validation.json',
  healthWindow: 'health-window.json',
  healthLog: 'deployment-health-log.md',
  rollbackReport: 'rollback-report.json',
  deploymentReport: 'DEPLOYMENT-REPORT.md',
  deploymentReportHtml: 'DEPLOYMENT-REPORT.html',
  rollbackRehearsal: 'rollback-rehearsal.json',
  rollbackPlan: 'rollback-plan.md',
  retrospective: 'retrospective-inputs.json',
  releaseInterrupted: 'release-interrupted.json'
} as const

/** Fields every JSON artifact starts with. */
export interface RecordHeader {
  schemaVersion: 1
  artifact: string
  tag: string
  generatedAt: string
}

/** One command run: what ran, when, how it ended, and the (redacted, bounded) end of its output. */
export interface ExecRecord {
  name: string
  argv: string[]
  startedAt: string
  finishedAt: string
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

/** One prerequisite's verdict in the readiness checklist. */
export interface PrerequisiteResult {
  id: string
  path: string
  status:
    | 'ok'
    | 'missing'
    | 'stale'
    | 'unparseable'
    | 'schema-invalid'
    | 'future-timestamp'
    | 'not-a-file'
    | 'outside-workspace'
    | 'rehearsal-failed'
    | 'rehearsal-of-another-release'
  passed: boolean
  maxAgeMs: number
  ageMs: number | null
  timestamp: string | null
  timestampSource: 'mtime' | 'field' | null
  message: string
}

/** Phase 1 evidence. */
export interface ReadinessChecklist extends RecordHeader {
  environment: string
  startedAt: string
  finishedAt: string
  passed: boolean
  configFile: string
  previousRelease: string | null
  prerequisites: PrerequisiteResult[]
  rollbackPlan: {
    executable: boolean
    target: string | null
    message: string
    services: { service: string; argv: string[] }[]
  }
  services: string[]
  problems: string[]
  /** The deployment window when readiness ran, and an emergency override if one was used. */
  window?: WindowCheck
}

/** Whether production may be changed now, and who overrode the window, why and when. */
export interface WindowCheck {
  allowed: boolean
  reason: string
  nextAllowedAt: string | null
  override: { by: string; reason: string; at: string } | null
}

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

/** One automated check (HTTP or command) and its verdict. */
export interface CheckResult {
  id: string
  kind: 'http' | 'command'
  passed: boolean
  startedAt: string
  finishedAt: string
  durationMs: number
  message: string
  url?: string
  status?: number | null
  latencyMs?: number | null
}

/** Latency/error snapshot of one target (collect-perf). */
export interface PerfTarget {
  id: string
  url: string
  requests: number
  errors: number
  errorRate: number
  availability: number
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number }
}

/** staging-validation-results.json and post-deployment-validation.json share this shape. */
export interface ValidationResults {
  schemaVersion: 1
  artifact: string
  tag: string | null
  environment: string
  generatedAt: string
  passed: boolean
  commands: ExecRecord[]
  checks: CheckResult[]
  perf?: { targets: PerfTarget[]; errorRate: number; availability: number }
}

/** Phase 2 evidence: the staging deploy. */
export interface StagingDeploymentReport extends RecordHeader {
  environment: 'staging'
  startedAt: string
  finishedAt: string
  passed: boolean
  services: ServiceDeployment[]
}

/** Phase 2 evidence: user acceptance. */
export interface UatConfirmation extends RecordHeader {
  environment: 'staging'
  required: boolean
  status: 'automated-pass' | 'automated-fail' | 'signed-off' | 'missing'
  passed: boolean
  signedOffBy: string | null
  recordedAt: string
  basis: string
}

/** Gate 3's record of the go/no-go decision. */
export interface ProductionApproval extends RecordHeader {
  environment: string
  requestedAt: string
  decidedAt: string
  decision: 'approved' | 'rejected'
  approver: string | null
  comment: string | null
  source: 'cli-flag' | 'interactive' | 'no-answer' | 'github-environment'
  reason: string
  /** In GitHub Actions: the environment review this decision comes from. */
  github?: GitHubApprovalFacts
}

/** What GitHub says about the approval of a run's environment deployment. */
export interface GitHubApprovalFacts {
  repository: string
  runId: number
  runAttempt: number
  runUrl: string
  environment: string
  /** The review's state as GitHub reports it, or null when no review of this environment exists. */
  state: 'approved' | 'rejected' | 'pending' | null
  approverId: number | null
  /** Who started the run (compared with the approver for self-approval). */
  triggeringActor: string
  selfApproval: boolean
  /** The environment's required-reviewers rule: false means GitHub asked nobody. */
  reviewersRequired: boolean
  requiredReviewers: { type: string; name: string }[]
  preventSelfReview: boolean
  /** Set when approval.require-reviewers: false let an environment without reviewers through. */
  reviewersOptOut: boolean
}

/** A rollback: why, to what, and each service's rollback command. */
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
  startedAt: string
  finishedAt: string
  status: 'success' | 'failure' | 'not-possible'
  steps: { service: string; exec: ExecRecord }[]
}

/** Phase 3 evidence. */
export interface ProductionDeploymentReport extends RecordHeader {
  environment: string
  previousRelease: string | null
  startedAt: string
  finishedAt: string
  status: 'deployed' | 'failed' | 'rolled-back'
  services: ServiceDeployment[]
  failure: { service: string | null; reason: string } | null
  rollback: RollbackRecord | null
}

/** One sample's outcome: passed, failed its threshold, no data (inconclusive: never a pass), or not measured (error). */
export type SampleStatus = 'passed' | 'failed' | 'inconclusive' | 'error'

/** One measurement of one probe (health window or rollout analysis). */
export interface HealthSample {
  probe: string
  round: number
  passed: boolean
  status: SampleStatus
  value: number | null
  startedAt: string
  finishedAt: string
  message: string
}

/** Phase 4 evidence (JSON twin of deployment-health-log.md). */
export interface HealthWindowRecord extends RecordHeader {
  environment: string
  startedAt: string
  finishedAt: string
  windowMs: number
  intervalMs: number
  failureLimit: number
  onBreach: 'rollback' | 'alert'
  verdict: 'healthy' | 'breached' | 'inconclusive' | 'skipped'
  breach: AnalysisBreachRecord | null
  probes: ProbeSummary[]
  samples: HealthSample[]
  rollback: RollbackRecord | null
}

/** Why an analysis or health window stopped. */
export interface AnalysisBreachRecord {
  probe: string
  kind: 'failed' | 'error' | 'inconclusive'
  count: number
  limit: number
  at: string
  reason: string
}

/** A probe and its counts over an analysis or window. */
export interface ProbeSummary {
  id: string
  kind: 'http' | 'command' | 'prometheus'
  target: string
  samples: number
  failures: number
  errors: number
  inconclusive: number
  threshold: string
}

/** One analysis run (a rollout step, or the baseline of the health window's machinery). */
export interface AnalysisRecord {
  startedAt: string
  finishedAt: string
  intervalMs: number
  count: number
  verdict: 'passed' | 'failed' | 'inconclusive'
  breach: AnalysisBreachRecord | null
  probes: ProbeSummary[]
  samples: HealthSample[]
  /** Baseline versus canary: the score and each metric's judgement (the samples are in `samples`). */
  comparison: CanaryScore | null
}

/** One step of a rollback rehearsal. */
export interface RehearsalStep {
  name: 'deploy-candidate' | 'rollback' | 'verify-previous' | 'redeploy-candidate' | 'verify-candidate'
  startedAt: string
  finishedAt: string
  durationMs: number
  passed: boolean
  commands: ExecRecord[]
  checks: CheckResult[]
  message: string
}

/** Proof that the rollback works for this release (Protocol 10's rehearsal, run by release-gate). */
export interface RollbackRehearsal extends RecordHeader {
  environment: string
  previousRelease: string | null
  startedAt: string
  finishedAt: string
  passed: boolean
  /** How long the rollback itself took, when it succeeded. */
  rollbackDurationMs: number | null
  steps: RehearsalStep[]
}

/** A manual rollback (`release-gate rollback`). */
export interface RollbackReport extends RecordHeader {
  environment: string
  rollback: RollbackRecord
}

/** Inputs for Protocol 5's retrospective. */
export interface RetrospectiveInputs extends RecordHeader {
  outcome: 'released' | 'halted' | 'rolled-back' | 'failed' | 'incomplete'
  phases: {
    phase: string
    status: 'passed' | 'failed' | 'not-run'
    startedAt: string | null
    finishedAt: string | null
    durationMs: number | null
  }[]
  failures: string[]
  nearMisses: string[]
  rollbacks: { trigger: string; reason: string; status: string }[]
  manualInterventions: string[]
  improvementActions: string[]
}

/** A release stopped by a signal before its phase finished: what was running, and what to do next. */
export interface ReleaseInterrupted extends RecordHeader {
  artifact: 'release-interrupted.json'
  phase: 'readiness' | 'staging' | 'production' | 'stabilize' | 'report'
  signal: string
  interruptedAt: string
  environment: string | null
  previousRelease: string | null
  inFlight: ExecRecord | null
  /** Every command the phase ran before it stopped, the stopped one last. */
  commands: ExecRecord[]
  state: string
  nextSteps: string[]
}

/** Which change of a metric is a regression: 'increase' for latency or errors, 'decrease' for throughput. */
export type MetricDirection = 'increase' | 'decrease' | 'either'

/** Statistical finding for one metric: no significant difference, canary significantly higher or lower, or no data. */
export type MetricClassification = 'pass' | 'high' | 'low' | 'nodata'

/** Judgement of one metric, with the numbers behind it. */
export interface MetricJudgement {
  id: string
  classification: MetricClassification
  /** Whether the metric counts as passing; false for 'nodata', which is left out of the score instead. */
  pass: boolean
  critical: boolean
  weight: number
  direction: MetricDirection
  tolerance: number
  /** Two-sided Mann-Whitney p-value; null without data. */
  pValue: number | null
  /** Mann-Whitney U of the canary sample; null without data. */
  u: number | null
  /** Hodges-Lehmann estimate of canary − baseline; null without data. */
  effect: number | null
  /** effect ÷ |baseline median|, or effect itself when the baseline median is 0; null without data. */
  relativeEffect: number | null
  baselineMedian: number | null
  canaryMedian: number | null
  baselineCount: number
  canaryCount: number
  /** One line for humans, e.g. "canary p95 latency higher than baseline: median 212ms vs 118ms, p=0.003". */
  reason: string
}

/** Overall verdict; 'inconclusive' when no metric had data on both sides. */
export type CanaryVerdict = 'pass' | 'marginal' | 'fail' | 'inconclusive'

/** The canary's score, verdict and per-metric judgements. */
export interface CanaryScore {
  /** 100 × passing weight ÷ weight of metrics with data; null when no metric had data. */
  score: number | null
  verdict: CanaryVerdict
  thresholds: { pass: number; marginal: number }
  /** Significance level the p-values were compared with. */
  alpha: number
  metrics: MetricJudgement[]
}
