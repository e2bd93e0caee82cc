import { UsageError } from '../../../core/errors.js'
import { PHASES, type PhaseName } from '../../../core/phases.js'
import { validateTag } from '../../../core/tag.js'
import { loadConfig } from '../../config/load.js'
import { required } from '../args.js'
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
  // The release itself (engine, phases, evidence store, approval, lock) loads once there is a config to run it with:
  // a run refused on its flags or its config never parses that code.
  const { runConfiguredRelease } = await import('./release-run.js')
  return runConfiguredRelease({ command, values, logger, phase, tag, approver, signing, config })
}

function phaseNamed(name: string | undefined): PhaseName {
  if (!name || !(PHASES as readonly string[]).includes(name))
    throw new UsageError(`Unknown phase '${name ?? ''}'. Expected one of: ${PHASES.join(', ')}.`)
  return name as PhaseName
}
