import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const examples = [
  'examples/demo/release-gate.yml',
  ...readdirSync(join(repo, 'examples', 'configs'))
    .filter(f => f.endsWith('.yml'))
    .map(f => `examples/configs/${f}`)
]

describe('example configs', () => {
  it.each(examples)('%s is a valid release config', file => {
    expect(() => parseConfig(readFileSync(join(repo, file), 'utf8'), file)).not.toThrow()
  })

  it('covers every rollout strategy', () => {
    const strategies = examples.flatMap(file =>
      parseConfig(readFileSync(join(repo, file), 'utf8'), file).services.map(s => s.strategy.type)
    )
    expect(new Set(strategies)).toEqual(new Set(['all-at-once', 'canary', 'rolling', 'blue-green']))
  })
})
