import { userInfo } from 'node:os'
import { resolve } from 'node:path'
import { LocalApprovalSource, ReleaseLock, ReleaseLockedError } from '../../../adapters/local.js'
import type { ReleaseConfig } from '../../../core/config.js'
import { UsageError } from '../../../core/errors.js'
import { finalLine, statementOf, type PhaseOutcome } from '../../../core/outcome.js'
import { GATE_BEFORE, type PhaseName } from '../../../core/phases.js'
import { ARTIFACTS } from '../../../core/records/index.js'
import { refuseStartOverLedger, runPhase, runRelease } from '../../../engine/run.js'
import type { ProtocolContext, ReleaseRequest } from '../../../core/context.js'
import type { Logger } from '../../../core/ports.js'
import { composeContext } from '../../compose.js'
import { confineFolders } from '../../config/paths.js'
import { evidenceDirFlag, passEnvOf, printJson, type Values } from '../args.js'
import { selfArgv, signalExitCode, stopOnSignals } from '../process.js'
import type { signingKeyRequest } from '../signing-key.js'
import type { CommandInput } from './command.js'

/** What `run` or `phase` has checked of its flags, and the config it loaded (src/entry/cli/commands/release.ts). */
export interface ConfiguredRelease {
  command: string
  values: Values
  logger: CommandInput['logger']
  phase: PhaseName | undefined
  tag: string
  /** --approve, trimmed (refused when blank). */
  approver: string | undefined
  signing: Awaited<ReturnType<typeof signingKeyRequest>>
  config: ReleaseConfig
}

/** The rest of `run` and `phase` once the config is loaded: the remaining flags, then the release under its lock. */
export async function runConfiguredRelease({
  command,
  values,
  logger,
  phase,
  tag,
  approver,
  signing,
  config
}: ConfiguredRelease): Promise<number> {
  await confineFolders(config, evidenceDirFlag(values))
  const overrideReason = values['override-window']?.trim()
  if (values['override-window'] !== undefined && !overrideReason)
    throw new UsageError(
      '--override-window needs a reason, e.g. --override-window "INC-42: hotfix for the outage"'
    )
  const request: ReleaseRequest = {
    tag,
    ...(values['evidence-dir'] !== undefined ? { evidenceDir: values['evidence-dir'] } : {}),
    ...(values.previous !== undefined ? { previous: values.previous } : {}),
    ...(values['uat-approve'] !== undefined ? { uatApprover: values['uat-approve'] } : {}),
    ...(overrideReason ? { windowOverride: { by: userInfo().username, reason: overrideReason } } : {}),
    interrupt: stopOnSignals(),
    passEnv: passEnvOf(values),
    ...signing
  }
  const approverName = values['approver-name']?.trim()
  if (values['approver-name'] !== undefined && !approverName)
    throw new UsageError(
      `--approver-name needs a name, e.g. --approver-name dana (got ${JSON.stringify(values['approver-name'])}).`
    )
  const approval = new LocalApprovalSource(approver, values.comment, undefined, approverName)
  const ctx = composeContext(config, request, logger, approval, selfArgv(), {
    confirm: prompt => approval.confirm(prompt)
  })
  const outcome = await runHoldingLock(ctx, new ReleaseLock(resolve(config.stateDir)), phase, logger)
  // A signal decides the exit code (130, 143) whatever the phase recorded: the line and --json say that code.
  const statement = statementOf(outcome, signalExitCode())
  const where =
    phase && phase !== 'report'
      ? `evidence in ${ctx.store.dir}`
      : `Report: ${ctx.store.path(ARTIFACTS.deploymentReport)}`
  logger.info(finalLine(tag, statement, where))
  printJson(values, {
    command,
    phase: phase ?? null,
    tag,
    outcome: statement.outcome,
    gate: statement.gate,
    exitCode: statement.exitCode,
    evidenceDir: ctx.store.dir,
    report: ctx.store.path(ARTIFACTS.deploymentReport),
    reasons: statement.reasons
  })
  return statement.exitCode
}

/**
 * Runs the release (or one phase) holding the release lock for its whole length, so two local runs never interleave.
 * A release refused by the ledger is refused before the lock is asked for (the ledger's reason says more).
 */
async function runHoldingLock(
  ctx: ProtocolContext,
  lock: ReleaseLock,
  phase: PhaseName | undefined,
  logger: Logger
): Promise<PhaseOutcome> {
  if (!phase || phase === 'readiness') {
    const refused = await refuseStartOverLedger(ctx)
    if (refused) return refused
  }
  let held: Awaited<ReturnType<ReleaseLock['acquire']>>
  try {
    held = await lock.acquire(phase ? `phase ${phase} ${ctx.tag}` : `run ${ctx.tag}`)
  } catch (error) {
    if (!(error instanceof ReleaseLockedError)) throw error
    logger.error(
      `[ERROR] ${phase ? `The ${phase} phase of ${ctx.tag}` : `Release ${ctx.tag}`} not started: ${error.message}`
    )
    const gate = phase && phase in GATE_BEFORE ? GATE_BEFORE[phase as keyof typeof GATE_BEFORE] : 1
    return { kind: 'halted', gate, reasons: [error.message] }
  }
  if (held.tookOver)
    logger.warn(
      `Took over ${lock.file}: its holder, release-gate ${held.tookOver.holder} (pid ${held.tookOver.pid}), is no longer running.`
    )
  try {
    return phase ? await runPhase(ctx, phase) : await runRelease(ctx)
  } finally {
    await held.release()
  }
}
