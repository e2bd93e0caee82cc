import { describe, expect, it } from '@jest/globals'
import type { ReleaseConfig } from '../../src/core/config.js'
import type { ApprovalAnswer, ApprovalEvidence } from '../../src/core/ports.js'
import { parseConfig } from '../../src/entry/config/parse.js'
import { requestProductionApproval } from '../../src/phases/production/approval.js'
import { approvalWarnings, judgeApproval } from '../../src/phases/production/approval-policy.js'
import { approvedBy, fakeContext, FixedApproval, MemoryLogger } from '../fakes.js'

const policy = (approvers: string[] = []): ReleaseConfig['approval'] => ({
  environment: 'production',
  approvers,
  requireReviewers: true,
  selfApproval: 'refuse'
})
const answer = (answer: ApprovalAnswer): ApprovalEvidence => ({ kind: 'answer', answer })
const noAnswer: ApprovalAnswer = {
  decision: 'rejected',
  approver: null,
  comment: null,
  source: 'no-answer',
  reason: 'no approval given'
}

describe("Gate 3's policy over a person's answer", () => {
  const cases = [
    {
      name: 'anyone may approve when approval.approvers is empty',
      evidence: answer(approvedBy('mallory')),
      approvers: [],
      expected: { decision: 'approved', approver: 'mallory' }
    },
    {
      name: 'a listed approver approves',
      evidence: answer(approvedBy('dana')),
      approvers: ['dana', 'sam'],
      expected: { decision: 'approved', approver: 'dana' }
    },
    {
      name: 'an approver outside approval.approvers is refused, by name',
      evidence: answer(approvedBy('mallory')),
      approvers: ['dana', 'sam'],
      expected: {
        decision: 'rejected',
        approver: 'mallory',
        reason: 'mallory is not an allowed approver (approval.approvers: dana, sam)'
      }
    },
    {
      name: 'the list is matched exactly, not by prefix or case',
      evidence: answer(approvedBy('Dana')),
      approvers: ['dana'],
      expected: { decision: 'rejected', reason: 'Dana is not an allowed approver (approval.approvers: dana)' }
    },
    {
      name: 'no answer stays no, whatever the list',
      evidence: answer(noAnswer),
      approvers: ['dana'],
      expected: { decision: 'rejected', reason: 'no approval given' }
    }
  ]
  it.each(cases)('$name', ({ evidence, approvers, expected }) => {
    expect(judgeApproval(evidence, policy(approvers))).toMatchObject(expected)
  })
})

describe("Gate 3's policy over GitHub's record", () => {
  const run = { repository: 'acme/shop', runId: 7, runAttempt: 1, runUrl: 'https://x/7', actor: 'pusher' }
  const protection = {
    name: 'production',
    requiredReviewers: [],
    preventSelfReview: false,
    hasReviewersRule: true
  }
  const review = (login: string) => ({
    environments: ['production'],
    state: 'approved' as const,
    comment: '',
    user: { login, id: 1 }
  })
  const github = (login: string): ApprovalEvidence => ({
    kind: 'github-environment',
    environment: 'production',
    protection,
    reviews: [review(login)],
    run
  })

  it('refuses a reviewer outside approval.approvers', () => {
    expect(judgeApproval(github('mallory'), policy(['dana']))).toMatchObject({
      decision: 'rejected',
      reason: 'mallory is not an allowed approver (approval.approvers: dana)'
    })
  })

  it('refuses a self-approval under self-approval: refuse', () => {
    expect(judgeApproval(github('pusher'), policy())).toMatchObject({ decision: 'rejected' })
  })

  it('accepts a self-approval under self-approval: warn, and warns on the record', () => {
    const accepted = judgeApproval(github('pusher'), { ...policy(), selfApproval: 'warn' })
    expect(accepted).toMatchObject({ decision: 'approved', approver: 'pusher' })
    expect(approvalWarnings(accepted)).toEqual([
      '[WARNING] Self-approval: pusher approved a run they started.'
    ])
  })

  it('warns when an environment without reviewers is accepted on the opt-out', () => {
    const accepted = judgeApproval(
      {
        ...(github('dana') as Extract<ApprovalEvidence, { kind: 'github-environment' }>),
        protection: { ...protection, hasReviewersRule: false }
      },
      { ...policy(), requireReviewers: false }
    )
    expect(approvalWarnings(accepted)).toEqual([
      "[WARNING] Environment 'production' has no required reviewers; deploying on the opt-out."
    ])
  })

  it('has nothing to warn about for a reviewer who did not start the run', () => {
    expect(approvalWarnings(judgeApproval(github('dana'), policy()))).toEqual([])
  })
})

