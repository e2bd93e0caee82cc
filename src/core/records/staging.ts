// Phase 2: the staging deploy and user acceptance.
import type { RecordHeader } from './common.js'
import type { ServiceDeployment } from './rollout.js'

/** Phase 2 evidence: the staging deploy. */
export interface StagingDeploymentReport extends RecordHeader {
  environment: 'staging'
  startedAt: string
  finishedAt: string
  passed: boolean
  services: ServiceDeployment[]
}

/** Phase 2 evidence: user acceptance. */
export interface UatConfirmation extends RecordHeader {
  environment: 'staging'
  required: boolean
  status: 'automated-pass' | 'automated-fail' | 'signed-off' | 'missing'
  passed: boolean
  signedOffBy: string | null
  recordedAt: string
  basis: string
}
