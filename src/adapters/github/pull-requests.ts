import { messageOf } from '../../core/errors.js'
import type { PullRequestDetails, PullRequestSource } from '../../core/ports.js'
import type { GitHubApi } from './api.js'

/** At most this many pull requests are looked up per release: two requests each, within the run's API budget. */
export const MAX_PULL_REQUESTS = 10

/**
 * Pull request titles, labels and reviewers for the release manifest. A lookup that fails is a note, never a
 * failed release: the manifest is still right without the titles.
 */
export class GitHubPullRequests implements PullRequestSource {
  constructor(private readonly api: GitHubApi) {}

  async details(
    numbers: readonly number[]
  ): Promise<{ pullRequests: PullRequestDetails[]; notes: string[] }> {
    const notes: string[] = []
    const wanted = [...numbers].sort((a, b) => b - a).slice(0, MAX_PULL_REQUESTS)
    if (numbers.length > wanted.length)
      notes.push(
        `${numbers.length - wanted.length} older pull request(s) not looked up (at most ${MAX_PULL_REQUESTS} per release)`
      )
    const pullRequests: PullRequestDetails[] = []
    for (const number of wanted) {
      try {
        const pull = await this.api.pullRequest(number)
        const reviews = await this.api.pullRequestReviews(number)
        pullRequests.push({
          ...pull,
          approvedBy: [...new Set(reviews.filter(r => r.state === 'APPROVED').map(r => r.reviewer))]
        })
      } catch (error) {
        notes.push(`pull request #${number}: ${messageOf(error)}`)
      }
    }
    return { pullRequests: pullRequests.sort((a, b) => a.number - b.number), notes }
  }
}
