import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubApi } from '../../src/platform/github/api.js'
import { DeploymentHistory } from '../../src/platform/github/deployments.js'
import { GitHubApiEmulator } from '../emulators/github-api.js'

// The API client against the loopback GitHub API: a GET asked again is conditional (If-None-Match), so an unchanged
// answer costs a 304 that does not count against the rate limit, and a changed one is never served from the cache.

const REPO = 'acme/etags'
let github: GitHubApiEmulator

beforeAll(async () => {
  github = await GitHubApiEmulator.start()
  github.addRepo(REPO)
  github.addRun(REPO, 41)
})
afterAll(() => github.stop())

function client(runId = 41): GitHubApi {
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
    { sleep: async () => undefined }
  )
}

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
