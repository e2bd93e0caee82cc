import { messageOf } from '../../core/errors.js'
import type { ChangeSource } from '../../core/ports.js'
import { GitChangeReader, gitRunner } from './git-changes.js'

/** The change set of a release from the git repository in `cwd`; outside a repository, no commits and a note. */
export class LocalGitChanges implements ChangeSource {
  private readonly reader: GitChangeReader
  constructor(cwd: string) {
    this.reader = new GitChangeReader(gitRunner(cwd))
  }

  async releaseCommits(tag: string): ReturnType<ChangeSource['releaseCommits']> {
    try {
      const previousTag = await this.reader.previousTag(tag)
      const found = await this.reader.rawCommits(previousTag, tag)
      return {
        tagFound: found.tip === 'tag',
        previousTag,
        range: found.range,
        commits: found.commits,
        notes: found.notes
      }
    } catch (error) {
      return {
        tagFound: null,
        previousTag: null,
        range: 'HEAD',
        commits: [],
        notes: [`the change set could not be read from git: ${messageOf(error)}`]
      }
    }
  }
}
