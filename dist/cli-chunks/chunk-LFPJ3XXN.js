#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/core/alert-matchers.ts
var AlertMatcherSyntaxError = class extends Error {
};
var MATCHER = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$/s;
var UNQUOTED_VALUE = /^[^"\\\s,{}]*$/;
var EXPECTED_FORM = 'expected name="value", name!="value", name=~"regex" or name!~"regex"';
function parseAlertMatcher(text) {
  const parts = MATCHER.exec(text);
  if (!parts) throw new AlertMatcherSyntaxError(`invalid matcher ${JSON.stringify(text)}: ${EXPECTED_FORM}`);
  const [, name, operator, rawValue] = parts;
  const value = rawValue.startsWith('"') ? unquote(rawValue, text) : rawValue;
  if (!rawValue.startsWith('"') && !UNQUOTED_VALUE.test(rawValue)) {
    throw new AlertMatcherSyntaxError(
      `invalid matcher ${JSON.stringify(text)}: quote a value that holds quotes, backslashes, spaces, commas or braces, e.g. ${name}${operator}"${rawValue.replace(/["\\]/g, "\\$&")}"`
    );
  }
  const matcher = { name, operator, value };
  if (operator === "=~" || operator === "!~") wholeValueRegex(matcher, text);
  return matcher;
}
function formatAlertMatcher(matcher) {
  const escaped = matcher.value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
  return `${matcher.name}${matcher.operator}"${escaped}"`;
}
function matchesAll(matchers, labels) {
  return matchers.every((matcher) => {
    const actual = Object.hasOwn(labels, matcher.name) ? labels[matcher.name] : "";
    switch (matcher.operator) {
      case "=":
        return actual === matcher.value;
      case "!=":
        return actual !== matcher.value;
      case "=~":
        return wholeValueRegex(matcher).test(actual);
      case "!~":
        return !wholeValueRegex(matcher).test(actual);
    }
  });
}
function wholeValueRegex(matcher, text = formatAlertMatcher(matcher)) {
  try {
    return new RegExp(`^(?:${matcher.value})$`);
  } catch (error) {
    throw new AlertMatcherSyntaxError(
      `invalid matcher ${JSON.stringify(text)}: the regex does not compile (${error.message})`
    );
  }
}
function unquote(quoted, text) {
  let value = "";
  for (let i = 1; i < quoted.length; i += 1) {
    const char = quoted[i];
    if (char === '"') {
      if (i !== quoted.length - 1) break;
      return value;
    }
    if (char !== "\\") {
      value += char;
      continue;
    }
    const escaped = quoted[i + 1];
    i += 1;
    if (escaped === "n") value += "\n";
    else if (escaped === '"' || escaped === "\\") value += escaped;
    else
      throw new AlertMatcherSyntaxError(
        `invalid matcher ${JSON.stringify(text)}: unknown escape \\${escaped ?? ""} (use \\", \\\\ or \\n)`
      );
  }
  throw new AlertMatcherSyntaxError(
    `invalid matcher ${JSON.stringify(text)}: the value's quotes do not close at its end, ${EXPECTED_FORM}`
  );
}

export {
  parseAlertMatcher,
  formatAlertMatcher,
  matchesAll
};
