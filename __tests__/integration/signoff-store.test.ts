import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { FileSignoffStore } from '../../src/adapters/local.js'
import type { StakeholderSignoff } from '../../src/core/signoffs.js'

// The sign-offs file in the state dir, next to release-history.json: what `release-gate signoff` writes and Phase 1
// reads (in a workflow, from the checkout).

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})
function stateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-signoffs-'))
  dirs.push(dir)
  return dir
}

const signoff = (tag: string, name: string): StakeholderSignoff => ({
  tag,
  role: 'product owner',
  name,
  comment: null,
  signedAt: '2026-11-24T09:00:00.000Z'
})

describe('FileSignoffStore', () => {
  it('keeps each sign-off for its own tag, in a file that validates against its schema', async () => {
    const dir = stateDir()
    const store = new FileSignoffStore(dir)
    expect(await store.forTag('v1.2.0')).toEqual([])
    await store.record(signoff('v1.2.0', 'Dana'))
    await store.record(signoff('v1.3.0', 'Lee'))
    expect(await new FileSignoffStore(dir).forTag('v1.2.0')).toEqual([signoff('v1.2.0', 'Dana')])
    expect(await new FileSignoffStore(dir).forTag('v1.3.0')).toEqual([signoff('v1.3.0', 'Lee')])
    expect(JSON.parse(readFileSync(join(dir, 'stakeholder-signoffs.json'), 'utf8'))).toMatchObject({
      schemaVersion: 1
    })
  })

  it('records every one of many sign-offs recorded at once (a lock around each append)', async () => {
    const store = new FileSignoffStore(stateDir())
    await Promise.all(Array.from({ length: 8 }, (_, i) => store.record(signoff('v1.2.0', `person ${i}`))))
    expect((await store.forTag('v1.2.0')).map(s => s.name).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `person ${i}`)
    )
  })

  const broken = [
    {
      name: 'not JSON',
      text: '{"schemaVersion": 1,\n',
      expected: /are not valid JSON \([^\n]*\)\. Fix or remove the file\.$/
    },
    {
      name: 'a name that is two lines',
      text: JSON.stringify({ schemaVersion: 1, signoffs: [signoff('v1.2.0', 'Dana\n| forged |')] }),
      expected: /are invalid: .*name/
    }
  ]
  it.each(broken)('refuses a file that is $name, naming it', async ({ text, expected }) => {
    const dir = stateDir()
    writeFileSync(join(dir, 'stakeholder-signoffs.json'), text)
    await expect(new FileSignoffStore(dir).forTag('v1.2.0')).rejects.toThrow(expected)
  })
})
