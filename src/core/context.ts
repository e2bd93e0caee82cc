import type { ReleaseConfig } from './config.js'
import type { EventSink } from './events.js'
import type {
  BuiltinCommands,
  ApprovalSource,
  ArtifactReader,
  ChangeSource,
  Clock,
  CommandRunner,
  EvidenceStore,
  HttpClient,
  Logger,
  PullRequestSource,
  ReleaseHistory,
  SchemaValidator,
  SignoffStore,
  TrafficRouterFactory
} from './ports.js'
import type { ExecRecord } from './records/index.js'
import type { SealSigner } from './seal-signature.js'

/**
 * What a front door asks for, built once from the CLI's argv or the action's inputs: the release, where its evidence
 * goes, and what people put on the record (a rollback target, a UAT sign-off, a window override).
 */
export interface ReleaseRequest {
  readonly tag: string
  /** Overrides the config's evidence-dir. */
  readonly evidenceDir?: string
  /** The run a new bundle belongs to (a manual rollback's, which names its folder); otherwise the first seal makes one. */
  readonly runId?: string
  /** Overrides the release history's rollback target. */
  readonly previous?: string
  /** A business sign-off for UAT given on the command line. */
  readonly uatApprover?: string
  /** An emergency override of the deployment window: who asked, and why (never without a reason). */
  readonly windowOverride?: { by: string; reason: string }
  /** Fires on SIGINT/SIGTERM: running commands are stopped and the phase records the interruption. */
  readonly interrupt?: AbortSignal
  /** Variables (names, globs) the commands get besides the config's `pass-env`: the CLI's `--pass-env`. */
  readonly passEnv?: readonly string[]
  /** Values redacted wherever they appear though no variable named as a secret holds them (the `secrets` input). */
  readonly knownSecrets?: readonly string[]
  /** Tokens release-gate holds (the action's github-token): redacted, and never given to a command. */
  readonly heldTokens?: readonly string[]
  /** Signs every seal of the bundle (the CLI's --signing-key-file or RELEASE_GATE_SIGNING_KEY, the action's input). */
  readonly sealSigner?: SealSigner
  /** Refuse at Gate 1 when the tag is not in the checkout's git repository (the action), rather than warn (the CLI). */
  readonly requireTagInGit?: boolean
}

/**
 * Everything a phase needs: the validated config, the release, and the adapters for the outside world. Composed once
 * by a front door (src/entry/compose.ts) and never changed afterwards; the engine gives each phase its own journal.
 */
export interface ProtocolContext {
  readonly config: ReleaseConfig
  readonly tag: string
  /** Overrides the release history's rollback target. */
  readonly previousOverride?: string
  /** A business sign-off for UAT given on the command line. */
  readonly uatApprover?: string
  readonly store: EvidenceStore
  /** The project's JSON Schemas (evidence records) and a prerequisite's own schema. */
  readonly schemas: SchemaValidator
  readonly runner: CommandRunner
  readonly http: HttpClient
  readonly clock: Clock
  readonly logger: Logger
  readonly approval: ApprovalSource
  readonly history: ReleaseHistory
  /** Stakeholder sign-offs recorded before the release (Phase 1 reads those of its tag). */
  readonly signoffs: SignoffStore
  readonly changes: ChangeSource
  readonly artifacts: ArtifactReader
  /** argv that starts this release-gate (node + cli.js), used for `release-gate ...` commands in the config. */
  readonly selfArgv: string[]
  /** `release-gate validate` and `collect-perf` run in this process; absent: every `release-gate` is a process. */
  readonly builtins?: BuiltinCommands
  /** Pull request titles, labels and reviewers (GitHub mode). */
  readonly pullRequests?: PullRequestSource
  /** An emergency override of the deployment window: who asked, and why (never without a reason). */
  readonly windowOverride?: { by: string; reason: string }
  /** Where release events go besides the timeline (webhooks); absent when none are configured. */
  events?: EventSink
  /** The commands the current phase ran, in order (an interruption records them: what changed before it stopped). */
  journal?: ExecRecord[]
  /** Fires when the release is told to stop (SIGINT, SIGTERM): nothing new starts, the phase records where it stopped. */
  interrupt?: AbortSignal
  /**
   * SHA-256 of the config file as it is on disk now (null: unreadable), for the check before each phase: commands
   * that run `release-gate` read the file, not this process's copy. Absent where there is no file (tests).
   */
  readonly configFileDigest?: () => Promise<string | null>
  /**
   * The release tag must exist in the checkout's git repository (in GitHub Actions, where a release runs on its tag);
   * elsewhere a missing tag is a warning and the change set runs up to HEAD.
   */
  readonly requireTagInGit?: boolean
  /** Builds the router of a service's `traffic: {router: haproxy}` section; absent where none is configured (tests). */
  readonly trafficRouter?: TrafficRouterFactory
  /** Asks a person a yes/no question (an inconclusive analysis set to pause); absent where nobody can answer. */
  confirm?: (prompt: string) => Promise<boolean>
}
