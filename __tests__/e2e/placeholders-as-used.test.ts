import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLI, scratchWorkspace } from './scratch-workspace.js'

// A probe's threshold and target are shown and recorded as they were measured: `/version = "v1.1.0"`, not
// `/version = "${tag}"`, in the console, health-window.json, the health log and the HTML report alike.

let server: Server
let port = 0
let dir: string
let output = ''
let exitCode: number | null = null

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json')
    response.end(JSON.stringify({ version: 'v1.1.0' }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as { port: number }).port
  dir = scratchWorkspace('rg-placeholders-', {
    'release-gate.yml': `version: 1
services:
  api:
    deploy: [node, -e, ""]
    rollback: [node, -e, ""]
health:
  window: 1s
  interval: 500ms
  probes:
    - id: version
      http: { url: "http://127.0.0.1:${port}/version?env=\${env}", expect-json: { /version: "\${tag}" } }
    - { id: script, command: [node, -e, "", "\${tag}", "\${env}"] }
`
  })
  // Asynchronously: the probe's server answers from this process.
  await new Promise<void>(resolve => {
    const child = spawn(
      process.execPath,
      [CLI, 'run', '--tag', 'v1.1.0', '--approve', 'dana', '--config', 'release-gate.yml'],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', code => {
      exitCode = code
      resolve()
    })
  })
}, 60_000)
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

const evidence = (name: string): string => readFileSync(join(dir, '.artifacts', 'deployment', name), 'utf8')

describe('placeholders in probes, on the record', () => {
  it('releases, measuring the substituted values', () => {
    expect(exitCode).toBe(0)
  })

  it('records each probe target and threshold as measured in health-window.json', () => {
    const record = JSON.parse(evidence('health-window.json')) as {
      probes: { id: string; target: string; threshold: string }[]
    }
    expect(record.probes.map(p => [p.id, p.target, p.threshold])).toEqual([
      ['version', `http://127.0.0.1:${port}/version?env=production`, 'status 200, /version = "v1.1.0"'],
      ['script', 'node -e  v1.1.0 production', 'exit code 0']
    ])
  })

  it.each(['console', 'deployment-health-log.md', 'DEPLOYMENT-REPORT.md', 'DEPLOYMENT-REPORT.html'])(
    'shows the substituted values, and no placeholder, in %s',
    where => {
      const text = where === 'console' ? output : evidence(where)
      expect(text).toMatch(/\/version = (&quot;|")v1\.1\.0(&quot;|")/)
      expect(text).not.toContain('${tag}')
      expect(text).not.toContain('${env}')
    }
  )
})
