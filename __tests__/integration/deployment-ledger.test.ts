import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubApi } from '../../src/adapters/github/api.js'
import { DeploymentHistory } from '../../src/adapters/github/deployments.js'
import { rollbackTarget, serving, type Ledger } from '../../src/core/ledger.js'
import type { ReleaseEntry } from '../../src/core/ports.js'
import { resolveRollback } from '../../src/phases/rollback/manual.js'
import { GitHubApiEmulator } from '../emulators/github-api.js'
import { MemoryHistory } from '../fakes.js'

// The release ledger over GitHub's Deployments API, against the loopback GitHub API: the same machine as the local
// file (every event, recorded by successive workflow runs, leaves the ledger the memory store folds from the same
// events), and the rollback target after a manual rollback and a later automatic one (issue 18).

let github: GitHubApiEmulator
beforeAll(async () => {
  github = await GitHubApiEmulator.start()
})
afterAll(() => github.stop())

let repositories = 0
/** A fresh repository, and a client for it as workflow run `runId` would have. */
function repository(): (runId: number) => GitHubApi {
  const repo = `ledger-${++repositories}`
  github.addRepo(`acme/${repo}`)
  return runId =>
    new GitHubApi(
      'ghs_test',
      {
        owner: 'acme',
        repo,
        runId,
        runAttempt: 1,
        actor: 'dana',
        serverUrl: 'https://github.com',
        apiUrl: github.url,
        sha: ''
      },
      { sleep: async () => undefined },
      () => undefined,
      { attempts: 2, baseDelayMs: 1, maxDelayMs: 10 },
      30_000
    )
}

/** What the tests compare: the state, what serves, and where a rollback goes. */
const view = (ledger: Ledger) => ({
  state: ledger.state.kind,
  release: ledger.state.release,
  serving: serving(ledger),
  target: rollbackTarget(ledger)
})

const releaseOf = (runId: number) => ({ releaseGate: { runId, runAttempt: 1, trigger: 'release' } })
const rollbackOf = (runId: number) => ({ releaseGate: { runId, runAttempt: 1, trigger: 'rollback' } })

