import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLI, filesBelow, scratchWorkspace } from './scratch-workspace.js'

// A secret planted in the environment (named under `secrets:` in the config, and one whose name says it is a token)
// and handed to every command, which print it, fail with it, and write it into evidence: it must appear nowhere the
// release leaves anything (terminal, evidence, archive, release history, webhook messages).

const PLANTED = 'pl4nted-S3cret-value-0123456789'
const PLANTED_TOKEN = 'ghp_plantedTokenValue9876543210'

let receiver: Server
const webhookBodies: string[] = []
beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      webhookBodies.push(body)
      res.end('ok')
    })
  })
  await new Promise<void>(resolve => receiver.listen(0, '127.0.0.1', resolve))
})
afterAll(() => new Promise<void>(resolve => receiver.close(() => resolve())))

describe('planted secrets', () => {
  it('never appear in the output, the evidence, the release history or the notifications', async () => {
    const dir = scratchWorkspace('rg-secrets-', {
      'leaky.mjs': [
        "import { appendFileSync, writeFileSync } from 'node:fs'",
        'const [what, env, evidence] = process.argv.slice(2)',
        'const secret = process.env.DEPLOY_CREDENTIAL ?? ""',
        'const token = process.env.SERVICE_TOKEN ?? ""',
        // Proof that the commands had the values (outside the evidence, so not searched).
        "appendFileSync('seen.log', `${what} ${env} ${secret.length} ${token.length}\\n`)",
        'console.log(`${what} ${env} with credential ${secret} and token ${token}`)',
        'console.error(`debug: DEPLOY_CREDENTIAL=${secret}`)',
        "if (what === 'check') {",
        '  const now = new Date().toISOString()',
        '  writeFileSync(`${evidence}/post-deployment-validation.json`, JSON.stringify({ schemaVersion: 1, artifact: "post-deployment-validation.json", tag: null, generatedAt: now, environment: env, passed: false, commands: [], checks: [{ id: "login", kind: "command", passed: false, startedAt: now, finishedAt: now, durationMs: 1, message: `login with ${secret} refused` }] }))',
        '  process.exit(1)',
        '}'
      ].join('\n'),
      'release-gate.yml': `version: 1
secrets: [DEPLOY_CREDENTIAL]
pass-env: [SERVICE_TOKEN]
services:
  api:
    deploy: [node, leaky.mjs, deploy, "\${env}", "\${evidence}"]
    rollback: [node, leaky.mjs, rollback, "\${env}", "\${evidence}"]
production:
  checks: [[node, leaky.mjs, check, "\${env}", "\${evidence}"]]
health:
  window: 1s
  interval: 500ms
  probes:
    - { id: api, command: [node, leaky.mjs, probe, production, x] }
notify:
  - { url-env: RELEASE_WEBHOOK, format: json }
`
    })
    const { port } = receiver.address() as AddressInfo
    // Asynchronously: the webhook receiver answers from this process's event loop.
    const run = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          CLI,
          'run',
          '--tag',
          'v1.1.0',
          '--approve',
          'dana',
          '--comment',
          'ok',
          '--config',
          'release-gate.yml'
        ],
        {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...process.env,
            DEPLOY_CREDENTIAL: PLANTED,
            SERVICE_TOKEN: PLANTED_TOKEN,
            RELEASE_WEBHOOK: `http://127.0.0.1:${port}/hook`
          }
        }
      )
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('error', reject)
      child.on('close', status => resolve({ status, output }))
    })
    const output = run.output
    // The release went through production and its failed check rolled it back: every path that prints was taken.
    expect(output).toContain('[PHASE 3 START]')
    expect(output).toContain('[AUTOMATION] leaky.mjs executed: success')
    expect(run.status).toBe(4)
    const seen = readFileSync(join(dir, 'seen.log'), 'utf8')
    expect(seen).toContain(`deploy production ${PLANTED.length} ${PLANTED_TOKEN.length}`)
    expect(seen).toContain(`rollback production ${PLANTED.length}`)
    expect(output).toContain('with credential *** and token ***')
    expect(webhookBodies.length).toBeGreaterThan(3)

    const places = [
      { path: 'stdout and stderr', text: output },
      ...filesBelow(join(dir, '.artifacts')),
      ...filesBelow(join(dir, '.release-gate')),
      ...webhookBodies.map((text, i) => ({ path: `webhook message ${i + 1}`, text }))
    ]
    expect(places.length).toBeGreaterThan(10)
    const leaks = places
      .filter(place => place.text.includes(PLANTED) || place.text.includes(PLANTED_TOKEN))
      .map(place => place.path)
    expect(leaks).toEqual([])
  })
})
