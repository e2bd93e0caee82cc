import { resolve } from 'node:path'
import { LocalApprovalSource, ReleaseLock } from '../../../adapters/local.js'
import { newRunId, rollbackBundleDir } from '../../../adapters/evidence/store.js'
import { EXIT } from '../../../core/outcome.js'
import { validateTag } from '../../../core/tag.js'
import { resolveRollback, runManualRollback } from '../../../phases/rollback/manual.js'
import { composeContext } from '../../compose.js'
import { releaseRecordIn } from '../../release-record.js'
import { loadConfig } from '../../config/load.js'
import { confineFolders } from '../../config/paths.js'
import { evidenceDirFlag, passEnvOf, printJson, required } from '../args.js'
import { selfArgv, stopOnSignals } from '../process.js'
import { signingKeyRequest } from '../signing-key.js'
import type { CommandInput } from './command.js'

/** `rollback`: rolls an environment back to --to, else to the release history's previous release. */
export async function rollbackCommand({
  command,
  values,
  logger,
  configPath
}: CommandInput): Promise<number> {
  const signing = await signingKeyRequest(values, process.env)
  const config = await loadConfig(configPath)
  await confineFolders(config, evidenceDirFlag(values))
  const environment = required(values, 'env', command)
  const passEnv = passEnvOf(values)
  const approval = new LocalApprovalSource(undefined, undefined)
  // The history is read before the context that acts is built: its tag is the release being rolled back.
  const history = composeContext(config, { tag: '0.0.0' }, logger, approval, selfArgv()).history
  const { current, target } = await resolveRollback(history, {
    environment,
    ...(values.to !== undefined ? { target: validateTag(values.to, '--to') } : {})
  })
  // A rollback is a run of its own, with its own bundle: the release's bundle stays as its run sealed it.
  const runId = newRunId(new Date())
  const releaseBundle = values['evidence-dir'] ?? config.evidenceDir
  const ctx = composeContext(
    config,
    {
      tag: current ?? target,
      evidenceDir: rollbackBundleDir(releaseBundle, runId),
      runId,
      interrupt: stopOnSignals(),
      passEnv,
      ...signing
    },
    logger,
    approval,
    selfArgv()
  )
  // A rollback changes the environment as a release does: never while another local run does.
  const held = await new ReleaseLock(resolve(config.stateDir)).acquire(`rollback ${environment}`)
  let report
  try {
    report = await runManualRollback(ctx, {
      environment,
      target,
      reason: values.reason ?? 'manual rollback (release-gate rollback)',
      releaseRecord: await releaseRecordIn(releaseBundle),
      ...(values.service ? { services: new Set(values.service) } : {})
    })
  } finally {
    await held.release()
  }
  const status = report.rollback.status
  printJson(values, { command, environment, target, status, exitCode: status === 'success' ? 0 : 1 })
  return status === 'success' ? 0 : EXIT.failed
}