describe('the release ledger on GitHub deployments', () => {
  it('folds the same machine as the local store, event by event, across workflow runs', async () => {
    const client = repository()
    const memory = new MemoryHistory()
    // Each release (and each rollback) is its own workflow run: [run, event].
    const events: [number, Omit<ReleaseEntry, 'recordedAt'>][] = [
      [1, { tag: 'v1.0.0', environment: 'production', status: 'in-progress' }],
      [1, { tag: 'v1.0.0', environment: 'production', status: 'health-window' }],
      [1, { tag: 'v1.0.0', environment: 'production', status: 'released' }],
      [2, { tag: 'v1.1.0', environment: 'production', status: 'in-progress' }],
      [2, { tag: 'v1.1.0', environment: 'production', status: 'health-window' }],
      [2, { tag: 'v1.1.0', environment: 'production', status: 'released' }],
      [3, { tag: 'v1.2.0', environment: 'production', status: 'in-progress' }],
      [3, { tag: 'v1.2.0', environment: 'production', status: 'health-window' }],
      [3, { tag: 'v1.2.0', environment: 'production', status: 'breach-left', note: 'health api failed' }],
      [4, { tag: 'v1.2.0', environment: 'production', status: 'rollback-started', target: 'v1.1.0' }],
      [4, { tag: 'v1.1.0', environment: 'production', status: 'rollback-target' }],
      [5, { tag: 'v1.3.0', environment: 'production', status: 'in-progress' }],
      [5, { tag: 'v1.3.0', environment: 'production', status: 'health-window' }],
      [5, { tag: 'v1.3.0', environment: 'production', status: 'rollback-started', target: 'v1.1.0' }],
      [5, { tag: 'v1.3.0', environment: 'production', status: 'interrupted', note: 'SIGINT' }],
      [6, { tag: 'v1.3.0', environment: 'production', status: 'rollback-started', target: 'v1.1.0' }],
      [6, { tag: 'v1.3.0', environment: 'production', status: 'rollback-failed' }],
      [7, { tag: 'v1.3.0', environment: 'production', status: 'rollback-started', target: 'v1.1.0' }],
      [7, { tag: 'v1.1.0', environment: 'production', status: 'rollback-target' }],
      [7, { tag: 'v1.3.0', environment: 'production', status: 'rolled-back' }]
    ]
    const histories = new Map<number, DeploymentHistory>()
    for (const [runId, event] of events) {
      const history = histories.get(runId) ?? new DeploymentHistory(client(runId))
      histories.set(runId, history)
      await history.record(event)
      await memory.record(event)
      // A later job of the run (another process) reads the ledger afresh.
      const fresh = new DeploymentHistory(client(runId + 100))
      expect({ event, ...view(await fresh.ledger('production')) }).toEqual({
        event,
        ...view(await memory.ledger('production'))
      })
    }
    expect(view(await new DeploymentHistory(client(99)).ledger('production'))).toEqual({
      state: 'rolled-back',
      release: 'v1.3.0',
      serving: 'v1.1.0',
      target: 'v1.0.0'
    })
  })

  it('pages back through more than 100 deployments until it has the last release that passed its health window', async () => {
    const client = repository()
    const memory = new MemoryHistory()
    const record = async (history: DeploymentHistory, event: Omit<ReleaseEntry, 'recordedAt'>) => {
      await history.record(event)
      await memory.record(event)
    }
    await record(new DeploymentHistory(client(1)), {
      tag: 'v1.0.0',
      environment: 'production',
      status: 'released'
    })
    await record(new DeploymentHistory(client(2)), {
      tag: 'v1.1.0',
      environment: 'production',
      status: 'released'
    })
    // 60 releases since, each rolled back to v1.1.0 by its own run: two deployments each (the release's and its
    // rollback's), so v1.1.0's and v1.0.0's own deployments are beyond the newest page of 100.
    for (let n = 1; n <= 60; n++) {
      const history = new DeploymentHistory(client(2 + n))
      const tag = `v2.${n}.0`
      for (const status of ['in-progress', 'health-window'] as const)
        await record(history, { tag, environment: 'production', status })
      await record(history, { tag, environment: 'production', status: 'rollback-started', target: 'v1.1.0' })
      await record(history, { tag: 'v1.1.0', environment: 'production', status: 'rollback-target' })
      await record(history, { tag, environment: 'production', status: 'rolled-back' })
    }
    expect(github.deployments(`acme/ledger-${repositories}`).length).toBeGreaterThan(100)
    const ledger = await new DeploymentHistory(client(99)).ledger('production')
    const expected = await memory.ledger('production')
    expect(view(ledger)).toEqual(view(expected))
    expect(view(ledger)).toEqual({
      state: 'rolled-back',
      release: 'v2.60.0',
      serving: 'v1.1.0',
      target: 'v1.0.0'
    })
    // A new release would roll back to v1.1.0, the last release that passed its health window.
    expect(rollbackTarget(ledger, 'v3.0.0')).toBe('v1.1.0')
  }, 60_000)

  it('refuses a start over an unresolved environment, naming the command that resolves it', async () => {
    const client = repository()
    const first = new DeploymentHistory(client(1))
    await first.record({ tag: 'v1.0.0', environment: 'production', status: 'released' })
    expect(await first.begin('production', 'v1.1.0')).toBeNull()
    await first.record({ tag: 'v1.1.0', environment: 'production', status: 'health-window' })
    await first.record({ tag: 'v1.1.0', environment: 'production', status: 'breach-left' })
    const refusal = await new DeploymentHistory(client(2)).begin('production', 'v1.2.0')
    expect(refusal).toMatchObject({ state: 'breached-left' })
    expect(refusal?.resolve).toContain('release-gate rollback --env production')
    // The refused run created no deployment of its release.
    expect(github.deployments('acme/' + `ledger-${repositories}`).map(d => d.deployment.ref)).not.toContain(
      'v1.2.0'
    )
  })

  it('does not return to a release rolled back by hand, although it once had a success status', async () => {
    const client = repository()
    const repo = `acme/ledger-${repositories}`
    // As GitHub holds it after release-gate before the ledger: v1.0.0 and v1.1.0 released; v1.1.0 rolled back by
    // hand to v1.0.0; v1.2.0 released over v1.0.0 and rolled back automatically.
    github.seedDeployment(repo, {
      environment: 'production',
      ref: 'v1.0.0',
      payload: releaseOf(1),
      statuses: [{ state: 'in_progress' }, { state: 'success', description: 'release-gate: v1.0.0 released' }]
    })
    github.seedDeployment(repo, {
      environment: 'production',
      ref: 'v1.1.0',
      payload: releaseOf(2),
      statuses: [{ state: 'in_progress' }, { state: 'success', description: 'release-gate: v1.1.0 released' }]
    })
    github.seedDeployment(repo, {
      environment: 'production',
      ref: 'v1.0.0',
      task: 'deploy:rollback',
      payload: rollbackOf(3),
      statuses: [{ state: 'success', description: 'release-gate: rolled back to v1.0.0 (manual)' }]
    })
    github.seedDeployment(repo, {
      environment: 'production',
      ref: 'v1.2.0',
      payload: releaseOf(4),
      statuses: [
        { state: 'in_progress', description: 'release-gate: deploying v1.2.0' },
        { state: 'failure', description: 'release-gate: v1.2.0 rolled back: health api failed' }
      ]
    })
    github.seedDeployment(repo, {
      environment: 'production',
      ref: 'v1.0.0',
      task: 'deploy:rollback',
      payload: rollbackOf(4),
      statuses: [{ state: 'success', description: 'release-gate: rolled back to v1.0.0 (health breach)' }]
    })
    const history = new DeploymentHistory(client(5))
    expect(serving(await history.ledger('production'))).toBe('v1.0.0')
    await expect(resolveRollback(history, { environment: 'production' })).rejects.toThrow(
      'No rollback target known for production'
    )
  })

  it('ignores a rollback deployment whose payload names a release that is not a release tag', async () => {
    const client = repository()
    const repo = `acme/ledger-${repositories}`
    github.seedDeployment(repo, {
      environment: 'production',
      ref: 'v1.0.0',
      payload: releaseOf(1),
      statuses: [{ state: 'success' }]
    })
    github.seedDeployment(repo, {
      environment: 'production',
      ref: 'v1.0.0',
      task: 'deploy:rollback',
      payload: {
        releaseGate: { runId: 2, runAttempt: 1, trigger: 'rollback', from: '--kubeconfig=/tmp/evil' }
      },
      statuses: [{ state: 'in_progress', description: 'release-gate [rollback-started]: rolling back' }]
    })
    expect(view(await new DeploymentHistory(client(3)).ledger('production'))).toEqual({
      state: 'serving',
      release: 'v1.0.0',
      serving: 'v1.0.0',
      target: null
    })
  })
})
