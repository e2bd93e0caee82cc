import type { getOctokit } from '@actions/github'
import type { Clock, EnvironmentProtection, RunApproval } from '../../core/ports.js'

export type { EnvironmentProtection, RunApproval }
import { DEFAULT_RETRY, withRetry, type CallFailure, type RetryPolicy } from '../retry.js'

/** The repository and run this job belongs to, from the runner's GITHUB_* variables. */
export interface RunCoordinates {
  owner: string
  repo: string
  runId: number
  runAttempt: number
  /** Who started the run (GITHUB_TRIGGERING_ACTOR, else GITHUB_ACTOR): the self-approval check compares against it. */
  actor: string
  /** Everyone the runner names as having started or re-run the run (GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR). */
  actors?: string[]
  /** The login of whoever created the release tag, where the checkout's git names one (`adapters/git/tagger.ts`). */
  tagger?: string
  serverUrl: string
  apiUrl: string
  sha: string
}

/** A deployment record as release-gate uses it. */
export interface DeploymentRecord {
  id: number
  ref: string
  environment: string
  task: string
  createdAt: string
  payload: unknown
}

/** Deployment status states release-gate writes. */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'

type Octokit = ReturnType<typeof getOctokit>

/** A deployment as the API answers it, in the fields release-gate reads. */
type DeploymentData = {
  id: number
  ref: string
  environment: string
  task: string
  created_at: string
  payload: unknown
}

const toDeploymentRecord = (d: DeploymentData): DeploymentRecord => ({
  id: d.id,
  ref: d.ref,
  environment: d.environment,
  task: d.task,
  createdAt: d.created_at,
  payload: d.payload
})

/** The REST calls release-gate makes, each retried under one policy; the only module that talks to the GitHub API. */
export class GitHubApi {
  /** Made on the first request: the GitHub HTTP stack (Octokit, undici) loads only in a phase that calls GitHub. */
  private octokit: Promise<Octokit> | undefined
  /** Requests made, by route, so a run can report its API budget. */
  readonly calls = new Map<string, number>()
  /** Conditional GETs GitHub answered 304 Not Modified (free of rate limit). */
  notModified = 0
  private readonly etagged = new Map<
    string,
    { etag: string; answer: { data: unknown; hasNextPage: boolean } }
  >()

  constructor(
    private readonly token: string,
    readonly run: RunCoordinates,
    private readonly clock: Pick<Clock, 'sleep'>,
    private readonly onRetry: (line: string) => void = () => undefined,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
    private readonly timeoutMs = 30_000
  ) {}

  private client(): Promise<Octokit> {
    this.octokit ??= import('@actions/github').then(({ getOctokit }) =>
      getOctokit(this.token, { baseUrl: this.run.apiUrl })
    )
    return this.octokit
  }

  private async call<T>(
    route: string,
    parameters: Record<string, unknown>,
    recover?: () => Promise<T | undefined>
  ): Promise<T> {
    const recovered = recover
      ? async () => {
          const data = await recover()
          return data === undefined ? undefined : { data, hasNextPage: false }
        }
      : undefined
    return (await this.page<T>(route, parameters, recovered)).data
  }

  /** One GET (or write) and whether GitHub's `link` header names a next page of it. */
  private async page<T>(
    route: string,
    parameters: Record<string, unknown>,
    recover?: () => Promise<{ data: T; hasNextPage: boolean } | undefined>
  ): Promise<{ data: T; hasNextPage: boolean }> {
    // A GET asked again (deployments and their statuses are read more than once per phase) is conditional: GitHub
    // answers 304 without a body, and a 304 does not count against the rate limit.
    const cacheKey = route.startsWith('GET ') ? `${route} ${JSON.stringify(parameters)}` : null
    const cached = cacheKey ? this.etagged.get(cacheKey) : undefined
    return withRetry(
      `GitHub API ${route}`,
      async () => {
        this.calls.set(route, (this.calls.get(route) ?? 0) + 1)
        try {
          const response = await (
            await this.client()
          ).request(route, {
            owner: this.run.owner,
            repo: this.run.repo,
            ...parameters,
            ...(cached ? { headers: { 'if-none-match': cached.etag } } : {}),
            request: { signal: AbortSignal.timeout(this.timeoutMs) }
          })
          const etag = response.headers.etag
          const answer = {
            data: response.data as T,
            hasNextPage: /rel="next"/.test(response.headers.link ?? '')
          }
          if (cacheKey && typeof etag === 'string') this.etagged.set(cacheKey, { etag, answer })
          return answer
        } catch (error) {
          if (cached && (error as { status?: number }).status === 304) {
            this.notModified++
            return cached.answer as { data: T; hasNextPage: boolean }
          }
          throw error
        }
      },
      {
        policy: this.policy,
        clock: this.clock,
        describe: describeOctokitError,
        onRetry: this.onRetry,
        ...(recover ? { recover } : {})
      }
    )
  }

