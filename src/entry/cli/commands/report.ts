import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { systemClock } from '../../../adapters/local.js'
import { writeFileAtomic } from '../../../adapters/evidence/store.js'
import { UsageError } from '../../../core/errors.js'
import { ARTIFACTS } from '../../../core/records/index.js'
import { renderReportHtml } from '../../../render/html.js'
import { loadConfig } from '../../config/load.js'
import type { CommandInput } from './command.js'

/** `report --html`: renders the Markdown deployment report of a finished release as one HTML page. */
export async function reportCommand({ values, logger, configPath }: CommandInput): Promise<number> {
  if (!values.html)
    throw new UsageError(
      'release-gate report needs --html (the Markdown report is written by every release).'
    )
  const config = await loadConfig(configPath)
  const dir = values['evidence-dir'] ?? config.evidenceDir
  const markdown = await readFile(join(dir, ARTIFACTS.deploymentReport), 'utf8').catch(() => {
    throw new UsageError(
      `No ${ARTIFACTS.deploymentReport} in ${dir}. Run a release first, or pass --evidence-dir.`
    )
  })
  const output = values.output ?? ARTIFACTS.deploymentReportHtml
  await writeFileAtomic(
    output,
    renderReportHtml(markdown, {
      title: `Deployment report (${dir})`,
      generatedAt: systemClock.now().toISOString()
    })
  )
  logger.info(`HTML report: ${output}`)
  return 0
}
