import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import { composeContext } from './compose.js'
import { DEFAULT_CONFIG_PATH, loadConfig } from './config/load.js'
import { messageOf, UsageError } from './errors.js'
import { PHASES, runPhase, type PhaseName } from './protocol/engine.js'
import type { ApprovalSource, Logger } from './protocol/ports.js'
import { exitCodeOf } from './protocol/outcome.js'
import { validateTag } from './protocol/tag.js'

/** Job-log logger: progress lines are plain log lines in Actions. */
const actionsLogger: Logger = {
  info: line => core.info(line),
  warn: line => core.warning(line),
  error: line => core.error(line),
  progress: line => core.info(line)
}

/**
 * GitHub Environments are Gate 3's approval source in Actions; until the GitHub platform adapter lands (issue 3) the
 * production phase fails closed here rather than deploy without a recorded approval.
 */
const failClosedApproval: ApprovalSource = {
  request: async () => ({
    decision: 'rejected',
    approver: null,
    comment: null,
    source: 'no-answer',
    reason:
      'approval through GitHub Environments is not available in this version; no production deployment without it'
  })
}

/** The action's entry: runs the phase named by the `phase` input. */
export async function run(): Promise<void> {
  try {
    const phase = core.getInput('phase', { required: true })
    if (!(PHASES as readonly string[]).includes(phase)) {
      throw new UsageError(`Invalid input 'phase': '${phase}'. Expected one of: ${PHASES.join(', ')}.`)
    }
    const tag = validateTag(core.getInput('tag', { required: true }), "input 'tag'")
    const config = await loadConfig(core.getInput('config') || DEFAULT_CONFIG_PATH)
    const evidenceDir = core.getInput('evidence-dir') || undefined
    const cli = fileURLToPath(new URL('./cli.js', import.meta.url))
    const ctx = composeContext(config, { tag, evidenceDir }, actionsLogger, failClosedApproval, [
      process.execPath,
      cli
    ])
    const outcome = await runPhase(ctx, phase as PhaseName)
    core.setOutput('outcome', outcome.kind)
    core.setOutput('evidence-dir', ctx.store.dir)
    if (outcome.kind !== 'passed')
      core.setFailed(`Phase ${phase} ended ${outcome.kind} (exit ${exitCodeOf(outcome)}).`)
  } catch (error) {
    core.setFailed(messageOf(error))
  }
}
