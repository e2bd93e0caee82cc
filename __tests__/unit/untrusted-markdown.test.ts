// Every renderer of Markdown that GitHub shows (DEPLOYMENT-REPORT.md, the job summary, release-manifest.md,
// deployment-communications.md, deployment-health-log.md, rollback-plan.md) with the attack corpus planted in each
// untrusted field it renders: rendered as GitHub renders it, the document has the same structure as with harmless
// text in those fields, and nothing active.
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'
import type { ChangeSet } from '../../src/core/change-set.js'
import type { PullRequestDetails } from '../../src/core/ports.js'
import { renderCommunications, renderHealthLog, renderReleaseManifest } from '../../src/render/markdown.js'
import { renderDeploymentReport, renderSignOffs } from '../../src/render/deployment-report.js'
import { renderPhaseSummary } from '../../src/render/job-summary.js'
import { renderRollbackPlan } from '../../src/render/rollback-plan.js'
import { renderReportHtml } from '../../src/render/html.js'
import { MARKDOWN_ATTACKS, activeContentIn, renderLikeGitHub } from '../corpus/untrusted-markdown.js'
import * as records from './evidence-records.js'
import { emitEvent } from '../../src/phases/shared/events.js'
import { ARTIFACTS } from '../../src/core/records/index.js'
import { fakeContext } from '../fakes.js'

const CONFIG = parseConfig(
  `version: 1
services:
  api:
    deploy: [node, deploy.mjs]
    rollback: [node, rollback.mjs]
health:
  window: 1m
  interval: 10s
  probes:
    - { id: api, command: [node, probe.mjs] }
`,
  'release-gate.yml'
)

/** The release's records with `text` in every field a person or a process outside release-gate wrote. */
function plantedEvidence(text: string) {
  const checklist = records.checklist({
    prerequisites: [records.prerequisite('tests', false, text)],
    // One stakeholder signed (name and comment as given), one required and pending (its role in the command shown).
    stakeholders: [
      {
        name: text,
        role: text,
        required: true,
        status: 'signed',
        signedBy: text,
        signedAt: records.header.generatedAt,
        comment: text
      },
      {
        name: `${text} (2)`,
        role: `${text} (2)`,
        required: true,
        status: 'pending',
        signedBy: null,
        signedAt: null,
        comment: null
      }
    ],
    rollbackPlan: {
      executable: false,
      target: 'v1.0.0',
      message: text,
      services: [{ service: 'api', argv: ['node', 'rollback.mjs', text] }]
    }
  })
  const approval = records.approval({ approver: text, comment: text, reason: text })
  const sample = {
    probe: 'api',
    round: 1,
    passed: false,
    status: 'failed' as const,
    value: 1,
    startedAt: records.header.generatedAt,
    finishedAt: records.header.generatedAt,
    message: text,
    alerts: [{ alertname: text, labels: { [text]: text, service: text }, startsAt: text, fingerprint: text }]
  }
  const health = records.health({
    verdict: 'breached',
    breach: {
      probe: 'api',
      kind: 'failed',
      count: 2,
      limit: 2,
      at: records.header.generatedAt,
      reason: text
    },
    samples: [sample, { ...sample, round: 2 }]
  })
  const validation = records.validation({ passed: false, checks: [records.check('healthz', false, text)] })
  const changeSet: ChangeSet = {
    tag: records.TAG,
    range: 'v1.0.0..v1.1.0',
    previousTag: 'v1.0.0',
    firstRelease: false,
    commits: [
      {
        sha: 'a'.repeat(40),
        shortSha: 'aaaaaaa',
        subject: text,
        author: text,
        date: records.header.generatedAt,
        type: 'fix',
        scope: null,
        breaking: false,
        description: text,
        pullRequests: [1],
        issues: [],
        files: ['src/a.ts'],
        services: ['api']
      }
    ],
    groups: { breaking: [], features: [], fixes: ['a'.repeat(40)], other: [] },
    pullRequests: [1],
    issues: [],
    authors: [text],
    files: ['src/a.ts'],
    services: ['api'],
    risks: [{ kind: 'risky-path', detail: text }]
  }
  const pullRequest: PullRequestDetails = {
    number: 1,
    title: text,
    url: 'https://github.com/acme/shop/pull/1',
    author: text,
    labels: [text],
    approvedBy: [text]
  } as PullRequestDetails
  const config = {
    ...CONFIG,
    stakeholders: [
      { name: text, role: text, required: true },
      { name: `${text} (2)`, role: `${text} (2)`, required: true }
    ],
    communications: { ...CONFIG.communications, monitors: [text], channel: text }
  }
  return { checklist, approval, health, validation, changeSet, pullRequest, config }
}

