import type { RunGit } from './git-changes.js'

/** GitHub's no-reply commit address: `12345+login@users.noreply.github.com` or the older `login@users.noreply.github.com`. */
const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})@users\.noreply\.github\.com$/i
/** A name that could be a GitHub login (people often set user.name to it); a name with spaces never is. */
const LOGIN_SHAPED = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

/**
 * The GitHub login of whoever created the annotated tag `tag`, where git's record names one: a no-reply address, or a
 * tagger name shaped like a login. Null for a lightweight tag, a tag not in this checkout, or a tagger git only knows
 * by a name and an ordinary address: GitHub does not tell which account those belong to.
 */
export async function taggerLogin(git: RunGit, tag: string): Promise<string | null> {
  const result = await git([
    'for-each-ref',
    '--format=%(taggername)%00%(taggeremail)',
    `refs/tags/${tag}`
  ]).catch(() => null)
  if (!result || result.code !== 0) return null
  return loginOfTagger(result.stdout.split('\n')[0] ?? '')
}

/** `name\0<email>` as for-each-ref prints it → the login it names, or null. Pure. */
export function loginOfTagger(line: string): string | null {
  const [name = '', bracketed = ''] = line.split('\0')
  const email = bracketed.trim().replace(/^<|>$/g, '')
  const fromEmail = NOREPLY.exec(email)?.[1]
  if (fromEmail) return fromEmail
  const trimmed = name.trim()
  return LOGIN_SHAPED.test(trimmed) ? trimmed : null
}
