import type { CommandRunner } from '../core/ports.js'
import { warmEvidenceValidators } from '../adapters/evidence/schemas.js'

/**
 * A small report with what the real one has (headings, tables, links, code, a health chart), so that markdown-it and
 * the report's own rules compile the paths the deployment report takes.
 */
export const SAMPLE_REPORT = [
  '# Report',
  '',
  '## Gates',
  '',
  '| gate | verdict |',
  '| --- | --- |',
  '| 1 | `passed` |',
  '',
  '- [evidence](./x.json) **bold** _em_',
  '',
  '```mermaid',
  'xychart-beta',
  '  title "probe"',
  '  x-axis "round" [1, 2]',
  '  line [10, 12]',
  '  line [500, 500]',
  '```',
  ''
].join('\n')

/**
 * Compiles, once, what the later phases of a release use for the first time: the validator of every evidence record
 * and the HTML report's renderer (markdown-it). Nothing is written or kept but the compiled code. Returns what it
 * warmed.
 */
export async function warmUpLaterWork(): Promise<string[]> {
  const validators = await warmEvidenceValidators()
  await new Promise(resolve => setImmediate(resolve))
  const { renderReportHtml } = await import('../render/html.js')
  await new Promise(resolve => setImmediate(resolve))
  renderReportHtml(SAMPLE_REPORT, { title: 'warm-up', generatedAt: new Date(0).toISOString() })
  return [...validators, 'render/html']
}

/**
 * `runner`, which starts `warmUp` once, as its first command starts: release-gate only waits while a command runs, so
 * compiling there takes nothing from the time between commands. A failed warm-up changes nothing (what it would
 * have compiled is compiled when it is first used).
 */
export function warmingUpWhileRunning(runner: CommandRunner, warmUp: () => Promise<unknown>): CommandRunner {
  let started = false
  return {
    run: request => {
      const running = runner.run(request)
      if (!started) {
        started = true
        setImmediate(() => void warmUp().catch(() => undefined))
      }
      return running
    }
  }
}
