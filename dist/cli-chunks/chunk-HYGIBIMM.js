#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/core/workspace-path.ts
import { isAbsolute, normalize } from "node:path";
function workspacePathProblem(path) {
  if (path.trim() === "") return "is empty";
  if (path.includes("\0")) return "contains a NUL byte";
  if (isAbsolute(path)) return `is absolute ("${path}"); use a path relative to the workspace`;
  if (normalize(path).split(/[\\/]/).includes("..") || path.split(/[\\/]/).includes(".."))
    return `leaves the workspace ("${path}" has a '..' segment); use a path inside it`;
  return null;
}

export {
  workspacePathProblem
};
