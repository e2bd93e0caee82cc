import { isAbsolute, normalize } from 'node:path'

/**
 * Why a path from the config or an input may not be used, or null when it is fine: evidence and state stay inside the
 * workspace, so a config (or a pull request changing it) cannot make release-gate read or write files elsewhere on the
 * runner. Pure: symbolic links are checked where files are opened.
 */
export function workspacePathProblem(path: string): string | null {
  if (path.trim() === '') return 'is empty'
  if (path.includes('\0')) return 'contains a NUL byte'
  if (isAbsolute(path)) return `is absolute ("${path}"); use a path relative to the workspace`
  if (normalize(path).split(/[\\/]/).includes('..') || path.split(/[\\/]/).includes('..'))
    return `leaves the workspace ("${path}" has a '..' segment); use a path inside it`
  return null
}