/** Each renderer, given the planted evidence. */
const RENDERERS: { name: string; render: (text: string) => string }[] = [
  {
    name: 'DEPLOYMENT-REPORT.md',
    render: text => {
      const e = plantedEvidence(text)
      return renderDeploymentReport({
        tag: records.TAG,
        evidence: {
          checklist: e.checklist,
          approval: e.approval,
          stagingValidation: e.validation,
          postValidation: { ...e.validation, artifact: 'post-deployment-validation.json' },
          health: e.health,
          scope: { changeSet: e.changeSet },
          unreadable: []
        },
        outcome: 'failed',
        gates: [{ name: 'Gate 1', verdict: { gate: 1, passed: false, reasons: [text] }, at: null }],
        retrospective: {
          schemaVersion: 1,
          artifact: 'retrospective-inputs.json',
          tag: records.TAG,
          generatedAt: records.header.generatedAt,
          outcome: 'failed',
          phases: [],
          failures: [text],
          nearMisses: [],
          rollbacks: [],
          manualInterventions: [],
          improvementActions: [text]
        },
        inventory: []
      })
    }
  },
  {
    name: 'the job summary',
    render: text => {
      const e = plantedEvidence(text)
      return renderPhaseSummary({
        phase: 'production',
        tag: records.TAG,
        outcome: { kind: 'halted', gate: 3, reasons: [text] },
        files: [],
        artifact: null,
        approval: e.approval,
        health: e.health,
        deploymentId: null,
        rollbackTarget: null
      })
    }
  },
  {
    name: 'the rollback job summary',
    render: text =>
      renderPhaseSummary({
        phase: 'rollback',
        tag: records.TAG,
        outcome: { kind: 'passed' },
        files: [],
        artifact: null,
        rollbackApproval: {
          environment: text,
          decision: 'approved',
          approver: text,
          comment: text,
          reason: text,
          github: {
            repository: 'acme/shop',
            runId: 1,
            runAttempt: 1,
            runUrl: 'https://github.com/acme/shop/actions/runs/1',
            environment: text,
            state: 'approved',
            approverId: 1,
            triggeringActor: text,
            runActors: [text],
            selfApproval: false,
            reviewersRequired: true,
            requiredReviewers: [],
            preventSelfReview: false,
            reviewersOptOut: false,
            reviews: []
          }
        },
        deploymentId: null,
        rollbackTarget: text
      })
  },
  {
    name: 'release-manifest.md',
    render: text => {
      const e = plantedEvidence(text)
      return renderReleaseManifest(e.config, e.checklist, e.changeSet, [text], [e.pullRequest])
    }
  },
  {
    name: 'the sign-offs of release-manifest.md',
    render: text => {
      const e = plantedEvidence(text)
      return renderSignOffs(records.uat({ signedOffBy: text, basis: text }), e.approval).join('\n')
    }
  },
  {
    name: 'deployment-communications.md',
    render: text => {
      const e = plantedEvidence(text)
      return renderCommunications(e.config, e.checklist, new Date(records.header.generatedAt))
    }
  },
  { name: 'deployment-health-log.md', render: text => renderHealthLog(plantedEvidence(text).health) },
  {
    name: 'rollback-plan.md',
    render: text => renderRollbackPlan(plantedEvidence(text).checklist, CONFIG.services, null)
  }
]

/** The timeline of deployment-communications.md after one event whose summary and delivery report carry `text`. */
async function communicationsTimeline(text: string): Promise<string> {
  const ctx = fakeContext(CONFIG, { events: { send: async () => [`pager: ${text}`] } })
  await emitEvent(ctx, 'alert', `probe said: ${text}`)
  return (await ctx.store.readText(ARTIFACTS.communications)) ?? ''
}

/** The tags of rendered HTML, in order, without attributes: the document's structure. */
const structureOf = (html: string): string[] =>
  (html.match(/<\/?[a-z][a-z0-9]*/gi) ?? []).map(t => t.toLowerCase())

describe.each(RENDERERS)('untrusted text in $name', ({ render }) => {
  const harmless = structureOf(renderLikeGitHub(render('harmless words')))

  it.each(MARKDOWN_ATTACKS)('$name is shown as text', ({ text }) => {
    const html = renderLikeGitHub(render(text))
    expect(activeContentIn(html)).toEqual([])
    expect(structureOf(html)).toEqual(harmless)
  })
})

describe('untrusted text in the timeline of deployment-communications.md', () => {
  it.each(MARKDOWN_ATTACKS)('$name is shown as text', async ({ text }) => {
    const harmless = structureOf(renderLikeGitHub(await communicationsTimeline('harmless words')))
    const html = renderLikeGitHub(await communicationsTimeline(text))
    expect(activeContentIn(html)).toEqual([])
    expect(structureOf(html)).toEqual(harmless)
  })
})

describe('links in evidence text in DEPLOYMENT-REPORT.html', () => {
  const report = RENDERERS[0]?.render as (text: string) => string

  it.each([
    'see https://evil.example/phish now',
    'see www.evil.example/phish now',
    '<https://evil.example/phish>',
    '[click](https://evil.example/phish)',
    'mail someone@evil.example'
  ])('%s is plain text', text => {
    const html = renderReportHtml(report(text), { title: 'report', generatedAt: records.header.generatedAt })
    expect(html).not.toMatch(/href="[^"]*evil\.example/)
    expect(html).toContain('evil.example')
  })
})
