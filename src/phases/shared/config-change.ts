import type { ProtocolContext } from '../../core/context.js'
import { ARTIFACTS, type ReadinessChecklist } from '../../core/records/index.js'

/** Why a phase after readiness may not run under the config it has, and what to do; null when it may. */
export interface ConfigChange {
  problem: string
  fix: string
}

/**
 * Compares the config this phase runs under, and the config file as it is now, with the digest readiness recorded: a
 * command of an earlier phase (or anyone between two jobs) must not change the gates that judge what it did.
 */
export async function configChange(ctx: ProtocolContext): Promise<ConfigChange | null> {
  const file = ctx.config.sourcePath
  let checklist: ReadinessChecklist | undefined
  try {
    checklist = await ctx.store.readJson<ReadinessChecklist>(ARTIFACTS.readinessChecklist)
  } catch (error) {
    return {
      problem: `The readiness checklist, which records the digest of the config ${file}, cannot be read (${(error as Error).message})`,
      fix: 'Start the release again from readiness.'
    }
  }
  if (!checklist)
    return {
      problem: `No readiness checklist in ${ctx.store.dir} records the digest of the config ${file}`,
      fix: 'Run the readiness phase first.'
    }
  const checked = checklist.configSha256
  const onDisk = ctx.configFileDigest ? await ctx.configFileDigest() : ctx.config.sourceSha256
  const now = [ctx.config.sourceSha256, onDisk].find(digest => digest !== checked)
  if (now === undefined) return null
  return {
    problem: `The config ${file} is not the one readiness checked (sha256 ${checked} then, ${now ?? 'unreadable'} now)`,
    fix: 'Restore that config, or start the release again from readiness to check this one.'
  }
}
