import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, jest } from '@jest/globals'

// A release reads its config at start, and its built-in `validate` and `collect-perf` steps read the same file again in
// the same process: the same bytes are parsed and validated once; any other bytes are parsed and validated anew.
const realYaml = await import('yaml')
const parsedTexts: string[] = []
jest.unstable_mockModule('yaml', () => ({
  ...realYaml,
  parseDocument: (...args: Parameters<typeof realYaml.parseDocument>) => {
    parsedTexts.push(args[0])
    return realYaml.parseDocument(...args)
  }
}))
const { loadConfig } = await import('../../src/entry/config/load.js')
const { ConfigError } = await import('../../src/core/errors.js')

const config = (window: string): string =>
  [
    'version: 1',
    'services: { web: { deploy: "bin/up ${tag}", rollback: "bin/up ${previous}" } }',
    `health: { window: ${window}, interval: 5s, probes: [{ id: web, http: { url: "http://127.0.0.1:9/" } }] }`,
    ''
  ].join('\n')

const workspace = mkdtempSync(join(tmpdir(), 'rg-config-once-'))
const file = join(workspace, 'release-gate.yml')
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe('loading the config again in one process', () => {
  it('parses the same bytes once and hands each caller its own copy', async () => {
    writeFileSync(file, config('1m'))
    parsedTexts.length = 0
    const atStart = await loadConfig(file, workspace)
    const inBuiltinStep = await loadConfig(file, workspace)
    expect(parsedTexts).toHaveLength(1)
    expect(inBuiltinStep).toEqual(atStart)
    expect(inBuiltinStep).not.toBe(atStart)
    inBuiltinStep.services.length = 0
    expect((await loadConfig(file, workspace)).services).toHaveLength(1)
  })

  it('parses and validates changed bytes anew', async () => {
    writeFileSync(file, config('1m'))
    const before = await loadConfig(file, workspace)
    writeFileSync(file, config('2m'))
    parsedTexts.length = 0
    const after = await loadConfig(file, workspace)
    expect(parsedTexts).toHaveLength(1)
    expect(after.health.windowMs).toBe(120_000)
    expect(after.sourceSha256).not.toBe(before.sourceSha256)
    writeFileSync(file, config('nonsense'))
    await expect(loadConfig(file, workspace)).rejects.toBeInstanceOf(ConfigError)
  })
})