describe('the production phase asks, then judges', () => {
  const config = parseConfig(
    `
version: 1
services:
  api: { deploy: deploy.sh, rollback: rollback.sh }
health:
  window: 10s
  interval: 5s
  probes:
    - { id: api, http: { url: http://127.0.0.1:1/healthz } }
approval:
  approvers: [dana]
`,
    'test.yml'
  )

  it('records the refusal of an approver the config does not list, and Gate 3 does not pass', async () => {
    const logger = new MemoryLogger()
    const ctx = fakeContext(config, { approval: new FixedApproval(approvedBy('mallory')), logger })
    const { record, gate } = await requestProductionApproval(ctx)
    expect(record).toMatchObject({
      decision: 'rejected',
      approver: 'mallory',
      reason: 'mallory is not an allowed approver (approval.approvers: dana)'
    })
    expect(gate.passed).toBe(false)
    expect(await ctx.store.readJson('production-approval.json')).toMatchObject({ decision: 'rejected' })
  })

  it('records a listed approver and passes', async () => {
    const ctx = fakeContext(config, { approval: new FixedApproval(approvedBy('dana')) })
    const { record, gate } = await requestProductionApproval(ctx)
    expect(record).toMatchObject({ decision: 'approved', approver: 'dana' })
    expect(gate.passed).toBe(true)
  })

  it('records an approval given on the command line as self-asserted: nothing checked who gave it', async () => {
    const ctx = fakeContext(config, { approval: new FixedApproval(approvedBy('dana')) })
    const { record } = await requestProductionApproval(ctx)
    expect(record).toMatchObject({ source: 'cli-flag', selfAsserted: true })
    expect(await ctx.store.readJson('production-approval.json')).toMatchObject({ selfAsserted: true })
  })
})

