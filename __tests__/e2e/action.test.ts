import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { workflowCommandsIn, type TakenCommand } from '../emulators/workflow-commands.js'
import { ActionFixture, REVIEWER } from './action-fixture.js'
import { ACTION_NODE, WorkflowRun, type StepResult } from './action-harness.js'
import { filesBelow } from './scratch-workspace.js'

// The bundled action (dist/index.js + dist/post.js) as a runner starts it, one process per step, against a loopback
// GitHub API (responses checked against GitHub's OpenAPI description) and the real @actions/artifact client talking
// to a loopback artifact service. The deploy scripts are the demo's, on real processes.

const fixture = new ActionFixture(
  { firstPortBase: 24000, firstRunId: 9000, repositoryPrefix: 'acme/shop' },
  () => expect(fixture.github.conformanceErrors).toEqual([])
)

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Someone reviews the run's production environment in GitHub. */
const reviewProduction = (
  run: WorkflowRun,
  user: { login: string; id: number },
  state: 'approved' | 'rejected' = 'approved',
  comment = 'lgtm'
): void =>
  fixture.github.addApproval(run.repository, run.runId, { environment: 'production', state, user, comment })

/** A required reviewer approves the run's production environment in GitHub. */
const approveProduction = (run: WorkflowRun, comment = ''): void =>
  fixture.github.addApproval(run.repository, run.runId, {
    environment: 'production',
    state: 'approved',
    user: REVIEWER,
    comment
  })

const phase = (name: string, extra: Record<string, string> = {}): Record<string, string> => ({
  phase: name,
  tag: 'v1.1.0',
  config: 'release-gate.yml',
  ...extra
})

/** Jobs readiness and staging, each in its own workspace; returns the staging step. */
async function throughStaging(run: WorkflowRun): Promise<StepResult> {
  const readiness = await run.step(run.checkout(), phase('readiness'), { jobId: 'readiness' })
  expect(readiness.log).toContain('[PHASE 1 COMPLETE]')
  expect(readiness.code).toBe(0)
  const staging = await run.step(run.checkout(), phase('staging'), { jobId: 'staging' })
  expect(staging.log).toContain('[PHASE 2 COMPLETE]')
  expect(staging.code).toBe(0)
  return staging
}

