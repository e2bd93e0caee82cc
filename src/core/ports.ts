import type { ExecRecord, GitHubApprovalFacts, RoutedServer } from './records/index.js'
import type { TrafficSpec } from './config.js'
import type { ValidateFunction } from 'ajv'
import type { EvidenceManifest, ManifestEntry } from './manifest.js'
import type { ReleaseHistoryFile } from './generated/release-history.js'
import type { StakeholderSignoff } from './signoffs.js'
import type { ReleaseManifest } from './generated/release-manifest.js'
import type { Ledger, StartRefusal } from './ledger.js'

/** Time, injectable so that unit tests never sleep for real. */
export interface Clock {
  now(): Date
  sleep(ms: number): Promise<void>
}

/** Where status lines and progress go (terminal, job log, or a test's array). */
export interface Logger {
  info(line: string): void
  warn(line: string): void
  error(line: string): void
  /** A transient progress line (rewritten in place on a terminal; rate-limited elsewhere). */
  progress(line: string): void
}

/** One command to run as a real process, argv as given (no shell). */
export interface CommandRequest {
  name: string
  argv: string[]
  timeoutMs: number
  /** Prefix for forwarded output lines, e.g. `backend`. */
  label: string
  env?: Record<string, string>
  /** Do not forward output lines to the log (still captured). */
  quiet?: boolean
}

/** Runs commands; the adapter kills a command's whole process group at its timeout. */
export interface CommandRunner {
  run(request: CommandRequest): Promise<ExecRecord>
}

/**
 * The `release-gate` subcommands this process runs itself instead of starting Node again for them (the built-in
 * checks `validate` and `collect-perf`, ~240 ms each as a process), with the record, output, timeout and interruption
 * a process would have.
 */
export interface BuiltinCommands {
  /** The runner for `release-gate <args>` when it is a built-in check; null when it runs as a process. */
  find(args: readonly string[]): CommandRunner | null
}

/** The outcome of one HTTP request made by a check or probe. */
export interface HttpResponse {
  ok: boolean
  status: number | null
  headers: Record<string, string>
  body: string
  latencyMs: number
  error: string | null
}

/** HTTP for checks and probes. */
export interface HttpClient {
  /** `signal` ends the request early (a built-in check stopped by its step's timeout or by an interruption). */
  request(
    url: string,
    options: { method: string; timeoutMs: number; signal?: AbortSignal }
  ): Promise<HttpResponse>
  /**
   * Opens the path to each URL's host before measuring starts (a connection kept for reuse, the HTTP stack loaded),
   * so a first round's timeouts measure the targets. No answer is judged; a client with nothing to open leaves it out.
   */
  warm?(urls: readonly string[]): Promise<void>
}

/** A go/no-go answer to the approval request. */
export interface ApprovalAnswer {
  decision: 'approved' | 'rejected'
  approver: string | null
  comment: string | null
  source: 'cli-flag' | 'interactive' | 'no-answer' | 'github-environment'
  reason: string
  /** GitHub Environments: the review the decision comes from. */
  github?: GitHubApprovalFacts
}

/** A reviewer an environment requires. */
export interface RequiredReviewer {
  type: string
  name: string
}

/** An environment's protection, as far as Gate 3 cares. */
export interface EnvironmentProtection {
  name: string
  requiredReviewers: RequiredReviewer[]
  preventSelfReview: boolean
  hasReviewersRule: boolean
}

/** One review of a run's environment deployment. */
export interface RunApproval {
  environments: string[]
  state: 'approved' | 'rejected' | 'pending'
  comment: string
  user: { login: string; id: number }
}

/** The run whose approval GitHub Environments recorded. */
export interface ApprovalRun {
  repository: string
  runId: number
  runAttempt: number
  runUrl: string
  /** Who started the run (a reviewer who is also this person approves their own deployment). */
  actor: string
  /**
   * Everyone the runner names as having started or re-run the run (GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR): when one
   * person re-runs another's job, both are actors, and an approval by either is a self-approval. Default: [actor].
   */
  actors?: string[]
  /** The GitHub login of whoever created the release tag, where git's record names one: approving it is a self-approval. */
  tagger?: string
}

/**
 * What an approval source saw, before Gate 3's policy (src/phases/production/approval-policy.ts) judges it: a
 * person's answer (a flag, the terminal, or none), or what GitHub records about the environment and its reviews.
 */
