// Phase 3: the go/no-go decision (Gate 3) and the production deployment.
// The shapes come from schemas/evidence/ (src/core/generated/).
import type { ProductionApproval } from '../generated/production-approval.js'

export type { ProductionApproval } from '../generated/production-approval.js'
export type { ProductionDeploymentReport } from '../generated/production-deployment-report.js'

/** What GitHub says about the approval of a run's environment deployment. */
export type GitHubApprovalFacts = NonNullable<ProductionApproval['github']>
