import { cell, inlineText } from './escape.js'
import type { ServiceDeployment } from '../core/records/index.js'

/**
 * Markdown for each progressive rollout: its steps and, when aborted, a plain sentence saying where and why (the
 * question users of Argo Rollouts and Flagger ask most). Empty when every service deployed all at once. Pure.
 */
export function renderRollouts(services: readonly ServiceDeployment[], heading = '###'): string[] {
  const lines: string[] = []
  for (const service of services) {
    const rollout = service.rollout
    if (!rollout) continue
    lines.push(
      `${heading} Rollout of ${inlineText(service.service)} (${rollout.strategy}): ${rollout.status}`,
      ''
    )
    if (rollout.skipped)
      lines.push(
        `Skipped ${inlineText(rollout.skipped.steps.join(', '))}: ${cell(rollout.skipped.reason)}`,
        ''
      )
    if (rollout.abort)
      lines.push(
        `**Aborted at step ${rollout.abort.step} (${inlineText(rollout.abort.description)}) at ${rollout.abort.at}:** ${cell(rollout.abort.reason)}`,
        ''
      )
    lines.push(
      '| Step | Action | Weight / colour | Result | Finished | Detail |',
      '|---:|---|---|---|---|---|'
    )
    for (const step of rollout.steps) {
      const target = step.weight !== null ? `${step.weight}%` : (step.color ?? '—')
      const score =
        step.analysis?.comparison?.score !== undefined && step.analysis.comparison.score !== null
          ? ` (score ${Math.round(step.analysis.comparison.score)})`
          : ''
      lines.push(
        `| ${step.step} | ${cell(step.description)} | ${target} | ${step.status === 'failed' ? '**failed**' : step.status === 'deferred' ? 'deferred to after the health window' : 'completed'}${score} | ${step.finishedAt} | ${cell(step.message)} |`
      )
    }
    lines.push('')
  }
  return lines
}
