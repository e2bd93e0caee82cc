import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { systemClock } from '../../../adapters/local.js'
import { writeFileAtomic } from '../../../adapters/evidence/store.js'
import { UsageError } from '../../../core/errors.js'
import { ARTIFACTS } from '../../../core/records/index.js'
import { loadConfig } from '../../config/load.js'
import type { CommandInput } from './command.js'

/**
 * `report --html`: where the HTML page of a finished release's report is (the report phase writes it into the
 * bundle), or, with --output, the Markdown report rendered again as one page somewhere else.
 */
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
  if (values.output === undefined) {
    // The report phase sealed the HTML page into the bundle; writing it again would change a sealed file.
    const sealed = resolve(dir, ARTIFACTS.deploymentReportHtml)
    if (!existsSync(sealed))
      throw new UsageError(
        `No ${ARTIFACTS.deploymentReportHtml} in ${dir} (a bundle from before the report phase wrote one). Pass --output <file> to render it outside the bundle.`
      )
    logger.info(`HTML report: ${sealed} (written and sealed by the report phase)`)
    return 0
  }
  const output = values.output
  // markdown-it is loaded here, where the page is made, not when the process starts.
  const { renderReportHtml } = await import('../../../render/html.js')
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