describe('the action in a workflow run (separate job processes, evidence by artifact)', () => {
  it('releases across jobs: readiness → staging → production (approved in GitHub) + health window → report', async () => {
    const run = fixture.newRelease()
    fixture.github.addApproval(run.repository, run.runId, {
      environment: 'production',
      state: 'approved',
      user: REVIEWER,
      comment: 'CAB-42 approved'
    })
    const staging = await throughStaging(run)
    expect(staging.outputs).toMatchObject({
      outcome: 'passed',
      'evidence-artifact-name': 'release-gate-v1.1.0-2-staging'
    })

    const productionJob = run.checkout()
    const production = await run.step(productionJob, phase('production'), { jobId: 'production' })
    expect(production.log).toContain('Evidence restored from artifact release-gate-v1.1.0-2-staging')
    // Downloading and unzipping the artifact prints no Node deprecation warning (DEP0005 Buffer() before).
    expect(production.log).not.toContain('DeprecationWarning')
    expect(production.log).toContain('Approved by dana ("CAB-42 approved") via github-environment.')
    expect(production.code).toBe(0)
    const stabilize = await run.step(productionJob, phase('stabilize'), { jobId: 'production' })
    expect(stabilize.log).toContain('[PHASE 4 COMPLETE] - Stabilization finished successfully.')
    expect(stabilize.code).toBe(0)
    const report = await run.step(run.checkout(), phase('report'), { jobId: 'report' })
    expect(report.log).toContain('[PROTOCOL COMPLETE]')
    expect(report.code).toBe(0)

    expect(await run.box.serving('backend', 'production')).toBe('v1.1.0')
    expect(
      fixture.artifacts
        .artifacts(String(run.runId))
        .map(a => a.name)
        .sort()
    ).toEqual([
      'release-gate-v1.1.0-1-readiness',
      'release-gate-v1.1.0-2-staging',
      'release-gate-v1.1.0-3-production',
      'release-gate-v1.1.0-4-stabilize',
      'release-gate-v1.1.0-5-report'
    ])
    expect(
      await run.artifactJson('release-gate-v1.1.0-3-production', 'production-approval.json')
    ).toMatchObject({
      decision: 'approved',
      approver: 'dana',
      comment: 'CAB-42 approved',
      source: 'github-environment',
      github: {
        runId: run.runId,
        approverId: REVIEWER.id,
        state: 'approved',
        reviewersRequired: true,
        selfApproval: false
      }
    })
    const manifest = await run.artifactJson<{ entries: { phase: string }[] }>(
      'release-gate-v1.1.0-5-report',
      'evidence-manifest.json'
    )
    expect(manifest.entries.map(e => e.phase)).toEqual([
      'readiness',
      'staging',
      'production',
      'stabilize',
      'report'
    ])

    // One deployment per environment per release, with the statuses a reader of the Deployments page expects.
    const byRef = (environment: string, ref: string) =>
      fixture.github
        .deployments(run.repository)
        .filter(d => d.deployment.environment === environment && d.deployment.ref === ref)
    const [productionRecord, ...duplicates] = byRef('production', 'v1.1.0')
    expect(duplicates).toEqual([])
    // Rolling out, in its health window, released: each a ledger event named in the status's description.
    expect(productionRecord?.statuses.map(s => s.state)).toEqual(['in_progress', 'in_progress', 'success'])
    expect(productionRecord?.statuses.map(s => s.description.split(']')[0])).toEqual([
      'release-gate [in-progress',
      'release-gate [health-window',
      'release-gate [released'
    ])
    expect(productionRecord).toMatchObject({ autoMerge: false, requiredContexts: [] })
    expect(byRef('production', 'v1.0.0')[0]?.statuses.at(-1)?.state).toBe('inactive')
    expect(byRef('staging', 'v1.1.0')[0]?.statuses.map(s => s.state)).toEqual(['in_progress', 'success'])
    expect(production.outputs['deployment-id']).toBe(String(productionRecord?.deployment.id))
    expect(production.outputs['rollback-target']).toBe('v1.0.0')

    expect(production.summary).toContain('### Approval (Gate 3)')
    expect(stabilize.summary).toContain('### Health window: healthy')
    expect(stabilize.summary).toContain('```mermaid')
    expect(report.summary).toMatch(/\| DEPLOYMENT-REPORT\.md \| \d+ \| `[0-9a-f]{64}` \|/)
    // The report job's summary carries the release report itself.
    expect(report.summary).toContain('# Deployment report: v1.1.0')
    expect(report.summary).toContain('## Health window: healthy')
  })

  it.each([
    [
      'no review of the production environment is recorded',
      (_run: WorkflowRun) => undefined,
      {},
      "no review of environment 'production' is recorded"
    ],
    [
      'the environment has no required reviewers',
      (run: WorkflowRun) => approveProduction(run),
      { reviewers: false },
      "environment 'production' has no required reviewers, so nobody approved this deployment"
    ],
    [
      'the person who started the run approved it',
      (run: WorkflowRun) => reviewProduction(run, { login: 'release-bot', id: 77 }),
      {},
      'release-bot approved a run they started themselves'
    ],
    [
      'the person who pushed the tag approved it, and someone else re-ran the job',
      (run: WorkflowRun) => {
        reviewProduction(run, { login: 'release-bot', id: 77 })
        // The runner names the one who re-ran the job as the triggering actor; GITHUB_ACTOR still pushed the tag.
        return { GITHUB_TRIGGERING_ACTOR: 'rerunner' }
      },
      {},
      'release-bot approved a run they started themselves (approval.self-approval: refuse; actors of the run: release-bot, rerunner)'
    ],
    [
      'a reviewer rejected it, whatever a re-run was approved with',
      (run: WorkflowRun) => {
        approveProduction(run)
        reviewProduction(run, { login: 'sam', id: 78 }, 'rejected', 'not during the sale')
      },
      {},
      "sam rejected environment 'production' in this run; a rejection stands for the whole run"
    ]
  ])(
    'refuses production when %s, and leaves production untouched',
    async (_name, arrange, environment, message) => {
      const run = fixture.newRelease(environment)
      const productionEnv = arrange(run) ?? {}
      await throughStaging(run)
      const production = await run.step(run.checkout(), phase('production'), {
        jobId: 'production',
        env: productionEnv
      })
      expect(production.code).toBe(1)
      expect(production.log).toContain(message)
      expect(production.outputs).toMatchObject({ outcome: 'halted', gate: '3' })
      expect(production.log).toContain('::error title=release-gate production%3A Gate 3 did not pass::')
      expect(await run.box.serving('backend', 'production')).toBe('v1.0.0')
      expect(run.box.deployed('production', 'v1.1.0')).toBe(false)
      // The refusal is evidence too: the rejected approval travels in the production artifact.
      expect(
        await run.artifactJson('release-gate-v1.1.0-3-production', 'production-approval.json')
      ).toMatchObject({
        decision: 'rejected',
        source: 'github-environment'
      })
      expect(
        fixture.github.deployments(run.repository).filter(d => d.deployment.environment === 'production')
      ).toHaveLength(1)
    }
  )

  // CI provides the Node that action.yml declares (.ci/run installs it); elsewhere the tests' own Node runs the action.
  ;(process.env.RELEASE_GATE_ACTION_NODE ? it : it.skip)(
    'runs the action on the Node major version action.yml declares',
    () => {
      const using = /^\s+using:\s*'?node(\d+)'?\s*$/m.exec(
        readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
      )?.[1]
      const major = execFileSync(ACTION_NODE, ['-p', 'process.versions.node.split(".")[0]'], {
        encoding: 'utf8'
      })
      expect(major.trim()).toBe(using)
    }
  )

  it('halts readiness at Gate 1 when the release tag is not in the checkout, and deploys nothing', async () => {
    const run = fixture.newRelease()
    const workspace = run.checkout()
    execFileSync('git', ['tag', '-d', 'v1.1.0'], { cwd: workspace, stdio: 'ignore' })
    const readiness = await run.step(workspace, phase('readiness'), { jobId: 'readiness' })
    expect(readiness.log).toContain("release tag v1.1.0 does not exist in this checkout's git repository")
    expect(readiness.code).toBe(1)
    expect(readiness.outputs).toMatchObject({ outcome: 'halted', gate: '1' })
    expect(run.box.deployed('staging', 'v1.1.0')).toBe(false)
  })

  it('reads the stakeholder sign-offs committed under the state dir: a required one missing halts Gate 1', async () => {
    /** A run whose config requires the product owner's sign-off, checked out with one recorded for `tag`. */
    const readinessWithSignoffOf = async (tag: string): Promise<StepResult> => {
      const run = fixture.newRelease()
      const configFile = join(run.box.demo, 'release-gate.yml')
      writeFileSync(
        configFile,
        readFileSync(configFile, 'utf8').replace(
          '{ name: Dana Product, role: product owner }',
          '{ name: Dana Product, role: product owner, required: true }'
        )
      )
      const workspace = run.checkout()
      mkdirSync(join(workspace, '.release-gate'))
      writeFileSync(
        join(workspace, '.release-gate', 'stakeholder-signoffs.json'),
        JSON.stringify({
          schemaVersion: 1,
          signoffs: [
            {
              tag,
              role: 'product owner',
              name: 'Dana Product',
              comment: null,
              signedAt: '2026-11-24T09:00:00.000Z'
            }
          ]
        })
      )
      return run.step(workspace, phase('readiness'), { jobId: 'readiness' })
    }

    const otherTag = await readinessWithSignoffOf('v1.0.0')
    expect(otherTag.log).toContain(
      '[ERROR] Required stakeholder sign-off missing for v1.1.0: Dana Product (product owner).'
    )
    expect(otherTag.outputs).toMatchObject({ outcome: 'halted', gate: '1' })

    const signed = await readinessWithSignoffOf('v1.1.0')
    expect(signed.log).toContain(
      '✔ sign-off Dana Product (product owner): signed by Dana Product at 2026-11-24T09:00:00.000Z'
    )
    expect(signed.code).toBe(0)
  })

  it('refuses production when the person who created the release tag approved it, though someone else pushed it', async () => {
    const run = fixture.newRelease()
    reviewProduction(run, { login: 'sam', id: 78 })
    await throughStaging(run)
    // sam created the annotated tag (GitHub's no-reply address names the account); release-bot pushed it.
    const workspace = run.checkout({ name: 'Sam Lee', email: '78+sam@users.noreply.github.com' })
    const production = await run.step(workspace, phase('production'), { jobId: 'production' })
    expect(production.log).toContain('sam approved a release they tagged themselves')
    expect(production.code).toBe(1)
    expect(production.outputs).toMatchObject({ outcome: 'halted', gate: '3' })
    expect(await run.box.serving('backend', 'production')).toBe('v1.0.0')
  })

  it('refuses to continue from evidence altered in the artifact store between jobs', async () => {
    const run = fixture.newRelease()
    approveProduction(run)
    await throughStaging(run)
    const report = await run.artifactJson('release-gate-v1.1.0-2-staging', 'staging-validation-results.json')
    await fixture.artifacts.replaceFile(
      'release-gate-v1.1.0-2-staging',
      'staging-validation-results.json',
      JSON.stringify({ ...report, generatedAt: new Date().toISOString() }, null, 2) + '\n',
      String(run.runId)
    )
    const production = await run.step(run.checkout(), phase('production'), { jobId: 'production' })
    expect(production.code).toBe(1)
    expect(production.log).toContain('differs from the SHA-256 digest GitHub recorded when it was uploaded')
    // Named with what was recorded and what was found (sizes, or digests at the same size).
    expect(production.log).toMatch(
      /staging-validation-results\.json: (\d+ bytes, expected \d+|same size \(\d+ bytes\), different content: SHA-256)/
    )
    expect(production.outputs).toMatchObject({ outcome: 'halted', gate: '2' })
    expect(run.box.deployed('production', 'v1.1.0')).toBe(false)
  })

  it('refuses the health window under a config changed after readiness (rewritten in the job by the production step)', async () => {
    const run = fixture.newRelease()
    approveProduction(run)
    await throughStaging(run)
    const productionJob = run.checkout()
    const production = await run.step(productionJob, phase('production'), { jobId: 'production' })
    expect(production.code).toBe(0)
    // What a deploy command of the production step could do: loosen the health window that judges its deployment.
    const configFile = join(productionJob, 'release-gate.yml')
    const checked = readFileSync(configFile, 'utf8')
    const loosened = checked.replace('failure-limit: 2', 'failure-limit: 1000')
    expect(loosened).not.toBe(checked)
    writeFileSync(configFile, loosened)
    const stabilize = await run.step(productionJob, phase('stabilize'), { jobId: 'production' })
    expect(stabilize.log).toContain(
      `[ERROR] The config release-gate.yml is not the one readiness checked (sha256 ${sha256(checked)} then, ` +
        `${sha256(loosened)} now); the stabilize phase will not start.`
    )
    expect(stabilize.code).toBe(1)
    expect(stabilize.outputs).toMatchObject({ outcome: 'halted', gate: '3' })
    expect(stabilize.log).not.toContain('[PHASE 4 START]')
  })

  it('refuses a phase whose predecessor left no artifact in the run', async () => {
    const run = fixture.newRelease()
    const production = await run.step(run.checkout(), phase('production'), { jobId: 'production' })
    expect(production.code).toBe(1)
    expect(production.log).toContain('[ERROR] Required staging or validation artifact missing.')
    expect(production.log).toContain('no evidence artifact from the staging phase of v1.1.0 in this run')
    expect(production.log).not.toContain('Could not upload')
    expect(run.box.deployed('production', 'v1.1.0')).toBe(false)
  })

  it('fails the phase when the evidence cannot be uploaded, and leaves every file on the runner, named in the error', async () => {
    const run = fixture.newRelease()
    fixture.artifacts.failNext('CreateArtifact', { reset: true })
    const workspace = run.checkout()
    const readiness = await run.step(workspace, phase('readiness'), { jobId: 'readiness' })
    expect(readiness.log).toContain('[PHASE 1 COMPLETE]')
    expect(readiness.code).toBe(1)
    const evidenceDir = join(workspace, '.artifacts', 'deployment')
    expect(readiness.log).toContain(
      `[ERROR] Could not upload the evidence as artifact release-gate-v1.1.0-1-readiness`
    )
    expect(readiness.log).toContain(`The evidence is on the runner in ${evidenceDir}.`)
    for (const file of [
      'deployment-readiness-checklist.json',
      'release-manifest.md',
      'evidence-manifest.json'
    ])
      expect(existsSync(join(evidenceDir, file))).toBe(true)
    expect(fixture.artifacts.artifacts(String(run.runId))).toEqual([])
  })

  it('uploads the evidence of a failed staging phase, so a failed release leaves its record', async () => {
    const run = fixture.newRelease()
    await run.step(run.checkout(), phase('readiness'), { jobId: 'readiness' })
    const staging = await run.step(run.checkout(), phase('staging'), {
      jobId: 'staging',
      env: { DEMO_FAIL_DEPLOY: 'backend:staging' }
    })
    expect(staging.code).toBe(1)
    expect(staging.outputs).toMatchObject({ outcome: 'halted', gate: '2' })
    expect(
      await run.artifactJson('release-gate-v1.1.0-2-staging', 'staging-deployment-report.json')
    ).toMatchObject({
      passed: false
    })
    const stagingRecord = fixture.github
      .deployments(run.repository)
      .find(d => d.deployment.environment === 'staging')
    expect(stagingRecord?.statuses.map(s => s.state)).toEqual(['in_progress', 'failure'])
  })

  it('records a run cancelled mid health window, uploads it, and refuses the next release until a rollback', async () => {
    const run = fixture.newRelease()
    approveProduction(run)
    await throughStaging(run)
    const job = run.checkout()
    expect((await run.step(job, phase('production'), { jobId: 'production' })).code).toBe(0)
    const stabilize = await run.step(job, phase('stabilize'), {
      jobId: 'production',
      cancelWhen: '[PHASE 4 START]'
    })
    expect(stabilize.code).not.toBe(0)
    expect(stabilize.log).toContain('Release interrupted by SIGINT during the stabilize phase')
    expect(stabilize.log).toContain(
      'Evidence uploaded as artifact release-gate-v1.1.0-4-stabilize-interrupted'
    )
    expect(stabilize.postLog).not.toContain('The phase did not finish')
    const names = fixture.artifacts.artifacts(String(run.runId)).map(a => a.name)
    expect(names).toContain('release-gate-v1.1.0-4-stabilize-interrupted')
    expect(names).not.toContain('release-gate-v1.1.0-4-stabilize')
    expect(
      await run.artifactJson('release-gate-v1.1.0-4-stabilize-interrupted', 'release-interrupted.json')
    ).toMatchObject({
      phase: 'stabilize',
      signal: 'SIGINT',
      environment: 'production',
      previousRelease: 'v1.0.0'
    })
    // The report job builds on the interrupted evidence: the release is on record as incomplete, not lost.
    const report = await run.step(run.checkout(), phase('report'), { jobId: 'report' })
    expect(report.log).toContain(
      'Evidence restored from artifact release-gate-v1.1.0-4-stabilize-interrupted'
    )
    expect(await run.artifactJson('release-gate-v1.1.0-5-report', 'retrospective-inputs.json')).toMatchObject(
      { outcome: 'incomplete' }
    )

    // A rerun (a new run of the same tag) finds the release interrupted in GitHub's deployments: refused at readiness,
    // before anything is archived or deployed, naming the command that resolves it.
    const rerun = fixture.nextRun(run)
    const refused = await rerun.step(rerun.checkout(), phase('readiness'), { jobId: 'readiness' })
    expect(refused.code).not.toBe(0)
    expect(refused.outputs).toMatchObject({ outcome: 'halted', gate: '1' })
    expect(refused.log).toContain(
      'Release v1.1.0 not started: The health window of v1.1.0 on production was interrupted'
    )
    expect(refused.log).toContain('release-gate rollback --env production (on GitHub: the rollback workflow)')
    expect(refused.log).not.toContain('[PHASE 1 COMPLETE]')

    // The rollback returns production to what served before the interrupted release, and ends it.
    const dispatch = fixture.nextRun(run, 'oncall-sam')
    approveProduction(dispatch)
    const rollback = await dispatch.step(
      dispatch.checkout(),
      { phase: 'rollback', config: 'release-gate.yml', environment: 'production', reason: 'cancelled run' },
      {
        jobId: 'rollback',
        env: { GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main', GITHUB_EVENT_NAME: 'workflow_dispatch' }
      }
    )
    expect(rollback.outputs).toMatchObject({ outcome: 'passed', 'rollback-target': 'v1.0.0' })
    expect(await run.box.serving('backend', 'production')).toBe('v1.0.0')
    const interrupted = fixture.github
      .deployments(run.repository)
      .find(d => d.deployment.ref === 'v1.1.0' && d.deployment.environment === 'production')
    expect(interrupted?.statuses.at(-1)?.state).toBe('inactive')

    // A new run of the tag now releases.
    const again = fixture.nextRun(run)
    approveProduction(again)
    await throughStaging(again)
    const released = await again.step(again.checkout(), phase('production'), { jobId: 'production' })
    expect(released.log).toContain('[PHASE 3 COMPLETE]')
    expect(released.code).toBe(0)
  })

  it('retries GitHub API errors (a 500, then a 429 with retry-after) and deploys once', async () => {
    const run = fixture.newRelease()
    approveProduction(run)
    await throughStaging(run)
    fixture.github.failNext({ method: 'GET', path: /\/environments\/production$/ }, { status: 500 })
    fixture.github.failNext({ method: 'GET', path: /\/approvals$/ }, { status: 429, retryAfter: 1 })
    fixture.github.failNext({ method: 'POST', path: /\/deployments$/ }, { status: 502 })
    const production = await run.step(run.checkout(), phase('production'), { jobId: 'production' })
    expect(production.code).toBe(0)
    expect(production.log).toMatch(/environments\/\{environment_name\}: server error \(500\); try 2 of 4/)
    expect(production.log).toMatch(/approvals: rate limited \(429\); try 2 of 4 in 1000ms/)
    const records = fixture.github
      .deployments(run.repository)
      .filter(d => d.deployment.environment === 'production' && d.deployment.ref === 'v1.1.0')
    expect(records).toHaveLength(1)
    // Three jobs plus three backoffs of 1 s: 55 s on a loaded machine, so more room than the default 60 s.
  }, 120_000)

  it('rolls back by dispatch inputs to the previous successful deployment, and records it', async () => {
    const run = fixture.newRelease()
    approveProduction(run)
    await throughStaging(run)
    const job = run.checkout()
    expect((await run.step(job, phase('production'), { jobId: 'production' })).code).toBe(0)
    expect((await run.step(job, phase('stabilize'), { jobId: 'production' })).code).toBe(0)
    expect(await run.box.serving('frontend', 'production')).toBe('v1.1.0')

    const dispatch = fixture.nextRun(run, 'oncall-sam')
    approveProduction(dispatch, 'INC-9: roll back')
    const rollback = await dispatch.step(
      dispatch.checkout(),
      {
        phase: 'rollback',
        config: 'release-gate.yml',
        environment: 'production',
        reason: 'checkout errors after v1.1.0'
      },
      {
        jobId: 'rollback',
        env: { GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main', GITHUB_EVENT_NAME: 'workflow_dispatch' }
      }
    )
    expect(rollback.code).toBe(0)
    expect(rollback.outputs).toMatchObject({ outcome: 'passed', 'rollback-target': 'v1.0.0' })
    // The job summary says who approved the rollback, as the production job's says who approved the release.
    expect(rollback.summary).toContain('### Rollback approval')
    expect(rollback.summary).toContain('| approved | dana | INC-9: roll back | production |')
    expect(await run.box.serving('frontend', 'production')).toBe('v1.0.0')
    expect(await run.box.serving('backend', 'production')).toBe('v1.0.0')
    const name = `release-gate-rollback-production-${dispatch.runId}`
    expect(await dispatch.artifactJson(name, 'rollback-report.json')).toMatchObject({
      tag: 'v1.1.0',
      environment: 'production',
      rollback: {
        trigger: 'manual',
        target: 'v1.0.0',
        status: 'success',
        reason: 'checkout errors after v1.1.0'
      },
      // Who approved the rollback: the same GitHub facts a production approval records.
      rollbackApproval: {
        environment: 'production',
        decision: 'approved',
        approver: 'dana',
        comment: 'INC-9: roll back',
        github: {
          runId: dispatch.runId,
          approverId: REVIEWER.id,
          state: 'approved',
          triggeringActor: 'oncall-sam',
          runActors: ['oncall-sam'],
          selfApproval: false,
          reviewersRequired: true,
          reviewersOptOut: false,
          reviews: [
            {
              login: 'dana',
              id: REVIEWER.id,
              state: 'approved',
              environments: ['production'],
              comment: 'INC-9: roll back'
            }
          ]
        }
      }
    })
    expect(rollback.log).toContain("Rollback approved by dana (environment 'production')")
    // Production serves v1.0.0 again: a new deployment of it succeeded, and the rolled-back release is inactive.
    const production = fixture.github
      .deployments(run.repository)
      .filter(d => d.deployment.environment === 'production')
    const newest = production.reduce((a, b) => (a.deployment.id > b.deployment.id ? a : b))
    expect(newest.deployment).toMatchObject({ ref: 'v1.0.0', task: 'deploy:rollback' })
    expect(newest.statuses.at(-1)?.state).toBe('success')
    expect(production.find(d => d.deployment.ref === 'v1.1.0')?.statuses.at(-1)?.state).toBe('inactive')
    expect(existsSync(join(rollback.outputs['evidence-dir'] ?? '', 'rollback-report.json'))).toBe(true)
  })

  describe('refuses a rollback before anything runs', () => {
    /** Production served v1.0.0, then v1.1.0 (both released by release-gate); a dispatch asks to roll it back. */
    function releasedTwice(environment: { reviewers?: boolean } = {}): WorkflowRun {
      const run = fixture.newRelease(environment)
      fixture.github.seedDeployment(run.repository, {
        environment: 'production',
        ref: 'v1.1.0',
        createdAt: '2026-11-21T10:00:00Z',
        payload: { releaseGate: { runId: 2, runAttempt: 1, trigger: 'release' } },
        statuses: [{ state: 'in_progress' }, { state: 'success' }]
      })
      return run
    }
    const dispatchRollback = (run: WorkflowRun, inputs: Record<string, string> = {}) => {
      const dispatch = fixture.nextRun(run, 'oncall-sam')
      fixture.github.addRun(run.repository, dispatch.runId)
      return {
        dispatch,
        step: () =>
          dispatch.step(
            dispatch.checkout(),
            {
              phase: 'rollback',
              config: 'release-gate.yml',
              environment: 'production',
              reason: 'test',
              ...inputs
            },
            {
              jobId: 'rollback',
              env: {
                GITHUB_REF_TYPE: 'branch',
                GITHUB_REF_NAME: 'main',
                GITHUB_EVENT_NAME: 'workflow_dispatch'
              }
            }
          )
      }
    }
    const rollbackDeployments = (run: WorkflowRun) =>
      fixture.github.deployments(run.repository).filter(d => d.deployment.task === 'deploy:rollback')

    it('to a release never deployed to the environment, naming the releases it may target', async () => {
      const run = releasedTwice()
      const { dispatch, step } = dispatchRollback(run, { 'target-release': 'v0.9.0' })
      approveProduction(dispatch)
      const rollback = await step()
      expect(rollback.code).toBe(1)
      expect(rollback.log).toContain(
        '::error::[ERROR] Release v0.9.0 was never deployed to production, so it cannot be a rollback target. ' +
          'The releases production has served: v1.1.0, v1.0.0.'
      )
      expect(rollbackDeployments(run)).toEqual([])
      expect(run.box.deployed('production', 'v0.9.0')).toBe(false)
    })

    it('when the environment has no required reviewers (approval.require-reviewers defaults to true)', async () => {
      const run = releasedTwice({ reviewers: false })
      const { step } = dispatchRollback(run)
      const rollback = await step()
      expect(rollback.code).toBe(1)
      expect(rollback.outputs.outcome).toBe('halted')
      expect(rollback.log).toContain(
        "::error::[ERROR] Rollback of production to v1.0.0 not approved: environment 'production' has no required reviewers, so nobody approved this deployment."
      )
      expect(rollbackDeployments(run)).toEqual([])
    })

    it('when nobody approved the rollback job in this run', async () => {
      const run = releasedTwice()
      const { step } = dispatchRollback(run)
      const rollback = await step()
      expect(rollback.code).toBe(1)
      expect(rollback.log).toContain(
        "[ERROR] Rollback of production to v1.0.0 not approved: no review of environment 'production' is recorded for run"
      )
      expect(rollbackDeployments(run)).toEqual([])
    })

    it('approved by the reviewers of the separate environment the workflow names (approval-environment)', async () => {
      const run = releasedTwice()
      fixture.github.addEnvironment(run.repository, 'production-rollback', { requiredReviewers: [REVIEWER] })
      const { dispatch, step } = dispatchRollback(run, { 'approval-environment': 'production-rollback' })
      // An approval of production in this run does not approve the rollback environment's job.
      approveProduction(dispatch)
      const refused = await step()
      expect(refused.code).toBe(1)
      expect(refused.log).toContain("no review of environment 'production-rollback' is recorded")
      expect(rollbackDeployments(run)).toEqual([])
    })
  })

  it('hands the commands only the secrets the config lists, and never writes a value to the log or the evidence', async () => {
    const run = fixture.newRelease()
    approveProduction(run)
    const configFile = join(run.box.demo, 'release-gate.yml')
    const config = readFileSync(configFile, 'utf8').replace(
      'rollback: bash scripts/rollback_backend.sh --env ${env} --release ${previous}\n',
      'rollback: bash scripts/rollback_backend.sh --env ${env} --release ${previous}\n' +
        '    verify: bash -c \'test "$(printf %s "$DEPLOY_TOKEN" | wc -c)" -eq 25 && test -z "$UNLISTED" && echo "using $DEPLOY_TOKEN"\'\n'
    )
    writeFileSync(configFile, `${config}\nsecrets: [DEPLOY_TOKEN]\n`)
    const secrets = JSON.stringify({
      DEPLOY_TOKEN: 'planted-deploy-token-4711',
      UNLISTED: 'planted-other-secret-0815'
    })
    await run.step(run.checkout(), phase('readiness'), { jobId: 'readiness' })
    const staging = await run.step(run.checkout(), phase('staging', { secrets }), { jobId: 'staging' })
    expect(staging.code).toBe(0)
    expect(staging.log).toContain('::add-mask::planted-deploy-token-4711')
    expect(staging.log).toContain('::add-mask::planted-other-secret-0815')
    expect(staging.log).toContain('Secrets for the commands: DEPLOY_TOKEN.')
    expect(staging.log).toContain('backend verify | using ***')
    const withoutMaskCommands = staging.log.replace(/::add-mask::.*\n/g, '')
    expect(withoutMaskCommands).not.toContain('planted-')
    const evidence = await fixture.artifacts.files('release-gate-v1.1.0-2-staging', String(run.runId))
    for (const [file, content] of evidence)
      expect(`${file}: ${content.toString('utf8')}`).not.toContain('planted-')
    expect(staging.summary).not.toContain('planted-')
  })

  it('refuses an invalid input before anything runs, naming the input and what is allowed', async () => {
    const run = fixture.newRelease()
    const step = await run.step(run.checkout(), phase('deploy'))
    expect(step.code).toBe(1)
    expect(step.log).toContain(
      "::error::[ERROR] Invalid input 'phase': 'deploy'. Expected one of: readiness, staging"
    )
    expect(run.box.deployed('staging', 'v1.1.0')).toBe(false)
    expect(fixture.artifacts.artifacts(String(run.runId))).toEqual([])
  })
})

describe('untrusted text in the job log (read as the runner reads it)', () => {
  // Each planted command carries a marker, so a command the runner would take from it is told apart from
  // release-gate's own (which may quote untrusted text, escaped, in an annotation's message).
  const planted = (source: string): string =>
    [
      `::warning::INJECTED-${source}-warning`,
      `::stop-commands::INJECTED-${source}`,
      `a\r::error::INJECTED-${source}-after-cr`,
      `text ##[error]INJECTED-${source}-v1`
    ].join('\n')

  /** The commands the runner would take that release-gate did not issue. */
  const foreignCommands = (log: string): TakenCommand[] =>
    workflowCommandsIn(log).filter(
      c =>
        c.form === 'v1' ||
        c.name === 'stop-commands' ||
        c.data.startsWith('INJECTED') ||
        !['error', 'warning', 'notice', 'debug', 'add-mask', 'group', 'endgroup'].includes(c.name)
    )

  let probeServer: Server
  let probeUrl = ''
  beforeAll(async () => {
    // A service whose answers carry workflow commands, in the body and in a header.
    probeServer = createServer((_request, response) => {
      response.setHeader('x-note', 'ok ##[error]INJECTED-probe-header-v1')
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify({ version: planted('probe') }))
    })
    await new Promise<void>(done => probeServer.listen(0, '127.0.0.1', done))
    probeUrl = `http://127.0.0.1:${(probeServer.address() as AddressInfo).port}/version`
  })
  afterAll(() => new Promise<void>(done => probeServer.close(() => done())))

  it('no deploy output, approval comment or probe response issues a workflow command', async () => {
    const run = fixture.newRelease()
    const script = join(run.box.demo, 'scripts', 'deploy_backend.sh')
    // printf reads \r and \n in its format as CR and LF; the planted text holds no % or '.
    const printPlanted = `printf '${planted('deploy').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}\\n'`
    writeFileSync(
      script,
      readFileSync(script, 'utf8').replace('set -euo pipefail\n', `set -euo pipefail\n${printPlanted}\n`)
    )
    const config = join(run.box.demo, 'release-gate.yml')
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        '  production:\n    - id: backend-version\n',
        `  production:\n    - id: probe-echo\n      url: ${probeUrl}\n      expect-json: { /version: '\${tag}' }\n      expect-headers: { x-note: fine }\n    - id: backend-version\n`
      )
    )
    approveProduction(run, planted('comment'))

    const staging = await throughStaging(run)
    const production = await run.step(run.checkout(), phase('production'), { jobId: 'production' })

    // The planted text reached the log (as text), and the check that quoted the probe failed.
    for (const marker of ['INJECTED-deploy-after-cr', 'INJECTED-comment-v1', 'INJECTED-probe-v1'])
      expect(production.log).toContain(marker)
    expect(staging.log).toContain('INJECTED-deploy-v1')
    expect(production.code).not.toBe(0)
    expect(foreignCommands(staging.log)).toEqual([])
    expect(foreignCommands(production.log)).toEqual([])
    expect(foreignCommands(production.postLog)).toEqual([])
    // Three jobs and a rollback after the failed check.
  }, 120_000)
})

