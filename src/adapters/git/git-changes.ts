import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import type { RawCommit } from '../../core/ports.js'
import { previousSemverTag } from '../../core/tag.js'

/** What one git invocation returned. */
export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs git with these arguments (argv, no shell) in a fixed working directory. */
export type RunGit = (args: string[]) => Promise<GitResult>

/** The commits of a release range, and how the range was chosen. */
export interface ReleaseCommits {
  /** The range as a person would type it: `v1.0.0..v1.1.0`, `v1.0.0..HEAD`, `v1.1.0` or `HEAD`. */
  range: string
  /** `tag` when the release tag exists here; `head` when HEAD stands in for a tag not created yet. */
  tip: 'tag' | 'head'
  /** A shallow clone lacks older commits and tags, so the range and the previous tag may be wrong. */
  shallow: boolean
  /** Newest first, as `git log` lists them; every commit reachable from the tip and not from the previous tag. */
  commits: RawCommit[]
  /** Why the range is not what was asked for, one sentence each. */
  notes: string[]
}

/** A git command exited non-zero; carries the arguments and git's own error output. */
export class GitCommandError extends Error {
  override name = 'GitCommandError'
  constructor(
    readonly args: string[],
    readonly code: number,
    readonly stderr: string
  ) {
    super(`git ${args.join(' ')} failed (exit code ${code}): ${stderr.trim() || 'no error output'}`)
  }
}

const MAX_GIT_OUTPUT_BYTES = 512 * 1024 * 1024
const GIT_TIMEOUT_MS = 120_000

/** A `RunGit` that executes the git binary in `cwd` with execFile: argv only, never a shell. */
export function gitRunner(cwd: string): RunGit {
  return args =>
    new Promise((resolve, reject) => {
      execFile(
        'git',
        args,
        { cwd, encoding: 'utf8', maxBuffer: MAX_GIT_OUTPUT_BYTES, timeout: GIT_TIMEOUT_MS },
        (error, stdout, stderr) => {
          if (error === null) return resolve({ code: 0, stdout, stderr })
          // A number is git's exit code; anything else (ENOENT, maxBuffer, a timeout's signal) means git did not finish.
          if (typeof error.code === 'number') return resolve({ code: error.code, stdout, stderr })
          reject(new Error(`cannot run git ${args.join(' ')} in ${cwd}: ${error.message}`, { cause: error }))
        }
      )
    })
}

/** Reads the commits of a release and its previous tag from a local git repository. */
export class GitChangeReader {
  constructor(private readonly runGit: RunGit) {}

  /**
   * The commits in `previousTag..tag`: all of them, branch commits included, so that a `feat!:` inside a merged
   * pull request is seen; a merge commit's files are its diff against its first parent (what it brought in).
   */
  async rawCommits(previousTag: string | null, tag: string): Promise<ReleaseCommits> {
    const notes: string[] = []
    const tagExists = await this.tagExists(tag)
    if (!tagExists) notes.push(`tag ${tag} does not exist here yet; HEAD stands in for it`)
    const tipName = tagExists ? tag : 'HEAD'
    const tipRef = tagExists ? `refs/tags/${tag}` : 'HEAD'

    let baseRef: string | null = null
    if (previousTag !== null) {
      if (await this.tagExists(previousTag)) baseRef = `refs/tags/${previousTag}`
      else
        notes.push(
          `previous tag ${previousTag} does not exist here (fetch tags?); the range is the whole history of ${tipName}`
        )
    }
    const range = baseRef === null ? tipName : `${previousTag}..${tipName}`

    const shallow = (await this.git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true'
    if (shallow)
      notes.push('this is a shallow clone: older commits and tags are missing (fetch-depth: 0 fixes it)')

    // Fields are NUL-separated because NUL is the one byte no message and no path can hold; a random marker
    // starts each record, so no file name can pass for the next commit.
    const nonce = randomBytes(8).toString('hex')
    const marker = `\x1e${nonce}\x1f`
    // %aN/%aE rather than %an/%ae: .mailmap folds one person's several identities into one author.
    const format = `%x1e${nonce}%x1f%H%x00%aN%x00%aE%x00%aI%x00%s%x00%b`
    const log = await this.git([
      'log',
      '-z',
      '--no-color',
      '--no-show-signature',
      // Both sides of a rename: moving a file out of a service touches that service too.
      '--no-renames',
      '--no-relative',
      '--root',
      '--diff-merges=first-parent',
      '--encoding=UTF-8',
      `--format=${format}`,
      '--name-only',
      '--end-of-options',
      baseRef === null ? tipRef : `${baseRef}..${tipRef}`,
      '--'
    ])
    return { range, tip: tagExists ? 'tag' : 'head', shallow, commits: parseLog(log.stdout, marker), notes }
  }

  /** The newest semver tag reachable from `tag` (HEAD if it does not exist yet) and older than it, or null. */
  async previousTag(tag: string): Promise<string | null> {
    const tipRef = (await this.tagExists(tag)) ? `refs/tags/${tag}` : 'HEAD'
    const listed = await this.git(['tag', '--list', '--no-column', '--merged', tipRef])
    return previousSemverTag(listed.stdout.split('\n').filter(Boolean), tag)
  }

  private async tagExists(tag: string): Promise<boolean> {
    // `refs/tags/` keeps a tag from being read as an option or a branch of the same name.
    const args = ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]
    const result = await this.runGit(args)
    if (result.code === 0) return true
    if (result.code === 1) return false
    throw new GitCommandError(args, result.code, result.stderr)
  }

  private async git(args: string[]): Promise<GitResult> {
    const result = await this.runGit(args)
    if (result.code !== 0) throw new GitCommandError(args, result.code, result.stderr)
    return result
  }
}

/**
 * Splits `git log -z --name-only` output: a record is the marker, the sha and five NUL-separated fields, then
 * one NUL-terminated token per changed path, the first one prefixed by a newline.
 */
function parseLog(stdout: string, marker: string): RawCommit[] {
  const tokens = stdout.split('\0')
  const commits: RawCommit[] = []
  let current: RawCommit | null = null
  let firstPath = false
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? ''
    if (token.startsWith(marker)) {
      const [author = '', email = '', date = '', subject = '', body = ''] = tokens.slice(i + 1, i + 6)
      current = {
        sha: token.slice(marker.length),
        author,
        email,
        date,
        subject,
        body: body.trimEnd(),
        files: []
      }
      commits.push(current)
      i += 5
      firstPath = true
    } else if (token !== '' && current !== null) {
      current.files.push(firstPath && token.startsWith('\n') ? token.slice(1) : token)
      firstPath = false
    }
  }
  return commits
}
