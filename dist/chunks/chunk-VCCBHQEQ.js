import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/render/chart.ts
var BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkline(values) {
  const finite = values.filter((v) => v !== null && Number.isFinite(v));
  if (finite.length === 0) return " ".repeat(values.length);
  const low = finite.reduce((a, b) => Math.min(a, b));
  const high = finite.reduce((a, b) => Math.max(a, b));
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return " ";
    if (high === low) return BLOCKS[3];
    return BLOCKS[Math.round((v - low) / (high - low) * (BLOCKS.length - 1))];
  }).join("");
}
var CHART_POINTS = 120;
var NAMED_FAILURES = 20;
function chartPoints(own, points = CHART_POINTS) {
  const size = Math.max(1, Math.ceil(own.length / points));
  const buckets = [];
  for (let start = 0; start < own.length; start += size) {
    let value = null;
    let breached = false;
    for (let i = start; i < Math.min(own.length, start + size); i++) {
      const sample = own[i];
      const v = sample.value;
      if (v !== null && Number.isFinite(v) && (value === null || v > value)) value = v;
      breached ||= sample.status === "failed";
    }
    buckets.push({ x: own[start].round, y: value, breached });
  }
  return buckets;
}
function probeSparklines(probes, samples) {
  const width = probes.reduce((widest, p) => Math.max(widest, p.id.length), 1);
  return probes.map((probe) => {
    const own = samples.filter((s) => s.probe === probe.id);
    let low = Infinity;
    let high = -Infinity;
    for (const s of own)
      if (s.value !== null) {
        low = Math.min(low, s.value);
        high = Math.max(high, s.value);
      }
    const range = low <= high ? `${low}\u2013${high}` : "no values";
    const bad = own.filter((s) => !s.passed);
    const named = bad.slice(0, NAMED_FAILURES).map((s) => `${s.round}:${s.status}`);
    const more = bad.length > NAMED_FAILURES ? ` and ${bad.length - NAMED_FAILURES} more` : "";
    return `${probe.id.padEnd(width)} ${sparkline(chartPoints(own).map((p) => p.y))}  ${range} (${probe.threshold})${bad.length > 0 ? `  not passed: ${named.join(", ")}${more}` : ""}`;
  });
}
function mermaidChart(probes, samples) {
  const lines = [];
  for (const probe of probes) {
    const points = chartPoints(samples.filter((s) => s.probe === probe.id));
    if (points.length < 2) continue;
    const roundsWhere = (test) => points.filter(test).map((p) => p.x).join(", ");
    const gaps = roundsWhere((p) => p.y === null);
    const breaches = roundsWhere((p) => p.breached);
    lines.push(
      "```mermaid",
      "xychart-beta",
      `  title "${probe.id.replace(/"/g, "'")}"`,
      `  x-axis "round" [${points.map((p) => p.x).join(", ")}]`,
      `  line [${points.map((p) => p.y !== null ? round(p.y) : 0).join(", ")}]`,
      ...probe.max !== void 0 ? [`  line [${points.map(() => probe.max).join(", ")}]`] : [],
      ...gaps ? [`  %% no value rounds [${gaps}]`] : [],
      ...breaches ? [`  %% breached rounds [${breaches}]`] : [],
      "```",
      ""
    );
  }
  return lines;
}
var NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e[-+]?\d+)?`;
var NUMBERS = new RegExp(String.raw`^\[(${NUMBER}(?:, ${NUMBER})*)\]$`, "i");
var STATEMENT = /^(title|x-axis "round"|line|%% no value rounds|%% breached rounds) (.*)$/;
function parseMermaidChart(source) {
  const [kind, ...statements] = source.trim().split("\n").map((line) => line.trim());
  if (kind !== "xychart-beta") return null;
  let title = "";
  let rounds = null;
  const valueLines = [];
  const gaps = /* @__PURE__ */ new Set();
  const breaches = /* @__PURE__ */ new Set();
  for (const statement of statements) {
    const [, keyword, rest = ""] = STATEMENT.exec(statement) ?? [];
    const numbers = NUMBERS.exec(rest)?.[1]?.split(", ").map(Number);
    if (keyword === "title" && /^"[^"]*"$/.test(rest)) title = rest.slice(1, -1);
    else if (!numbers) return null;
    else if (keyword === 'x-axis "round"') rounds = numbers;
    else if (keyword === "line") valueLines.push(numbers);
    else for (const n of numbers) (keyword === "%% no value rounds" ? gaps : breaches).add(n);
  }
  const [values, maxLine, ...others] = valueLines;
  if (!rounds || !values || others.length > 0 || rounds.length > CHART_POINTS) return null;
  if (values.length !== rounds.length || maxLine && maxLine.length !== rounds.length) return null;
  if (maxLine && maxLine.some((v) => v !== maxLine[0])) return null;
  const axis = rounds;
  return {
    title,
    xLabel: "round",
    yLabel: "value",
    points: values.map((y, i) => {
      const x = axis[i];
      return { x, y: gaps.has(x) ? null : y, breached: breaches.has(x) };
    }),
    ...maxLine ? { max: maxLine[0] } : {}
  };
}
var UPPER_BOUNDS = [
  /^status \d+, latency ≤ (\S+)ms(?:,|$)/,
  /^value (?:≥ \S+ and )?≤ (\S+); /,
  /^printed number (?:≥ \S+ and )?≤ (\S+)$/
];
function thresholdMax(threshold) {
  for (const pattern of UPPER_BOUNDS) {
    const bound = pattern.exec(threshold)?.[1];
    if (bound !== void 0 && Number.isFinite(Number(bound))) return Number(bound);
  }
  return void 0;
}
var round = (value) => Math.round(value * 1e3) / 1e3;

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
  probeSparklines,
  mermaidChart,
  parseMermaidChart,
  thresholdMax,
  inlineText,
  cell,
  codeSpan,
  fencedCode,
  xmlText
};
