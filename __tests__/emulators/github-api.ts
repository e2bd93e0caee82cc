import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS; under ESM its default export arrives wrapped in some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv
) => Ajv

/** The checked-in extract of GitHub's OpenAPI description (see scripts/extract-github-openapi.mjs). */
export interface GitHubOpenApiSubset {
  source: { package: string; version: string; file: string; openapi: string }
  operationIds: string[]
  operations: Record<string, SubsetOperation>
  components: { schemas: Record<string, unknown> }
}

/** One operation of the subset: its route, request body schema and response schemas per status. */
export interface SubsetOperation {
  method: string
  path: string
  summary: string
  documentationUrl?: string
  requestBody?: { required: boolean; schema: unknown }
  responses: Record<string, { description: string; schema?: unknown; example?: unknown }>
}

/** The subset, read once per process. */
export const openApiSubset = JSON.parse(
  readFileSync(new URL('./github-openapi-subset.json', import.meta.url), 'utf8')
) as GitHubOpenApiSubset

const SUBSET_ID = 'https://release-gate.invalid/github-openapi-subset.json'

/** An ajv instance holding the subset as one schema, so `#/components/...` refs resolve inside it. */
export function createSubsetAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  // GitHub sends "" for unset URL fields (deployment status target_url/log_url/environment_url) although its
  // description says `format: uri`; accept "" so the emulator can answer exactly what GitHub answers.
  ajv.addFormat('uri', { type: 'string', validate: (value: string) => value === '' || URL.canParse(value) })
  ajv.addSchema({ ...openApiSubset, $id: SUBSET_ID })
  return ajv
}

/** The validator of one schema of the subset, addressed by a JSON pointer such as `#/components/schemas/x`. */
export function subsetValidator(ajv: Ajv, pointer: string): ValidateFunction {
  const validate = ajv.getSchema(`${SUBSET_ID}${pointer}`)
  if (!validate) throw new Error(`No schema at ${pointer} in the GitHub OpenAPI subset.`)
  return validate
}

/** The JSON pointer of an operation's response schema (operation ids contain `/`, escaped as `~1`). */
export function responseSchemaPointer(operationId: string, status: number | string): string {
  return `#/operations/${operationId.replaceAll('/', '~1')}/responses/${status}/schema`
}

/** Formats ajv errors as `path message` lines. */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map(error => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ')
}

/** A user (or team) as setup methods take it; the emulator fills in GitHub's other fields. */
export interface ActorSeed {
  login: string
  id: number
}

/** A required reviewer of an environment: a user by default, or a team (login is then the team slug). */
export interface ReviewerSeed extends ActorSeed {
  type?: 'User' | 'Team'
}

/** Protection rules of an environment, as configured in the repository settings. */
export interface EnvironmentSeed {
  requiredReviewers?: ReviewerSeed[]
  preventSelfReview?: boolean
  /** Minutes. */
  waitTimer?: number
}

/** One review of a run's deployment gate. */
export interface ApprovalSeed {
  environment: string
  state: 'approved' | 'rejected'
  user: ActorSeed
  comment: string
  /** Orders the review history only: GitHub's approvals response carries no timestamp. */
  submittedAt?: string
}

/** A deployment of a run that waits on an environment's protection rules. */
export interface PendingDeploymentSeed {
  environment: string
  /** Defaults to the environment's wait timer. */
  waitTimer?: number
  waitTimerStartedAt?: string | null
  /** false for GITHUB_TOKEN, which can never approve. */
  currentUserCanApprove?: boolean
  /** Defaults to the environment's required reviewers. */
  reviewers?: ReviewerSeed[]
}

/** A deployment status of a seeded deployment. */
export interface StatusSeed {
  state: DeploymentState
  createdAt?: string
  description?: string
  environmentUrl?: string
  logUrl?: string
}

/** A deployment that existed before the test starts (e.g. an earlier release). */
export interface DeploymentSeed {
  environment: string
  ref: string
  sha?: string
  task?: string
  description?: string | null
  payload?: Record<string, unknown> | string
  createdAt?: string
  /** Oldest first. */
  statuses: StatusSeed[]
}

/** One file a seeded commit touched. */
export interface CommitFileSeed {
  filename: string
  status?: 'added' | 'removed' | 'modified' | 'renamed'
  additions?: number
  deletions?: number
  patch?: string
}

/** A commit of a repository's (linear by default) history, for compare. */
export interface CommitSeed {
  message: string
  sha?: string
  /** The GitHub account of the author; null means an e-mail GitHub does not know. */
  author?: ActorSeed | null
  date?: string
  /** Defaults to the commit added before this one. */
  parents?: string[]
  files?: CommitFileSeed[]
  /** Branch or tag names that point at this commit (moved here if they existed). */
  refs?: string[]
}

/** A review of a seeded pull request. */
export interface PullRequestReviewSeed {
  user: ActorSeed
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED'
  /** Defaults to the emulator's clock when the pull request is added. */
  submittedAt?: string
  /** Defaults to '' (GitHub sends an empty string, not null, for a review without a body). */
  body?: string
}

/** A pull request of a repository, as release-gate reads it to enrich its release manifest. */
export interface PullRequestSeed {
  number: number
  title: string
  /** The author; a login ending in `[bot]` is answered as a Bot account. */
  user: ActorSeed
  /** Label names; each name gets one id per repository, GitHub's default labels their default colours. */
  labels?: string[]
  /** Answered as given (GitHub drops a requested reviewer once they review; seed what GitHub would show). */
  requestedReviewers?: ActorSeed[]
  /** When it was merged; a merged pull request is closed. Default null. */
  mergedAt?: string | null
  /** Defaults to closed when mergedAt is set, else open. */
  state?: 'open' | 'closed'
  reviews?: PullRequestReviewSeed[]
}

/** The states a deployment status can take. */
export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

/** A user as GitHub's `simple-user` schema has it. */
export interface GitHubUserJson {
  login: string
  id: number
  node_id: string
  avatar_url: string
  gravatar_id: string
  url: string
  html_url: string
  followers_url: string
  following_url: string
  gists_url: string
  starred_url: string
  subscriptions_url: string
  organizations_url: string
  repos_url: string
  events_url: string
  received_events_url: string
  type: string
  user_view_type: string
  site_admin: boolean
}

/** A deployment as GitHub returns it. */
export interface DeploymentJson {
  url: string
  id: number
  node_id: string
  sha: string
  ref: string
  task: string
  payload: Record<string, unknown> | string
  original_environment: string
  environment: string
  description: string | null
  creator: GitHubUserJson
  created_at: string
  updated_at: string
  statuses_url: string
  repository_url: string
  transient_environment: boolean
  production_environment: boolean
  performed_via_github_app: null
}

/** A deployment status as GitHub returns it. */
export interface DeploymentStatusJson {
  url: string
  id: number
  node_id: string
  state: DeploymentState
  creator: GitHubUserJson
  description: string
  environment: string
  target_url: string
  created_at: string
  updated_at: string
  deployment_url: string
  repository_url: string
  environment_url: string
  log_url: string
  performed_via_github_app: null
}

/** A deployment held by the emulator: GitHub's view, its statuses, and request fields GitHub does not echo. */
export interface DeploymentRecord {
  deployment: DeploymentJson
  /** Oldest first. */
  statuses: DeploymentStatusJson[]
  /** `auto_merge` as requested (GitHub's default is true); the emulator never merges. */
  autoMerge: boolean
  /** `required_contexts` as requested; undefined means GitHub would check every context. */
  requiredContexts: string[] | undefined
}

