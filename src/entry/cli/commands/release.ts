import { userInfo } from 'node:os'
import { LocalApprovalSource } from '../../../adapters/local.js'
import { UsageError } from '../../../core/errors.js'
import { exitCodeOf, type PhaseOutcome } from '../../../core/outcome.js'
import { PHASES, type PhaseName } from '../../../core/phases.js'
import { ARTIFACTS } from '../../../core/records/index.js'
import { validateTag } from '../../../core/tag.js'
import { runPhase, runRelease } from '../../../engine/run.js'
import type { ReleaseRequest } from '../../../core/context.js'
import { composeContext } from '../../compose.js'
import { loadConfig } from '../../config/load.js'
import { confineFolders } from '../../config/paths.js'
import { evidenceDirFlag, passEnvOf, printJson, required } from '../args.js'
import { selfArgv, stopOnSignals } from '../process.js'
import { signingKeyRequest } from '../signing-key.js'
import type { CommandInput } from './command.js'

/** `run` (the whole protocol) and `phase <name>` (one phase): the commands that change environments. */
export async function releaseCommand({
  command,
  values,
  rest,
  logger,
  configPath
}: CommandInput): Promise<number> {
  const phase = command === 'phase' ? phaseNamed(rest[0]) : undefined
  const tag = validateTag(required(values, 'tag', command))
  if (values.previous !== undefined) validateTag(values.previous, '--previous')
  const approver = values.approve?.trim()
  // A blank name would be recorded as somebody's approval: refuse it before anything runs.
  if (values.approve !== undefined && !approver)
    throw new UsageError(
      `--approve needs the approver's name, e.g. --approve dana (got ${JSON.stringify(values.approve)}).`
    )
  const signing = await signingKeyRequest(values, process.env)
  const config = await loadConfig(configPath)
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
  const outcome: PhaseOutcome = phase ? await runPhase(ctx, phase) : await runRelease(ctx)
  const exitCode = exitCodeOf(outcome)
  const where =
    phase && phase !== 'report'
      ? `evidence in ${ctx.store.dir}`
      : `Report: ${ctx.store.path(ARTIFACTS.deploymentReport)}`
  logger.info(summaryLine(tag, outcome, where))
  printJson(values, {
    command,
    phase: phase ?? null,
    tag,
    outcome: outcome.kind,
    exitCode,
    evidenceDir: ctx.store.dir,
    report: ctx.store.path(ARTIFACTS.deploymentReport),
    reasons: 'reasons' in outcome ? outcome.reasons : 'reason' in outcome ? [outcome.reason] : []
  })
  return exitCode
}

function phaseNamed(name: string | undefined): PhaseName {
  if (!name || !(PHASES as readonly string[]).includes(name))
    throw new UsageError(`Unknown phase '${name ?? ''}'. Expected one of: ${PHASES.join(', ')}.`)
  return name as PhaseName
}

function summaryLine(tag: string, outcome: PhaseOutcome, where: string): string {
  switch (outcome.kind) {
    case 'passed':
      return `release-gate: ${tag} passed; ${where}`
    case 'halted':
      return `release-gate: ${tag} halted at Gate ${outcome.gate}; production untouched (exit 3); ${where}`
    case 'rolled-back':
      return `release-gate: ${tag} was rolled back: ${outcome.reason} (exit 4); ${where}`
    case 'failed':
      return `release-gate: ${tag} FAILED: ${outcome.reason} (exit 1); ${where}`
  }
}
