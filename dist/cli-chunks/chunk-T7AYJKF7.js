#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/core/schema-errors.ts
function describeSchemaErrors(errors, root) {
  const meaningful = errors.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
  const byPathTypes = /* @__PURE__ */ new Map();
  const lines = [];
  for (const error of meaningful.length > 0 ? meaningful : errors) {
    const path = jsonPath(error.instancePath);
    if (error.keyword === "type") {
      const types = byPathTypes.get(path) ?? [];
      types.push(String(error.params.type));
      byPathTypes.set(path, types);
      continue;
    }
    lines.push(describeOne(error, path, root));
  }
  for (const [path, types] of byPathTypes) {
    const value = valueAt(root, path);
    lines.unshift(
      `${path}: got ${show(value)}, expected ${[...new Set(types.flatMap((t) => t.split(",")))].join(" or ")}`
    );
  }
  return [...new Set(lines)];
}
function describeOne(error, path, root) {
  const value = valueAt(root, path);
  switch (error.keyword) {
    case "additionalProperties": {
      const properties = error.parentSchema?.properties;
      const allowed = properties ? Object.keys(properties) : [];
      return `${path}: unknown key '${String(error.params.additionalProperty)}'${allowed.length ? ` (allowed: ${allowed.join(", ")})` : ""}`;
    }
    case "required":
      return `${path}: missing required key '${String(error.params.missingProperty)}'`;
    case "enum":
      return `${path}: got ${show(value)}, expected one of ${error.params.allowedValues.map(show).join(", ")}`;
    case "const":
      return `${path}: got ${show(value)}, expected ${show(error.params.allowedValue)}`;
    case "pattern": {
      const hint = typeof error.parentSchema?.description === "string" ? ` (${error.parentSchema.description})` : "";
      return `${path}: got ${show(value)}, expected a value matching ${String(error.params.pattern)}${hint}`;
    }
    case "propertyNames":
      return `${path}: invalid key ${show(error.params.propertyName)}`;
    default:
      return `${path}: got ${show(value)}, ${error.message ?? "invalid"}`;
  }
}
function jsonPath(instancePath) {
  if (!instancePath) return "$";
  return "$" + instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map(
    (part) => /^\d+$/.test(part) ? `[${part}]` : /^[A-Za-z_][\w-]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`
  ).join("");
}
function valueAt(root, path) {
  const parts = [...path.matchAll(/\.([A-Za-z_][\w-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(
    (m) => m[1] ?? (m[2] !== void 0 ? Number(m[2]) : JSON.parse(m[3]))
  );
  let current = root;
  for (const part of parts) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[part];
  }
  return current;
}
function show(value) {
  if (value === void 0) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export {
  describeSchemaErrors
};
