#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/adapters/workspace-paths.ts
import { lstat, readlink, realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
async function realPathOf(path, linksLeft = 40) {
  try {
    return await realpath(path);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const info = await lstat(path).catch(() => null);
  if (info?.isSymbolicLink() && linksLeft > 0)
    return realPathOf(resolve(dirname(path), await readlink(path)), linksLeft - 1);
  const parent = dirname(path);
  return parent === path ? path : join(await realPathOf(parent, linksLeft), basename(path));
}
async function workspaceFileProblem(workspace, path) {
  const root = await realpath(workspace);
  const real = await realPathOf(resolve(workspace, path));
  return isInside(root, real) ? null : `leads to ${real}, outside the workspace ${root}`;
}
async function workspaceFolderProblem(workspace, path) {
  const outside = await workspaceFileProblem(workspace, path);
  if (outside) return outside;
  const root = await realpath(workspace);
  const real = await realPathOf(resolve(workspace, path));
  if (real === root) return "is the workspace itself; use a folder inside it, such as release-evidence";
  if (relative(root, real).split(sep).includes(".git"))
    return `is inside a .git folder (${real}); use a folder of its own`;
  if (await lstat(join(real, ".git")).catch(() => null))
    return `holds .git (${real} is a git repository); use a folder of its own`;
  return null;
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export {
  workspaceFileProblem,
  workspaceFolderProblem,
  isInside
};