// The bundled action runs the demo's deploy scripts behind a wrapper that prints its whole environment (`env`) before
// deploying, as a careless or malicious script would. The deployment reports keep that output and are uploaded as
// artifacts, which the runner does not mask: no secret of the `secrets` input, no token, none of the runner's
// credentials and no file-command path may be in them. A variable the config names under pass-env must get through.
const JOB_TOKEN = 'ghs_test-token'
const PEM = [
  '-----BEGIN PRIVATE KEY-----',
  ...Array.from({ length: 12 }, (_, i) =>
    Buffer.from(`planted key line ${i} `.padEnd(48, String.fromCharCode(75 + i))).toString('base64')
  ),
  '-----END PRIVATE KEY-----'
].join('\n')
/** What `secrets: ${{ toJSON(secrets) }}` hands the action: one secret the config lists, the rest not. */
const SECRETS_INPUT: Record<string, string> = {
  DEPLOY_TOKEN: 'listed-deploy-token-0123456789',
  DATABASE_URL: 'postgres://admin:unlisted-db-password-42@db.internal/shop',
  SIGNING_KEY_PEM: PEM,
  github_token: JOB_TOKEN
}
const RUNNER_CREDENTIALS = {
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-0123456789',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example.invalid/request?audience=planted'
}
const PASSED_THROUGH = { EXTRA_DEPLOY_REGION: 'eu-west-7-planted' }

