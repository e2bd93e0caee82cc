import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { assertValidEvidence } from '../../src/adapters/evidence/store.js'
import { appendEntry, MANIFEST_FILE, type EvidenceManifest } from '../../src/core/manifest.js'
import { ActionFixture, REVIEWER } from './action-fixture.js'
import { WorkflowRun, type StepResult } from './action-harness.js'
import { sandboxesFrom } from './sandboxes.js'

// The chain of evidence between the jobs of a release, through the bundled action (one process per step) against the
// loopback GitHub API and artifact service, and the honest last word of every phase, through the bundled CLI.

const repo = fileURLToPath(new URL('../..', import.meta.url))
// Above Linux's ephemeral range (32768 to 60999), so no outgoing connection holds a port a demo instance needs.
const fixture = new ActionFixture({
  firstPortBase: 62500,
  firstRunId: 7000,
  repositoryPrefix: 'acme/lineage'
})

/** Production serves v1.0.0 (released by release-gate); a new run, approved by a required reviewer, releases `tag`. */
function newRelease(): WorkflowRun {
  const run = fixture.newRelease()
  fixture.github.addApproval(run.repository, run.runId, {
    environment: 'production',
    state: 'approved',
    user: REVIEWER,
    comment: 'go'
  })
  return run
}

const inputs = (phase: string, tag: string, extra: Record<string, string> = {}): Record<string, string> => ({
  phase,
  tag,
  config: 'release-gate.yml',
  ...extra
})

/** What release.yml passes to the next phase through `needs.<job>.outputs` (or `steps.<id>.outputs`). */
const from = (step: StepResult): Record<string, string> => ({
  'evidence-artifact-id': step.outputs['evidence-artifact-id'] ?? '',
  'evidence-artifact-digest': step.outputs['evidence-artifact-digest'] ?? ''
})

/** Uploads `files` as artifact `name` with the job's runtime token, as any command of that job can. */
async function uploadAsJob(
  run: WorkflowRun,
  jobId: string,
  name: string,
  files: Map<string, Buffer>
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-planted-'))
  for (const [file, content] of files) writeFileSync(join(dir, file), content)
  const script = `import { DefaultArtifactClient } from '@actions/artifact'
const [name, dir, ...files] = process.argv.slice(1)
await new DefaultArtifactClient().uploadArtifact(name, files.map(f => dir + '/' + f), dir)`
  // Not spawnSync: the artifact service answering the upload lives in this process.
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, name, dir, ...files.keys()], {
    cwd: repo,
    env: { ...process.env, ...fixture.artifacts.runtimeEnv({ runId: String(run.runId), jobId }) },
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  if (code !== 0) throw new Error(`planting ${name} failed: ${stderr}`)
}

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex')

