import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ProcessRunner } from '../../src/adapters/process-runner.js'
import { redactorFor } from '../../src/core/redact.js'
import { MemoryLogger } from '../fakes.js'

// Real processes: these check what the fakes in the engine tests stand in for.
const logger = new MemoryLogger()
const runner = new ProcessRunner(logger, redactorFor({ DEPLOY_TOKEN: 's3cr3t-value' }, []), process.cwd(), {
  ...process.env,
  DEPLOY_TOKEN: 's3cr3t-value'
})
const bash = (script: string, timeoutMs = 10_000) =>
  runner.run({ name: 'test.sh', argv: ['bash', '-c', script], timeoutMs, label: 'test' })

describe('running commands as real processes', () => {
  it('records argv, exit code, timing and output tails', async () => {
    const record = await bash('echo hello; echo oops >&2; exit 3')
    expect(record).toMatchObject({
      status: 'failure',
      exitCode: 3,
      signal: null,
      timedOut: false,
      stdoutTail: 'hello\n',
      stderrTail: 'oops\n'
    })
    expect(record.argv).toEqual(['bash', '-c', 'echo hello; echo oops >&2; exit 3'])
    expect(Date.parse(record.finishedAt)).toBeGreaterThanOrEqual(Date.parse(record.startedAt))
  })

  it('passes arguments to the program without a shell', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'rg-inert-')), 'pwned')
    const record = await runner.run({
      name: 'echo',
      argv: ['echo', `v1;touch ${marker}`, `$(touch ${marker})`],
      timeoutMs: 5000,
      label: 'x'
    })
    expect(record.stdoutTail).toBe(`v1;touch ${marker} $(touch ${marker})\n`)
    expect(existsSync(marker)).toBe(false)
  })

  it('kills a hanging command and its child processes at the timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-hang-'))
    // The grandchild would create the file after 3 s if it survived the kill.
    const record = await bash(`(sleep 3; touch ${dir}/survived) & sleep 60`, 500)
    expect(record).toMatchObject({ status: 'timeout', timedOut: true })
    expect(record.error).toContain('timed out after 500ms')
    await new Promise(resolve => setTimeout(resolve, 3500))
    expect(existsSync(join(dir, 'survived'))).toBe(false)
  })

  it('reports a command killed by a signal as such', async () => {
    const record = await bash('kill -KILL $$')
    expect(record).toMatchObject({ status: 'failure', exitCode: null, signal: 'SIGKILL' })
  })

  it('keeps only the tail of a huge output, counting all of it', async () => {
    const record = await bash('head -c 3000000 /dev/zero | tr "\\0" x; echo; echo LAST LINE')
    expect(record.outputBytes).toBeGreaterThan(3_000_000)
    expect(record.outputTruncated).toBe(true)
    expect(record.stdoutTail.length).toBeLessThan(20_000)
    expect(record.stdoutTail).toContain('earlier bytes omitted')
    expect(record.stdoutTail).toContain('LAST LINE')
  })

  it('logs a line of megabytes without a newline cut to its start, keeping only that start in memory', async () => {
    const lineLogger = new MemoryLogger()
    const lineRunner = new ProcessRunner(lineLogger, redactorFor({}, []), process.cwd(), {
      PATH: process.env.PATH ?? ''
    })
    const record = await lineRunner.run({
      name: 'long-lines.sh',
      argv: [
        'bash',
        '-c',
        'head -c 6000000 /dev/zero | tr "\\0" x; echo; echo next line; head -c 6000000 /dev/zero | tr "\\0" y'
      ],
      timeoutMs: 30_000,
      label: 'long'
    })
    expect(record.status).toBe('success')
    const logged = lineLogger.lines.filter(line => line.startsWith('  long | '))
    expect(logged).toHaveLength(3)
    const [first, middle, last] = logged as [string, string, string]
    // Each cut line holds the first 16 KiB and a note of what was left out: the pending text never grew beyond that.
    for (const [cut, letter] of [
      [first, 'x'],
      [last, 'y']
    ] as const) {
      expect(cut.length).toBeLessThan(17 * 1024)
      expect(cut).toMatch(
        new RegExp(`^  long \\| ${letter}{16384} \\[\\.\\.\\. line cut: 5983616 more characters omitted\\]$`)
      )
    }
    expect(middle).toBe('  long | next line')
  })

  it('redacts secret values from output and argv', async () => {
    const record = await runner.run({
      name: 'leak',
      argv: ['bash', '-c', 'echo token=$DEPLOY_TOKEN', 's3cr3t-value'],
      timeoutMs: 5000,
      label: 'x'
    })
    expect(record.stdoutTail).toBe('token=***\n')
    expect(record.argv).toEqual(['bash', '-c', 'echo token=$DEPLOY_TOKEN', '***'])
    expect(logger.text()).not.toContain('s3cr3t-value')
  })

  it('reports a program that cannot start', async () => {
    const record = await runner.run({
      name: 'nope',
      argv: ['/nonexistent/deploy.sh'],
      timeoutMs: 5000,
      label: 'x'
    })
    expect(record.status).toBe('error')
    expect(record.error).toContain('cannot start /nonexistent/deploy.sh')
  })

  it('does not wait for a background process that keeps the output pipe open', async () => {
    const started = Date.now()
    const record = await bash('sleep 30 & echo started')
    expect(record.status).toBe('success')
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
