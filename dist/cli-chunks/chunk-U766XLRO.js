#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/render/escape.ts
var LINE_BREAKING = /[\p{Cc}\u2028\u2029]+/gu;
var INLINE_SYNTAX = /[\\`*~[\]]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
var SCHEME_COLON = /(?<=[A-Za-z]):(?=\S)/g;
var WWW_DOT = /\b(www)\./gi;
function inlineText(text) {
  return text.replace(LINE_BREAKING, " ").replace(INLINE_SYNTAX, (char) => `\\${char}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(SCHEME_COLON, "\\:").replace(WWW_DOT, "$1\\.").replace(/@/g, "\\@");
}
function cell(text) {
  if (text === null || text === void 0 || text === "") return "\u2014";
  return inlineText(String(text)).replace(/\|/g, "\\|");
}
function codeSpan(text, options = {}) {
  const flat = text.replace(LINE_BREAKING, " ");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = /^`|`$/.test(flat) || /^ .* $/.test(flat) ? ` ${flat} ` : flat;
  return `${fence}${options.inTable ? padded.replace(/\|/g, "\\|") : padded}${fence}`;
}
function fencedCode(text, language = "") {
  const lines = text.replace(/\r\n?|[\u2028\u2029]/g, "\n");
  const longestRun = Math.max(0, ...(lines.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}
${lines}
${fence}`;
}
var NOT_XML = new RegExp("(?![\\t\\n\\r])\\p{Cc}|[\\uFFFE\\uFFFF\\uD800-\\uDFFF]", "gu");
function xmlText(text) {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (char) => XML_ENTITIES[char]);
}
var XML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};

export {
  inlineText,
  cell,
  codeSpan,
  fencedCode,
  xmlText
};
