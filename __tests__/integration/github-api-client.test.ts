import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubApi } from '../../src/adapters/github/api.js'
import { DeploymentHistory } from '../../src/adapters/github/deployments.js'
import { mayStart, rollbackTarget, serving } from '../../src/core/ledger.js'
import { GitHubApiEmulator } from '../emulators/github-api.js'

// The API client against the loopback GitHub API: faults injected by the emulator are retried a bounded number of
// times with no write done twice, and a GET asked again is conditional (If-None-Match), so an unchanged answer costs a
// 304 that does not count against the rate limit, and a changed one is never served from the cache.

const REPO = 'acme/etags'
let github: GitHubApiEmulator

beforeAll(async () => {
  github = await GitHubApiEmulator.start()
  github.addRepo(REPO)
  github.addRun(REPO, 41)
})
afterAll(() => github.stop())

function client(runId = 41, timeoutMs = 30_000): GitHubApi {
  return new GitHubApi(
    'ghs_test',
    {
      owner: 'acme',
      repo: 'etags',
      runId,
      runAttempt: 1,
      actor: 'dana',
      serverUrl: 'https://github.com',
      apiUrl: github.url,
      sha: ''
    },
    { sleep: async () => undefined },
    () => undefined,
    { attempts: 4, baseDelayMs: 1, maxDelayMs: 60_000 },
    timeoutMs
  )
}

const PAYLOAD = { releaseGate: { runId: 41, runAttempt: 1, trigger: 'release' } }

describe('faults', () => {
  it.each([
    ['a 502', { status: 502 as const }],
    ['a 429 with retry-after', { status: 429 as const, retryAfter: 0 }],
    [
      'a secondary rate limit (403 with retry-after)',
      { status: 403 as const, secondaryRateLimit: true as const, retryAfter: 0 }
    ],
    ['a connection reset', { reset: true as const }]
  ])('retries %s and answers', async (_, fault) => {
    github.failNext({ method: 'GET', path: /\/environments\/staging$/ }, fault)
    github.addEnvironment(REPO, 'staging')
    const environment = await client().environment('staging')
    expect(environment?.name).toBe('staging')
  })

  it('gives a clear error after the last try, naming the call, the tries and the status', async () => {
    github.failNext({ method: 'GET', path: /\/environments\/qa$/ }, { status: 500 }, 4)
    await expect(client().environment('qa')).rejects.toThrow(
      'GitHub API GET /repos/{owner}/{repo}/environments/{environment_name} failed after 4 tries: HTTP 500'
    )
  })

  it('times out an answer that does not come, and tries again', async () => {
    github.addEnvironment(REPO, 'canary')
    github.failNext({ method: 'GET', path: /\/environments\/canary$/ }, { delayMs: 2000 })
    const environment = await client(41, 300).environment('canary')
    expect(environment?.name).toBe('canary')
  })

  it('creates one deployment when the answer to the create is lost, and sets one status when that answer is lost', async () => {
    const api = client()
    const before = github.deployments(REPO).length
    github.failNext({ method: 'POST', path: /\/deployments$/ }, { resetAfterHandling: true })
    const findOwn = async () =>
      (await api.deployments('prod-timeout', 'v3.0.0')).find(
        d => JSON.stringify(d.payload) === JSON.stringify(PAYLOAD)
      )
    const created = await api.createDeployment(
      {
        ref: 'v3.0.0',
        environment: 'prod-timeout',
        task: 'deploy',
        description: 'release-gate: release v3.0.0',
        payload: PAYLOAD,
        productionEnvironment: true
      },
      findOwn
    )
    const records = github.deployments(REPO).slice(before)
    expect(records.map(r => r.deployment.ref)).toEqual(['v3.0.0'])
    expect(records[0]?.deployment.id).toBe(created.id)

    github.failNext({ method: 'POST', path: /\/statuses$/ }, { resetAfterHandling: true })
    await api.setDeploymentState(created.id, 'in_progress', 'release-gate: deploying v3.0.0')
    await new Promise(resolve => setTimeout(resolve, 1000))
    expect(
      github
        .deployments(REPO)
        .find(r => r.deployment.id === created.id)
        ?.statuses.map(s => s.state)
    ).toEqual(['in_progress'])
  })
})

