import { readdir, readFile, stat } from 'node:fs/promises'
import { join, posix } from 'node:path'
import JSZip from 'jszip'
import { UsageError } from '../../core/errors.js'

/**
 * The files of an evidence bundle: a directory, or a zip as GitHub's artifact download delivers it (files at its
 * root, or under one folder). Subfolders other than that one are not part of a bundle and are reported as files too,
 * so that nothing slips past the manifest.
 */
export async function readBundleFiles(path: string): Promise<Map<string, Buffer>> {
  let info
  try {
    info = await stat(path)
  } catch {
    throw new UsageError(
      `Evidence bundle ${path} not found. Pass a directory such as .artifacts/deployment or an artifact .zip.`
    )
  }
  const files = new Map<string, Buffer>()
  if (info.isDirectory()) {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (entry.isFile() && !entry.name.endsWith('.tmp'))
        files.set(entry.name, await readFile(join(path, entry.name)))
      else if (!entry.isFile()) files.set(`${entry.name}/`, Buffer.alloc(0))
    }
    return files
  }
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(await readFile(path))
  } catch (error) {
    throw new UsageError(`${path} is neither a directory nor a readable zip: ${(error as Error).message}`)
  }
  const names = Object.values(zip.files)
    .filter(f => !f.dir)
    .map(f => f.name)
  // GitHub's download has the files at the root; a zip made by hand often wraps them in one folder.
  const folders = new Set(names.map(n => (n.includes('/') ? (n.split('/')[0] as string) : '')))
  const prefix = folders.size === 1 && !folders.has('') ? `${[...folders][0]}/` : ''
  for (const name of names) {
    const relative = prefix ? name.slice(prefix.length) : name
    if (relative.includes('/') || posix.isAbsolute(relative) || relative.split('/').includes('..'))
      throw new UsageError(`${path} holds ${name}, which is not a file of a flat evidence bundle`)
    files.set(relative, await (zip.files[name] as JSZip.JSZipObject).async('nodebuffer'))
  }
  return files
}
