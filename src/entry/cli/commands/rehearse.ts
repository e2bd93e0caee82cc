import { join } from 'node:path'
import { writeFileAtomic } from '../../../adapters/evidence/store.js'
import { LocalApprovalSource } from '../../../adapters/local.js'
import { EXIT } from '../../../core/outcome.js'
import { validateTag } from '../../../core/tag.js'
import { runRehearsal } from '../../../phases/readiness/rehearsal.js'
import { composeContext } from '../../compose.js'
import { loadConfig } from '../../config/load.js'
import { confineFolders } from '../../config/paths.js'
import { evidenceDirFlag, passEnvOf, printJson, required } from '../args.js'
import { selfArgv, stopOnSignals } from '../process.js'
import type { CommandInput } from './command.js'

/** `rehearse`: on staging, deploys, rolls back and redeploys the release, and records the proof Gate 1 requires. */
export async function rehearseCommand({
  command,
  values,
  logger,
  configPath
}: CommandInput): Promise<number> {
  const tag = validateTag(required(values, 'tag', command))
  if (values.previous !== undefined) validateTag(values.previous, '--previous')
  const config = await loadConfig(configPath)
  const evidenceDir = evidenceDirFlag(values) ?? {
    path: join(config.stateDir, 'rehearsal'),
    label: '$.state-dir'
  }
  await confineFolders(config, evidenceDir)
  const approval = new LocalApprovalSource(undefined, undefined)
  const ctx = composeContext(
    config,
    {
      tag,
      evidenceDir: evidenceDir.path,
      interrupt: stopOnSignals(),
      passEnv: passEnvOf(values),
      ...(values.previous !== undefined ? { previous: values.previous } : {})
    },
    logger,
    approval,
    selfArgv()
  )
  const rehearsal = await runRehearsal(ctx)
  // Where Gate 1 looks for it: --output, else the path of the prerequisite named rollback-rehearsal.
  const output = values.output ?? config.prerequisites.find(p => p.id === 'rollback-rehearsal')?.path
  if (output) {
    await writeFileAtomic(output, JSON.stringify(rehearsal, null, 2) + '\n')
    logger.info(`Rehearsal record: ${output}`)
  }
  printJson(values, {
    command,
    tag,
    passed: rehearsal.passed,
    output: output ?? ctx.store.path('rollback-rehearsal.json')
  })
  return rehearsal.passed ? 0 : EXIT.failed
}
