import { describe, expect, it, jest } from '@jest/globals'
import { ConsoleLogger } from '../../src/adapters/console-logger.js'
import { inertToWorkflowCommands } from '../../src/core/workflow-commands.js'
import { workflowCommandsIn } from '../emulators/workflow-commands.js'

describe('the runner emulation the tests rely on', () => {
  const cases = [
    { name: 'a command at line start', output: '::warning::x', taken: ['warning'] },
    { name: 'after leading spaces', output: '   ::error::y', taken: ['error'] },
    { name: 'after a lone CR', output: 'progress\r::error::y', taken: ['error'] },
    { name: 'the old form anywhere in a line', output: 'text ##[error]z', taken: ['error'] },
    { name: 'an unknown name is text', output: '::nonsense::x', taken: [] },
    {
      name: 'nothing between stop-commands and its token',
      output: '::stop-commands::abc\n::warning::hidden\n::abc::\n::notice::shown',
      taken: ['stop-commands', 'notice']
    }
  ]
  it.each(cases)('takes $name', ({ output, taken }) => {
    expect(workflowCommandsIn(output).map(c => c.name)).toEqual(taken)
  })
})

describe('text in the job log cannot issue a workflow command', () => {
  const attacks = [
    { name: 'a v2 command', text: '::warning::x' },
    { name: 'stop-commands', text: '::stop-commands::abc' },
    { name: 'a command after a lone CR', text: 'a\r::error::y' },
    { name: 'a command after CR LF', text: 'a\r\n::error::y' },
    { name: 'a command after LF', text: 'a\n::add-mask::secret' },
    { name: 'a command after leading spaces and tabs', text: ' \t ::set-output name=x::1' },
    { name: 'a command after NEL, white space to .NET', text: '\u0085::warning::x' },
    { name: 'a v1 command inside a line', text: 'text ##[error]z' },
    { name: 'a v1 command after a lone CR', text: 'ok\r##[group]fake' },
    { name: 'the forwarded form of a deploy line', text: '  api | ok\r::error::y ##[warning]w' }
  ]
  it.each(attacks)('$name', ({ text }) => {
    expect(workflowCommandsIn(text).length).toBeGreaterThan(0)
    expect(workflowCommandsIn(inertToWorkflowCommands(text))).toEqual([])
  })

  it('keeps ordinary text as it is, its line ends as LF', () => {
    expect(inertToWorkflowCommands('deployed api: 3 pods ready')).toBe('deployed api: 3 pods ready')
    expect(inertToWorkflowCommands('a\r\nb\rc')).toBe('a\nb\nc')
  })

  it('reads the same once the invisible break is removed', () => {
    const text = '::warning::x and ##[error]z'
    expect(inertToWorkflowCommands(text).replace(/\u200b/g, '')).toBe(text)
  })
})

describe('the CLI in a workflow step', () => {
  it('writes no line that the runner takes as a workflow command', () => {
    const written: string[] = []
    const capture = (chunk: string | Uint8Array): boolean => (written.push(String(chunk)), true)
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(capture)
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(capture)
    try {
      const logger = new ConsoleLogger(false, 0)
      logger.info('  api | ok\r::error::from-output')
      logger.warn('probe said ##[warning]from-probe')
      logger.error('comment:\n::stop-commands::abc')
      logger.progress('::notice::from-progress')
    } finally {
      stdout.mockRestore()
      stderr.mockRestore()
    }
    expect(written.join('')).toContain('from-output')
    expect(workflowCommandsIn(written.join(''))).toEqual([])
  })
})
