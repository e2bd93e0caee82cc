import { describe, expect, it } from '@jest/globals'
import { loginOfTagger } from '../../src/adapters/git/tagger.js'

// Gate 3 counts whoever created the release tag as an actor of the run, where git's record names a GitHub account.
describe('the GitHub login of a tag’s tagger', () => {
  it.each([
    ['a no-reply address with an id', 'Sam Lee\0<78+sam@users.noreply.github.com>', 'sam'],
    ['an old no-reply address', 'Sam Lee\0<sam-lee@users.noreply.github.com>', 'sam-lee'],
    ['a tagger name shaped like a login', 'dana\0<dana@example.com>', 'dana'],
    ['a name with spaces and an ordinary address', 'Dana Smith\0<dana@example.com>', null],
    ['a lightweight tag (no tagger)', '\0', null],
    ['no such tag', '', null],
    ['a no-reply lookalike on another domain', 'Sam Lee\0<78+sam@users.noreply.github.com.evil.test>', null],
    ['a name that is not a login (leading dash)', '-sam\0<x@example.com>', null]
  ])('%s', (_case, line, login) => {
    expect(loginOfTagger(line)).toBe(login)
  })
})