  /** GET /repos/{owner}/{repo}/environments/{name}; null when the environment does not exist. */
  async environment(name: string): Promise<EnvironmentProtection | null> {
    let data: {
      name: string
      protection_rules?: {
        type: string
        prevent_self_review?: boolean
        reviewers?: { type?: string; reviewer?: { login?: string; slug?: string; name?: string } | null }[]
      }[]
    }
    try {
      data = await this.call('GET /repos/{owner}/{repo}/environments/{environment_name}', {
        environment_name: name
      })
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null
      throw error
    }
    const rule = data.protection_rules?.find(r => r.type === 'required_reviewers')
    return {
      name: data.name,
      hasReviewersRule: rule !== undefined && (rule.reviewers?.length ?? 0) > 0,
      preventSelfReview: rule?.prevent_self_review === true,
      requiredReviewers: (rule?.reviewers ?? []).map(r => ({
        type: r.type ?? 'User',
        name: r.reviewer?.login ?? r.reviewer?.slug ?? r.reviewer?.name ?? '(unknown)'
      }))
    }
  }

  /** GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals: the reviews of this run's environment deployments. */
  async runApprovals(): Promise<RunApproval[]> {
    const data = await this.call<
      {
        environments: { name?: string }[]
        state: RunApproval['state']
        comment: string
        user: { login: string; id: number }
      }[]
    >('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { run_id: this.run.runId })
    return data.map(a => ({
      environments: a.environments.map(e => e.name ?? ''),
      state: a.state,
      comment: a.comment,
      user: { login: a.user.login, id: a.user.id }
    }))
  }

  /** GET /repos/{owner}/{repo}/deployments for one environment (and ref), newest first. */
  async deployments(environment: string, ref?: string, perPage = 30): Promise<DeploymentRecord[]> {
    const data = await this.call<DeploymentData[]>('GET /repos/{owner}/{repo}/deployments', {
      environment,
      ...(ref === undefined ? {} : { ref }),
      per_page: perPage
    })
    return data.map(toDeploymentRecord)
  }

  /**
   * GET /repos/{owner}/{repo}/deployments for one environment, page `page` (from 1) of 100, newest first, and whether
   * GitHub's `link` header names a next page.
   */
  async deploymentsPage(
    environment: string,
    page: number
  ): Promise<{ deployments: DeploymentRecord[]; hasNextPage: boolean }> {
    const answer = await this.page<DeploymentData[]>('GET /repos/{owner}/{repo}/deployments', {
      environment,
      per_page: 100,
      page
    })
    return { deployments: answer.data.map(toDeploymentRecord), hasNextPage: answer.hasNextPage }
  }

  /** The states a deployment has had, newest first. */
  async deploymentStates(deploymentId: number): Promise<string[]> {
    return (await this.deploymentStatuses(deploymentId)).map(s => s.state)
  }

  /** The statuses of a deployment (id, state, description, time), newest first. */
  async deploymentStatuses(
    deploymentId: number
  ): Promise<{ id: number; state: string; description: string; createdAt: string }[]> {
    const data = await this.call<
      { id: number; state: string; description?: string | null; created_at: string }[]
    >('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      deployment_id: deploymentId,
      per_page: 100
    })
    return data.map(s => ({
      id: s.id,
      state: s.state,
      description: s.description ?? '',
      createdAt: s.created_at
    }))
  }

