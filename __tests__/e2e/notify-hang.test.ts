import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLI, scratchWorkspace } from './scratch-workspace.js'

// A webhook that takes every request and never answers, in a release whose production check fails: the rollback
// must not wait for the notifications about it. Proved by order, not by the clock: the rollback command leaves a
// marker, and the receiver looks for it when each request ends (the client gave up on it).

/** One request the receiver held open, and whether the rollback had started when it ended. */
interface HeldRequest {
  event: string
  rollbackStartedBeforeItEnded: boolean
}

let receiver: Server
let workspace: string
const held: HeldRequest[] = []

beforeAll(async () => {
  receiver = createServer(request => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('close', () => {
      const event = (JSON.parse(body || '{}') as { event?: string }).event ?? '?'
      held.push({
        event,
        rollbackStartedBeforeItEnded: existsSync(join(workspace, 'rollback-started.marker'))
      })
    })
  })
  await new Promise<void>(resolve => receiver.listen(0, '127.0.0.1', resolve))
})
afterAll(() => {
  receiver.closeAllConnections()
  return new Promise<void>(resolve => receiver.close(() => resolve()))
})

describe('a webhook that never answers', () => {
  it('does not hold up the rollback, and the notifications it missed are logged and recorded', async () => {
    workspace = scratchWorkspace('rg-hang-', {
      'release-gate.yml': `version: 1
services:
  api:
    deploy: [node, -e, "0"]
    rollback: [node, -e, "require('node:fs').writeFileSync('rollback-started.marker', '')"]
production:
  checks: [[node, -e, "process.exit(1)"]]
health:
  window: 1s
  interval: 500ms
  probes:
    - { id: api, command: [node, -e, "0"] }
notify:
  - { name: pager, url-env: PAGER_WEBHOOK, format: json, events: [alert, rollback-started], timeout: 2s }
`
    })
    const { port } = receiver.address() as AddressInfo
    const run = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [CLI, 'run', '--tag', 'v1.1.0', '--approve', 'dana', '--config', 'release-gate.yml'],
        {
          cwd: workspace,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, PAGER_WEBHOOK: `http://127.0.0.1:${port}/hook` }
        }
      )
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('error', reject)
      child.on('close', status => resolve({ status, output }))
    })
    expect(run.status).toBe(4)
    expect(existsSync(join(workspace, 'rollback-started.marker'))).toBe(true)
    // The rollback ran while the request announcing it was still open.
    expect(held.filter(request => request.event === 'rollback-started')).toContainEqual({
      event: 'rollback-started',
      rollbackStartedBeforeItEnded: true
    })
    expect(run.output).toMatch(/\[WARN\] notification to pager failed after \d tries?: /)
    const timeline = readFileSync(
      join(workspace, '.artifacts/deployment/deployment-communications.md'),
      'utf8'
    )
    expect(timeline).toMatch(/\*\*rollback-started\*\*.* — pager: NOT delivered after \d tr(y|ies) \(/)
  })
})