describe('the environment of the commands the action runs', () => {
  it('holds no secret, token, runner credential or file-command path, and the pass-env variables', async () => {
    const run = fixture.newRelease()
    approveProduction(run)
    const box = run.box
    // The deploy commands print their environment first, then deploy.
    writeFileSync(join(box.demo, 'scripts', 'env_then.sh'), 'env\nexec "$@"\n')
    const configPath = join(box.demo, 'release-gate.yml')
    const config = readFileSync(configPath, 'utf8')
    writeFileSync(
      configPath,
      config
        .replace(/deploy: bash scripts\//g, 'deploy: bash scripts/env_then.sh bash scripts/')
        .replace("pass-env: ['DEMO_*']", "pass-env: ['DEMO_*', 'EXTRA_*', '*_URL', 'ACTIONS_*', 'INPUT_*']") +
        '\nsecrets: [DEPLOY_TOKEN]\n'
    )
    const env = { ...RUNNER_CREDENTIALS, ...PASSED_THROUGH }
    const workspaces: string[] = []
    for (const name of ['readiness', 'staging', 'production']) {
      const workspace = run.checkout()
      workspaces.push(workspace)
      const step = await run.step(workspace, phase(name, { secrets: JSON.stringify(SECRETS_INPUT) }), {
        jobId: name,
        env
      })
      expect([name, step.code, step.log]).toEqual([name, 0, expect.stringContaining('COMPLETE]')])
    }

    const uploaded = fixture.artifacts.artifacts(String(run.runId)).map(a => a.name)
    expect(uploaded).toEqual(expect.arrayContaining(['release-gate-v1.1.0-3-production']))
    const places: { path: string; text: string }[] = []
    for (const name of uploaded)
      for (const [path, content] of await fixture.artifacts.files(name, String(run.runId)))
        places.push({ path: `${name}/${path}`, text: content.toString('utf8') })
    for (const workspace of workspaces) places.push(...filesBelow(join(workspace, '.artifacts')))

    // The artifact service's ACTIONS_RUNTIME_TOKEN is a JWT minted per step: its header and claims begin the same.
    const runtimeTokenStart = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"scp":"Actions.Generic').toString('base64url')}`
    const forbiddenValues = [
      runtimeTokenStart,
      ...Object.values(SECRETS_INPUT),
      ...PEM.split('\n').filter(line => line.length > 30),
      JSON.stringify(SECRETS_INPUT),
      ...Object.values(RUNNER_CREDENTIALS)
    ]
    const leaks = places.flatMap(place =>
      forbiddenValues
        .filter(value => place.text.includes(value))
        .map(value => `${place.path}: ${value.slice(0, 24)}`)
    )
    expect(leaks).toEqual([])
    // The deploy commands ran with their environment printed into both deployment reports.
    const reports = places.filter(p => /(staging|production)-deployment-report\.json$/.test(p.path))
    expect(reports.length).toBeGreaterThanOrEqual(2)
    for (const report of reports) {
      expect(report.text).toContain(`EXTRA_DEPLOY_REGION=${PASSED_THROUGH.EXTRA_DEPLOY_REGION}`)
      expect(report.text).toContain('DEPLOY_TOKEN=***')
      expect(report.text).toContain('RELEASE_GATE_TAG=v1.1.0')
      expect(report.text).toContain(`GITHUB_REPOSITORY=${run.repository}`)
      expect(report.text).not.toMatch(
        /\bINPUT_|\bACTIONS_|GITHUB_TOKEN|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_STEP_SUMMARY/
      )
    }

    // The runner's file commands: their directory never appears (rg-runner-* is where the harness keeps them).
    expect(
      places
        .filter(place => /rg-runner-[A-Za-z0-9]+\/(output|state|summary)/.test(place.text))
        .map(p => p.path)
    ).toEqual([])
  })
})
