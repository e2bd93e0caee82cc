import { afterEach } from '@jest/globals'
import { DemoSandbox } from './demo-sandbox.js'

/**
 * The sandboxes of one test file: each on its own ports, from `firstPortBase` up in steps of 100, all stopped after
 * each test. `released` sandboxes serve v1.0.0 in production and have fresh upstream evidence.
 */
export function sandboxesFrom(firstPortBase: number): { fresh(): DemoSandbox; released(): DemoSandbox } {
  const open: DemoSandbox[] = []
  let nextPortBase = firstPortBase
  afterEach(() => {
    for (const box of open.splice(0)) box.stop()
  })
  const fresh = (): DemoSandbox => {
    const box = new DemoSandbox(nextPortBase)
    nextPortBase += 100
    open.push(box)
    return box
  }
  return {
    fresh,
    released: () => {
      const box = fresh()
      box.baseline('v1.0.0')
      box.upstream()
      return box
    }
  }
}
