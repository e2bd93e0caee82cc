/** The spec's status lines, verbatim: they are part of the interface (users grep for them). */
export const ANNOUNCE = {
  phase1Start: '[PHASE 1 START] - Verifying deployment readiness artifacts...',
  scope: 'Confirming release scope, dependencies, and stakeholder approvals...',
  phase2Start: '[PHASE 2 START] - Deploying release candidate to staging...',
  stagingValidation: 'Running staging validation suite...',
  approvalRequest:
    '[APPROVAL REQUEST] Staging deployment successful. Proceed with production release? (yes/no)',
  phase3Start: '[PHASE 3 START] - Executing production deployment...',
  postDeploymentChecks: 'Running post-deployment smoke tests and monitoring checks...',
  phase4Start: '[PHASE 4 START] - Monitoring post-deployment health window...',
  rollbackDecision: '[ROLLBACK DECISION] Production anomalies detected. Execute rollback plan? (yes/no)',
  releaseComplete:
    '[RELEASE COMPLETE] Post-deployment health window passed. Publish release report to Protocol 5? (yes/no)',
  compilingReport: 'Compiling final release report and evidence bundle...',
  protocolComplete:
    '[PROTOCOL COMPLETE] - Production deployment finalized. Ready for Protocol 12 (Monitoring & Observability).',
  missingPrerequisites: '[ERROR] Required staging or validation artifact missing.',
  healthDegradation: '[ALERT] Post-deployment metrics outside thresholds.'
} as const

/** `[PHASE N COMPLETE] - {phase_name} finished successfully.` */
export function phaseComplete(number: 1 | 2 | 3 | 4, phaseName: string): string {
  return `[PHASE ${number} COMPLETE] - ${phaseName} finished successfully.`
}

/** `[AUTOMATION] {script} executed: {status}` */
export function automation(name: string, status: string): string {
  return `[AUTOMATION] ${name} executed: ${status}`
}

/** `[ERROR] Deployment command failed: {error}.` */
export function deploymentFailed(error: string): string {
  return `[ERROR] Deployment command failed: ${error.replace(/\.$/, '')}.`
}

/**
 * A `(yes/no)` status line that nobody is asked: the line as the spec words it, with the answer and who or what gave
 * it in place of `(yes/no)`, e.g. `[ROLLBACK DECISION] ... Execute rollback plan? yes (health.on-breach: rollback)`.
 */
export function answered(question: string, answer: string): string {
  return `${question.replace(/ \(yes\/no\)$/, '')} ${answer}`
}
