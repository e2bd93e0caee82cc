import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { CLI } from './demo-sandbox.js'
import { sandboxesFrom } from './sandboxes.js'

// The demo's `release-gate validate` and `release-gate collect-perf` steps run inside the release's own process
// through dist/cli.js: no second Node starts for them, and the evidence says what it said when one did.
const sandbox = sandboxesFrom(64800).released

describe('release-gate built-in checks on the demo (real processes)', () => {
  it('runs the staging validation and the production perf check without starting Node for them', async () => {
    const box = sandbox()
    // Every Node process started with this preload appends its arguments to the list (the commands get it too).
    const started = join(box.root, 'node-processes.txt')
    const preload = join(box.root, 'record-start.cjs')
    writeFileSync(started, '')
    writeFileSync(
      preload,
      `require('node:fs').appendFileSync(${JSON.stringify(started)}, process.argv.slice(2).join(' ') + '\\n')\n`
    )
    const run = await box.run(
      [
        process.execPath,
        CLI,
        'run',
        '--tag',
        'v1.1.0',
        '--config',
        'release-gate.yml',
        '--approve',
        'e2e-approver',
        '--pass-env',
        'NODE_OPTIONS'
      ],
      { NODE_OPTIONS: `--require ${preload}` }
    )

    expect({
      code: run.code,
      errors: run.stderr.split('\n').filter(line => line.startsWith('[ERROR]'))
    }).toEqual({
      code: 0,
      errors: []
    })
    const nodeStarts = readFileSync(started, 'utf8').split('\n').filter(Boolean)
    expect(nodeStarts.filter(args => args.startsWith('run --tag v1.1.0'))).toHaveLength(1)
    expect(nodeStarts.filter(args => /^(validate|collect-perf)\b/.test(args))).toEqual([])
    for (const line of [
      '  release-gate validate | validate staging: passed → ',
      '[AUTOMATION] release-gate validate executed: success',
      '  release-gate collect-perf | collect-perf production: passed → ',
      '[AUTOMATION] release-gate collect-perf executed: success'
    ])
      expect(run.stdout).toContain(line)
    // The step records as a child's were: the argv that starts release-gate, exit 0, the output lines.
    const staging = box.json<{ passed: boolean; commands: unknown[] }>('staging-validation-results.json')
    expect(staging.passed).toBe(true)
    expect(staging.commands).toContainEqual(
      expect.objectContaining({
        name: 'release-gate validate',
        argv: [
          process.execPath,
          expect.stringMatching(/dist[/\\]cli\.js$/),
          'validate',
          '--mode',
          'staging',
          '--output',
          expect.stringMatching(/staging-validation-results\.json$/)
        ],
        exitCode: 0,
        signal: null,
        status: 'success',
        stdoutTail: expect.stringContaining('validate staging: passed → ')
      })
    )
    expect(box.json('post-deployment-validation.json')).toMatchObject({
      passed: true,
      perf: { availability: 1 }
    })
  }, 120_000)
})
