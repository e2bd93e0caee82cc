// Phase 2: the staging deploy and user acceptance. The shapes come from schemas/evidence/ (src/core/generated/).
export type { StagingDeploymentReport } from '../generated/staging-deployment-report.js'
export type { UatConfirmation } from '../generated/uat-confirmation.js'
