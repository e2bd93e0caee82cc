import { ANNOUNCE, answered } from '../../core/announce.js'
import { emitEvent } from '../shared/events.js'
import type { ProtocolContext } from '../../core/context.js'
import { approvalGate } from './gate.js'
import { approvalWarnings, judgeApproval } from './approval-policy.js'
import type { GateVerdict } from '../../core/outcome.js'
import { ARTIFACTS, type ProductionApproval } from '../../core/records/index.js'
import { recordHeader } from '../../core/record-header.js'

/** Gate 3's human decision: ask, record production-approval.json (yes or no), and judge it. */
export async function requestProductionApproval(
  ctx: ProtocolContext
): Promise<{ record: ProductionApproval; gate: GateVerdict }> {
  const requestedAt = ctx.clock.now().toISOString()
  // The question is printed only where someone is asked (the terminal's prompt); otherwise the decision is.
  await emitEvent(ctx, 'approval-requested', `Production approval requested for ${ctx.tag}`, {
    phase: 'production'
  })
  const evidence = await ctx.approval.request(ANNOUNCE.approvalRequest)
  const answer = judgeApproval(evidence, ctx.config.approval)
  for (const warning of approvalWarnings(answer)) ctx.logger.warn(warning)
  const decided = ctx.clock.now()
  const decidedAt = decided.toISOString()
  const record: ProductionApproval = {
    ...recordHeader(ARTIFACTS.productionApproval, ctx.tag, decided),
    environment: ctx.config.approval.environment,
    requestedAt,
    decidedAt,
    decision: answer.decision,
    approver: answer.approver,
    comment: answer.comment,
    source: answer.source,
    // A flag or a terminal answer is only the word of whoever ran the CLI; GitHub records who approved.
    selfAsserted: answer.source === 'cli-flag' || answer.source === 'interactive',
    reason: answer.reason,
    ...(answer.github ? { github: answer.github } : {})
  }
  await ctx.store.writeJson(ARTIFACTS.productionApproval, record)
  const gate = approvalGate(ctx.tag, record)
  await emitEvent(
    ctx,
    'approval-decided',
    `${ctx.tag} ${record.decision}${record.approver ? ` by ${record.approver}` : ''}: ${record.reason}`,
    {
      phase: 'production',
      details: { decision: record.decision, approver: record.approver, source: record.source }
    }
  )
  ctx.logger.info(answered(ANNOUNCE.approvalRequest, `${gate.passed ? 'yes' : 'no'} (${decidedBy(record)})`))
  if (gate.passed) {
    ctx.logger.info(
      `Approved by ${record.approver}${record.comment ? ` ("${record.comment}")` : ''} via ${record.source}.`
    )
  }
  return { record, gate }
}

/** Who or what answered the approval request, as the status line says it. */
function decidedBy(record: ProductionApproval): string {
  switch (record.source) {
    case 'cli-flag':
      return `--approve ${record.approver ?? ''}`
    case 'interactive':
      return `answered at the prompt as ${record.approver ?? 'nobody'}`
    case 'github-environment':
      return record.approver
        ? `GitHub environment '${record.environment}', reviewed by ${record.approver}`
        : `GitHub environment '${record.environment}'`
    case 'no-answer':
      return 'nobody answered'
  }
}