describe('the evidence chain between the jobs of a release', () => {
  it('reports the real breach and rollback although a command planted a "healthy" stabilize artifact of a later attempt', async () => {
    const tag = 'v1.1.0-faulty'
    const run = newRelease()
    const readiness = await run.step(run.checkout(), inputs('readiness', tag), { jobId: 'readiness' })
    expect(readiness.code).toBe(0)
    const staging = await run.step(run.checkout(), inputs('staging', tag, from(readiness)), {
      jobId: 'staging'
    })
    expect(staging.code).toBe(0)
    const job = run.checkout()
    const production = await run.step(job, inputs('production', tag, from(staging)), { jobId: 'production' })
    expect(production.code).toBe(0)
    const stabilize = await run.step(job, inputs('stabilize', tag, from(production)), { jobId: 'production' })
    expect(stabilize.outputs['outcome']).toBe('rolled-back')
    expect(await run.box.serving('backend', 'production')).toBe('v1.0.0')

    // The forgery: production's evidence plus a healthy health window, sealed as stabilize with the chain recomputed,
    // uploaded under the name of a later attempt with the runtime token a staging command holds.
    const real = await fixture.artifacts.files(`release-gate-${tag}-4-stabilize`, String(run.runId))
    const breached = JSON.parse((real.get('health-window.json') as Buffer).toString('utf8')) as Record<
      string,
      unknown
    >
    const healthy = { ...breached, verdict: 'healthy', breach: null, rollback: null }
    expect(() => assertValidEvidence('health-window.json', healthy)).not.toThrow()
    const forged = await fixture.artifacts.files(`release-gate-${tag}-3-production`, String(run.runId))
    forged.set('health-window.json', Buffer.from(JSON.stringify(healthy, null, 2) + '\n'))
    const manifest = JSON.parse((forged.get(MANIFEST_FILE) as Buffer).toString('utf8')) as EvidenceManifest
    const listed = [...forged]
      .filter(([file]) => file !== MANIFEST_FILE)
      .map(([file, content]) => ({ file, bytes: content.length, sha256: sha256(content), schema: null }))
    const resealed = appendEntry(manifest, tag, 'stabilize', new Date().toISOString(), listed)
    forged.set(MANIFEST_FILE, Buffer.from(JSON.stringify(resealed, null, 2) + '\n'))
    await uploadAsJob(run, 'staging', `release-gate-${tag}-4-stabilize-attempt9`, forged)

    const report = await run.step(run.checkout(), inputs('report', tag, from(stabilize)), { jobId: 'report' })
    const markdown = (await fixture.artifacts.files(`release-gate-${tag}-5-report`, String(run.runId)))
      .get('DEPLOYMENT-REPORT.md')
      ?.toString('utf8')
    expect(markdown).not.toContain('passed its health window')
    expect(markdown).toContain(`**Rolled back: ${tag} reached production and was rolled back to v1.0.0.**`)
    expect(report.log).toContain(`Evidence restored from artifact release-gate-${tag}-4-stabilize (id `)
    expect(report.log).not.toContain(`restored from artifact release-gate-${tag}-4-stabilize-attempt9`)
    // Each job published the id and digest the next one pinned.
    for (const step of [readiness, staging, production, stabilize, report])
      expect(step.outputs['evidence-artifact-digest']).toMatch(/^sha256:[0-9a-f]{64}$/)
    // The health window's gate is named for a rolled-back outcome, as action.yml promises.
    expect(stabilize.outputs).toMatchObject({ outcome: 'rolled-back', gate: '4' })
    // The report states the release's outcome, with the gate it failed and the CLI's exit code for it.
    expect(report.outputs).toMatchObject({ outcome: 'rolled-back', gate: '4' })
    expect(report.log).toContain(`Phase report of ${tag} ended rolled-back (exit 4).`)
  })

  it('names a corrupted artifact at once, sets the outputs and a summary, and the report job still reports what it knows', async () => {
    const run = newRelease()
    const readiness = await run.step(run.checkout(), inputs('readiness', 'v1.1.0'), { jobId: 'readiness' })
    const staging = await run.step(run.checkout(), inputs('staging', 'v1.1.0', from(readiness)), {
      jobId: 'staging'
    })
    expect(staging.code).toBe(0)
    // The second byte of the first local header's signature: the zip no longer unpacks.
    fixture.artifacts.corruptByte('release-gate-v1.1.0-2-staging', String(run.runId), 1)
    const downloadsBefore = fixture.artifacts.requests.filter(r => r.method === 'BlobDownload').length

    const started = Date.now()
    const production = await run.step(run.checkout(), inputs('production', 'v1.1.0', from(staging)), {
      jobId: 'production'
    })
    const seconds = (Date.now() - started) / 1000
    console.log(`corrupted artifact: production job failed after ${seconds.toFixed(1)} s`)
    expect(production.log).not.toContain('Unable to download and extract artifact')
    expect(production.code).toBe(1)
    expect(production.log).toContain(
      '[ERROR] The evidence of v1.1.0 was altered or corrupted after upload; the production phase will not start. ' +
        'Re-run all jobs of the workflow (not only the failed ones), so that the staging job uploads its evidence again.'
    )
    expect(production.log).toMatch(
      /artifact release-gate-v1\.1\.0-2-staging \(id \d+\) differs from the SHA-256 digest GitHub recorded when it was uploaded \(sha256:[0-9a-f]{64} recorded, sha256:[0-9a-f]{64} downloaded\)/
    )
    // A deterministic failure is not retried: one download, and no 5 s sleeps between tries.
    expect(fixture.artifacts.requests.filter(r => r.method === 'BlobDownload').length - downloadsBefore).toBe(
      1
    )
    expect(seconds).toBeLessThan(20)
    expect(production.outputs).toMatchObject({ outcome: 'halted', gate: '2' })
    expect(production.summary).toContain(
      '## release-gate production: v1.1.0 — ⛔ halted before production was touched'
    )
    expect(production.summary).toContain('differs from the SHA-256 digest')
    expect(run.box.deployed('production', 'v1.1.0')).toBe(false)

    // The report job (if: always()) gets staging's pin, as release.yml passes it when production published nothing.
    const report = await run.step(run.checkout(), inputs('report', 'v1.1.0', from(staging)), {
      jobId: 'report'
    })
    expect(report.log).toContain(
      '[ERROR] The evidence of v1.1.0 was altered or corrupted after upload; the report lists what is known and is not sealed.'
    )
    expect(report.outputs).toMatchObject({ outcome: 'incomplete', gate: '' })
    expect(report.outputs['evidence-artifact-id']).toMatch(/^\d+$/)
    expect(report.summary).toContain('## Evidence chain broken')
    const reported = await fixture.artifacts.files('release-gate-v1.1.0-5-report', String(run.runId))
    expect([...reported.keys()].sort()).toEqual([
      'DEPLOYMENT-REPORT.html',
      'DEPLOYMENT-REPORT.md',
      'retrospective-inputs.json'
    ])
    expect(reported.get('DEPLOYMENT-REPORT.md')?.toString('utf8')).toContain(
      '**Incomplete: the protocol for v1.1.0 has not finished.**'
    )
    expect(JSON.parse(reported.get('retrospective-inputs.json')?.toString('utf8') ?? '{}')).toMatchObject({
      outcome: 'incomplete'
    })
  })
})

