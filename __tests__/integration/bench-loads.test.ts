import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'

// `npm run bench` bundles bench/ (and the test harness it borrows, e.g. the action harness for the API budget) and runs
// it with plain Node, outside jest: nothing it imports may need jest. Runs no figure (`--only=none`), only the loading.
const repo = fileURLToPath(new URL('../..', import.meta.url))

describe('the benchmark', () => {
  it('loads and runs outside jest', () => {
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--only=none'], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 60_000
    })
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' })
    expect(run.stdout).toContain('0 of 0 targets met')
  })
})