describe("Gate 3's decision from GitHub's record, to the letter", () => {
  const run = {
    repository: 'acme/shop',
    runId: 4242,
    runAttempt: 2,
    runUrl: 'https://github.com/acme/shop/actions/runs/4242',
    actor: 'pusher'
  }
  const protection = {
    name: 'production',
    hasReviewersRule: true,
    preventSelfReview: true,
    requiredReviewers: [{ type: 'Team', name: 'release-managers' }]
  }
  const review = (
    login: string,
    state: 'approved' | 'rejected' | 'pending' = 'approved',
    comment = 'CAB-7 ok'
  ) => ({
    environments: ['production'],
    state,
    comment,
    user: { login, id: login.length }
  })
  const judge = (
    over: Partial<Extract<ApprovalEvidence, { kind: 'github-environment' }>>,
    overPolicy: Partial<ReleaseConfig['approval']> = {}
  ) =>
    judgeApproval(
      {
        kind: 'github-environment',
        environment: 'production',
        protection,
        reviews: [review('dana')],
        run,
        ...over
      },
      { ...policy(), ...overPolicy }
    )

  const cases = [
    {
      name: 'a required reviewer approved',
      over: {},
      policy: {},
      expected: {
        decision: 'approved',
        approver: 'dana',
        comment: 'CAB-7 ok',
        source: 'github-environment',
        reason: "approved in GitHub by dana for environment 'production'"
      }
    },
    {
      name: 'a rejection on attempt 1 stands against an approval on a re-run',
      over: { reviews: [review('sam', 'rejected'), review('dana')] },
      policy: {},
      expected: { decision: 'rejected', approver: 'sam' }
    },
    {
      name: 'a rejection refuses whatever else approved, in any order',
      over: { reviews: [review('dana'), review('sam', 'rejected', '')] },
      policy: {},
      expected: {
        decision: 'rejected',
        approver: 'sam',
        comment: null,
        source: 'github-environment',
        reason:
          "sam rejected environment 'production' in this run; a rejection stands for the whole run, whatever a re-run was approved with. Start a new run to ask the reviewers again"
      }
    },
    {
      name: 'an environment that does not exist',
      over: { protection: null, reviews: [] },
      policy: {},
      expected: {
        decision: 'rejected',
        approver: null,
        source: 'github-environment',
        reason:
          "environment 'production' does not exist in acme/shop. Create it under Settings → Environments, add required reviewers, and name it in the production job"
      }
    },
    {
      name: 'an environment without required reviewers',
      over: { protection: { ...protection, hasReviewersRule: false }, reviews: [] },
      policy: {},
      expected: {
        decision: 'rejected',
        source: 'github-environment',
        reason:
          "environment 'production' has no required reviewers, so nobody approved this deployment. Add reviewers under Settings → Environments → production → Required reviewers (private repositories need a plan that offers them), or set approval.require-reviewers: false to accept an unreviewed environment on the record"
      }
    },
    {
      name: 'an environment without reviewers, accepted on the opt-out',
      over: { protection: { ...protection, hasReviewersRule: false }, reviews: [] },
      policy: { requireReviewers: false },
      expected: {
        decision: 'approved',
        approver: 'pusher',
        comment: null,
        source: 'github-environment',
        reason:
          "environment 'production' has no required reviewers; accepted because approval.require-reviewers is false (the run was started by pusher)",
        github: { reviewersOptOut: true, reviewersRequired: false }
      }
    },
    {
      name: 'no review of this environment in the run',
      over: { reviews: [{ ...review('dana'), environments: ['staging'] }] },
      policy: {},
      expected: {
        decision: 'rejected',
        approver: null,
        reason:
          "no review of environment 'production' is recorded for run 4242: the job must name environment: production so that GitHub asks its reviewers"
      }
    },
    {
      name: 'a self-approval under self-approval: refuse',
      over: { reviews: [review('pusher')] },
      policy: {},
      expected: {
        decision: 'rejected',
        reason:
          'pusher approved a run they started themselves (approval.self-approval: refuse; actors of the run: pusher). Ask another reviewer to approve in a new run, or turn on "Prevent self-review" for environment \'production\''
      }
    },
    {
      name: 'a self-approval under self-approval: warn',
      over: { reviews: [review('Pusher')] },
      policy: { selfApproval: 'warn' as const },
      expected: {
        decision: 'approved',
        reason:
          'approved in GitHub by Pusher, who also started the run (self-approval, allowed with a warning)',
        github: { selfApproval: true }
      }
    },
    {
      name: 'a self-approval under self-approval: allow reads as a plain approval',
      over: { reviews: [review('pusher')] },
      policy: { selfApproval: 'allow' as const },
      expected: { decision: 'approved', reason: "approved in GitHub by pusher for environment 'production'" }
    },
    {
      name: 'another reviewer under self-approval: warn reads as a plain approval',
      over: {},
      policy: { selfApproval: 'warn' as const },
      expected: { decision: 'approved', reason: "approved in GitHub by dana for environment 'production'" }
    }
  ]
  it.each(cases)('$name', ({ over, policy: overPolicy, expected }) => {
    expect(judge(over, overPolicy)).toMatchObject(expected)
  })

  it('records what GitHub says about the run, the review and the environment', () => {
    expect(judge({}).github).toEqual({
      repository: 'acme/shop',
      runId: 4242,
      runAttempt: 2,
      runUrl: 'https://github.com/acme/shop/actions/runs/4242',
      environment: 'production',
      state: 'approved',
      approverId: 4,
      triggeringActor: 'pusher',
      runActors: ['pusher'],
      selfApproval: false,
      reviewersRequired: true,
      requiredReviewers: [{ type: 'Team', name: 'release-managers' }],
      preventSelfReview: true,
      reviewersOptOut: false,
      reviews: [
        { login: 'dana', id: 4, state: 'approved', environments: ['production'], comment: 'CAB-7 ok' }
      ]
    })
  })

  it('records an environment that does not exist as one with no rules', () => {
    expect(judge({ protection: null, reviews: [] }).github).toMatchObject({
      state: null,
      approverId: null,
      reviewersRequired: false,
      requiredReviewers: [],
      preventSelfReview: false
    })
  })

  it('warns about nothing on a refusal, even of a self-approval', () => {
    expect(approvalWarnings(judge({ reviews: [review('pusher')] }))).toEqual([])
  })

  it('warns about nothing for an answer given without GitHub', () => {
    expect(approvalWarnings(approvedBy('dana'))).toEqual([])
  })

  it('refuses an approver who gave no name when approval.approvers is set', () => {
    expect(judgeApproval(answer({ ...approvedBy('x'), approver: null }), policy(['dana']))).toMatchObject({
      decision: 'rejected',
      reason: 'null is not an allowed approver (approval.approvers: dana)'
    })
  })
})
