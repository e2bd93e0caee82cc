import { userInfo } from 'node:os'
import { LocalApprovalSource } from '../../../adapters/local.js'
import { UsageError } from '../../../core/errors.js'
import { finalLine, statementOf, type PhaseOutcome } from '../../../core/outcome.js'
import { PHASES, type PhaseName } from '../../../core/phases.js'
import { ARTIFACTS } from '../../../core/records/index.js'
import { validateTag } from '../../../core/tag.js'
import { runPhase, runRelease } from '../../../engine/run.js'
import type { ReleaseRequest } from '../../../core/context.js'
import { composeContext } from '../../compose.js'
import { loadConfig } from '../../config/load.js'
import { confineFolders } from '../../config/paths.js'
import { evidenceDirFlag, passEnvOf, printJson, required } from '../args.js'
import { selfArgv, signalExitCode, stopOnSignals } from '../process.js'
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
    passEnv: passEnvOf(values)
  }
  const approval = new LocalApprovalSource(approver, values.comment)
  const ctx = composeContext(config, request, logger, approval, selfArgv(), {
    confirm: prompt => approval.confirm(prompt)
  })
  const outcome: PhaseOutcome = phase ? await runPhase(ctx, phase) : await runRelease(ctx)
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

function phaseNamed(name: string | undefined): PhaseName {
  if (!name || !(PHASES as readonly string[]).includes(name))
    throw new UsageError(`Unknown phase '${name ?? ''}'. Expected one of: ${PHASES.join(', ')}.`)
  return name as PhaseName
}
