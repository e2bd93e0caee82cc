import { describe, expect, it } from '@jest/globals'
import type { ReleaseConfig } from '../../src/core/config.js'
import type { ApprovalAnswer, ApprovalEvidence } from '../../src/core/ports.js'
import { parseConfig } from '../../src/entry/config/load.js'
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
})
