import type { ReleaseConfig, StepSpec } from '../config/types.js'
import { renderArgv, tokenizeCommand, type TemplateVars } from '../commands/template.js'
import type { EvidenceStore } from '../evidence/store.js'
import type {
  ApprovalSource,
  ArtifactReader,
  ChangeSource,
  Clock,
  CommandRunner,
  HttpClient,
  Logger,
  PullRequestSource,
  ReleaseHistory
} from './ports.js'
import type { ExecRecord, WindowCheck } from './records.js'
import { evaluateWindow } from '../readiness/window.js'
import { automation } from './announce.js'
import type { EventSink } from './events.js'
import { throwIfInterrupted } from './interruption.js'

/** Everything a phase needs: the validated config, the release, and the adapters for the outside world. */
export interface ProtocolContext {
  config: ReleaseConfig
  tag: string
  /** Overrides the release history's rollback target. */
  previousOverride?: string
  /** A business sign-off for UAT given on the command line. */
  uatApprover?: string
  store: EvidenceStore
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

/** The rollback target of this release: `--previous`, else the release history's last serving release. */
export async function rollbackTarget(ctx: ProtocolContext, environment: string): Promise<string | null> {
  return ctx.previousOverride ?? (await ctx.history.previous(environment, ctx.tag))
}

/** Template variables for a command. */
export function templateVars(
  ctx: ProtocolContext,
  environment: string,
  service: string,
  previous: string | null
): TemplateVars {
  return { tag: ctx.tag, env: environment, previous: previous ?? '', evidence: ctx.store.dir, service }
}

/** The argv a config step runs as: placeholders substituted per word, `release-gate` resolved to this program. */
export function stepArgv(ctx: ProtocolContext, step: StepSpec, vars: TemplateVars): string[] {
  const argv = renderArgv(tokenizeCommand(step.command), vars)
  return argv[0] === 'release-gate' ? [...ctx.selfArgv, ...argv.slice(1)] : argv
}

/** Runs one config step, announces it as the spec says, and returns its record. */
export async function runStep(
  ctx: ProtocolContext,
  step: StepSpec,
  vars: TemplateVars,
  label: string
): Promise<ExecRecord> {
  throwIfInterrupted(ctx.interrupt)
  const record = await ctx.runner.run({
    name: step.name,
    argv: stepArgv(ctx, step, vars),
    timeoutMs: step.timeoutMs,
    label,
    env: {
      RELEASE_GATE_TAG: vars.tag,
      RELEASE_GATE_ENV: vars.env,
      RELEASE_GATE_PREVIOUS: vars.previous,
      RELEASE_GATE_EVIDENCE_DIR: vars.evidence,
      RELEASE_GATE_SERVICE: vars.service,
      RELEASE_GATE_CONFIG: ctx.config.sourcePath
    }
  })
  ctx.logger.info(automation(step.name, describeExec(record)))
  ctx.journal?.push(record)
  // A command stopped by the interruption did not fail: the release stopped, and must not react (no rollback).
  throwIfInterrupted(ctx.interrupt, record)
  return record
}

/** `success`, `failed (exit code 1)`, `timed out after 600000ms`, `killed by SIGKILL`, ... */
export function describeExec(record: ExecRecord): string {
  switch (record.status) {
    case 'success':
      return 'success'
    case 'timeout':
      return `timed out after ${record.durationMs}ms (process group killed)`
    case 'error':
      return `error (${record.error ?? 'could not start'})`
    case 'failure':
      return record.signal ? `failed (killed by ${record.signal})` : `failed (exit code ${record.exitCode})`
  }
}

/**
 * Whether production may be changed now: inside a window and outside every freeze, or overridden on the record.
 * Checked by readiness and again right before production (an approval can take hours).
 */
export function checkWindow(ctx: ProtocolContext): WindowCheck {
  const now = ctx.clock.now()
  const evaluation = evaluateWindow(ctx.config.window, now)
  const override =
    !evaluation.allowed && ctx.windowOverride
      ? { by: ctx.windowOverride.by, reason: ctx.windowOverride.reason, at: now.toISOString() }
      : null
  return {
    allowed: evaluation.allowed,
    reason: evaluation.reason,
    nextAllowedAt: evaluation.nextAllowedAt?.toISOString() ?? null,
    override
  }
}