describe('conditional requests', () => {
  it('asks again with the etag, takes a 304 as the answer it has, and fetches anew once the data changed', async () => {
    github.seedDeployment(REPO, {
      environment: 'production',
      ref: 'v1.0.0',
      statuses: [{ state: 'success' }]
    })
    const api = client()
    const before = github.requests.length
    const first = await api.deployments('production')
    const second = await api.deployments('production')
    expect(second).toEqual(first)
    expect(api.notModified).toBe(1)
    github.seedDeployment(REPO, { environment: 'production', ref: 'v1.1.0', statuses: [] })
    const third = await api.deployments('production')
    expect(third.map(d => d.ref)).toEqual(['v1.1.0', 'v1.0.0'])
    const asked = github.requests.slice(before)
    expect(asked.map(r => r.status)).toEqual([200, 304, 200])
    expect(asked[0]?.ifNoneMatch).toBeUndefined()
    expect(asked[1]?.ifNoneMatch).toMatch(/^"[0-9a-f]{64}"$/)
    expect(github.conformanceErrors).toEqual([])
  })

  it('makes every repeated read of a release conditional: no GET is asked twice without its etag', async () => {
    const api = client(42)
    github.addRun(REPO, 42)
    const history = new DeploymentHistory(api)
    const before = github.requests.length
    expect(await history.begin('staging', 'v2.0.0')).toBeNull()
    await history.record({ tag: 'v2.0.0', environment: 'staging', status: 'released' })
    expect(serving(await history.ledger('staging'))).toBe('v2.0.0')
    const gets = github.requests.slice(before).filter(r => r.method === 'GET')
    const seen = new Set<string>()
    for (const request of gets) {
      const key = `${request.path}?${JSON.stringify(request.query)}`
      if (seen.has(key)) expect(request.ifNoneMatch).toBeDefined()
      seen.add(key)
    }
    // Some GETs were repeated (the check above had something to check).
    expect(gets.length).toBeGreaterThan(seen.size)
  })
})

describe('the release history read from the Deployments API', () => {
  const releaseGatePayload = { releaseGate: { runId: 1, runAttempt: 1, trigger: 'release' } }

  it.each([
    ['a ref that is an option, without release-gate payload', '--post-renderer=/tmp/evil', {}],
    ['a ref that is an option, with release-gate payload', '--kubeconfig=/tmp/evil', releaseGatePayload],
    ['a semver ref without release-gate payload', 'v9.9.9', {}]
  ])('ignores %s: it never becomes the current release or a rollback target', async (_name, ref, payload) => {
    const repository = `acme/planted-${ref.length}-${Object.keys(payload).length}`
    github.addRepo(repository)
    github.addRun(repository, 41)
    github.seedDeployment(repository, {
      environment: 'production',
      ref: 'v1.0.0',
      payload: releaseGatePayload,
      createdAt: '2026-11-01T10:00:00Z',
      statuses: [{ state: 'success' }]
    })
    github.seedDeployment(repository, {
      environment: 'production',
      ref,
      payload,
      createdAt: '2026-11-02T10:00:00Z',
      statuses: [{ state: 'in_progress' }]
    })
    github.seedDeployment(repository, {
      environment: 'production',
      ref,
      payload,
      createdAt: '2026-11-03T10:00:00Z',
      statuses: [{ state: 'success' }]
    })
    const [owner, repo] = repository.split('/') as [string, string]
    const api = new GitHubApi(
      'ghs_test',
      {
        owner,
        repo,
        runId: 41,
        runAttempt: 1,
        actor: 'dana',
        serverUrl: 'https://github.com',
        apiUrl: github.url,
        sha: ''
      },
      { sleep: async () => undefined },
      () => undefined
    )
    const history = new DeploymentHistory(api)
    const ledger = await history.ledger('production')
    expect(serving(ledger)).toBe('v1.0.0')
    expect(rollbackTarget(ledger, 'v1.1.0')).toBe('v1.0.0')
    expect(mayStart(ledger, 'v1.1.0')).toBeNull()
    expect(ledger.served).toEqual(['v1.0.0'])
  })
})
