import {
  renderDeploymentReport,
  renderSignOffs,
  type ReleaseEvidence
} from '../../render/deployment-report.js'
import { messageOf } from '../../core/errors.js'
import { ANNOUNCE } from '../../core/announce.js'
import type { ProtocolContext } from '../../core/context.js'
import {
  ARTIFACTS,
  healthWindowOfFile,
  type HealthWindowFile,
  type HealthWindowFileV1
} from '../../core/records/index.js'
import type { PhaseOutcome } from '../../core/outcome.js'
import { gateVerdicts } from './gates.js'
import { buildRetrospective, releaseOutcome, reportOutcome } from './retrospective.js'

/**
 * Final step of Phase 4: DEPLOYMENT-REPORT.md and retrospective-inputs.json from whatever evidence exists. Returns the
 * release's outcome as the report judges it; with `chainProblems` the evidence is not trusted: the report says so, and
 * the release is incomplete.
 */
export async function runReport(
  ctx: ProtocolContext,
  chainProblems: readonly string[] = []
): Promise<PhaseOutcome> {
  ctx.logger.info(ANNOUNCE.compilingReport)
  const evidence = await readEvidence(ctx)
  if (chainProblems.length > 0) evidence.brokenChain = [...chainProblems]
  const outcome = chainProblems.length > 0 ? 'incomplete' : releaseOutcome(evidence)
  const gates = gateVerdicts(ctx.tag, evidence)
  const retrospective = buildRetrospective(ctx, evidence, outcome, gates)
  await ctx.store.writeJson(ARTIFACTS.retrospective, retrospective)
  await recordSignOffs(ctx, evidence)
  // The report lists every file with its digest, so it is written last.
  const inventory = await ctx.store.inventory()
  await ctx.store.writeText(
    ARTIFACTS.deploymentReport,
    renderDeploymentReport({ tag: ctx.tag, evidence, outcome, gates, retrospective, inventory })
  )
  const markdown = (await ctx.store.readText(ARTIFACTS.deploymentReport)) ?? ''
  // markdown-it is loaded here, where the page is made, not when the process starts.
  const { renderReportHtml } = await import('../../render/html.js')
  // The same report as one self-contained page, for readers who prefer a browser to Markdown.
  await ctx.store.writeText(
    ARTIFACTS.deploymentReportHtml,
    renderReportHtml(markdown, {
      title: `Deployment report: ${ctx.tag}`,
      generatedAt: ctx.clock.now().toISOString()
    })
  )
  ctx.logger.info(`Release report: ${ctx.store.path(ARTIFACTS.deploymentReport)}`)
  return reportOutcome(outcome, gates, evidence)
}

// A broken artifact is listed as unreadable rather than stopping the report: the report must always be written.
async function readEvidence(ctx: ProtocolContext): Promise<ReleaseEvidence> {
  const evidence: ReleaseEvidence = { unreadable: [] }
  const read = async <T>(artifact: string): Promise<T | undefined> => {
    try {
      return await ctx.store.readJson<T>(artifact)
    } catch (error) {
      evidence.unreadable.push(`${artifact}: ${messageOf(error)}`)
      return undefined
    }
  }
  evidence.checklist = await read(ARTIFACTS.readinessChecklist)
  evidence.staging = await read(ARTIFACTS.stagingDeployment)
  evidence.stagingValidation = await read(ARTIFACTS.stagingValidation)
  evidence.uat = await read(ARTIFACTS.uatConfirmation)
  evidence.approval = await read(ARTIFACTS.productionApproval)
  evidence.production = await read(ARTIFACTS.productionDeployment)
  evidence.postValidation = await read(ARTIFACTS.postDeploymentValidation)
  // Either format of health-window.json (an older bundle holds format 1), as samples.
  const healthFile = await read<HealthWindowFile | HealthWindowFileV1>(ARTIFACTS.healthWindow)
  evidence.health = healthFile && healthWindowOfFile(healthFile)
  evidence.scope = await read(ARTIFACTS.releaseManifestJson)
  evidence.interrupted = await read(ARTIFACTS.releaseInterrupted)
  return evidence
}

/** Updates release-manifest.md with the sign-offs the release collected (who approved, UAT), once. */
async function recordSignOffs(ctx: ProtocolContext, evidence: ReleaseEvidence): Promise<void> {
  const manifest = await ctx.store.readText(ARTIFACTS.releaseManifest)
  if (manifest === undefined || manifest.includes('## Sign-offs recorded')) return
  await ctx.store.appendText(
    ARTIFACTS.releaseManifest,
    renderSignOffs(evidence.uat, evidence.approval).join('\n') + '\n'
  )
}
