import { lstat, readlink, realpath } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

/**
 * Where `path` really leads once every symbolic link on the way is followed, also when its last parts do not exist yet
 * (a folder release-gate will create): the longest existing part is resolved and the rest appended. A link that leads
 * nowhere is followed to where it points, since creating the folder would create it there.
 */
export async function realPathOf(path: string, linksLeft = 40): Promise<string> {
  try {
    return await realpath(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const info = await lstat(path).catch(() => null)
  if (info?.isSymbolicLink() && linksLeft > 0)
    return realPathOf(resolve(dirname(path), await readlink(path)), linksLeft - 1)
  const parent = dirname(path)
  return parent === path ? path : join(await realPathOf(parent, linksLeft), basename(path))
}

/**
 * Why a file named by the config or an input may not be read, or null: it must lead (through any symbolic links) to
 * a place inside the workspace. `path` is relative to the workspace or absolute.
 */
export async function workspaceFileProblem(workspace: string, path: string): Promise<string | null> {
  const root = await realpath(workspace)
  const real = await realPathOf(resolve(workspace, path))
  return isInside(root, real) ? null : `leads to ${real}, outside the workspace ${root}`
}

/**
 * Why a folder release-gate writes, moves or deletes (the evidence and state folders) may not be used, or null: it
 * must lead inside the workspace, must not be the workspace itself, and must not hold a git repository (archiving or
 * restoring a bundle moves or replaces the whole folder).
 */
export async function workspaceFolderProblem(workspace: string, path: string): Promise<string | null> {
  const outside = await workspaceFileProblem(workspace, path)
  if (outside) return outside
  const root = await realpath(workspace)
  const real = await realPathOf(resolve(workspace, path))
  if (real === root) return 'is the workspace itself; use a folder inside it, such as release-evidence'
  if (relative(root, real).split(sep).includes('.git'))
    return `is inside a .git folder (${real}); use a folder of its own`
  if (await lstat(join(real, '.git')).catch(() => null))
    return `holds .git (${real} is a git repository); use a folder of its own`
  return null
}

/** Whether `path` (absolute, resolved) is `root` or inside it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}
