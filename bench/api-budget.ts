import { rmSync } from 'node:fs'
import { ArtifactServiceEmulator } from '../__tests__/emulators/artifact-service.js'
import { GitHubApiEmulator, type RequestLogEntry } from '../__tests__/emulators/github-api.js'
import { WorkflowRun } from '../__tests__/e2e/action-harness.js'
import { DemoSandbox } from '../__tests__/e2e/demo-sandbox.js'
import { note, type Figure } from './measure.js'

const TARGET_REQUESTS = 25
const REVIEWER = { login: 'dana', id: 501 }
const PHASES = ['readiness', 'staging', 'production', 'stabilize', 'report'] as const

/**
 * Figure 6: the GitHub REST requests of one release of the demo (two services) through the bundled action, job by job
 * as the reusable workflow runs it, counted per endpoint by the loopback API emulator. A GET that one step (one
 * process) repeats for the same path and query without If-None-Match and with no write in between is polling without
 * an ETag and is flagged.
 */
export async function apiBudget(portBase: number): Promise<Figure> {
  const github = await GitHubApiEmulator.start()
  const artifacts = await ArtifactServiceEmulator.start()
  const box = new DemoSandbox(portBase)
  const workspaces = new Set<string>()
  try {
    box.baseline('v1.0.0')
    box.upstream()
    const runId = 7001
    const repository = 'acme/shop'
    github.addRepo(repository)
    github.addRun(repository, runId)
    github.addEnvironment(repository, 'staging')
    github.addEnvironment(repository, 'production', { requiredReviewers: [REVIEWER] })
    github.seedDeployment(repository, {
      environment: 'production',
      ref: 'v1.0.0',
      createdAt: '2026-11-20T10:00:00Z',
      statuses: [{ state: 'in_progress' }, { state: 'success' }]
    })
    github.addApproval(repository, runId, {
      environment: 'production',
      state: 'approved',
      user: REVIEWER,
      comment: 'bench'
    })
    const run = new WorkflowRun(box, github, artifacts, runId, repository)
    const byPhase: Record<string, number> = {}
    const stepRequests: Record<string, RequestLogEntry[]> = {}
    let productionJob = ''
    for (const phase of PHASES) {
      // Production and stabilize are steps of one job (one approval, one workspace).
      const workspace = phase === 'stabilize' ? productionJob : run.checkout()
      workspaces.add(workspace)
      if (phase === 'production') productionJob = workspace
      const before = github.requests.length
      const step = await run.step(
        workspace,
        { phase, tag: 'v1.1.0', config: 'release-gate.yml' },
        { jobId: phase }
      )
      if (step.code !== 0) throw new Error(`phase ${phase} exited ${step.code}:\n${step.log}`)
      byPhase[phase] = github.requests.length - before
      stepRequests[phase] = github.requests.slice(before)
    }
    const requests: RequestLogEntry[] = [...github.requests]
    const byEndpoint = github.countBy()
    const pollingWithoutEtag = Object.entries(stepRequests).flatMap(([phase, entries]) =>
      repeatedUnconditionalGets(entries).map(repeat => `${phase}: ${repeat}`)
    )
    const total = requests.length
    note(`GitHub API: ${total} requests; ${JSON.stringify(byEndpoint)}`)
    if (pollingWithoutEtag.length > 0) note(`polling without If-None-Match: ${pollingWithoutEtag.join(', ')}`)
    return {
      id: 'api-budget',
      title: 'GitHub API requests per release (one run, 2 services)',
      value: `${total} requests (${Object.entries(byPhase)
        .map(([phase, n]) => `${phase} ${n}`)
        .join(', ')}); polling GETs without ETag: ${pollingWithoutEtag.length}`,
      target: `≤ ${TARGET_REQUESTS}, no polling without ETags`,
      met: total <= TARGET_REQUESTS && pollingWithoutEtag.length === 0,
      targets: [],
      details: {
        total,
        byPhase,
        byEndpoint,
        conditionalGets: requests.filter(e => e.ifNoneMatch !== undefined).length,
        notModified: requests.filter(e => e.status === 304).length,
        pollingWithoutEtag,
        requests: requests.map(e => `${e.method} ${e.path} ${e.status}`),
        conformanceErrors: github.conformanceErrors
      }
    }
  } finally {
    box.stop()
    rmSync(box.root, { recursive: true, force: true })
    for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true })
    await github.stop()
    await artifacts.stop()
  }
}

/**
 * `path?query ×count` of each GET sent again without If-None-Match while nothing was written in between: polling (or
 * re-reading what cannot have changed). A GET repeated after a write of the client's own reads the change it made.
 */
function repeatedUnconditionalGets(entries: readonly RequestLogEntry[]): string[] {
  const repeats = new Map<string, number>()
  let sinceWrite = new Set<string>()
  for (const entry of entries) {
    if (entry.method !== 'GET') {
      sinceWrite = new Set()
      continue
    }
    const key = `${entry.path}?${new URLSearchParams(entry.query).toString()}`
    if (sinceWrite.has(key) && entry.ifNoneMatch === undefined) repeats.set(key, (repeats.get(key) ?? 1) + 1)
    sinceWrite.add(key)
  }
  return [...repeats].map(([path, count]) => `${path} ×${count}`)
}
