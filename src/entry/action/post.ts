import * as core from '@actions/core'
import { messageOf } from '../../core/errors.js'
import { lazyArtifactClient } from '../../adapters/github/artifact-client.js'
import { STATE } from './state.js'
import { EvidenceArtifacts } from '../../adapters/github/artifacts.js'

/**
 * The action's post step (GitHub runs it also after a failure or cancellation): if the main step never uploaded its
 * evidence, because it was killed or cancelled mid-phase, upload whatever is on disk so no evidence is lost.
 */
export async function post(): Promise<void> {
  const evidenceDir = core.getState(STATE.evidenceDir)
  if (!evidenceDir || core.getState(STATE.uploaded) === 'true') return
  const name = core.getState(STATE.interruptedName)
  const retention = core.getState(STATE.retentionDays)
  try {
    const uploaded = await new EvidenceArtifacts(lazyArtifactClient()).upload(
      name,
      evidenceDir,
      retention ? Number(retention) : undefined
    )
    if (uploaded)
      core.warning(
        `The phase did not finish; the evidence it left was uploaded as artifact ${name} (id ${uploaded.id ?? 'unknown'}).`
      )
  } catch (error) {
    core.error(
      `[ERROR] Could not upload the evidence of the interrupted phase: ${messageOf(error)}. It is on the runner in ${evidenceDir}.`
    )
  }
}

await post()
