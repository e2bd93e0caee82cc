import { resolve } from 'node:path'
import { FileEvidenceStore } from '../adapters/evidence/store.js'
import { ARTIFACTS, type ProductionDeploymentReport } from '../core/records/index.js'

/**
 * The production record in a release's bundle, for a manual rollback of that release: undefined when the bundle is
 * not here (another machine or workflow run) or unreadable. The rollback checks it is of the release it rolls back.
 */
export async function releaseRecordIn(evidenceDir: string): Promise<ProductionDeploymentReport | undefined> {
  try {
    return await new FileEvidenceStore(resolve(evidenceDir)).readJson<ProductionDeploymentReport>(
      ARTIFACTS.productionDeployment
    )
  } catch {
    return undefined
  }
}
