// Evidence records of release v1.1.0 as the phases write them (schema-valid), for the gate and verify tests.
import type {
  HealthWindowRecord,
  PrerequisiteResult,
  ProductionApproval,
  ProductionDeploymentReport,
  ReadinessChecklist,
  StagingDeploymentReport,
  UatConfirmation,
  ValidationResults
} from '../../src/core/records/index.js'

export const TAG = 'v1.1.0'
export const header = { schemaVersion: 1 as const, tag: TAG, generatedAt: '2026-11-24T10:00:00.000Z' }

export const prerequisite = (id: string, passed: boolean, message: string): PrerequisiteResult => ({
  id,
  path: `${id}.json`,
  status: passed ? 'ok' : 'stale',
  passed,
  maxAgeMs: 1000,
  ageMs: 10,
  timestamp: null,
  timestampSource: null,
  message
})

export const checklist = (over: Partial<ReadinessChecklist> = {}): ReadinessChecklist => ({
  ...header,
  artifact: 'deployment-readiness-checklist.json',
  environment: 'production',
  startedAt: header.generatedAt,
  finishedAt: header.generatedAt,
  passed: true,
  configFile: 'release-gate.yml',
  configSha256: '0'.repeat(64),
  previousRelease: 'v1.0.0',
  prerequisites: [prerequisite('tests', true, '1h old (max 3d 0h)')],
  rollbackPlan: { executable: true, target: 'v1.0.0', message: 'ready', services: [] },
  services: ['backend'],
  problems: [],
  ...over
})

/** A stakeholder as the checklist records it: pending unless `over` signs it. */
export const stakeholder = (
  over: Partial<NonNullable<ReadinessChecklist['stakeholders']>[number]> = {}
): NonNullable<ReadinessChecklist['stakeholders']>[number] => ({
  name: 'Dana Product',
  role: 'product owner',
  required: false,
  status: 'pending',
  signedBy: null,
  signedAt: null,
  comment: null,
  ...over
})

export const service = (name: string, status: 'deployed' | 'failed' | 'not-started') => ({
  service: name,
  status,
  deploy: null,
  verify: null
})

export const staging = (over: Partial<StagingDeploymentReport> = {}): StagingDeploymentReport => ({
  ...header,
  artifact: 'staging-deployment-report.json',
  environment: 'staging',
  startedAt: header.generatedAt,
  finishedAt: header.generatedAt,
  passed: true,
  services: [service('backend', 'deployed'), service('frontend', 'deployed')],
  ...over
})

export const command = (name: string, status: 'success' | 'failure' | 'timeout' | 'error') => ({
  name,
  argv: [name],
  startedAt: header.generatedAt,
  finishedAt: header.generatedAt,
  durationMs: 1,
  exitCode: status === 'success' ? 0 : 1,
  signal: null,
  timedOut: status === 'timeout',
  status,
  error: null,
  stdoutTail: '',
  stderrTail: '',
  outputBytes: 0,
  outputTruncated: false
})

export const check = (id: string, passed: boolean, message: string) => ({
  id,
  kind: 'http' as const,
  passed,
  startedAt: header.generatedAt,
  finishedAt: header.generatedAt,
  durationMs: 1,
  message
})

export const validation = (over: Partial<ValidationResults> = {}): ValidationResults => ({
  ...header,
  artifact: 'staging-validation-results.json',
  environment: 'staging',
  passed: true,
  commands: [command('smoke', 'success')],
  checks: [check('healthz', true, '200 in 5ms')],
  ...over
})

export const uat = (over: Partial<UatConfirmation> = {}): UatConfirmation => ({
  ...header,
  artifact: 'uat-confirmation.json',
  environment: 'staging',
  required: true,
  status: 'signed-off',
  passed: true,
  signedOffBy: 'qa-lead',
  recordedAt: header.generatedAt,
  basis: 'signed off by qa-lead',
  ...over
})

export const approval = (over: Partial<ProductionApproval> = {}): ProductionApproval => ({
  ...header,
  artifact: 'production-approval.json',
  environment: 'production',
  requestedAt: header.generatedAt,
  decidedAt: header.generatedAt,
  decision: 'approved',
  approver: 'release-manager',
  comment: null,
  source: 'cli-flag',
  selfAsserted: true,
  reason: 'approved by release-manager (--approve)',
  ...over
})

export const production = (over: Partial<ProductionDeploymentReport> = {}): ProductionDeploymentReport => ({
  ...header,
  artifact: 'production-deployment-report.json',
  environment: 'production',
  previousRelease: 'v1.0.0',
  startedAt: header.generatedAt,
  finishedAt: header.generatedAt,
  status: 'deployed',
  services: [service('backend', 'deployed')],
  failure: null,
  rollback: null,
  ...over
})

export const checks = (passed: boolean): ValidationResults =>
  validation({ artifact: 'post-deployment-validation.json', environment: 'production', passed })

export const health = (over: Partial<HealthWindowRecord> = {}): HealthWindowRecord => ({
  ...header,
  artifact: 'health-window.json',
  environment: 'production',
  startedAt: header.generatedAt,
  finishedAt: header.generatedAt,
  windowMs: 60_000,
  intervalMs: 10_000,
  failureLimit: 2,
  onBreach: 'rollback',
  verdict: 'healthy',
  breach: null,
  probes: [],
  samples: [],
  rollback: null,
  ...over
})
