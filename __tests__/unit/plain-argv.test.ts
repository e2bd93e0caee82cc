import { parseArgs } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { OPTIONS } from '../../src/entry/cli/args.js'
import { parsePlainArgv } from '../../src/entry/cli/plain-argv.js'

// The CLI reads argv without node:util when it can; whatever it reads must be exactly what util.parseArgs (strict,
// positionals allowed) reads, and whatever it cannot read goes to parseArgs, which words the refusal.

const nodeParse = (args: string[]): unknown =>
  parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true })

/** parseArgs' reading of `args`, or the refusal it throws. */
function nodeReading(args: string[]): { parsed: unknown } | { refused: string } {
  try {
    return { parsed: nodeParse(args) }
  } catch (error) {
    return { refused: (error as Error).message }
  }
}

describe('the CLI reads the argv people type as util.parseArgs does, without loading it', () => {
  it.each([
    [['phase', 'readiness', '--tag', 'v1.0.0', '--config', 'no-such-config.yml']],
    [['run', '--tag=v2.3.0', '--approve', 'Ana Lee', '--comment', 'ok by SRE', '--json']],
    [['rollback', '--env', 'production', '--service', 'api', '--service', 'web', '--reason', 'p99 breach']],
    [['run', '--tag', 'v1', '--pass-env', 'AWS_*', '--pass-env=GCP_PROJECT', '--evidence-dir', 'out/ev']],
    [['verify', 'bundle.zip', '--public-key', 'keys/pub.pem', '--json']],
    [['report', '--html', '--output', 'report.html']],
    [['-h']],
    [['-v']],
    [['--help', 'run']],
    [[]],
    [['run', '--tag', 'v1', '--', '--not-a-flag', '-x']],
    [['run', '--comment=', '--tag', 'v1']],
    [['run', '--comment=--dashes=and equals', '--tag', 'v1']],
    [['phase', '-', 'readiness']],
    [['signoff', '--tag', 'v1', '--role', 'qa', '--name', 'Bo', '--name', 'Cy']]
  ])('%j', args => {
    const plain = parsePlainArgv(args)
    // These are the plain forms: read here, not handed on.
    expect(plain).not.toBeNull()
    expect(plain).toStrictEqual(nodeParse(args))
    expect(Object.getPrototypeOf(plain?.values)).toBeNull()
  })

  it.each([
    [['run', '--tag'], 'a string flag with no value'],
    [['run', '--tag', '--json'], 'a value that starts with a dash'],
    [['run', '--comment', '-'], 'a lone dash as a value'],
    [['run', '--json=yes'], 'a switch given a value'],
    [['run', '--tga', 'v1'], 'an unknown flag'],
    [['-hv'], 'short flags run together'],
    [['-t', 'v1'], 'an unknown short flag'],
    [['run', '--no-json'], 'a negated switch'],
    [['run', '--constructor', 'x'], "an object prototype's property"],
    [['run', '--__proto__=x'], 'the prototype itself'],
    [['run', '-1'], 'a negative number']
  ])('%j (%s) goes to util.parseArgs', args => {
    expect(parsePlainArgv(args)).toBeNull()
  })

  it('over a corpus of generated argv, reads only what parseArgs reads and reads it the same', () => {
    const pieces = [
      'run',
      'phase',
      'readiness',
      'v1.0.0',
      '-',
      '--',
      '-h',
      '-v',
      '-x',
      '-hv',
      '--tag',
      '--tag=',
      '--tag=v2',
      '--json',
      '--json=1',
      '--html',
      '--service',
      '--service=api',
      '--pass-env',
      '--help',
      '--version',
      '--nope',
      '--comment',
      '--comment=a=b',
      '--evidence-dir',
      '=',
      '--=x',
      'x y',
      '',
      '-1',
      '---tag'
    ]
    // A fixed generator (a linear congruential sequence): the same corpus every run.
    let seed = 21
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    let readHere = 0
    for (let run = 0; run < 5000; run += 1) {
      const args = Array.from({ length: next(7) }, () => pieces[next(pieces.length)] as string)
      const plain = parsePlainArgv(args)
      if (plain === null) continue
      readHere += 1
      expect({ args, reading: { parsed: plain } }).toStrictEqual({ args, reading: nodeReading(args) })
    }
    // The corpus did exercise the plain reader, not only the hand-over.
    expect(readHere).toBeGreaterThan(500)
  })
})
