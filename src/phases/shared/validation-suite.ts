import type { StepSpec } from '../../core/config.js'
import { messageOf } from '../../core/errors.js'
import type { ProtocolContext } from '../../core/context.js'
import { runStep, templateVars } from './step.js'
import type { CheckResult, ExecRecord, ValidationResults } from '../../core/records/index.js'
import { recordHeader } from '../../core/record-header.js'

/**
 * Runs a validation suite (staging validation or production checks). A step may write the artifact itself (the
 * spec's `--output` hooks); its checks are merged with every step's command record into one schema-valid file.
 */
export async function runValidationSuite(
  ctx: ProtocolContext,
  steps: readonly StepSpec[],
  artifact: 'staging-validation-results.json' | 'post-deployment-validation.json',
  environment: string,
  previous: string | null
): Promise<ValidationResults> {
  const commands: ExecRecord[] = []
  const checks: CheckResult[] = []
  let perf: ValidationResults['perf']
  for (const step of steps) {
    const before = await ctx.store.readText(artifact)
    const record = await runStep(ctx, step, templateVars(ctx, environment, 'validation', previous), step.name)
    commands.push(record)
    await ctx.store.scrub(artifact)
    const after = await ctx.store.readText(artifact)
    if (after === undefined || after === before) continue
    try {
      const written = JSON.parse(after) as unknown
      ctx.schemas.assertEvidence(artifact, written)
      const report = written as ValidationResults
      if (report.tag !== null && report.tag !== ctx.tag)
        throw new Error(`it is for release ${report.tag}, not ${ctx.tag}`)
      checks.push(...report.checks)
      perf = report.perf ?? perf
    } catch (error) {
      const now = ctx.clock.now().toISOString()
      checks.push({
        id: `${step.name}-output`,
        kind: 'command',
        passed: false,
        startedAt: now,
        finishedAt: now,
        durationMs: 0,
        message: `${step.name} wrote an unusable ${artifact}: ${messageOf(error)}`
      })
    }
  }
  const results: ValidationResults = {
    ...recordHeader(artifact, ctx.tag, ctx.clock.now()),
    environment,
    passed: commands.every(c => c.status === 'success') && checks.every(c => c.passed),
    commands,
    checks,
    ...(perf ? { perf } : {})
  }
  await ctx.store.writeJson(artifact, results)
  const failed = checks.filter(c => !c.passed)
  if (checks.length > 0)
    ctx.logger.info(
      `  ${checks.length} check(s) recorded in ${artifact}: ${failed.length === 0 ? 'all passed' : `${failed.length} failed`}`
    )
  for (const check of failed) ctx.logger.error(`  ✘ ${check.id}: ${check.message}`)
  return results
}
