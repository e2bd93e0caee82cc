import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { CommandRequest, CommandRunner } from '../../src/core/ports.js'
import type { ExecRecord } from '../../src/core/records/index.js'
import { packageRoot } from '../../src/adapters/evidence/schemas.js'
import { SAMPLE_REPORT, warmingUpWhileRunning, warmUpLaterWork } from '../../src/entry/warm-up.js'
import { renderReportHtml } from '../../src/render/html.js'

// What later phases compile once (each evidence record's validator, the HTML report's markdown-it) is compiled while
// the release's first command runs and release-gate itself only waits: not on the path between two commands.

const request = (name: string): CommandRequest => ({ name, argv: [name], timeoutMs: 1000, label: name })

/** A runner whose commands finish only when the test says so. */
function heldRunner(): { runner: CommandRunner; started: string[]; finish: (name: string) => void } {
  const started: string[] = []
  const waiting = new Map<string, (record: ExecRecord) => void>()
  return {
    started,
    runner: {
      run: req =>
        new Promise(resolve => {
          started.push(req.name)
          waiting.set(req.name, resolve)
        })
    },
    finish: name => waiting.get(name)?.({ name, status: 'success' } as unknown as ExecRecord)
  }
}

const turns = (): Promise<void> => new Promise(resolve => setImmediate(resolve))

describe('warming up while the first command runs', () => {
  it('starts nothing before a command runs, and warms up once, while the first command is running', async () => {
    const held = heldRunner()
    const warmed: string[][] = []
    const runner = warmingUpWhileRunning(held.runner, async () => {
      warmed.push([...held.started])
      return []
    })
    await turns()
    expect(warmed).toEqual([])
    const deploy = runner.run(request('deploy backend'))
    await turns()
    expect(warmed).toEqual([['deploy backend']])
    held.finish('deploy backend')
    expect(await deploy).toMatchObject({ name: 'deploy backend', status: 'success' })
    const second = runner.run(request('deploy frontend'))
    held.finish('deploy frontend')
    await second
    await turns()
    expect(warmed).toHaveLength(1)
  })

  it('leaves the command and its record alone when the warm-up fails', async () => {
    const held = heldRunner()
    const runner = warmingUpWhileRunning(held.runner, () => Promise.reject(new Error('no')))
    const deploy = runner.run(request('deploy'))
    await turns()
    held.finish('deploy')
    expect(await deploy).toEqual({ name: 'deploy', status: 'success' })
  })

  it('compiles the validator of every evidence record and the HTML report renderer', async () => {
    const evidenceSchemas = readdirSync(join(packageRoot(), 'schemas', 'evidence'))
      .filter(f => f.endsWith('.schema.json'))
      .map(f => `evidence/${f}`)
    const warmed = await warmUpLaterWork()
    expect(warmed).toEqual(expect.arrayContaining([...evidenceSchemas, 'render/html']))
  })

  it('renders a sample report that takes the paths the real one does: a table and a health chart as SVG', () => {
    const page = renderReportHtml(SAMPLE_REPORT, { title: 'sample', generatedAt: new Date(0).toISOString() })
    expect(page).toContain('<table')
    expect(page).toContain('<svg')
  })
})
