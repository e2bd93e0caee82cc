import type { ReleaseConfig } from './config.js'
import type { EventSink } from './events.js'
import type {
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
  SchemaValidator
} from './ports.js'
import type { ExecRecord } from './records/index.js'

/** Everything a phase needs: the validated config, the release, and the adapters for the outside world. */
export interface ProtocolContext {
  config: ReleaseConfig
  tag: string
  /** Overrides the release history's rollback target. */
  previousOverride?: string
  /** A business sign-off for UAT given on the command line. */
  uatApprover?: string
  store: EvidenceStore
  /** The project's JSON Schemas (evidence records) and a prerequisite's own schema. */
  schemas: SchemaValidator
  runner: CommandRunner
  http: HttpClient
  clock: Clock
  logger: Logger
  approval: ApprovalSource
  history: ReleaseHistory
  changes: ChangeSource
  artifacts: ArtifactReader
  /** argv that starts this release-gate (node + cli.js), used for `release-gate ...` commands in the config. */
  selfArgv: string[]
  /** Pull request titles, labels and reviewers (GitHub mode). */
  pullRequests?: PullRequestSource
  /** An emergency override of the deployment window: who asked, and why (never without a reason). */
  windowOverride?: { by: string; reason: string }
  /** Where release events go besides the timeline (webhooks); absent when none are configured. */
  events?: EventSink
  /** The commands the current phase ran, in order (an interruption records them: what changed before it stopped). */
  journal?: ExecRecord[]
  /** Fires when the release is told to stop (SIGINT, SIGTERM): nothing new starts, the phase records where it stopped. */
  interrupt?: AbortSignal
  /** Asks a person a yes/no question (an inconclusive analysis set to pause); absent where nobody can answer. */
  confirm?: (prompt: string) => Promise<boolean>
}
