import { describe, expect, it } from '@jest/globals'
import { readActionSettings } from '../../src/entry/action/settings.js'
import { decideEnvironmentApproval } from '../../src/phases/production/approval-policy.js'
import type { EnvironmentProtection, RunApproval } from '../../src/core/ports.js'
import { evidenceArtifactName, pickPredecessor } from '../../src/adapters/github/artifacts.js'
import { DEFAULT_RETRY, retryDecision } from '../../src/adapters/retry.js'

const RUNNER_ENV = {
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTOR: 'pusher',
  GITHUB_REF_TYPE: 'tag',
  GITHUB_REF_NAME: 'v1.2.3'
}
const inputs =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? (name === 'github-token' ? 'token' : '')

describe('action inputs', () => {
  it('takes the pushed tag when the tag input is empty', () => {
    expect(readActionSettings(inputs({ phase: 'readiness' }), RUNNER_ENV).tag).toBe('v1.2.3')
  })

  it.each([
    [{ phase: 'deploy' }, RUNNER_ENV, "Invalid input 'phase': 'deploy'. Expected one of: readiness, staging"],
    [
      { phase: 'staging' },
      { ...RUNNER_ENV, GITHUB_REF_TYPE: 'branch' },
      "Input 'tag' is empty and the workflow did not run on a tag"
    ],
    [{ phase: 'staging', tag: 'v1;rm -rf /' }, RUNNER_ENV, "(input 'tag'). Expected a semantic version"],
    [
      { phase: 'staging', 'artifact-retention-days': '365' },
      RUNNER_ENV,
      "Invalid input 'artifact-retention-days': '365'"
    ],
    [
      { phase: 'staging', 'artifact-retention-days': 'soon' },
      RUNNER_ENV,
      'Expected a whole number of days from 1 to 90'
    ],
    [{ phase: 'rollback', 'target-release': '../v1' }, RUNNER_ENV, "input 'target-release'"],
    [
      { phase: 'staging' },
      { ...RUNNER_ENV, GITHUB_REPOSITORY: 'shop' },
      "GITHUB_REPOSITORY is 'shop', expected owner/repo"
    ],
    [
      { phase: 'staging' },
      { ...RUNNER_ENV, GITHUB_RUN_ID: 'x' },
      "GITHUB_RUN_ID is 'x', expected a positive integer"
    ]
  ])('refuses %j with a message naming the input and what is allowed', (values, env, message) => {
    expect(() => readActionSettings(inputs(values), env)).toThrow(message)
  })

  it('reads a rollback: services, target and reason', () => {
    const settings = readActionSettings(
      inputs({
        phase: 'rollback',
        service: 'frontend, backend',
        'target-release': 'v1.2.2',
        reason: 'errors'
      }),
      { ...RUNNER_ENV, GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main' }
    )
    expect(settings).toMatchObject({
      phase: 'rollback',
      tag: null,
      services: ['frontend', 'backend'],
      targetRelease: 'v1.2.2',
      reason: 'errors'
    })
  })
})

const protectedEnvironment: EnvironmentProtection = {
  name: 'production',
  hasReviewersRule: true,
  preventSelfReview: false,
  requiredReviewers: [{ type: 'User', name: 'dana' }]
}
const approvedBy = (login: string, environment = 'production'): RunApproval => ({
  environments: [environment],
  state: 'approved',
  comment: 'CAB-7 ok',
  user: { login, id: 7 }
})
const decide = (over: {
  protection?: EnvironmentProtection | null
  approvals?: RunApproval[]
  policy?: Partial<{
    approvers: string[]
    requireReviewers: boolean
    selfApproval: 'refuse' | 'warn' | 'allow'
  }>
  /** Everyone the runner names as having started or re-run the run. */
  actors?: string[]
}) =>
  decideEnvironmentApproval({
    environment: 'production',
    protection: over.protection === undefined ? protectedEnvironment : over.protection,
    approvals: over.approvals ?? [approvedBy('dana')],
    run: {
      repository: 'acme/shop',
      runId: 4242,
      runAttempt: 1,
      runUrl: 'https://github.com/acme/shop/actions/runs/4242',
      actor: 'pusher',
      ...(over.actors ? { actors: over.actors } : {})
    },
    policy: {
      environment: 'production',
      approvers: [],
      requireReviewers: true,
      selfApproval: 'refuse',
      ...over.policy
    }
  })

describe('Gate 3 approval from GitHub Environments', () => {
  it('records the reviewer, their comment and the run when the environment was approved', () => {
    expect(decide({})).toMatchObject({
      decision: 'approved',
      approver: 'dana',
      comment: 'CAB-7 ok',
      source: 'github-environment',
      github: { runId: 4242, approverId: 7, state: 'approved', reviewersRequired: true, selfApproval: false }
    })
  })

  it.each([
    ['the environment does not exist', { protection: null }, "environment 'production' does not exist"],
    [
      'the environment has no required reviewers',
      { protection: { ...protectedEnvironment, hasReviewersRule: false, requiredReviewers: [] } },
      'has no required reviewers, so nobody approved'
    ],
    [
      'no review of this environment is recorded',
      { approvals: [approvedBy('dana', 'staging')] },
      'no review of environment'
    ],
    [
      'the reviewer rejected it',
      { approvals: [{ ...approvedBy('dana'), state: 'rejected' as const }] },
      'dana rejected environment'
    ],
    [
      'the person who started the run approved it',
      { approvals: [approvedBy('pusher')] },
      'approved a run they started themselves'
    ],
    [
      'the approver is not on approval.approvers',
      { policy: { approvers: ['sam'] } },
      'dana is not an allowed approver'
    ]
  ])('refuses when %s', (_name, over, reason) => {
    const answer = decide(over)
    expect(answer.decision).toBe('rejected')
    expect(answer.reason).toContain(reason)
  })

  it('lets a self-approval through with a warning when configured, and records it', () => {
    const answer = decide({ approvals: [approvedBy('pusher')], policy: { selfApproval: 'warn' } })
    expect(answer).toMatchObject({ decision: 'approved', github: { selfApproval: true } })
    expect(answer.reason).toContain('self-approval')
  })

  it('records an explicit opt-out when an environment without reviewers is accepted', () => {
    const answer = decide({
      protection: { ...protectedEnvironment, hasReviewersRule: false, requiredReviewers: [] },
      policy: { requireReviewers: false }
    })
    expect(answer).toMatchObject({
      decision: 'approved',
      approver: 'pusher',
      github: { reviewersOptOut: true }
    })
  })
})

describe('Gate 3 approval from several reviews of one run', () => {
  const rejectedBy = (login: string): RunApproval => ({ ...approvedBy(login), state: 'rejected' })
  /** Every order of `items` (the API's list order is not documented). */
  const orders = <T>(items: T[]): T[][] =>
    items.length <= 1
      ? [items]
      : items.flatMap((item, i) =>
          orders([...items.slice(0, i), ...items.slice(i + 1)]).map(rest => [item, ...rest])
        )

  it.each([
    [
      'a rejection on attempt 1 and an approval on a re-run: the rejection stands',
      [rejectedBy('dana'), approvedBy('erin')],
      {
        decision: 'rejected',
        reason: expect.stringContaining("dana rejected environment 'production' in this run")
      }
    ],
    [
      'two approvals, one by the person who pushed the tag',
      [approvedBy('dana'), approvedBy('pusher')],
      {
        decision: 'rejected',
        reason: expect.stringContaining('pusher approved a run they started themselves')
      }
    ],
    [
      'two approvals by other people: the first by name is recorded',
      [approvedBy('erin'), approvedBy('dana'), approvedBy('sam', 'staging')],
      { decision: 'approved', approver: 'dana' }
    ]
  ])('decides the same in every order of the list: %s', (_name, approvals, expected) => {
    const decisions = orders(approvals).map(order => decide({ approvals: order }))
    for (const answer of decisions) expect(answer).toMatchObject(expected)
    for (const answer of decisions) expect(answer).toEqual(decisions[0])
  })

  it('records every review of the run, in a stable order', () => {
    const answer = decide({
      approvals: [approvedBy('erin'), rejectedBy('dana'), approvedBy('sam', 'staging')]
    })
    expect(answer.github?.reviews).toEqual([
      { login: 'dana', id: 7, state: 'rejected', environments: ['production'], comment: 'CAB-7 ok' },
      { login: 'erin', id: 7, state: 'approved', environments: ['production'], comment: 'CAB-7 ok' },
      { login: 'sam', id: 7, state: 'approved', environments: ['staging'], comment: 'CAB-7 ok' }
    ])
  })

  it('refuses a self-approval when someone else re-ran the job: the pusher is an actor of the run too', () => {
    // GITHUB_TRIGGERING_ACTOR is the one who re-ran the job; GITHUB_ACTOR still names who pushed the tag.
    const answer = decide({ approvals: [approvedBy('pusher')], actors: ['pusher', 'rerunner'] })
    expect(answer).toMatchObject({
      decision: 'rejected',
      github: { selfApproval: true, runActors: ['pusher', 'rerunner'] }
    })
    expect(answer.reason).toContain('pusher approved a run they started themselves')
  })

  it('names every actor of the run from the runner: GITHUB_ACTOR and GITHUB_TRIGGERING_ACTOR', () => {
    const settings = readActionSettings(inputs({ phase: 'production' }), {
      ...RUNNER_ENV,
      GITHUB_ACTOR: 'pusher',
      GITHUB_TRIGGERING_ACTOR: 'rerunner'
    })
    expect(settings.run).toMatchObject({ actor: 'rerunner', actors: ['pusher', 'rerunner'] })
  })
})

describe('retry policy for GitHub calls', () => {
  it.each([
    ['a 502', { status: 502, message: 'bad gateway' }, 1, true, 1000],
    ['a second 500 (backoff doubles)', { status: 500, message: 'oops' }, 2, true, 2000],
    [
      'a 429 with retry-after',
      { status: 429, headers: { 'retry-after': '3' }, message: 'slow down' },
      1,
      true,
      3000
    ],
    [
      'a secondary rate limit',
      { status: 403, headers: { 'retry-after': '2' }, message: 'You have exceeded a secondary rate limit' },
      1,
      true,
      2000
    ],
    ['a connection reset', { code: 'ECONNRESET', message: 'socket hang up' }, 1, true, 1000],
    ['a plain 403', { status: 403, message: 'Resource not accessible by integration' }, 1, false, 0],
    ['a 404', { status: 404, message: 'Not Found' }, 1, false, 0],
    ['a 422', { status: 422, message: 'Validation Failed' }, 1, false, 0],
    ['a 500 on the last try', { status: 500, message: 'oops' }, DEFAULT_RETRY.attempts, false, 0],
    [
      'a retry-after longer than the policy waits',
      { status: 429, headers: { 'retry-after': '3600' }, message: 'later' },
      1,
      false,
      0
    ]
  ])('decides on %s', (_name, failure, attempt, retry, delayMs) => {
    expect(retryDecision(failure, attempt, DEFAULT_RETRY)).toMatchObject({ retry, delayMs })
  })
})

describe('evidence artifacts between jobs', () => {
  const artifacts = [
    'release-gate-v1.2.3-1-readiness',
    'release-gate-v1.2.3-2-staging',
    'release-gate-v1.2.3-3-production',
    'release-gate-v1.2.3-3-production-attempt2',
    'release-gate-v1.2.3-4-stabilize-attempt2-interrupted',
    'release-gate-v1.2.30-2-staging'
  ].map((name, id) => ({ name, id }))

  it.each([
    ['staging', 'release-gate-v1.2.3-1-readiness'],
    ['production', 'release-gate-v1.2.3-2-staging'],
    ['stabilize', 'release-gate-v1.2.3-3-production-attempt2'],
    ['report', 'release-gate-v1.2.3-4-stabilize-attempt2-interrupted']
  ] as const)('the %s phase continues from %s', (phase, expected) => {
    expect(pickPredecessor(artifacts, 'v1.2.3', phase)?.name).toBe(expected)
  })

  it('finds nothing for the first phase or another release', () => {
    expect(pickPredecessor(artifacts, 'v1.2.3', 'readiness')).toBeNull()
    expect(pickPredecessor(artifacts, 'v9.9.9', 'report')).toBeNull()
  })

  it('names artifacts after the tag, phase and attempt', () => {
    expect(evidenceArtifactName('v1.2.3', 'production', 1)).toBe('release-gate-v1.2.3-3-production')
    expect(evidenceArtifactName('v1.2.3', 'production', 3, true)).toBe(
      'release-gate-v1.2.3-3-production-attempt3-interrupted'
    )
  })
})
