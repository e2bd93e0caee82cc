import { describe, expect, it } from '@jest/globals'
import { deployLevels, rollbackOrder } from '../../src/core/service-order.js'

describe('service ordering', () => {
  it('deploys independent services together and dependants after what they name', () => {
    const levels = deployLevels([
      { id: 'frontend', after: ['backend', 'auth'] },
      { id: 'backend', after: [] },
      { id: 'auth', after: [] },
      { id: 'worker', after: ['backend'] }
    ])
    expect(levels).toEqual([
      ['backend', 'auth'],
      ['frontend', 'worker']
    ])
  })

  it('rolls back in reverse order: dependants first', () => {
    const levels = [['backend', 'auth'], ['frontend']]
    expect(rollbackOrder(levels)).toEqual(['frontend', 'auth', 'backend'])
    expect(rollbackOrder(levels, new Set(['backend', 'frontend']))).toEqual(['frontend', 'backend'])
  })

  it('names a cycle', () => {
    expect(() =>
      deployLevels([
        { id: 'a', after: ['b'] },
        { id: 'b', after: ['a'] }
      ])
    ).toThrow("cycle through 'after': a, b")
  })

  it('names an unknown dependency', () => {
    expect(() => deployLevels([{ id: 'a', after: ['ghost'] }])).toThrow(
      "services.a.after names unknown service 'ghost'"
    )
  })
})
