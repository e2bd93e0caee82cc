import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { CLI } from './demo-sandbox.js'
import { sandboxesFrom } from './sandboxes.js'

// Issue 21, figure 2: what the later phases use for the first time (the HTML report's markdown-it chunk among it) is
// loaded and compiled while the release's first command runs, through dist/cli.js, not in the report phase.
const sandbox = sandboxesFrom(65300).released

/**
 * A preload for the release's own process only (`node --import`): it appends every file module the process loads,
 * with the time it was loaded, to `loaded`.
 */
function timedModuleRecorder(root: string): { recorder: string; loaded: string } {
  const loaded = join(root, 'modules-loaded.txt')
  const recorder = join(root, 'record-loads.mjs')
  const hook = [
    "import { appendFileSync } from 'node:fs'",
    'export async function load(url, context, nextLoad) {',
    `  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(loaded)}, Date.now() + ' ' + url + '\\n')`,
    '  return nextLoad(url, context)',
    '}'
  ].join('\n')
  writeFileSync(loaded, '')
  writeFileSync(
    recorder,
    `import { register } from 'node:module'\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)})\n`
  )
  return { recorder, loaded }
}

describe('warm-up of later work while the first command runs (the bundled CLI on the demo)', () => {
  it("loads the HTML report renderer and the later records' validators during the staging deploys, not before them", async () => {
    const box = sandbox()
    const { recorder, loaded } = timedModuleRecorder(box.root)
    const run = await box.run([
      process.execPath,
      '--import',
      recorder,
      CLI,
      'run',
      '--tag',
      'v1.1.0',
      '--config',
      'release-gate.yml',
      '--approve',
      'e2e-approver'
    ])
    expect({ code: run.code, errors: run.stderr.split('\n').filter(l => l.startsWith('[ERROR]')) }).toEqual({
      code: 0,
      errors: []
    })
    // The report and its HTML page are what they were.
    expect(box.text('DEPLOYMENT-REPORT.html')).toContain('<svg')
    const loads = readFileSync(loaded, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(line => line.split(' ') as [string, string])
    // Stamped by the release itself: when the staging deploys started and finished, as the evidence records them.
    const staging = box.json<{ services: { deploy: { startedAt: string; finishedAt: string } }[] }>(
      'staging-deployment-report.json'
    )
    const firstStart = Math.min(...staging.services.map(s => Date.parse(s.deploy.startedAt)))
    const lastEnd = Math.max(...staging.services.map(s => Date.parse(s.deploy.finishedAt)))
    const whenLoaded = (chunk: RegExp) => {
      const at = loads.find(([, url]) => chunk.test(url))?.[0]
      return at === undefined
        ? 'never loaded'
        : {
            afterTheFirstCommandStarted: Number(at) >= firstStart,
            beforeTheStagingDeploysEnded: Number(at) <= lastEnd
          }
    }
    const duringTheDeploys = { afterTheFirstCommandStarted: true, beforeTheStagingDeploysEnded: true }
    expect({
      // markdown-it and the report's rules
      html: whenLoaded(/[/\\]cli-chunks[/\\]html-[^/\\]+\.js$/),
      // the validators of every record a release writes after its readiness (some 0.9 MB)
      laterValidators: whenLoaded(/[/\\]cli-chunks[/\\]precompiled-validators-later-[^/\\]+\.js$/)
    }).toEqual({ html: duringTheDeploys, laterValidators: duringTheDeploys })
  }, 120_000)
})