export type ApprovalEvidence =
  | { kind: 'answer'; answer: ApprovalAnswer }
  | {
      kind: 'github-environment'
      environment: string
      /** Null when the environment does not exist. */
      protection: EnvironmentProtection | null
      reviews: RunApproval[]
      run: ApprovalRun
    }

/** Where Gate 3's human decision comes from (CLI flag / terminal prompt locally, GitHub Environments in Actions). */
export interface ApprovalSource {
  request(prompt: string): Promise<ApprovalEvidence>
}

/** One release of one environment in the history. */
export type ReleaseEntry = ReleaseHistoryFile['releases'][number]

/**
 * The release ledger's store (src/core/ledger.ts folds its events): a local file under a lock, or GitHub's
 * Deployments API. The only source for what an environment serves, whether a release may start, and where a
 * rollback goes.
 */
export interface ReleaseHistory {
  /** The environment's ledger, folded from its events. */
  ledger(environment: string): Promise<Ledger>
  /** Records one event. */
  record(entry: Omit<ReleaseEntry, 'recordedAt'>): Promise<void>
  /**
   * Records `tag` rolling out in `environment` unless the ledger refuses a start (`mayStart`, with `evidenceSince`
   * the time of the release's readiness): then records nothing and returns the refusal.
   */
  begin(environment: string, tag: string, evidenceSince?: string): Promise<StartRefusal | null>
}

/**
 * Stakeholder sign-offs recorded before a release (`release-gate signoff`): a local file under the state dir, read by
 * the action from the checkout. Phase 1 reads those of its tag.
 */
export interface SignoffStore {
  /** The sign-offs recorded for `tag`, oldest first; none recorded for any other tag. */
  forTag(tag: string): Promise<StakeholderSignoff[]>
  /** Records one sign-off. */
  record(signoff: StakeholderSignoff): Promise<void>
}

/** Commits in scope of a release, from the repository (the previous semver tag up to the release tag). */
export interface ChangeSource {
  releaseCommits(tag: string): Promise<{
    /** Whether the release tag exists in the repository; null when there is no repository to ask. */
    tagFound: boolean | null
    previousTag: string | null
    range: string
    commits: RawCommit[]
    /** Why the range may not be what a reader expects (shallow clone, tag not created yet, not a git repository). */
    notes: string[]
  }>
}

/** Facts about a prerequisite file. */
export interface FileFacts {
  exists: boolean
  isFile: boolean
  modifiedAt: Date | null
  text: string | null
  /** Where the path really leads when that is outside the workspace (through a symbolic link); never read then. */
  outsideWorkspace?: string
}

/** Read-only access to upstream artifacts (Phase 1). */
export interface ArtifactReader {
  inspect(path: string): Promise<FileFacts>
}

/** A pull request as the release manifest shows it (the shape release-manifest.schema.json gives it). */
export type PullRequestDetails = ReleaseManifest['pullRequestDetails'][number]

/** Pull request details from the forge (GitHub's API); absent locally. */
export interface PullRequestSource {
  details(numbers: readonly number[]): Promise<{ pullRequests: PullRequestDetails[]; notes: string[] }>
}

/** One commit as git reports it, before any interpretation. */
export interface RawCommit {
  sha: string
  author: string
  email: string
  /** Author date, strict ISO 8601 (`%aI`). */
  date: string
  subject: string
  body: string
  /** Paths the commit changed; for a merge, its diff against the first parent. */
  files: string[]
}

/** One entry at the top of an evidence bundle; a symbolic link is reported as one, never followed. */
export interface BundleEntry {
  name: string
  kind: 'file' | 'link' | 'other'
}

/** A file's size in bytes and the SHA-256 (hex) of its bytes. */
export interface FileDigest {
  bytes: number
  sha256: string
}

/**
 * The files of one evidence bundle, without its rules: the store (src/adapters/evidence/store.ts) redacts, validates
 * and seals over this, on disk in production and in memory in tests, so the rules are written once. Names are
 * relative to the bundle, which is flat.
 */