describe('the last word of the CLI', () => {
  const sandbox = sandboxesFrom(63200).released
  const APPROVE = ['--approve', 'e2e-approver', '--comment', 'approved by the test']
  const lastJson = (stdout: string): Record<string, unknown> =>
    JSON.parse(stdout.trim().split('\n').pop() as string) as Record<string, unknown>

  it('says exit 130 on the final line and in --json when SIGINT stops the health window, and exits 130', async () => {
    const box = sandbox()
    const run = await box.cliInterrupted(
      ['run', '--tag', 'v1.1.0', ...APPROVE, '--json'],
      '[PHASE 4 START]',
      'SIGINT'
    )
    // Under load a gate can halt the demo first (exit 3 on one CI run): say which, for whoever reads the failure.
    if (run.code !== 130) console.log(run.output)
    expect(run.code).toBe(130)
    expect(run.output).toContain(
      'release-gate: v1.1.0 INTERRUPTED: interrupted by SIGINT during the stabilize phase (exit 130);'
    )
    expect(run.output).not.toContain('(exit 1)')
    expect(lastJson(run.stdout)).toMatchObject({ outcome: 'interrupted', exitCode: 130, gate: null })
  })

  it('states a rolled-back release in `phase report`: the line, --json and the exit code', async () => {
    const box = sandbox()
    const release = await box.cli(['run', '--tag', 'v1.1.0-faulty', ...APPROVE])
    if (release.code !== 4) console.log(release.output)
    expect(release.code).toBe(4)
    const report = await box.cli(['phase', 'report', '--tag', 'v1.1.0-faulty', '--json'])
    expect(report.output).toContain('release-gate: v1.1.0-faulty was rolled back at Gate 4: ')
    expect(report.output).toContain('(exit 4); Report: ')
    expect(report.output).not.toContain('v1.1.0-faulty passed')
    expect(lastJson(report.stdout)).toMatchObject({ outcome: 'rolled-back', gate: 4, exitCode: 4 })
    expect(report.code).toBe(4)
  })
})