  /**
   * POST /repos/{owner}/{repo}/deployments: a deployment of `ref` that no commit-status check can block. `existing`
   * finds a deployment an earlier try created although its answer was lost; a retry returns that one instead.
   */
  async createDeployment(
    request: {
      ref: string
      environment: string
      task: string
      description: string
      payload: Record<string, unknown>
      productionEnvironment: boolean
    },
    existing?: () => Promise<DeploymentRecord | undefined>
  ): Promise<DeploymentRecord> {
    const recover = existing
      ? async (): Promise<DeploymentData | undefined> => {
          const found = await existing()
          return found ? { ...found, created_at: found.createdAt } : undefined
        }
      : undefined
    const data = await this.call<DeploymentData>(
      'POST /repos/{owner}/{repo}/deployments',
      {
        ref: request.ref,
        environment: request.environment,
        task: request.task,
        description: request.description.slice(0, 140),
        payload: request.payload,
        auto_merge: false,
        required_contexts: [],
        production_environment: request.productionEnvironment,
        transient_environment: false
      },
      recover
    )
    return toDeploymentRecord(data)
  }

  /** POST /repos/{owner}/{repo}/deployments/{id}/statuses, linking the run's log. */
  async setDeploymentState(
    deploymentId: number,
    state: DeploymentState,
    description: string,
    environmentUrl?: string
  ): Promise<void> {
    const text = description.slice(0, 140)
    // A retry after a lost answer first looks whether the status is there already: one status per change, not two.
    const alreadySet = async (): Promise<true | undefined> => {
      const [newest] = await this.deploymentStatuses(deploymentId)
      return newest?.state === state && newest.description === text ? true : undefined
    }
    await this.call(
      'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      {
        deployment_id: deploymentId,
        state,
        description: text,
        log_url: this.runUrl(),
        ...(environmentUrl ? { environment_url: environmentUrl } : {}),
        auto_inactive: true
      },
      alreadySet
    )
  }

  /** GET /repos/{owner}/{repo}/pulls/{n}: title, author, labels, requested reviewers, merge time. */
  async pullRequest(number: number): Promise<{
    number: number
    title: string
    author: string
    labels: string[]
    requestedReviewers: string[]
    mergedAt: string | null
    url: string
  }> {
    const data = await this.call<{
      number: number
      title: string
      user: { login: string } | null
      labels: { name?: string }[]
      requested_reviewers?: { login: string }[] | null
      merged_at: string | null
      html_url: string
    }>('GET /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: number })
    return {
      number: data.number,
      title: data.title,
      author: data.user?.login ?? '(unknown)',
      labels: data.labels.map(l => l.name ?? '').filter(Boolean),
      requestedReviewers: (data.requested_reviewers ?? []).map(r => r.login),
      mergedAt: data.merged_at,
      url: data.html_url
    }
  }

  /** GET /repos/{owner}/{repo}/pulls/{n}/reviews: who reviewed, and how. */
  async pullRequestReviews(number: number): Promise<{ reviewer: string; state: string }[]> {
    const data = await this.call<{ user: { login: string } | null; state: string }[]>(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      { pull_number: number, per_page: 100 }
    )
    return data.map(r => ({ reviewer: r.user?.login ?? '(unknown)', state: r.state }))
  }

  /** The web page of this run (attempt). */
  runUrl(): string {
    return `${this.run.serverUrl}/${this.run.owner}/${this.run.repo}/actions/runs/${this.run.runId}/attempts/${this.run.runAttempt}`
  }
}

/** Turns what octokit throws into what the retry policy needs. */
export function describeOctokitError(error: unknown): CallFailure {
  const failure = error as {
    status?: number
    message?: string
    code?: string
    response?: { headers?: Record<string, string | number | undefined> }
    cause?: { code?: string | number; name?: string; message?: string; cause?: { code?: string } }
  }
  // Our own per-request timeout aborts the fetch: octokit reports it with the DOMException as the cause.
  const aborted =
    failure.cause?.name === 'TimeoutError'
      ? 'ETIMEDOUT'
      : failure.cause?.name === 'AbortError'
        ? 'ABORT_ERR'
        : undefined
  const causeCode = typeof failure.cause?.code === 'string' ? failure.cause.code : undefined
  const code = failure.code ?? causeCode ?? failure.cause?.cause?.code ?? aborted
  // @octokit/request reports a request that got no response at all (reset, refused, aborted) as status 500.
  const answered = failure.response !== undefined
  return {
    ...(answered && failure.status !== undefined ? { status: failure.status } : {}),
    ...(answered && failure.response?.headers ? { headers: failure.response.headers } : {}),
    ...(code ? { code } : {}),
    message: aborted && failure.cause?.message ? failure.cause.message : (failure.message ?? String(error))
  }
}
