import type { ChangeSource, CommandRunner } from '../protocol/ports.js'

const MAX_COMMITS = 100

/** The change set of a release from the local git repository. */
export class LocalGitChanges implements ChangeSource {
  constructor(private readonly runner: CommandRunner) {}

  async commitsSince(previousTag: string | null): ReturnType<ChangeSource['commitsSince']> {
    const format = ['--format=%H%x1f%s%x1f%an', `--max-count=${MAX_COMMITS}`]
    let range = 'HEAD'
    let note: string | null = null
    if (previousTag) {
      const known = await this.git(['rev-parse', '--verify', '--quiet', `refs/tags/${previousTag}`])
      if (known.status === 'success') range = `${previousTag}..HEAD`
      else
        note = `previous release ${previousTag} is not a git tag here; showing the latest commits up to HEAD`
    } else {
      note = 'no previous release known; showing the latest commits up to HEAD'
    }
    const log = await this.git(['log', ...format, range])
    if (log.status !== 'success') {
      return {
        range,
        commits: [],
        note: `git log failed (${log.stderrTail.trim() || log.error || 'not a git repository?'})`
      }
    }
    const commits = log.stdoutTail
      .split('\n')
      .filter(line => line.includes('\x1f'))
      .map(line => {
        const [sha = '', subject = '', author = ''] = line.split('\x1f')
        return { sha, subject, author }
      })
    if (!previousTag || note) return { range, commits: commits.slice(0, 20), note }
    return { range, commits, note }
  }

  private git(args: string[]) {
    return this.runner.run({
      name: 'git',
      argv: ['git', ...args],
      timeoutMs: 15_000,
      label: 'git',
      quiet: true
    })
  }
}
