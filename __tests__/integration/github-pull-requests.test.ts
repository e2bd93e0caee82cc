import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubApi } from '../../src/adapters/github/api.js'
import { GitHubPullRequests, MAX_PULL_REQUESTS } from '../../src/adapters/github/pull-requests.js'
import { GitHubApiEmulator } from '../emulators/github-api.js'

// The release manifest's pull request details through the real API client against the loopback GitHub API.

const REPO = 'acme/manifest'
let github: GitHubApiEmulator
let api: GitHubApi

beforeAll(async () => {
  github = await GitHubApiEmulator.start()
  github.addRepo(REPO)
  github.addPullRequest(REPO, {
    number: 21,
    title: 'New greeting format',
    user: { login: 'dana', id: 1 },
    labels: ['breaking'],
    mergedAt: '2026-11-20T10:00:00Z',
    reviews: [
      { user: { login: 'sam', id: 2 }, state: 'CHANGES_REQUESTED' },
      { user: { login: 'sam', id: 2 }, state: 'APPROVED' },
      { user: { login: 'kim', id: 3 }, state: 'COMMENTED' }
    ]
  })
  github.addPullRequest(REPO, { number: 22, title: 'Drain before rollback', user: { login: 'kim', id: 3 } })
  api = new GitHubApi(
    'ghs_test',
    {
      owner: 'acme',
      repo: 'manifest',
      runId: 1,
      runAttempt: 1,
      actor: 'dana',
      serverUrl: 'https://github.com',
      apiUrl: github.url,
      sha: ''
    },
    { sleep: async () => undefined }
  )
})
afterAll(async () => {
  await github.stop()
})

describe('pull request details for the release manifest', () => {
  it('reads titles, authors, labels and who approved, and notes a pull request it cannot read', async () => {
    const result = await new GitHubPullRequests(api).details([22, 21, 99])
    expect(result.pullRequests).toEqual([
      expect.objectContaining({
        number: 21,
        title: 'New greeting format',
        author: 'dana',
        labels: ['breaking'],
        approvedBy: ['sam']
      }),
      expect.objectContaining({ number: 22, title: 'Drain before rollback', author: 'kim', approvedBy: [] })
    ])
    expect(result.notes.join('\n')).toContain(
      'pull request #99: GitHub API GET /repos/{owner}/{repo}/pulls/{pull_number} failed: HTTP 404'
    )
    expect(github.conformanceErrors).toEqual([])
  })

  it('stays within its request budget on a release with many pull requests', async () => {
    const before = github.requests.length
    const numbers = Array.from({ length: 25 }, (_, i) => 100 + i)
    const result = await new GitHubPullRequests(api).details(numbers)
    expect(github.requests.length - before).toBe(MAX_PULL_REQUESTS)
    expect(result.notes[0]).toBe('15 older pull request(s) not looked up (at most 10 per release)')
  })
})