/** One request the emulator received, as the log keeps it. */
export interface RequestLogEntry {
  method: string
  path: string
  query: Record<string, string>
  /** The status answered; 0 when the socket was destroyed without an answer. */
  status: number
  ifNoneMatch?: string
  /** `METHOD /route/{template}` of the matched operation, or `METHOD /path` for unknown routes. */
  endpoint: string
  operationId?: string
  /** Set when an injected fault shaped this answer. */
  fault?: 'status' | 'reset' | 'delay'
}

/** A failure injected by `failNext`. */
export type Fault =
  | { status: 500 | 502 | 503 }
  | { status: 429; retryAfter: number }
  | { status: 403; secondaryRateLimit: true; retryAfter: number }
  | { reset: true }
  /** The request takes effect, then the connection drops before the answer: the client cannot know it worked. */
  | { resetAfterHandling: true }
  | { delayMs: number }

/** Which requests a fault applies to: `path` is the exact path, its route template, or a RegExp. */
export interface FaultMatch {
  method?: string
  path: string | RegExp
}

/** Options of `GitHubApiEmulator.start`. */
export interface EmulatorOptions {
  /** The clock for created_at/updated_at of created objects. */
  now?: () => Date
  /** The account the token belongs to (creator of deployments and statuses). */
  tokenUser?: ActorSeed & { type?: 'User' | 'Bot' }
  /** The web host used in html_url fields. */
  serverUrl?: string
  /** x-ratelimit-limit; GITHUB_TOKEN has 1,000 requests per hour per repository. */
  rateLimit?: number
}

/** The default branch of every emulated repository (the base of seeded pull requests). */
const DEFAULT_BRANCH = 'main'

/** The labels GitHub creates in a new repository, with their colours and descriptions. */
const DEFAULT_LABELS: Record<string, { color: string; description: string }> = {
  bug: { color: 'd73a4a', description: "Something isn't working" },
  documentation: { color: '0075ca', description: 'Improvements or additions to documentation' },
  duplicate: { color: 'cfd3d7', description: 'This issue or pull request already exists' },
  enhancement: { color: 'a2eeef', description: 'New feature or request' },
  'good first issue': { color: '7057ff', description: 'Good for newcomers' },
  'help wanted': { color: '008672', description: 'Extra attention is needed' },
  invalid: { color: 'e4e669', description: "This doesn't seem right" },
  question: { color: 'd876e3', description: 'Further information is requested' },
  wontfix: { color: 'ffffff', description: 'This will not be worked on' }
}

const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const }
const REST_DOCS = 'https://docs.github.com/rest'
const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'

interface EnvironmentState {
  id: number
  name: string
  createdAt: string
  updatedAt: string
  rules: EnvironmentSeed
}

interface RunState {
  approvals: ApprovalSeed[]
  pending: PendingDeploymentSeed[]
}

interface CommitState {
  sha: string
  message: string
  author: ActorSeed | null
  date: string
  parents: string[]
  files: CommitFileSeed[]
}

interface PullRequestState {
  seed: PullRequestSeed
  id: number
  createdAt: string
  /** When it was closed (the merge time for a merged one), or null while open. */
  closedAt: string | null
  reviews: { id: number; seed: PullRequestReviewSeed; submittedAt: string }[]
}

interface RepoState {
  id: number
  owner: string
  /** The id of the owning account (an organization: release-gate's repositories have teams). */
  ownerId: number
  createdAt: string
  name: string
  fullName: string
  environments: Map<string, EnvironmentState>
  runs: Map<number, RunState>
  deployments: DeploymentRecord[]
  commits: Map<string, CommitState>
  /** The last commit added, parent of the next one by default. */
  tip: string | undefined
  refs: Map<string, string>
  pulls: Map<number, PullRequestState>
  /** Label ids by name: a label is one object per repository, shared by the pull requests that carry it. */
  labels: Map<string, number>
}

interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

interface RequestContext {
  url: URL
  params: Record<string, string>
  body: unknown
  repo: RepoState
  documentationUrl: string
}

interface Route {
  method: string
  template: string
  pattern: RegExp
  paramNames: string[]
  operationId: string
  handle: (context: RequestContext) => Answer
}

interface PendingFault {
  match: FaultMatch
  fault: Fault
  remaining: number
}

/** Timestamps the way GitHub writes them: ISO 8601, seconds precision, `Z`. */
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** GitHub's legacy global node id: base64 of `0<len>:<Type><id>`. */
function nodeId(type: string, id: number | string): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64')
}

/** A deterministic 40-hex sha for refs and commits the test did not give one. */
function fakeSha(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex')
}

/**
 * A loopback emulator of the GitHub REST endpoints release-gate uses. Every body it sends is validated against
 * GitHub's published OpenAPI description (the checked-in subset); violations land in `conformanceErrors`.
 */
export class GitHubApiEmulator {
  /** Base URL for octokit's `baseUrl` / GITHUB_API_URL. */
  readonly url: string
  /** Every request answered (or dropped by a fault), in the order answered. */
  readonly requests: RequestLogEntry[] = []
  /** Responses that did not match GitHub's schema for their operation and status; tests assert it is empty. */
  readonly conformanceErrors: string[] = []

  private readonly repos = new Map<string, RepoState>()
  private readonly faults: PendingFault[] = []
  /** Delayed answers still waiting, so stop() can drop them. */
  private readonly delayed = new Map<NodeJS.Timeout, (answered: boolean) => void>()
  private readonly ajv = createSubsetAjv()
  private readonly routes: Route[]
  private readonly now: () => Date
  private readonly tokenUser: ActorSeed & { type: 'User' | 'Bot' }
  private readonly serverUrl: string
  private readonly rateLimit: number
  private readonly rateLimitReset: number
  private rateLimitUsed = 0
  private requestCounter = 0
  private nextId = {
    repo: 700000001,
    environment: 160000001,
    deployment: 1500000001,
    status: 2100000001,
    rule: 3701,
    owner: 190000001,
    pull: 2400000001,
    review: 2800000001,
    label: 7100000001
  }
  /** Owner account ids by login, so repositories of one owner share it. */
  private readonly ownerIds = new Map<string, number>()

  private constructor(
    private readonly server: Server,
    port: number,
    options: EmulatorOptions
  ) {
    this.url = `http://127.0.0.1:${port}`
    this.now = options.now ?? (() => new Date())
    this.tokenUser = { type: 'User', ...(options.tokenUser ?? GITHUB_ACTIONS_BOT) }
    this.serverUrl = options.serverUrl ?? 'https://github.com'
    this.rateLimit = options.rateLimit ?? 1000
    this.rateLimitReset = Math.floor(Date.now() / 1000) + 3600
    this.routes = this.buildRoutes()
  }

