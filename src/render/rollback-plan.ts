import { deployLevels, rollbackOrder } from '../core/service-order.js'
import { formatDuration } from '../core/duration.js'
import type { ReadinessChecklist, RollbackRehearsal } from '../core/records/index.js'
import { fencedCode, inlineText } from './escape.js'

const quote = (word: string): string =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`

/**
 * rollback-plan.md for Protocol 13 (incident readiness): per service, in the order they roll back, the exact command,
 * the target release, and what the last rehearsal showed. Pure.
 */
export function renderRollbackPlan(
  checklist: ReadinessChecklist,
  services: readonly { id: string; after: readonly string[] }[],
  rehearsal: RollbackRehearsal | null
): string {
  const order = rollbackOrder(deployLevels(services))
  const lines = [
    `# Rollback plan: ${checklist.tag}`,
    '',
    `- Environment: ${checklist.environment}`,
    `- Target release: ${checklist.rollbackPlan.target ?? '(none known: first release)'}`,
    `- Executable: ${checklist.rollbackPlan.executable ? 'yes' : `**NO** — ${inlineText(checklist.rollbackPlan.message)}`}`,
    `- Order: ${order.join(' → ')} (dependants first)`,
    rehearsal
      ? `- Rehearsal: ${rehearsal.passed ? 'passed' : '**FAILED**'} on ${rehearsal.environment} at ${rehearsal.finishedAt} for ${rehearsal.tag}` +
        (rehearsal.rollbackDurationMs !== null
          ? `; the rollback took ${formatDuration(rehearsal.rollbackDurationMs)}`
          : '')
      : '- Rehearsal: none on record for this release (`release-gate rehearse --tag ' + checklist.tag + '`)',
    '',
    '## Commands',
    '',
    'Run from the repository root, in this order, or all at once with',
    `\`release-gate rollback --env ${checklist.environment}${checklist.rollbackPlan.target ? ` --to ${checklist.rollbackPlan.target}` : ''}\`.`,
    ''
  ]
  for (const id of order) {
    const command = checklist.rollbackPlan.services.find(s => s.service === id)
    lines.push(
      `### ${id}`,
      '',
      fencedCode(command ? command.argv.map(quote).join(' ') : '# no rollback command', 'sh'),
      ''
    )
  }
  return lines.join('\n')
}