export interface BundleFiles {
  /** Where the bundle lives (commands receive it as `${evidence}`). */
  readonly dir: string
  /** A file's text, or undefined when absent; throws EvidenceSchemaError for a symbolic link (never read). */
  read(name: string): Promise<string | undefined>
  /** A file's text with the SHA-256 of its bytes (hashed only when not already known), or undefined when absent. */
  readWithDigest(name: string): Promise<{ text: string; sha256: string } | undefined>
  /**
   * Replaces a file whole (a reader or a process crash sees the old content or the new) and returns the digest of the
   * bytes written; durable once `sync` (or `writeSeal`) returns.
   */
  write(name: string, content: string | Iterable<string>): Promise<FileDigest>
  /** Makes every write so far durable. */
  sync(): Promise<void>
  /**
   * Makes every earlier write durable, then replaces `name` whole and durably: the seal, written last, so that a crash
   * leaves the earlier seal or this one, and never a seal over files that are not on disk.
   */
  writeSeal(name: string, content: string | Iterable<string>): Promise<FileDigest>
  /** The entries at the top of the bundle, temporary files included; empty when there is no bundle. */
  list(): Promise<BundleEntry[]>
  /** A file's size in bytes and its SHA-256 (hex). */
  digest(name: string): Promise<FileDigest>
  /** Moves the whole bundle to `destination`, leaving an empty bundle where it was. */
  moveAside(destination: string): Promise<void>
}

/**
 * The evidence bundle of one release: every record is checked against its schema before it is written, every write
 * is atomic, and what a phase wrote is sealed into the manifest.
 */
export interface EvidenceStore {
  /** Where the bundle lives. */
  readonly dir: string
  /** Path of an artifact inside the bundle. */
  path(artifact: string): string
  /** Validates `record` against its schema, then writes it atomically. */
  writeJson(artifact: string, record: object): Promise<void>
  /** Writes a Markdown (or other text) artifact atomically, from one string or a sequence of pieces. */
  writeText(artifact: string, text: string | Iterable<string>): Promise<void>
  /** Appends to a text artifact (the communications timeline). */
  appendText(artifact: string, text: string): Promise<void>
  /** Redacts secrets from a file a command wrote into the bundle; true when it changed. */
  scrub(artifact: string): Promise<boolean>
  /** The text of an artifact, or undefined when it does not exist. */
  readText(artifact: string): Promise<string | undefined>
  /** An earlier phase's record: undefined if absent; throws if it does not parse or match its schema. */
  readJson<T>(artifact: string): Promise<T | undefined>
  /** Moves an earlier bundle aside before a new release starts; returns where it went, or null. */
  archiveExisting(now: Date): Promise<string | null>
  /** Seals what a phase wrote into the manifest. */
  seal(phase: ManifestEntry['phase'], tag: string, now: Date): Promise<EvidenceManifest>
  /** What is wrong with the bundle against its manifest (empty when nothing). */
  verify(): Promise<string[]>
  /** Every file of the bundle with its size and hash. */
  inventory(): Promise<{ file: string; bytes: number; sha256: string }[]>
}

/** The project's JSON Schemas, and the compiler for a schema a user names (a prerequisite's `schema:`). */
export interface SchemaValidator {
  /** Throws EvidenceSchemaError when `value` does not match the schema of `artifact`. */
  assertEvidence(artifact: string, value: unknown): void
  /** Compiles a user-supplied JSON Schema; throws when it is not one. */
  compileUserSchema(schema: object): ValidateFunction
}

/** What a router is asked to make true of one server: its weight, its state, or both. */
export interface ServerTarget {
  weight?: number
  state?: 'ready' | 'drain'
}

/** A router's answer to a change: the servers before and after it, after read back from the router. */
export interface TrafficShift {
  before: RoutedServer[]
  after: RoutedServer[]
}

/**
 * A traffic router in front of one service's servers (HAProxy's Runtime API). `apply` makes every change in one
 * exchange, reads the servers back and throws TrafficRouterError when they do not say what was asked.
 */
export interface TrafficRouter {
  /** The servers' weights and states now. */
  read(): Promise<RoutedServer[]>
  /** Sets weights and states by role, then reads them back; throws TrafficRouterError on an error or a mismatch. */
  apply(targets: Partial<Record<RoutedServer['role'], ServerTarget>>): Promise<TrafficShift>
}

/** Builds the router a `traffic` section names (the HAProxy adapter in production, a fake in tests). */
export type TrafficRouterFactory = (spec: Extract<TrafficSpec, { router: 'haproxy' }>) => TrafficRouter
