import { relative, resolve } from 'node:path'
import { FileSignoffStore } from '../../../adapters/local.js'
import { UsageError } from '../../../core/errors.js'
import {
  findStakeholder,
  signoffTextProblem,
  stakeholderRole,
  type StakeholderSignoff
} from '../../../core/signoffs.js'
import { validateTag } from '../../../core/tag.js'
import { loadConfig } from '../../config/load.js'
import { confineFolders } from '../../config/paths.js'
import { printJson, required } from '../args.js'
import type { CommandInput } from './command.js'

/**
 * `signoff`: records a configured stakeholder's sign-off of one release in `<state-dir>/stakeholder-signoffs.json`;
 * that release's Phase 1 records it in its evidence (and a required one lets Gate 1 pass).
 */
export async function signoffCommand({ command, values, logger, configPath }: CommandInput): Promise<number> {
  const tag = validateTag(required(values, 'tag', command))
  const role = required(values, 'role', command)
  const name = required(values, 'name', command)
  const comment = values.comment ?? null
  for (const problem of [
    signoffTextProblem('name', name),
    comment === null ? null : signoffTextProblem('comment', comment)
  ])
    if (problem) throw new UsageError(`${problem}.`)
  const config = await loadConfig(configPath)
  await confineFolders(config, undefined)
  const roles = config.stakeholders.map(s => `'${stakeholderRole(s)}'`)
  if (roles.length === 0)
    throw new UsageError(
      `No stakeholders are configured in ${config.sourcePath}: list who signs off under stakeholders: (name, role) first.`
    )
  const stakeholder = findStakeholder(config.stakeholders, role)
  if (!stakeholder)
    throw new UsageError(
      `--role '${role}' is not a stakeholder role in ${config.sourcePath}. Configured roles: ${roles.join(', ')}.`
    )
  const signoff: StakeholderSignoff = {
    tag,
    role: stakeholderRole(stakeholder),
    name,
    comment,
    signedAt: new Date().toISOString()
  }
  const store = new FileSignoffStore(resolve(config.stateDir))
  await store.record(signoff)
  const file = relative(process.cwd(), store.file)
  logger.info(
    `Recorded: ${name} signed off ${tag} for ${stakeholder.name} (${signoff.role}) at ${signoff.signedAt}, in ${file}. ` +
      `Phase 1 of ${tag} records it; it counts for no other release. In GitHub Actions, commit ${file} before tagging.`
  )
  printJson(values, { command, outcome: 'recorded', exitCode: 0, ...signoff, file })
  return 0
}