  /** Starts the emulator on 127.0.0.1 on a free port. */
  static async start(options: EmulatorOptions = {}): Promise<GitHubApiEmulator> {
    const server = createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const emulator = new GitHubApiEmulator(server, (server.address() as AddressInfo).port, options)
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      emulator.handle(req, res).catch((error: unknown) => {
        // A bug in the emulator must surface in the test, not hang the client.
        emulator.conformanceErrors.push(`emulator crashed on ${req.method} ${req.url}: ${String(error)}`)
        if (!res.headersSent) res.writeHead(500).end()
      })
    })
    return emulator
  }

  /** Stops listening, drops keep-alive connections and pending delayed answers. */
  async stop(): Promise<void> {
    for (const [timer, settle] of this.delayed) {
      clearTimeout(timer)
      settle(false)
    }
    this.delayed.clear()
    await new Promise<void>(resolve => {
      this.server.close(() => resolve())
      this.server.closeAllConnections()
    })
  }

  /** Creates a repository `owner/name`; other setup methods create it on first use too. */
  addRepo(fullName: string): void {
    this.repo(fullName)
  }

  /** Creates (or replaces the protection rules of) a deployment environment. */
  addEnvironment(fullName: string, name: string, rules: EnvironmentSeed = {}): void {
    const repo = this.repo(fullName)
    const existing = repo.environments.get(name)
    if (existing) {
      existing.rules = rules
      existing.updatedAt = isoSeconds(this.now())
    } else {
      const createdAt = isoSeconds(this.now())
      repo.environments.set(name, {
        id: this.nextId.environment++,
        name,
        createdAt,
        updatedAt: createdAt,
        rules
      })
    }
  }

  /** Makes a workflow run known, so its approvals and pending deployments answer 200 (empty) instead of 404. */
  addRun(fullName: string, runId: number): void {
    this.run(fullName, runId)
  }

  /** Records a review of a run's deployment gate (creates the run and, if missing, the environment). */
  addApproval(fullName: string, runId: number, approval: ApprovalSeed): void {
    this.ensureEnvironment(fullName, approval.environment)
    this.run(fullName, runId).approvals.push(approval)
  }

  /** Records a deployment of a run that waits for review (creates the run and, if missing, the environment). */
  addPendingDeployment(fullName: string, runId: number, pending: PendingDeploymentSeed): void {
    this.ensureEnvironment(fullName, pending.environment)
    this.run(fullName, runId).pending.push(pending)
  }

  /** Removes a run's pending deployments, as GitHub does once they are approved or rejected. */
  clearPendingDeployments(fullName: string, runId: number): void {
    this.run(fullName, runId).pending = []
  }

  /** Adds a deployment with its statuses as if created earlier; returns its id. */
  seedDeployment(fullName: string, seed: DeploymentSeed): number {
    const repo = this.repo(fullName)
    const createdAt = seed.createdAt ?? isoSeconds(this.now())
    const record = this.createDeploymentRecord(repo, {
      ref: seed.ref,
      sha: seed.sha ?? this.resolveSha(repo, seed.ref),
      environment: seed.environment,
      task: seed.task ?? 'deploy',
      description: seed.description ?? null,
      payload: seed.payload ?? {},
      createdAt,
      autoMerge: false,
      requiredContexts: []
    })
    for (const status of seed.statuses) {
      this.appendStatus(repo, record, {
        state: status.state,
        description: status.description ?? '',
        environmentUrl: status.environmentUrl ?? '',
        logUrl: status.logUrl ?? '',
        createdAt: status.createdAt ?? createdAt,
        // Seeds describe history exactly as given: no implicit inactivation.
        autoInactive: false
      })
    }
    return record.deployment.id
  }

  /** Appends commits (each the child of the previous one unless `parents` says otherwise); returns their shas. */
  addCommits(fullName: string, commits: CommitSeed[]): string[] {
    const repo = this.repo(fullName)
    return commits.map(seed => {
      const parents = seed.parents ?? (repo.tip ? [repo.tip] : [])
      const sha = seed.sha ?? fakeSha(fullName, seed.message, ...parents, String(repo.commits.size))
      repo.commits.set(sha, {
        sha,
        message: seed.message,
        author: seed.author === undefined ? { login: 'octocat', id: 583231 } : seed.author,
        date: seed.date ?? isoSeconds(this.now()),
        parents,
        files: seed.files ?? []
      })
      repo.tip = sha
      for (const ref of seed.refs ?? []) repo.refs.set(ref, sha)
      return sha
    })
  }

  /**
   * Adds (or replaces) pull request `number` with its reviews. Ids and timestamps are fixed here, so repeated GETs
   * answer the same body (and etag). created_at is the earliest of the clock, mergedAt and the reviews' times.
   */
  addPullRequest(fullName: string, pull: PullRequestSeed): void {
    if (!Number.isSafeInteger(pull.number) || pull.number < 1) {
      throw new Error(`Invalid pull request number ${pull.number}.`)
    }
    const mergedAt = pull.mergedAt ?? null
    if (mergedAt !== null && pull.state === 'open') {
      throw new Error(`Pull request #${pull.number} cannot be open and merged (mergedAt ${mergedAt}).`)
    }
    const repo = this.repo(fullName)
    const now = isoSeconds(this.now())
    const existing = repo.pulls.get(pull.number)
    const reviews = (pull.reviews ?? []).map(review => ({
      id: this.nextId.review++,
      seed: review,
      submittedAt: review.submittedAt ?? now
    }))
    for (const label of pull.labels ?? []) {
      if (!repo.labels.has(label)) repo.labels.set(label, this.nextId.label++)
    }
    const times = [now, ...(mergedAt === null ? [] : [mergedAt]), ...reviews.map(r => r.submittedAt)]
    const closed = (pull.state ?? (mergedAt === null ? 'open' : 'closed')) === 'closed'
    repo.pulls.set(pull.number, {
      seed: pull,
      id: existing?.id ?? this.nextId.pull++,
      createdAt: times.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a)),
      closedAt: closed ? (mergedAt ?? now) : null,
      reviews
    })
  }

  /** The repository's deployments, oldest first, each with its statuses. */
  deployments(fullName: string): DeploymentRecord[] {
    return this.repo(fullName).deployments
  }

  /** Makes the next `times` requests that match fail with `fault` (faults queue in the order given). */
  failNext(match: FaultMatch, fault: Fault, times = 1): void {
    this.faults.push({ match, fault, remaining: times })
  }

  /** Number of logged requests per endpoint (`METHOD /route/{template}`), optionally only those that pass `filter`. */
  countBy(filter: (entry: RequestLogEntry) => boolean = () => true): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const entry of this.requests.filter(filter))
      counts[entry.endpoint] = (counts[entry.endpoint] ?? 0) + 1
    return counts
  }

  // ---- state helpers ----

  private repo(fullName: string): RepoState {
    const existing = this.repos.get(fullName)
    if (existing) return existing
    const [owner, name, ...rest] = fullName.split('/')
    if (!owner || !name || rest.length > 0) {
      throw new Error(`Invalid repository '${fullName}'. Expected format {owner}/{repo}.`)
    }
    const repo: RepoState = {
      id: this.nextId.repo++,
      owner,
      ownerId: this.ownerId(owner),
      createdAt: isoSeconds(this.now()),
      name,
      fullName,
      environments: new Map(),
      runs: new Map(),
      deployments: [],
      commits: new Map(),
      tip: undefined,
      refs: new Map(),
      pulls: new Map(),
      labels: new Map()
    }
    this.repos.set(fullName, repo)
    return repo
  }

  private ownerId(login: string): number {
    const existing = this.ownerIds.get(login)
    if (existing !== undefined) return existing
    const id = this.nextId.owner++
    this.ownerIds.set(login, id)
    return id
  }

  private run(fullName: string, runId: number): RunState {
    const runs = this.repo(fullName).runs
    const existing = runs.get(runId)
    if (existing) return existing
    const created: RunState = { approvals: [], pending: [] }
    runs.set(runId, created)
    return created
  }

  private ensureEnvironment(fullName: string, name: string): EnvironmentState {
    if (!this.repo(fullName).environments.has(name)) this.addEnvironment(fullName, name)
    return this.repo(fullName).environments.get(name) as EnvironmentState
  }

  /** A known ref or sha (prefix) resolves to its commit; anything else to a stable made-up sha. */
  private resolveSha(repo: RepoState, ref: string): string {
    return this.findCommit(repo, ref)?.sha ?? (/^[0-9a-f]{40}$/.test(ref) ? ref : fakeSha(repo.fullName, ref))
  }

  private findCommit(repo: RepoState, refOrSha: string): CommitState | undefined {
    const byRef = repo.refs.get(refOrSha) ?? repo.refs.get(refOrSha.replace(/^refs\/(heads|tags)\//, ''))
    if (byRef) return repo.commits.get(byRef)
    if (refOrSha.length >= 7 && /^[0-9a-f]+$/.test(refOrSha)) {
      for (const commit of repo.commits.values()) if (commit.sha.startsWith(refOrSha)) return commit
    }
    return undefined
  }

  private createDeploymentRecord(
    repo: RepoState,
    fields: {
      ref: string
      sha: string
      environment: string
      task: string
      description: string | null
      payload: Record<string, unknown> | string
      createdAt: string
      autoMerge: boolean
      requiredContexts: string[] | undefined
      transientEnvironment?: boolean
      productionEnvironment?: boolean
    }
  ): DeploymentRecord {
    const id = this.nextId.deployment++
    const deploymentUrl = `${this.repoApiUrl(repo)}/deployments/${id}`
    const record: DeploymentRecord = {
      deployment: {
        url: deploymentUrl,
        id,
        node_id: nodeId('Deployment', id),
        sha: fields.sha,
        ref: fields.ref,
        task: fields.task,
        payload: fields.payload,
        original_environment: fields.environment,
        environment: fields.environment,
        description: fields.description,
        creator: this.userJson(this.tokenUser, this.tokenUser.type),
        created_at: fields.createdAt,
        updated_at: fields.createdAt,
        statuses_url: `${deploymentUrl}/statuses`,
        repository_url: this.repoApiUrl(repo),
        transient_environment: fields.transientEnvironment ?? false,
        production_environment: fields.productionEnvironment ?? fields.environment === 'production',
        performed_via_github_app: null
      },
      statuses: [],
      autoMerge: fields.autoMerge,
      requiredContexts: fields.requiredContexts
    }
    repo.deployments.push(record)
    return record
  }

  private appendStatus(
    repo: RepoState,
    record: DeploymentRecord,
    fields: {
      state: DeploymentState
      description: string
      environmentUrl: string
      logUrl: string
      createdAt: string
      environment?: string
      autoInactive: boolean
    }
  ): DeploymentStatusJson {
    const deployment = record.deployment
    // A status may move the deployment to another environment; original_environment keeps the first.
    if (fields.environment !== undefined) deployment.environment = fields.environment
    deployment.updated_at = fields.createdAt
    const id = this.nextId.status++
    const status: DeploymentStatusJson = {
      url: `${deployment.url}/statuses/${id}`,
      id,
      node_id: nodeId('DeploymentStatus', id),
      state: fields.state,
      creator: this.userJson(this.tokenUser, this.tokenUser.type),
      description: fields.description,
      environment: deployment.environment,
      // log_url replaces the legacy target_url and GitHub mirrors it there.
      target_url: fields.logUrl,
      created_at: fields.createdAt,
      updated_at: fields.createdAt,
      deployment_url: deployment.url,
      repository_url: this.repoApiUrl(repo),
      environment_url: fields.environmentUrl,
      log_url: fields.logUrl,
      performed_via_github_app: null
    }
    record.statuses.push(status)
    if (fields.state === 'success' && fields.autoInactive)
      this.inactivateEarlier(repo, record, fields.createdAt)
    return status
  }

  /**
   * auto_inactive: earlier deployments of the same environment whose latest status is `success` get an `inactive`
   * status, but, as GitHub's parameter text says, only "non-transient, non-production" ones: a production deployment
   * stays `success` until someone marks it inactive (release-gate does, explicitly).
   */
  private inactivateEarlier(repo: RepoState, current: DeploymentRecord, at: string): void {
    for (const other of repo.deployments) {
      if (other === current || other.deployment.environment !== current.deployment.environment) continue
      if (newestFirst(other.deployment, current.deployment) < 0) continue
      if (other.statuses.at(-1)?.state !== 'success') continue
      if (other.deployment.production_environment || other.deployment.transient_environment) continue
      this.appendStatus(repo, other, {
        state: 'inactive',
        description: '',
        environmentUrl: other.statuses.at(-1)?.environment_url ?? '',
        logUrl: '',
        createdAt: at,
        autoInactive: false
      })
    }
  }

  // ---- JSON shapes ----

  private repoApiUrl(repo: RepoState): string {
    return `${this.url}/repos/${repo.fullName}`
  }

  private userJson(actor: ActorSeed, type: 'User' | 'Bot' | 'Organization' = 'User'): GitHubUserJson {
    const api = `${this.url}/users/${actor.login}`
    return {
      login: actor.login,
      id: actor.id,
      node_id: nodeId(type, actor.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${actor.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `${this.serverUrl}/${actor.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type,
      user_view_type: 'public',
      site_admin: false
    }
  }

  /** An account seeded by login and id: GitHub Apps' bot accounts (`name[bot]`) are of type Bot. */
  private accountJson(actor: ActorSeed): GitHubUserJson {
    return this.userJson(actor, actor.login.endsWith('[bot]') ? 'Bot' : 'User')
  }

  private teamJson(repo: RepoState, team: ActorSeed): Record<string, unknown> {
    const api = `${this.url}/teams/${team.id}`
    return {
      id: team.id,
      node_id: nodeId('Team', team.id),
      url: api,
      html_url: `${this.serverUrl}/orgs/${repo.owner}/teams/${team.login}`,
      name: team.login,
      slug: team.login,
      description: null,
      privacy: 'closed',
      notification_setting: 'notifications_enabled',
      permission: 'pull',
      members_url: `${api}/members{/member}`,
      repositories_url: `${api}/repos`,
      parent: null,
      // Required by GitHub's current `team` schema (its own pending-deployments example predates it).
      type: 'organization'
    }
  }

  private reviewersJson(repo: RepoState, reviewers: ReviewerSeed[]): Record<string, unknown>[] {
    return reviewers.map(reviewer =>
      reviewer.type === 'Team'
        ? { type: 'Team', reviewer: this.teamJson(repo, reviewer) }
        : { type: 'User', reviewer: this.userJson(reviewer) }
    )
  }

  private environmentSummaryJson(repo: RepoState, environment: EnvironmentState): Record<string, unknown> {
    return {
      id: environment.id,
      node_id: nodeId('Environment', environment.id),
      name: environment.name,
      url: `${this.repoApiUrl(repo)}/environments/${encodeURIComponent(environment.name)}`,
      html_url: `${this.serverUrl}/${repo.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(environment.name)}`,
      created_at: environment.createdAt,
      updated_at: environment.updatedAt
    }
  }

  private environmentJson(repo: RepoState, environment: EnvironmentState): Record<string, unknown> {
    const { requiredReviewers = [], preventSelfReview = false, waitTimer = 0 } = environment.rules
    // Rule ids are stable per environment so repeated GETs produce the same body (and etag).
    const ruleId = (offset: number) => environment.id * 10 + offset
    const protectionRules: Record<string, unknown>[] = []
    if (waitTimer > 0) {
      protectionRules.push({
        id: ruleId(1),
        node_id: nodeId('Gate', ruleId(1)),
        type: 'wait_timer',
        wait_timer: waitTimer
      })
    }
    if (requiredReviewers.length > 0) {
      protectionRules.push({
        id: ruleId(2),
        node_id: nodeId('Gate', ruleId(2)),
        prevent_self_review: preventSelfReview,
        type: 'required_reviewers',
        reviewers: this.reviewersJson(repo, requiredReviewers)
      })
    }
    return {
      ...this.environmentSummaryJson(repo, environment),
      protection_rules: protectionRules,
      deployment_branch_policy: null
    }
  }

  private commitJson(repo: RepoState, commit: CommitState): Record<string, unknown> {
    const api = this.repoApiUrl(repo)
    const gitUser = commit.author
      ? {
          name: commit.author.login,
          email: `${commit.author.id}+${commit.author.login}@users.noreply.github.com`
        }
      : { name: 'Unknown Author', email: 'unknown@example.com' }
    const account = commit.author ? this.userJson(commit.author) : null
    return {
      url: `${api}/commits/${commit.sha}`,
      sha: commit.sha,
      node_id: nodeId('Commit', `${repo.id}:${commit.sha}`),
      html_url: `${this.serverUrl}/${repo.fullName}/commit/${commit.sha}`,
      comments_url: `${api}/commits/${commit.sha}/comments`,
      commit: {
        url: `${api}/git/commits/${commit.sha}`,
        author: { ...gitUser, date: commit.date },
        committer: { ...gitUser, date: commit.date },
        message: commit.message,
        tree: { sha: fakeSha('tree', commit.sha), url: `${api}/git/trees/${fakeSha('tree', commit.sha)}` },
        comment_count: 0,
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null
        }
      },
      author: account,
      committer: account,
      parents: commit.parents.map(parent => ({
        sha: parent,
        url: `${api}/commits/${parent}`,
        html_url: `${this.serverUrl}/${repo.fullName}/commit/${parent}`
      }))
    }
  }

  /** A repository as GitHub's `repository` schema has it (pull requests' head.repo and base.repo). */
  private repositoryJson(repo: RepoState): Record<string, unknown> {
    const api = this.repoApiUrl(repo)
    const web = `${this.serverUrl}/${repo.fullName}`
    const host = new URL(this.serverUrl).host
    const openIssues = [...repo.pulls.values()].filter(pull => pull.closedAt === null).length
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      private: false,
      owner: this.userJson({ login: repo.owner, id: repo.ownerId }, 'Organization'),
      html_url: web,
      description: null,
      fork: false,
      url: api,
      forks_url: `${api}/forks`,
      keys_url: `${api}/keys{/key_id}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      teams_url: `${api}/teams`,
      hooks_url: `${api}/hooks`,
      issue_events_url: `${api}/issues/events{/number}`,
      events_url: `${api}/events`,
      assignees_url: `${api}/assignees{/user}`,
      branches_url: `${api}/branches{/branch}`,
      tags_url: `${api}/tags`,
      blobs_url: `${api}/git/blobs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      trees_url: `${api}/git/trees{/sha}`,
      statuses_url: `${api}/statuses/{sha}`,
      languages_url: `${api}/languages`,
      stargazers_url: `${api}/stargazers`,
      contributors_url: `${api}/contributors`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      commits_url: `${api}/commits{/sha}`,
      git_commits_url: `${api}/git/commits{/sha}`,
      comments_url: `${api}/comments{/number}`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      contents_url: `${api}/contents/{+path}`,
      compare_url: `${api}/compare/{base}...{head}`,
      merges_url: `${api}/merges`,
      archive_url: `${api}/{archive_format}{/ref}`,
      downloads_url: `${api}/downloads`,
      issues_url: `${api}/issues{/number}`,
      pulls_url: `${api}/pulls{/number}`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      labels_url: `${api}/labels{/name}`,
      releases_url: `${api}/releases{/id}`,
      deployments_url: `${api}/deployments`,
      created_at: repo.createdAt,
      updated_at: repo.createdAt,
      pushed_at: repo.createdAt,
      git_url: `git://${host}/${repo.fullName}.git`,
      ssh_url: `git@${host}:${repo.fullName}.git`,
      clone_url: `${web}.git`,
      svn_url: web,
      homepage: null,
      size: 0,
      stargazers_count: 0,
      watchers_count: 0,
      language: null,
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: openIssues,
      license: null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: 'public',
      forks: 0,
      open_issues: openIssues,
      watchers: 0,
      default_branch: DEFAULT_BRANCH
    }
  }

  /** A label as pull requests carry it: GitHub's default labels keep their default colour and description. */
  private labelJson(repo: RepoState, name: string): Record<string, unknown> {
    const id = repo.labels.get(name) as number
    const known = DEFAULT_LABELS[name]
    return {
      id,
      node_id: nodeId('Label', id),
      url: `${this.repoApiUrl(repo)}/labels/${encodeURIComponent(name)}`,
      name,
      color: known?.color ?? fakeSha('label', name).slice(0, 6),
      default: known !== undefined,
      description: known?.description ?? null
    }
  }

  /** The head and base sha GitHub would report: a branch `pr-<number>` off the default branch. */
  private pullShas(repo: RepoState, pull: PullRequestState): { head: string; base: string; merge: string } {
    const number = String(pull.seed.number)
    return {
      head: fakeSha(repo.fullName, 'pull', number, 'head'),
      base: this.resolveSha(repo, DEFAULT_BRANCH),
      merge: fakeSha(repo.fullName, 'pull', number, 'merge')
    }
  }

  private pullRequestJson(repo: RepoState, pull: PullRequestState): Record<string, unknown> {
    const { seed } = pull
    const api = this.repoApiUrl(repo)
    const pullApi = `${api}/pulls/${seed.number}`
    const issueApi = `${api}/issues/${seed.number}`
    const web = `${this.serverUrl}/${repo.fullName}/pull/${seed.number}`
    const shas = this.pullShas(repo, pull)
    const mergedAt = seed.mergedAt ?? null
    const open = pull.closedAt === null
    const headRef = `pr-${seed.number}`
    const owner = this.userJson({ login: repo.owner, id: repo.ownerId }, 'Organization')
    const updatedAt = [
      pull.createdAt,
      pull.closedAt ?? pull.createdAt,
      ...pull.reviews.map(r => r.submittedAt)
    ]
      .sort((a, b) => Date.parse(a) - Date.parse(b))
      .at(-1) as string
    const links = {
      self: pullApi,
      html: web,
      issue: issueApi,
      comments: `${issueApi}/comments`,
      review_comments: `${pullApi}/comments`,
      review_comment: `${api}/pulls/comments{/number}`,
      commits: `${pullApi}/commits`,
      statuses: `${api}/statuses/${shas.head}`
    }
    return {
      url: pullApi,
      id: pull.id,
      node_id: nodeId('PullRequest', pull.id),
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      issue_url: issueApi,
      number: seed.number,
      state: open ? 'open' : 'closed',
      locked: false,
      title: seed.title,
      user: this.accountJson(seed.user),
      body: null,
      created_at: pull.createdAt,
      updated_at: updatedAt,
      closed_at: pull.closedAt,
      merged_at: mergedAt,
      merge_commit_sha: shas.merge,
      assignee: null,
      assignees: [],
      requested_reviewers: (seed.requestedReviewers ?? []).map(reviewer => this.accountJson(reviewer)),
      requested_teams: [],
      labels: (seed.labels ?? []).map(name => this.labelJson(repo, name)),
      milestone: null,
      draft: false,
      commits_url: links.commits,
      review_comments_url: links.review_comments,
      review_comment_url: links.review_comment,
      comments_url: links.comments,
      statuses_url: links.statuses,
      head: {
        label: `${repo.owner}:${headRef}`,
        ref: headRef,
        sha: shas.head,
        user: owner,
        repo: this.repositoryJson(repo)
      },
      base: {
        label: `${repo.owner}:${DEFAULT_BRANCH}`,
        ref: DEFAULT_BRANCH,
        sha: shas.base,
        user: owner,
        repo: this.repositoryJson(repo)
      },
      _links: Object.fromEntries(Object.entries(links).map(([name, href]) => [name, { href }])),
      author_association: 'MEMBER',
      auto_merge: null,
      active_lock_reason: null,
      merged: mergedAt !== null,
      // GitHub computes mergeability for open pull requests only; closed ones answer null and 'unknown'.
      mergeable: open ? true : null,
      rebaseable: open ? true : null,
      mergeable_state: open ? 'clean' : 'unknown',
      // Not seeded: the author is taken to have merged their own pull request.
      merged_by: mergedAt === null ? null : this.accountJson(seed.user),
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0
    }
  }

  private pullRequestReviewJson(
    repo: RepoState,
    pull: PullRequestState,
    review: PullRequestState['reviews'][number]
  ): Record<string, unknown> {
    const pullApi = `${this.repoApiUrl(repo)}/pulls/${pull.seed.number}`
    const html = `${this.serverUrl}/${repo.fullName}/pull/${pull.seed.number}#pullrequestreview-${review.id}`
    return {
      id: review.id,
      node_id: nodeId('PullRequestReview', review.id),
      user: this.accountJson(review.seed.user),
      body: review.seed.body ?? '',
      state: review.seed.state,
      html_url: html,
      pull_request_url: pullApi,
      author_association: 'MEMBER',
      _links: { html: { href: html }, pull_request: { href: pullApi } },
      submitted_at: review.submittedAt,
      commit_id: this.pullShas(repo, pull).head
    }
  }

  private diffEntryJson(repo: RepoState, headSha: string, file: CommitFileSeed): Record<string, unknown> {
    const additions = file.additions ?? 1
    const deletions = file.deletions ?? 0
    const path = file.filename.split('/').map(encodeURIComponent).join('/')
    return {
      sha: fakeSha('blob', headSha, file.filename),
      filename: file.filename,
      status: file.status ?? 'modified',
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${this.serverUrl}/${repo.fullName}/blob/${headSha}/${path}`,
      raw_url: `${this.serverUrl}/${repo.fullName}/raw/${headSha}/${path}`,
      contents_url: `${this.repoApiUrl(repo)}/contents/${path}?ref=${headSha}`,
      ...(file.patch === undefined ? {} : { patch: file.patch })
    }
  }

  // ---- routes ----

  private buildRoutes(): Route[] {
    const route = (operationId: string, template: string, handle: Route['handle']): Route => {
      const operation = openApiSubset.operations[operationId]
      if (!operation) throw new Error(`Operation ${operationId} is not in the GitHub OpenAPI subset.`)
      const paramNames: string[] = []
      const pattern = new RegExp(
        `^${template.replace(/\{(\w+)\}/g, (_match, name: string) => {
          paramNames.push(name)
          return '([^/]+)'
        })}$`
      )
      return { method: operation.method, template, pattern, paramNames, operationId, handle }
    }
    return [
      route('actions/get-reviews-for-run', '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals', c =>
        this.getReviewsForRun(c)
      ),
      route(
        'actions/get-pending-deployments-for-run',
        '/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
        c => this.getPendingDeployments(c)
      ),
      route('repos/get-environment', '/repos/{owner}/{repo}/environments/{environment_name}', c =>
        this.getEnvironment(c)
      ),
      route('repos/create-deployment', '/repos/{owner}/{repo}/deployments', c => this.createDeployment(c)),
      route('repos/list-deployments', '/repos/{owner}/{repo}/deployments', c => this.listDeployments(c)),
      route('repos/get-deployment', '/repos/{owner}/{repo}/deployments/{deployment_id}', c =>
        this.getDeployment(c)
      ),
      route(
        'repos/create-deployment-status',
        '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        c => this.createDeploymentStatus(c)
      ),
      route(
        'repos/list-deployment-statuses',
        '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        c => this.listDeploymentStatuses(c)
      ),
      route('repos/compare-commits', '/repos/{owner}/{repo}/compare/{basehead}', c => this.compareCommits(c)),
      route('pulls/get', '/repos/{owner}/{repo}/pulls/{pull_number}', c => this.getPullRequest(c)),
      route('pulls/list-reviews', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', c =>
        this.listPullRequestReviews(c)
      )
    ]
  }

  private notFound(documentationUrl: string): Answer {
    return { status: 404, body: { message: 'Not Found', documentation_url: documentationUrl, status: '404' } }
  }

  private runOf(context: RequestContext): RunState | undefined {
    const runId = Number(context.params['run_id'])
    return Number.isSafeInteger(runId) ? context.repo.runs.get(runId) : undefined
  }

  private getReviewsForRun(context: RequestContext): Answer {
    const run = this.runOf(context)
    if (!run) return this.notFound(context.documentationUrl)
    const history = [...run.approvals].sort((a, b) =>
      (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '')
    )
    return {
      status: 200,
      body: history.map(approval => ({
        state: approval.state,
        comment: approval.comment,
        environments: [
          this.environmentSummaryJson(
            context.repo,
            context.repo.environments.get(approval.environment) as EnvironmentState
          )
        ],
        user: this.userJson(approval.user)
      }))
    }
  }

  private getPendingDeployments(context: RequestContext): Answer {
    const run = this.runOf(context)
    if (!run) return this.notFound(context.documentationUrl)
    return {
      status: 200,
      body: run.pending.map(pending => {
        const environment = context.repo.environments.get(pending.environment) as EnvironmentState
        const { id, node_id, name, url, html_url } = this.environmentSummaryJson(context.repo, environment)
        return {
          environment: { id, node_id, name, url, html_url },
          wait_timer: pending.waitTimer ?? environment.rules.waitTimer ?? 0,
          wait_timer_started_at: pending.waitTimerStartedAt ?? null,
          current_user_can_approve: pending.currentUserCanApprove ?? false,
          reviewers: this.reviewersJson(
            context.repo,
            pending.reviewers ?? environment.rules.requiredReviewers ?? []
          )
        }
      })
    }
  }

  private getEnvironment(context: RequestContext): Answer {
    const environment = context.repo.environments.get(context.params['environment_name'] ?? '')
    if (!environment) return this.notFound(context.documentationUrl)
    return { status: 200, body: this.environmentJson(context.repo, environment) }
  }

  private createDeployment(context: RequestContext): Answer {
    const invalid = this.validateRequestBody('repos/create-deployment', context)
    if (invalid) return invalid
    const body = context.body as {
      ref: string
      task?: string
      auto_merge?: boolean
      required_contexts?: string[]
      payload?: Record<string, unknown> | string
      environment?: string
      description?: string | null
      transient_environment?: boolean
      production_environment?: boolean
    }
    const environment = body.environment ?? 'production'
    const record = this.createDeploymentRecord(context.repo, {
      ref: body.ref,
      sha: this.resolveSha(context.repo, body.ref),
      environment,
      task: body.task ?? 'deploy',
      description: body.description ?? '',
      payload: this.normalizePayload(body.payload),
      createdAt: isoSeconds(this.now()),
      autoMerge: body.auto_merge ?? true,
      requiredContexts: body.required_contexts,
      transientEnvironment: body.transient_environment,
      productionEnvironment: body.production_environment
    })
    return {
      status: 201,
      body: record.deployment,
      headers: { location: record.deployment.url }
    }
  }

  /** GitHub stores a JSON-string payload as the object it encodes; an empty payload reads back as {}. */
  private normalizePayload(
    payload: Record<string, unknown> | string | undefined
  ): Record<string, unknown> | string {
    if (payload === undefined || payload === '') return {}
    if (typeof payload !== 'string') return payload
    try {
      const parsed: unknown = JSON.parse(payload)
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : payload
    } catch {
      return payload
    }
  }

  private listDeployments(context: RequestContext): Answer {
    const query = context.url.searchParams
    const matching = context.repo.deployments
      .map(record => record.deployment)
      .filter(
        deployment =>
          (!query.has('environment') || deployment.environment === query.get('environment')) &&
          (!query.has('ref') || deployment.ref === query.get('ref')) &&
          (!query.has('sha') || deployment.sha === query.get('sha')) &&
          (!query.has('task') || deployment.task === query.get('task'))
      )
      .sort(newestFirst)
    return this.paginate(context, matching)
  }

  private deploymentOf(context: RequestContext): DeploymentRecord | undefined {
    const id = Number(context.params['deployment_id'])
    return context.repo.deployments.find(record => record.deployment.id === id)
  }

  private getDeployment(context: RequestContext): Answer {
    const record = this.deploymentOf(context)
    return record ? { status: 200, body: record.deployment } : this.notFound(context.documentationUrl)
  }

  private createDeploymentStatus(context: RequestContext): Answer {
    const record = this.deploymentOf(context)
    if (!record) return this.notFound(context.documentationUrl)
    const invalid = this.validateRequestBody('repos/create-deployment-status', context)
    if (invalid) return invalid
    const body = context.body as {
      state: DeploymentState
      target_url?: string
      log_url?: string
      description?: string
      environment?: string
      environment_url?: string
      auto_inactive?: boolean
    }
    const status = this.appendStatus(context.repo, record, {
      state: body.state,
      description: body.description ?? '',
      environmentUrl: body.environment_url ?? '',
      logUrl: body.log_url ?? body.target_url ?? '',
      createdAt: isoSeconds(this.now()),
      environment: body.environment,
      autoInactive: body.auto_inactive ?? true
    })
    return { status: 201, body: status, headers: { location: status.url } }
  }

  private listDeploymentStatuses(context: RequestContext): Answer {
    const record = this.deploymentOf(context)
    if (!record) return this.notFound(context.documentationUrl)
    return this.paginate(context, [...record.statuses].sort(newestFirst))
  }

  /**
   * Compare of seeded commits: the commits reachable from head but not from base, oldest first, and the files
   * they touched (last change per file wins). No pagination of commits: release manifests compare few commits.
   */
  private compareCommits(context: RequestContext): Answer {
    const basehead = context.params['basehead'] ?? ''
    const separator = basehead.indexOf('...')
    if (separator <= 0) return this.notFound(context.documentationUrl)
    const baseName = basehead.slice(0, separator)
    const headName = basehead.slice(separator + 3)
    const base = this.findCommit(context.repo, baseName)
    const head = this.findCommit(context.repo, headName)
    if (!base || !head) return this.notFound(context.documentationUrl)
    const fromHead = this.ancestors(context.repo, head.sha)
    const fromBase = this.ancestors(context.repo, base.sha)
    const mergeBaseSha = fromHead.find(sha => fromBase.includes(sha)) ?? base.sha
    const mergeBase = context.repo.commits.get(mergeBaseSha) as CommitState
    const aheadShas = fromHead.filter(sha => !fromBase.includes(sha)).reverse()
    const behindBy = fromBase.filter(sha => !fromHead.includes(sha)).length
    const aheadBy = aheadShas.length
    const comparisonStatus =
      aheadBy === 0 && behindBy === 0
        ? 'identical'
        : behindBy === 0
          ? 'ahead'
          : aheadBy === 0
            ? 'behind'
            : 'diverged'
    const files = new Map<string, CommitFileSeed>()
    for (const sha of aheadShas) {
      for (const file of context.repo.commits.get(sha)?.files ?? []) files.set(file.filename, file)
    }
    const web = `${this.serverUrl}/${context.repo.fullName}/compare`
    const owner = context.repo.owner
    return {
      status: 200,
      body: {
        url: `${this.repoApiUrl(context.repo)}/compare/${encodeURIComponent(basehead)}`,
        html_url: `${web}/${basehead}`,
        permalink_url: `${web}/${owner}:${base.sha}...${owner}:${head.sha}`,
        diff_url: `${web}/${basehead}.diff`,
        patch_url: `${web}/${basehead}.patch`,
        base_commit: this.commitJson(context.repo, base),
        merge_base_commit: this.commitJson(context.repo, mergeBase),
        status: comparisonStatus,
        ahead_by: aheadBy,
        behind_by: behindBy,
        total_commits: aheadBy,
        commits: aheadShas.map(sha =>
          this.commitJson(context.repo, context.repo.commits.get(sha) as CommitState)
        ),
        files: [...files.values()].map(file => this.diffEntryJson(context.repo, head.sha, file))
      }
    }
  }

  private pullOf(context: RequestContext): PullRequestState | undefined {
    const number = Number(context.params['pull_number'])
    return Number.isSafeInteger(number) ? context.repo.pulls.get(number) : undefined
  }

  private getPullRequest(context: RequestContext): Answer {
    const pull = this.pullOf(context)
    if (!pull) return this.notFound(context.documentationUrl)
    return { status: 200, body: this.pullRequestJson(context.repo, pull) }
  }

  /** Reviews in chronological order (as GitHub documents), paginated like GitHub's other lists. */
  private listPullRequestReviews(context: RequestContext): Answer {
    const pull = this.pullOf(context)
    if (!pull) return this.notFound(context.documentationUrl)
    const reviews = [...pull.reviews].sort(
      (a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || a.id - b.id
    )
    return this.paginate(
      context,
      reviews.map(review => this.pullRequestReviewJson(context.repo, pull, review))
    )
  }

  /** The commit and its ancestors, nearest first (breadth-first over parents). */
  private ancestors(repo: RepoState, sha: string): string[] {
    const seen: string[] = []
    const queue = [sha]
    while (queue.length > 0) {
      const next = queue.shift() as string
      if (seen.includes(next)) continue
      seen.push(next)
      queue.push(...(repo.commits.get(next)?.parents ?? []))
    }
    return seen
  }

  /** GitHub's page/per_page (default 30, at most 100) with a `link` header for octokit.paginate. */
  private paginate(context: RequestContext, items: unknown[]): Answer {
    const perPage = Math.min(100, Math.max(1, Number(context.url.searchParams.get('per_page') ?? 30) || 30))
    const page = Math.max(1, Number(context.url.searchParams.get('page') ?? 1) || 1)
    const lastPage = Math.max(1, Math.ceil(items.length / perPage))
    const pageUrl = (target: number) => {
      const url = new URL(context.url.pathname + context.url.search, this.url)
      url.searchParams.set('per_page', String(perPage))
      url.searchParams.set('page', String(target))
      return url.toString()
    }
    const links: string[] = []
    if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`)
    if (page < lastPage)
      links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`)
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`)
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {}
    }
  }

  /** 422 in GitHub's words when the body breaks the operation's request schema, else undefined. */
  private validateRequestBody(operationId: string, context: RequestContext): Answer | undefined {
    const validate = subsetValidator(
      this.ajv,
      `#/operations/${operationId.replaceAll('/', '~1')}/requestBody/schema`
    )
    if (validate(context.body ?? {})) return undefined
    const reasons = (validate.errors ?? []).map(error => {
      const field = error.instancePath.replace(/^\//, '')
      if (error.keyword === 'required') return `"${String(error.params['missingProperty'])}" wasn't supplied.`
      if (error.keyword === 'enum') {
        const allowed = (error.params['allowedValues'] as unknown[])
          .map(value => JSON.stringify(value))
          .join(', ')
        return `For 'properties/${field}', ${JSON.stringify(valueAt(context.body, field))} is not a member of [${allowed}].`
      }
      return `For 'properties/${field}', ${JSON.stringify(valueAt(context.body, field))} ${error.message ?? 'is invalid'}.`
    })
    return {
      status: 422,
      body: {
        message: `Invalid request.\n\n${[...new Set(reasons)].join('\n')}`,
        documentation_url: context.documentationUrl,
        status: '422'
      }
    }
  }

  // ---- HTTP ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', this.url)
    const matched = this.match(method, url.pathname)
    const ifNoneMatch = req.headers['if-none-match']
    const entry: Omit<RequestLogEntry, 'status'> = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      endpoint: matched ? `${method} ${matched.route.template}` : `${method} ${url.pathname}`,
      ...(matched ? { operationId: matched.route.operationId } : {}),
      ...(ifNoneMatch === undefined ? {} : { ifNoneMatch })
    }
    const fault = this.takeFault(method, url.pathname, matched?.route)
    if (fault && 'reset' in fault) {
      this.requests.push({ ...entry, status: 0, fault: 'reset' })
      req.socket.destroy()
      return
    }
    if (fault && 'delayMs' in fault) {
      const answered = await this.sleep(fault.delayMs)
      if (!answered) return
    }
    const rawBody = await readBody(req)
    const answer =
      fault && 'status' in fault ? this.faultAnswer(fault) : this.route(req, url, matched, rawBody)
    if (fault && 'resetAfterHandling' in fault) {
      this.requests.push({ ...entry, status: 0, fault: 'reset' })
      req.socket.destroy()
      return
    }
    const faultKind = fault ? ('status' in fault ? 'status' : 'delay') : undefined
    this.send(req, res, answer, { ...entry, ...(faultKind ? { fault: faultKind } : {}) })
  }

  private match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue
      const found = route.pattern.exec(path)
      if (!found) continue
      const params: Record<string, string> = {}
      route.paramNames.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? '')
      })
      return { route, params }
    }
    return undefined
  }

  private route(
    req: IncomingMessage,
    url: URL,
    matched: { route: Route; params: Record<string, string> } | undefined,
    rawBody: string
  ): Answer {
    if (!req.headers['authorization']) {
      return {
        status: 401,
        body: { message: 'Requires authentication', documentation_url: REST_DOCS, status: '401' }
      }
    }
    if (!matched) return this.notFound(REST_DOCS)
    const operation = openApiSubset.operations[matched.route.operationId] as SubsetOperation
    const documentationUrl = operation.documentationUrl ?? REST_DOCS
    const repo = this.repos.get(`${matched.params['owner']}/${matched.params['repo']}`)
    if (!repo) return this.notFound(documentationUrl)
    let body: unknown = undefined
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody)
      } catch {
        return {
          status: 400,
          body: { message: 'Problems parsing JSON', documentation_url: documentationUrl, status: '400' }
        }
      }
    }
    return matched.route.handle({
      url,
      params: matched.params,
      body,
      repo,
      documentationUrl
    })
  }

  private takeFault(method: string, path: string, route: Route | undefined): Fault | undefined {
    const index = this.faults.findIndex(({ match }) => {
      if (match.method && match.method.toUpperCase() !== method) return false
      if (match.path instanceof RegExp) return match.path.test(path)
      return match.path === path || match.path === route?.template
    })
    const pending = this.faults[index]
    if (!pending) return undefined
    pending.remaining -= 1
    if (pending.remaining <= 0) this.faults.splice(index, 1)
    return pending.fault
  }

  private faultAnswer(
    fault: Exclude<Fault, { reset: true } | { resetAfterHandling: true } | { delayMs: number }>
  ): Answer {
    const requestId = this.peekRequestId()
    const support = `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`
    if (fault.status === 429) {
      return {
        status: 429,
        headers: {
          'retry-after': String(fault.retryAfter),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(this.now().getTime() / 1000) + fault.retryAfter)
        },
        body: {
          message: `API rate limit exceeded for installation. ${support}`,
          documentation_url: RATE_LIMIT_DOCS,
          status: '429'
        }
      }
    }
    if (fault.status === 403) {
      return {
        status: 403,
        headers: { 'retry-after': String(fault.retryAfter) },
        body: {
          message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ${support}`,
          documentation_url: SECONDARY_RATE_LIMIT_DOCS,
          status: '403'
        }
      }
    }
    return {
      status: fault.status,
      body: { message: 'Server Error', documentation_url: REST_DOCS, status: String(fault.status) }
    }
  }

  private send(
    req: IncomingMessage,
    res: ServerResponse,
    answer: Answer,
    entry: Omit<RequestLogEntry, 'status'>
  ): void {
    const json = answer.body === undefined ? '' : JSON.stringify(answer.body)
    if (answer.body !== undefined) this.checkConformance(entry, answer)
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': this.nextRequestId(),
      'cache-control': 'private, max-age=60, s-maxage=60',
      vary: 'Accept, Authorization, Cookie, X-GitHub-OTP'
    }
    let status = answer.status
    if (req.method === 'GET' && status === 200) {
      headers['etag'] = `"${createHash('sha256').update(json).digest('hex')}"`
      if (etagMatches(entry.ifNoneMatch, headers['etag'])) status = 304
    }
    // Conditional requests answered 304 do not count against GitHub's rate limit.
    if (status !== 304) this.rateLimitUsed += 1
    Object.assign(headers, {
      'x-ratelimit-limit': String(this.rateLimit),
      'x-ratelimit-remaining': String(Math.max(0, this.rateLimit - this.rateLimitUsed)),
      'x-ratelimit-reset': String(this.rateLimitReset),
      'x-ratelimit-used': String(this.rateLimitUsed),
      'x-ratelimit-resource': 'core'
    })
    Object.assign(headers, answer.headers ?? {})
    this.requests.push({ ...entry, status })
    if (status === 304) {
      delete headers['content-type']
      res.writeHead(304, headers).end()
      return
    }
    res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(json)) }).end(json)
  }

  private checkConformance(entry: Omit<RequestLogEntry, 'status'>, answer: Answer): void {
    const operation = entry.operationId ? openApiSubset.operations[entry.operationId] : undefined
    const described = operation?.responses[String(answer.status)]
    let pointer: string | undefined
    if (described) {
      pointer =
        described.schema === undefined
          ? undefined
          : responseSchemaPointer(entry.operationId as string, answer.status)
    } else if (answer.status >= 400) {
      // Statuses an operation does not list (401, 403, 429, 5xx) still carry GitHub's error shape.
      pointer = `#/components/schemas/${answer.status === 422 ? 'validation-error' : 'basic-error'}`
    } else {
      this.conformanceErrors.push(`${entry.endpoint}: status ${answer.status} is not described by GitHub`)
      return
    }
    if (!pointer) return
    const validate = subsetValidator(this.ajv, pointer)
    if (!validate(answer.body)) {
      this.conformanceErrors.push(
        `${entry.endpoint} ${answer.status} (${entry.operationId ?? 'no operation'}): ${describeSchemaErrors(validate.errors)}`
      )
    }
  }

  private nextRequestId(): string {
    const id = this.peekRequestId()
    this.requestCounter += 1
    return id
  }

  private peekRequestId(): string {
    const counter = this.requestCounter.toString(16).toUpperCase().padStart(6, '0')
    return `E4D1:3A9F:${counter}:1C0FFEE:${(0x6543210f + this.requestCounter).toString(16).toUpperCase()}`
  }

  /** Resolves true after ms, or false when stop() came first. */
  private sleep(ms: number): Promise<boolean> {
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.delayed.delete(timer)
        resolve(true)
      }, ms)
      this.delayed.set(timer, resolve)
    })
  }
}

function newestFirst(a: { created_at: string; id: number }, b: { created_at: string; id: number }): number {
  return b.created_at.localeCompare(a.created_at) || b.id - a.id
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  // If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes do not matter.
  const strip = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some(tag => strip(tag) === strip(etag))
}

function valueAt(body: unknown, field: string): unknown {
  let node = body
  for (const key of field.split('/').filter(Boolean)) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
  }
  return node
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
