import { ANNOUNCE, deploymentFailed, phaseComplete } from '../../core/announce.js'
import type { ProtocolContext } from '../../core/context.js'
import { rollbackTarget } from '../shared/step.js'
import { deployServices } from '../rollout/deploy-services.js'
import { readinessGate } from '../readiness/gate.js'
import { stagingGate } from './gate.js'
import { refuse } from '../shared/gate.js'
import type { PhaseOutcome } from '../../core/outcome.js'
import {
  ARTIFACTS,
  type ReadinessChecklist,
  type StagingDeploymentReport,
  type UatConfirmation,
  type ValidationResults
} from '../../core/records/index.js'
import { runValidationSuite } from '../shared/validation-suite.js'
import { recordHeader } from '../../core/record-header.js'

const STAGING = 'staging' as const

/** Phase 2: deploy the candidate to staging with production's configuration, validate it, record UAT; Gate 2. */
export async function runStaging(ctx: ProtocolContext): Promise<PhaseOutcome> {
  const gate1 = readinessGate(
    ctx.tag,
    await ctx.store.readJson<ReadinessChecklist>(ARTIFACTS.readinessChecklist)
  )
  if (!gate1.passed) return refuse(ctx, 1, gate1.reasons, 'staging')

  ctx.logger.info(ANNOUNCE.phase2Start)
  const startedAt = ctx.clock.now().toISOString()
  const previous = await rollbackTarget(ctx, STAGING)
  await ctx.history.record({ tag: ctx.tag, environment: STAGING, status: 'in-progress' })
  const deployed = await deployServices(ctx, STAGING, previous)
  const report: StagingDeploymentReport = {
    ...recordHeader(ARTIFACTS.stagingDeployment, ctx.tag, ctx.clock.now()),
    environment: STAGING,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    passed: deployed.failure === null,
    services: deployed.services
  }
  await ctx.store.writeJson(ARTIFACTS.stagingDeployment, report)
  if (deployed.failure) ctx.logger.error(deploymentFailed(deployed.failure.reason))

  let validation: ValidationResults | undefined
  if (report.passed) {
    ctx.logger.info(ANNOUNCE.stagingValidation)
    validation = await runValidationSuite(
      ctx,
      ctx.config.stagingValidate,
      ARTIFACTS.stagingValidation,
      STAGING,
      previous
    )
  }
  const uat = await recordUat(ctx, report.passed && validation?.passed === true)

  const gate2 = stagingGate(ctx.tag, report, validation, uat)
  await ctx.history.record({
    tag: ctx.tag,
    environment: STAGING,
    status: gate2.passed ? 'released' : 'failed',
    ...(gate2.passed ? {} : { note: gate2.reasons.join('; ') })
  })
  if (!gate2.passed) {
    for (const reason of gate2.reasons) ctx.logger.error(`  - ${reason}`)
    ctx.logger.error(
      'Gate 2 (staging validation) failed; production was not touched. Fix staging, then rerun the release.'
    )
    return { kind: 'halted', gate: 2, reasons: gate2.reasons }
  }
  ctx.logger.info(phaseComplete(2, 'Staging deployment'))
  return { kind: 'passed' }
}

async function recordUat(ctx: ProtocolContext, stagingPassed: boolean): Promise<UatConfirmation> {
  const at = ctx.clock.now()
  const now = at.toISOString()
  const base = {
    ...recordHeader(ARTIFACTS.uatConfirmation, ctx.tag, at),
    environment: STAGING,
    recordedAt: now
  }
  let uat: UatConfirmation
  if (ctx.uatApprover) {
    uat = {
      ...base,
      required: ctx.config.uatRequired,
      status: stagingPassed ? 'signed-off' : 'automated-fail',
      passed: stagingPassed,
      signedOffBy: ctx.uatApprover,
      basis: stagingPassed
        ? `signed off by ${ctx.uatApprover} (--uat-approve)`
        : 'sign-off given, but staging validation failed'
    }
  } else if (ctx.config.uatRequired) {
    uat = {
      ...base,
      required: true,
      status: 'missing',
      passed: false,
      signedOffBy: null,
      basis:
        'UAT sign-off is required (staging.uat.required) but none was recorded: pass --uat-approve <name>'
    }
  } else {
    uat = {
      ...base,
      required: false,
      status: stagingPassed ? 'automated-pass' : 'automated-fail',
      passed: stagingPassed,
      signedOffBy: null,
      basis: stagingPassed
        ? 'automated: staging deployment and validation suite passed'
        : 'automated: staging deployment or validation failed'
    }
  }
  await ctx.store.writeJson(ARTIFACTS.uatConfirmation, uat)
  return uat
}
