// Phase 3: the go/no-go decision (Gate 3) and the production deployment.
// The shapes come from schemas/evidence/ (src/core/generated/).
export type { ProductionApproval } from '../generated/production-approval.js'
export type { ProductionDeploymentReport } from '../generated/production-deployment-report.js'
export type { GitHubApprovalFacts } from '../generated/common.js'
