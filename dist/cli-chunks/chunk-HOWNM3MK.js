#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  commandRoute,
  commandTrafficChange,
  describeExec,
  detectColors,
  haproxyRouterOf,
  runBlueGreenStep,
  runStep,
  shiftTraffic,
  templateVars
} from "./chunk-AR2Q3P27.js";
import {
  judgeHttpResponse
} from "./chunk-XECMZOE5.js";
import {
  formatAlertMatcher,
  matchesAll
} from "./chunk-LFPJ3XXN.js";
import {
  deployLevels,
  formatDuration,
  renderArgv,
  renderText,
  tokenizeCommand
} from "./chunk-SMFC32GI.js";
import {
  assertNever,
  messageOf
} from "./chunk-7Q6O7KFX.js";

// src/phases/rollout/describe.ts
function describeStep(step) {
  switch (step.kind) {
    case "set-weight":
      return step.batch !== void 0 ? `batch ${step.batch} (${step.weight}%)` : `set weight ${step.weight}%`;
    case "pause":
      return `pause ${formatDuration(step.durationMs)}`;
    case "pause-for-approval":
      return "pause until a person approves";
    case "analysis":
      return `analysis of ${[...step.analysis.probes, ...step.analysis.compare.map((m) => `${m.id} (baseline vs canary)`)].join(", ")} (${step.analysis.count} \xD7 ${formatDuration(step.analysis.intervalMs)})`;
    case "deploy-color":
      return "deploy to the idle colour";
    case "switch":
      return "switch traffic to the new colour";
    case "retire":
      return "retire the old colour";
  }
}

// src/phases/analysis/statistics.ts
var EXACT_MAX_PAIRS = 1e4;
function mannWhitneyU(baseline, canary, alternative = "two-sided", method = "auto") {
  const n1 = baseline.length;
  const n2 = canary.length;
  if (n1 === 0 || n2 === 0) {
    throw new RangeError(
      `Mann-Whitney U needs at least one value in each sample; got ${n1} baseline and ${n2} canary values.`
    );
  }
  assertFinite("baseline", baseline);
  assertFinite("canary", canary);
  const { canaryRankSum, tieTerm } = rankCombined(baseline, canary);
  const u = canaryRankSum - n2 * (n2 + 1) / 2;
  const uBaseline = n1 * n2 - u;
  const ties = tieTerm > 0;
  const useExact = method === "exact" || method === "auto" && !ties && n1 * n2 <= EXACT_MAX_PAIRS;
  if (useExact) {
    if (ties) {
      throw new RangeError(
        "The exact Mann-Whitney p-value assumes no ties, but the samples share or repeat values; use the normal method."
      );
    }
    return {
      u,
      uBaseline,
      n1,
      n2,
      z: null,
      pValue: exactPValue(u, n1, n2, alternative),
      method: "exact",
      ties
    };
  }
  const { z, pValue } = normalApproximation(u, n1, n2, tieTerm, alternative);
  return { u, uBaseline, n1, n2, z, pValue, method: "normal", ties };
}
function hodgesLehmann(baseline, canary) {
  if (baseline.length === 0 || canary.length === 0) {
    throw new RangeError(
      `Hodges-Lehmann needs at least one value in each sample; got ${baseline.length} baseline and ${canary.length} canary values.`
    );
  }
  assertFinite("baseline", baseline);
  assertFinite("canary", canary);
  const differences = new Float64Array(baseline.length * canary.length);
  let next = 0;
  for (const canaryValue of canary) {
    for (const baselineValue of baseline) differences[next++] = canaryValue - baselineValue;
  }
  return medianOfSorted(differences.sort());
}
function median(values) {
  if (values.length === 0) {
    throw new RangeError("The median of an empty sample is undefined; pass at least one value.");
  }
  assertFinite("sample", values);
  return medianOfSorted(Float64Array.from(values).sort());
}
function normalCdf(z) {
  return 0.5 * erfc(-z * Math.SQRT1_2);
}
function erfc(x) {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  let result;
  if (y <= 0.46875) {
    const ysq = y > 111e-18 ? y * y : 0;
    let numerator = ERF_A[4] * ysq;
    let denominator = ysq;
    for (let i = 0; i < 3; i++) {
      numerator = (numerator + ERF_A[i]) * ysq;
      denominator = (denominator + ERF_B[i]) * ysq;
    }
    return 1 - x * (numerator + ERF_A[3]) / (denominator + ERF_B[3]);
  } else if (y <= 4) {
    let numerator = ERFC_C[8] * y;
    let denominator = y;
    for (let i = 0; i < 7; i++) {
      numerator = (numerator + ERFC_C[i]) * y;
      denominator = (denominator + ERFC_D[i]) * y;
    }
    result = scaleByGaussian(y, (numerator + ERFC_C[7]) / (denominator + ERFC_D[7]));
  } else {
    const inverseSquare = 1 / (y * y);
    let numerator = ERFC_P[5] * inverseSquare;
    let denominator = inverseSquare;
    for (let i = 0; i < 4; i++) {
      numerator = (numerator + ERFC_P[i]) * inverseSquare;
      denominator = (denominator + ERFC_Q[i]) * inverseSquare;
    }
    const asymptotic = inverseSquare * (numerator + ERFC_P[4]) / (denominator + ERFC_Q[4]);
    result = scaleByGaussian(y, (ONE_OVER_SQRT_PI - asymptotic) / y);
  }
  return x < 0 ? 2 - result : result;
}
function mannWhitneyExactCdf(k, n1, n2) {
  const pairs = n1 * n2;
  const floorK = Math.floor(k);
  if (floorK < 0) return 0;
  if (floorK >= pairs) return 1;
  if (floorK <= pairs / 2) return lowerTail(floorK, n1, n2);
  return 1 - lowerTail(pairs - floorK - 1, n1, n2);
}
var ERF_A = [
  3.1611237438705655,
  113.86415415105016,
  377.485237685302,
  3209.3775891384694,
  0.18577770618460315
];
var ERF_B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
var ERFC_C = [
  0.5641884969886701,
  8.883149794388377,
  66.11919063714163,
  298.6351381974001,
  881.952221241769,
  1712.0476126340707,
  2051.0783778260716,
  1230.3393547979972,
  21531153547440383e-24
];
var ERFC_D = [
  15.744926110709835,
  117.6939508913125,
  537.1811018620099,
  1621.3895745666903,
  3290.7992357334597,
  4362.619090143247,
  3439.3676741437216,
  1230.3393548037495
];
var ERFC_P = [
  0.30532663496123236,
  0.36034489994980445,
  0.12578172611122926,
  0.016083785148742275,
  6587491615298378e-19,
  0.016315387137302097
];
var ERFC_Q = [
  2.568520192289822,
  1.8729528499234604,
  0.5279051029514285,
  0.06051834131244132,
  0.0023352049762686918
];
var ONE_OVER_SQRT_PI = 0.5641895835477563;
function scaleByGaussian(y, factor) {
  const yRounded = Math.trunc(y * 16) / 16;
  const remainder = (y - yRounded) * (y + yRounded);
  return Math.exp(-yRounded * yRounded) * Math.exp(-remainder) * factor;
}
function assertFinite(sampleName, values) {
  const index = values.findIndex((value) => !Number.isFinite(value));
  if (index !== -1) {
    throw new RangeError(
      `The ${sampleName} value ${String(values[index])} at index ${index} is not a finite number; remove missing or non-finite values before the comparison.`
    );
  }
}
function medianOfSorted(sorted) {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function rankCombined(baseline, canary) {
  const values = [...baseline, ...canary];
  const isCanary = values.map((_, index) => index >= baseline.length);
  const order = values.map((_, index) => index).sort((a, b) => values[a] - values[b]);
  let canaryRankSum = 0;
  let tieTerm = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    const averageRank = (start + 1 + end) / 2;
    const tied = end - start;
    if (tied > 1) tieTerm += tied ** 3 - tied;
    for (let position = start; position < end; position++) {
      if (isCanary[order[position]]) canaryRankSum += averageRank;
    }
    start = end;
  }
  return { canaryRankSum, tieTerm };
}
function exactPValue(u, n1, n2, alternative) {
  switch (alternative) {
    case "greater":
      return mannWhitneyExactCdf(n1 * n2 - u, n1, n2);
    case "less":
      return mannWhitneyExactCdf(u, n1, n2);
    case "two-sided":
      return Math.min(1, 2 * mannWhitneyExactCdf(Math.min(u, n1 * n2 - u), n1, n2));
    default:
      return assertNever(alternative);
  }
}
function lowerTail(k, n1, n2) {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const probabilities = new Float64Array(k + 1);
  probabilities[0] = 1;
  for (let i = 1; i <= m; i++) {
    for (let index = i; index <= k; index++) probabilities[index] += probabilities[index - i];
    for (let index = k; index >= n + i; index--) probabilities[index] -= probabilities[index - n - i];
    const scale = i / (n + i);
    for (let index = 0; index <= k; index++) probabilities[index] *= scale;
  }
  let total = 0;
  for (const probability of probabilities) total += probability;
  return Math.min(1, total);
}
function normalApproximation(u, n1, n2, tieTerm, alternative) {
  const mean = n1 * n2 / 2;
  const n = n1 + n2;
  const variance = n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1)));
  if (!(variance > 0)) return { z: 0, pValue: 1 };
  const sigma = Math.sqrt(variance);
  const deviation = u - mean;
  switch (alternative) {
    case "greater": {
      const z = (deviation - 0.5) / sigma;
      return { z, pValue: normalCdf(-z) };
    }
    case "less": {
      const z = (deviation + 0.5) / sigma;
      return { z, pValue: normalCdf(z) };
    }
    case "two-sided": {
      const distance = Math.max(0, Math.abs(deviation) - 0.5);
      const z = distance === 0 ? 0 : Math.sign(deviation) * distance / sigma;
      return { z, pValue: Math.min(1, 2 * normalCdf(-distance / sigma)) };
    }
    default:
      return assertNever(alternative);
  }
}

// src/phases/analysis/canary-score.ts
function scoreCanary(metrics, options = {}) {
  const alpha = options.alpha ?? 0.05;
  const pass = options.passThreshold ?? 95;
  const marginal = options.marginalThreshold ?? Math.min(75, pass);
  validateOptions(alpha, pass, marginal);
  const seenIds = /* @__PURE__ */ new Set();
  for (const metric of metrics) {
    if (seenIds.has(metric.id)) {
      throw new RangeError(`Metric '${metric.id}' appears twice; give every canary metric a unique id.`);
    }
    seenIds.add(metric.id);
  }
  const judgements = metrics.map((metric) => judgeMetric(metric, alpha));
  const withData = judgements.filter((judgement) => judgement.classification !== "nodata");
  if (withData.length === 0) {
    return {
      score: null,
      verdict: "inconclusive",
      thresholds: { pass, marginal },
      alpha,
      metrics: judgements
    };
  }
  const totalWeight = withData.reduce((sum, judgement) => sum + judgement.weight, 0);
  const passingWeight = withData.reduce((sum, judgement) => sum + (judgement.pass ? judgement.weight : 0), 0);
  const score = 100 * passingWeight / totalWeight;
  const criticalFailure = withData.some((judgement) => judgement.critical && !judgement.pass);
  const verdict = criticalFailure ? "fail" : score >= pass ? "pass" : score >= marginal ? "marginal" : "fail";
  return { score, verdict, thresholds: { pass, marginal }, alpha, metrics: judgements };
}
function judgeMetric(metric, alpha) {
  const weight = metric.weight ?? 1;
  const tolerance = metric.tolerance ?? 0;
  if (!(Number.isFinite(weight) && weight > 0)) {
    throw new RangeError(`Metric '${metric.id}': weight must be a positive number; got ${weight}.`);
  }
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new RangeError(
      `Metric '${metric.id}': tolerance must be a non-negative number (0.05 for 5%); got ${tolerance}.`
    );
  }
  const baseline = metric.baseline.filter(Number.isFinite);
  const canary = metric.canary.filter(Number.isFinite);
  const common = {
    id: metric.id,
    critical: metric.critical ?? false,
    weight,
    direction: metric.direction,
    tolerance,
    baselineCount: baseline.length,
    canaryCount: canary.length
  };
  if (baseline.length === 0 || canary.length === 0) {
    return {
      ...common,
      classification: "nodata",
      pass: false,
      pValue: null,
      u: null,
      effect: null,
      relativeEffect: null,
      baselineMedian: baseline.length > 0 ? median(baseline) : null,
      canaryMedian: canary.length > 0 ? median(canary) : null,
      reason: `no data for ${metric.id}: ${baseline.length} baseline and ${canary.length} canary values`
    };
  }
  const test = mannWhitneyU(baseline, canary, "two-sided");
  const effect = hodgesLehmann(baseline, canary);
  const baselineMedian = median(baseline);
  const canaryMedian = median(canary);
  const relativeEffect = baselineMedian === 0 ? effect : effect / Math.abs(baselineMedian);
  const numbers = `median ${formatValue(canaryMedian, metric.unit)} vs ${formatValue(baselineMedian, metric.unit)}, p=${formatProbability(test.pValue)}`;
  const measured = {
    ...common,
    pValue: test.pValue,
    u: test.u,
    effect,
    relativeEffect,
    baselineMedian,
    canaryMedian
  };
  if (!(test.pValue < alpha)) {
    return {
      ...measured,
      classification: "pass",
      pass: true,
      reason: `canary ${metric.id} not significantly different from baseline: ${numbers}`
    };
  }
  const higher = effect !== 0 ? effect > 0 : test.u > test.n1 * test.n2 / 2;
  const classification = higher ? "high" : "low";
  const comparison = higher ? "higher" : "lower";
  const badDirection = metric.direction === "either" || metric.direction === "increase" === higher;
  if (!badDirection) {
    return {
      ...measured,
      classification,
      pass: true,
      reason: `canary ${metric.id} ${comparison} than baseline, which is not a regression (only ${metric.direction === "increase" ? "an increase" : "a decrease"} fails): ${numbers}`
    };
  }
  const withinTolerance = tolerance > 0 && Math.abs(relativeEffect) <= tolerance;
  if (withinTolerance) {
    return {
      ...measured,
      classification,
      pass: true,
      reason: `canary ${metric.id} ${comparison} than baseline by ${formatRelative(relativeEffect, baselineMedian, metric.unit)}, within the tolerance of ${formatRelative(tolerance, baselineMedian, metric.unit)}: ${numbers}`
    };
  }
  return {
    ...measured,
    classification,
    pass: false,
    reason: `canary ${metric.id} ${comparison} than baseline: ${numbers}`
  };
}
function validateOptions(alpha, pass, marginal) {
  if (!(alpha > 0 && alpha < 1)) {
    throw new RangeError(`alpha must be between 0 and 1 (exclusive), e.g. 0.05; got ${alpha}.`);
  }
  for (const [name, value] of [
    ["passThreshold", pass],
    ["marginalThreshold", marginal]
  ]) {
    if (!(value >= 0 && value <= 100)) {
      throw new RangeError(`${name} must be a score between 0 and 100; got ${value}.`);
    }
  }
  if (marginal > pass) {
    throw new RangeError(
      `marginalThreshold (${marginal}) must not exceed passThreshold (${pass}); a marginal score sits below a pass.`
    );
  }
}
function formatValue(value, unit = "") {
  const rounded = Math.abs(value) >= 1e3 ? Math.round(value) : Number(value.toPrecision(4));
  return `${rounded}${unit}`;
}
function formatProbability(probability) {
  return String(Number(probability.toPrecision(2)));
}
function formatRelative(size, baselineMedian, unit) {
  const magnitude = Math.abs(size);
  return baselineMedian === 0 ? formatValue(magnitude, unit) : `${Number((100 * magnitude).toPrecision(3))}%`;
}

// src/phases/analysis/verdict.ts
var emptyTally = () => ({
  samples: 0,
  passed: 0,
  failures: 0,
  errors: 0,
  consecutiveErrors: 0,
  inconclusive: 0
});
var RunningAnalysis = class {
  constructor(limitsOf) {
    this.limitsOf = limitsOf;
  }
  limitsOf;
  tallies = /* @__PURE__ */ new Map();
  failed = null;
  inconclusive = null;
  /** Samples that did not pass, over every probe. */
  failedSamples = 0;
  /** Counts one sample in; samples must come in the order they were taken. */
  add(sample) {
    const { probe, status } = sample;
    let tally = this.tallies.get(probe);
    if (!tally) {
      tally = emptyTally();
      this.tallies.set(probe, tally);
    }
    const limits = this.limitsOf(probe);
    tally.samples += 1;
    tally.consecutiveErrors = status === "error" ? tally.consecutiveErrors + 1 : 0;
    countStatus(tally, status);
    if (!sample.passed) this.failedSamples += 1;
    const breach = (kind, count, limit, what) => ({
      probe,
      kind,
      count,
      limit,
      at: sample.finishedAt,
      reason: `probe ${probe} ${what} ${count} time(s) (limit ${limit}); last: ${sample.message}`
    });
    if (!this.failed && status === "failed" && tally.failures >= limits.failureLimit)
      this.failed = breach("failed", tally.failures, limits.failureLimit, "failed");
    if (!this.failed && status === "error" && tally.consecutiveErrors >= limits.consecutiveErrorLimit)
      this.failed = breach(
        "error",
        tally.consecutiveErrors,
        limits.consecutiveErrorLimit,
        "could not be measured"
      );
    if (!this.inconclusive && status === "inconclusive" && tally.inconclusive >= limits.inconclusiveLimit)
      this.inconclusive = breach(
        "inconclusive",
        tally.inconclusive,
        limits.inconclusiveLimit,
        "returned no data"
      );
  }
  /** Where the analysis stands now, without its tallies: what a window asks after each round. */
  get phase() {
    return this.failed ? "failed" : this.inconclusive ? "inconclusive" : "running";
  }
  /** Where the analysis stands now; the tallies are a copy (one per probe), later samples do not change them. */
  verdict() {
    const tallies = new Map([...this.tallies].map(([probe, tally]) => [probe, { ...tally }]));
    return { phase: this.phase, tallies, breach: this.failed ?? this.inconclusive };
  }
};
function countStatus(tally, status) {
  switch (status) {
    case "passed":
      tally.passed += 1;
      return;
    case "failed":
      tally.failures += 1;
      return;
    case "error":
      tally.errors += 1;
      return;
    case "inconclusive":
      tally.inconclusive += 1;
      return;
  }
}
function finalVerdict(verdict, probes, samples) {
  if (verdict.phase !== "running") return { phase: verdict.phase, breach: verdict.breach };
  for (const probe of probes) {
    const tally = verdict.tallies.get(probe) ?? emptyTally();
    if (tally.passed === 0) {
      return {
        phase: "inconclusive",
        breach: {
          probe,
          kind: "inconclusive",
          count: tally.samples - tally.passed,
          limit: tally.samples,
          at: samples.filter((s) => s.probe === probe).at(-1)?.finishedAt ?? samples.at(-1)?.finishedAt ?? "",
          reason: `probe ${probe} never produced a passing sample (${tally.inconclusive} without data, ${tally.errors} errors of ${tally.samples})`
        }
      };
    }
  }
  return { phase: "passed", breach: null };
}
function sampleSchedule(windowMs, intervalMs) {
  const rounds = Math.floor(windowMs / intervalMs) + 1;
  return Array.from({ length: rounds }, (_, i) => i * intervalMs);
}
function judgeValue(value, bounds) {
  if (bounds.max !== void 0 && value > bounds.max) return `${formatValue2(value)} > max ${bounds.max}`;
  if (bounds.min !== void 0 && value < bounds.min) return `${formatValue2(value)} < min ${bounds.min}`;
  return null;
}
function formatValue2(value) {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

// src/phases/analysis/measure.ts
async function measure(probes, schedule, sample, clock, onRound) {
  const limits = new Map(probes.map((p) => [p.id, p]));
  const limitsOf = (id) => limits.get(id);
  const start = clock.now().getTime();
  const end = schedule.at(-1) ?? 0;
  const samples = [];
  const running = new RunningAnalysis(limitsOf);
  for (const [index, offset] of schedule.entries()) {
    const wait = start + offset - clock.now().getTime();
    if (wait > 0) await clock.sleep(wait);
    const round = await sampleRound(probes, start + offset, schedule, index, sample, clock);
    for (const taken of round) {
      samples.push(taken);
      running.add(taken);
    }
    const elapsedMs = clock.now().getTime() - start;
    onRound(
      {
        elapsedMs,
        remainingMs: Math.max(0, end - elapsedMs),
        samples: samples.length,
        failures: running.failedSamples,
        round: index + 1,
        rounds: schedule.length
      },
      round
    );
    if (running.phase !== "running") break;
  }
  const final = finalVerdict(
    running.verdict(),
    probes.map((p) => p.id),
    samples
  );
  return { samples, phase: final.phase, breach: final.breach };
}
function roundSpread(schedule, index) {
  const next = schedule[index + 1];
  const current = schedule[index] ?? 0;
  if (next !== void 0) return next - current;
  const previous = schedule[index - 1];
  return previous !== void 0 ? current - previous : 0;
}
var MIN_START_GAP_MS = 500;
function probeStaggerMs(schedule, roundIndex, probeIndex, probes) {
  const spread = roundSpread(schedule, roundIndex);
  const groups = Math.max(1, Math.min(probes, Math.floor(spread / MIN_START_GAP_MS)));
  return Math.round(Math.floor(probeIndex * groups / probes) * spread / groups);
}
async function sampleRound(probes, roundStart, schedule, roundIndex, sample, clock) {
  const started = [];
  try {
    let slot = -1;
    for (let index = 0; index < probes.length; index += 1) {
      const stagger = probeStaggerMs(schedule, roundIndex, index, probes.length);
      if (stagger !== slot) {
        slot = stagger;
        const wait = roundStart + stagger - clock.now().getTime();
        if (wait > 0) await clock.sleep(wait);
      }
      started.push(sample(probes[index], roundIndex + 1));
    }
  } catch (error2) {
    void Promise.allSettled(started);
    throw error2;
  }
  return Promise.all(started);
}

// src/phases/analysis/prometheus.ts
var SERIES_NAMED = 3;
var BODY_QUOTED = 120;
function instantQueryUrl(baseUrl, promql, time) {
  const base = baseUrl.replace(/\/+$/, "");
  const timeParam = time ? `&time=${time.getTime() / 1e3}` : "";
  return `${base}/api/v1/query?query=${encodeURIComponent(promql)}${timeParam}`;
}
function parseInstantQuery(body, status) {
  const httpStatus = status === null ? "no HTTP status" : `HTTP ${status}`;
  if (body.trim() === "") return error(`Prometheus answered ${httpStatus} with an empty body`);
  let envelope;
  try {
    envelope = JSON.parse(body);
  } catch {
    return error(`Prometheus answered ${httpStatus} with a body that is not JSON: ${quote(body)}`);
  }
  if (!isRecord(envelope) || envelope.status !== "success" && envelope.status !== "error") {
    return error(
      `Prometheus answered ${httpStatus} with JSON that is not an API answer (no "status": "success" | "error"): ${quote(body)}`
    );
  }
  if (envelope.status === "error") {
    const errorType = typeof envelope.errorType === "string" ? envelope.errorType : "unknown error type";
    const message = typeof envelope.error === "string" ? envelope.error : "(no message)";
    return error(`Prometheus rejected the query (${httpStatus}) ${errorType}: ${message}`);
  }
  const data = envelope.data;
  if (!isRecord(data) || typeof data.resultType !== "string") {
    return error(`Prometheus answered ${httpStatus} "success" without data.resultType: ${quote(body)}`);
  }
  switch (data.resultType) {
    case "vector":
      return readVector(data.result);
    case "scalar":
      return readSample(data.result, 0, "the scalar");
    case "matrix":
      return error(
        "the query returned a range vector (resultType matrix), a range query result; use an instant vector, e.g. rate(x[5m]) instead of x[5m]"
      );
    case "string":
      return error("the query returned a string (resultType string); a condition needs a number");
    default:
      return error(`the query returned an unknown resultType ${JSON.stringify(data.resultType)}`);
  }
}
async function queryPrometheus(http, baseUrl, promql, timeoutMs) {
  const response = await http.request(instantQueryUrl(baseUrl, promql), { method: "GET", timeoutMs });
  if (!response.ok) {
    return {
      kind: "error",
      reason: response.error ?? "the request to Prometheus failed",
      latencyMs: response.latencyMs
    };
  }
  return { ...parseInstantQuery(response.body, response.status), latencyMs: response.latencyMs };
}
function readVector(result) {
  if (!Array.isArray(result)) return error("resultType vector without a result array");
  const series = result;
  const [only] = series;
  if (only === void 0) {
    return {
      kind: "no-data",
      reason: "the query returned no series: the metric may not exist yet or the label selector matches nothing"
    };
  }
  if (series.length > 1) {
    const named = series.slice(0, SERIES_NAMED).map(seriesName).join(", ");
    const more = series.length > SERIES_NAMED ? `, \u2026 ${series.length - SERIES_NAMED} more` : "";
    return error(
      `the query returned ${series.length} series (labels ${named}${more}); a condition needs exactly one: aggregate it, e.g. sum(...), max(...) or avg(...)`
    );
  }
  if (!isRecord(only)) return error("resultType vector with a sample that is not an object");
  return readSample(only.value, 1, `the series ${seriesName(only)}`);
}
function readSample(pair, series, what) {
  const text = Array.isArray(pair) ? pair[1] : void 0;
  if (typeof text !== "string") return error(`${what} has no [time, "value"] sample`);
  const value = sampleValue(text);
  if (value === null) return error(`${what} has the value ${JSON.stringify(text)}, which is not a number`);
  if (Number.isNaN(value)) {
    return { kind: "no-data", reason: `${what} is NaN: e.g. a ratio with no traffic, 0/0` };
  }
  return { kind: "value", value, series };
}
function sampleValue(text) {
  switch (text) {
    case "NaN":
      return NaN;
    case "+Inf":
      return Infinity;
    case "-Inf":
      return -Infinity;
  }
  const value = text.trim() === "" ? NaN : Number(text);
  return Number.isNaN(value) ? null : value;
}
function seriesName(sample) {
  const metric = isRecord(sample) && isRecord(sample.metric) ? sample.metric : {};
  const name = typeof metric.__name__ === "string" ? metric.__name__ : "";
  const labels = Object.entries(metric).filter(([label]) => label !== "__name__").map(([label, value]) => `${label}=${JSON.stringify(String(value))}`);
  return `${name}{${labels.join(",")}}`;
}
function quote(body) {
  const oneLine = body.replace(/\s+/g, " ").trim();
  return JSON.stringify(oneLine.length > BODY_QUOTED ? `${oneLine.slice(0, BODY_QUOTED)}\u2026` : oneLine);
}
function error(reason) {
  return { kind: "error", reason };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/phases/analysis/alertmanager.ts
var MAX_ALERTS_BODY_BYTES = 256 * 1024;
var ALERTS_RECORDED = 20;
var ALERTS_NAMED = 3;
var BODY_QUOTED2 = 120;
var inconclusive = (reason) => ({ kind: "inconclusive", reason });
function firingAlertsUrl(baseUrl, matchers) {
  const filters = matchers.map((m) => `&filter=${encodeURIComponent(formatAlertMatcher(m))}`).join("");
  return `${baseUrl.replace(/\/+$/, "")}/api/v2/alerts?active=true&silenced=false&inhibited=false${filters}`;
}
function parseFiringAlerts(body, status, matchers) {
  const httpStatus = status === null ? "no HTTP status" : `HTTP ${status}`;
  if (status === null || status < 200 || status > 299)
    return inconclusive(`Alertmanager answered ${httpStatus}: ${quote2(body)}`);
  if (new TextEncoder().encode(body).length >= MAX_ALERTS_BODY_BYTES)
    return inconclusive(
      `Alertmanager's answer reached ${MAX_ALERTS_BODY_BYTES / 1024} KiB and was cut off: narrow the matchers`
    );
  let alerts;
  try {
    alerts = JSON.parse(body);
  } catch {
    return inconclusive(`Alertmanager answered ${httpStatus} with a body that is not JSON: ${quote2(body)}`);
  }
  if (!Array.isArray(alerts))
    return inconclusive(
      `Alertmanager answered ${httpStatus} with JSON that is not a list of alerts: ${quote2(body)}`
    );
  const firing = [];
  let ignored = 0;
  for (const [index, item] of alerts.entries()) {
    const alert = readAlert(item);
    if (typeof alert === "string") return inconclusive(`alert ${index} of Alertmanager's answer ${alert}`);
    if (!matchesAll(matchers, alert.labels) || alert.state === "suppressed") ignored += 1;
    else firing.push(alert.firing);
  }
  return { kind: "alerts", firing, ignored };
}
async function readFiringAlerts(http, baseUrl, matchers, timeoutMs) {
  const response = await http.request(firingAlertsUrl(baseUrl, matchers), { method: "GET", timeoutMs });
  if (!response.ok) return inconclusive(response.error ?? "the request to Alertmanager failed");
  return parseFiringAlerts(response.body, response.status, matchers);
}
async function sampleFiringAlerts(http, baseUrl, matchers, timeoutMs) {
  let result;
  try {
    result = await readFiringAlerts(http, baseUrl, matchers, timeoutMs);
  } catch (error2) {
    result = inconclusive(messageOf(error2));
  }
  if (result.kind === "inconclusive") return { status: "inconclusive", value: null, message: result.reason };
  const ignoredNote = result.ignored > 0 ? ` (${result.ignored} other returned alert(s) silenced, inhibited or not matching)` : "";
  if (result.firing.length === 0)
    return { status: "passed", value: 0, message: `no matching alert firing${ignoredNote}` };
  const named = result.firing.slice(0, ALERTS_NAMED).map(
    (a) => `${JSON.stringify(a.alertname.slice(0, 80))} since ${a.startsAt} (fingerprint ${a.fingerprint})`
  );
  const more = result.firing.length > ALERTS_NAMED ? `, \u2026 ${result.firing.length - ALERTS_NAMED} more` : "";
  return {
    status: "failed",
    value: result.firing.length,
    message: `${result.firing.length} matching alert(s) firing: ${named.join(", ")}${more}${ignoredNote}`,
    alerts: result.firing.slice(0, ALERTS_RECORDED)
  };
}
function readAlert(item) {
  if (!isRecord2(item)) return "is not an object";
  const { labels, fingerprint, startsAt, status } = item;
  if (!isRecord2(labels) || !Object.values(labels).every((v) => typeof v === "string"))
    return 'has no "labels" object of strings';
  if (typeof fingerprint !== "string" || fingerprint === "") return 'has no "fingerprint"';
  if (typeof startsAt !== "string" || Number.isNaN(Date.parse(startsAt))) return 'has no "startsAt" time';
  if (!isRecord2(status)) return 'has no "status" object';
  const { state, silencedBy, inhibitedBy } = status;
  if (state !== "active" && state !== "suppressed" && state !== "unprocessed")
    return `has the status.state ${JSON.stringify(state)}, expected "active", "suppressed" or "unprocessed"`;
  if (!isStringList(silencedBy) || !isStringList(inhibitedBy))
    return 'has no "status.silencedBy" and "status.inhibitedBy" lists';
  if (state === "active" && (silencedBy.length > 0 || inhibitedBy.length > 0))
    return 'is "active" yet names a silence or an inhibiting alert';
  const stringLabels = labels;
  return {
    labels: stringLabels,
    state,
    firing: { alertname: stringLabels.alertname ?? "", labels: stringLabels, startsAt, fingerprint }
  };
}
function isStringList(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}
function quote2(body) {
  const oneLine = body.replace(/\s+/g, " ").trim();
  return JSON.stringify(oneLine.length > BODY_QUOTED2 ? `${oneLine.slice(0, BODY_QUOTED2)}\u2026` : oneLine);
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/phases/analysis/probes.ts
function probeTarget(probe) {
  switch (probe.kind) {
    case "http":
      return probe.url;
    case "prometheus":
      return `${probe.query} @ ${probe.url}`;
    case "alertmanager":
      return `{${probe.matchers.map(formatAlertMatcher).join(", ")}} @ ${probe.url}`;
    case "command":
      return Array.isArray(probe.command) ? probe.command.join(" ") : probe.command;
  }
}
function probeThreshold(probe) {
  const bounds = [
    probe.min !== void 0 ? `\u2265 ${probe.min}` : null,
    probe.max !== void 0 ? `\u2264 ${probe.max}` : null
  ].filter(Boolean);
  switch (probe.kind) {
    case "http":
      return [
        `status ${probe.expectStatus}`,
        probe.maxLatencyMs !== void 0 ? `latency \u2264 ${probe.maxLatencyMs}ms` : null,
        ...Object.entries(probe.expectJson).map(([pointer, value]) => `${pointer} = ${JSON.stringify(value)}`)
      ].filter(Boolean).join(", ");
    case "prometheus":
      return `value ${bounds.join(" and ")}; no data is inconclusive`;
    case "alertmanager":
      return "no matching alert firing (active, not silenced, not inhibited); unreachable is inconclusive";
    case "command":
      return probe.value === "stdout" ? `printed number ${bounds.join(" and ") || "present"}` : "exit code 0";
  }
}
function probeAsUsed(probe, vars) {
  const { url, query, command, expectJson, matchers } = probe;
  const expected = expectJson;
  return {
    ...probe,
    ...typeof url === "string" ? { url: renderText(url, vars) } : {},
    ...typeof query === "string" ? { query: renderText(query, vars) } : {},
    // Split first, then substituted per word: a value never splits a word, as when the command runs.
    ...command !== void 0 ? { command: renderArgv(tokenizeCommand(command), vars) } : {},
    ...matchers ? { matchers: matchers.map((m) => ({ ...m, value: renderText(m.value, vars) })) } : {},
    ...expected ? {
      expectJson: Object.fromEntries(
        Object.entries(expected).map(([pointer, value]) => [
          pointer,
          typeof value === "string" ? renderText(value, vars) : value
        ])
      )
    } : {}
  };
}
function lastNumber(output) {
  const matches = output.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g);
  if (!matches) return null;
  const value = Number(matches.at(-1));
  return Number.isFinite(value) ? value : null;
}
function releaseProbeSampler(ctx, vars) {
  return realProbeSampler({
    http: ctx.http,
    runner: ctx.runner,
    builtins: ctx.builtins,
    now: () => ctx.clock.now(),
    vars,
    selfArgv: ctx.selfArgv
  });
}
async function warmProbeTargets(http, probes, vars) {
  if (!http.warm) return;
  const urls = probes.flatMap((configured) => {
    const probe = configured.kind === "http" || configured.kind === "prometheus" ? probeAsUsed(configured, vars) : null;
    return probe?.kind === "http" || probe?.kind === "prometheus" ? [probe.url] : [];
  });
  if (urls.length > 0) await http.warm(urls);
}
function realProbeSampler(deps) {
  const asUsed = /* @__PURE__ */ new Map();
  const httpChecks = /* @__PURE__ */ new Map();
  const sampleOther = async (probe, round, startedAt) => {
    const record = (status, value, message) => sampleOf(probe.id, round, startedAt, deps.now(), status, value, message);
    switch (probe.kind) {
      case "prometheus": {
        const outcome = await queryPrometheus(deps.http, probe.url, probe.query, probe.timeoutMs);
        if (outcome.kind === "error") return record("error", null, outcome.reason);
        if (outcome.kind === "no-data") return record("inconclusive", null, outcome.reason);
        const problem = judgeValue(outcome.value, probe);
        return record(
          problem ? "failed" : "passed",
          outcome.value,
          problem ?? `${formatValue2(outcome.value)}`
        );
      }
      case "alertmanager": {
        const read = await sampleFiringAlerts(deps.http, probe.url, probe.matchers, probe.timeoutMs);
        const sample = record(read.status, read.value, read.message);
        return read.alerts ? { ...sample, alerts: read.alerts } : sample;
      }
      case "command": {
        const { argv, runner } = commandRoute(probe.command, deps);
        const exec = await runner.run({
          name: probe.id,
          argv,
          timeoutMs: probe.timeoutMs,
          label: `probe ${probe.id}`,
          quiet: true
        });
        const lastLine = (exec.stderrTail || exec.stdoutTail).trim().split("\n").pop() ?? "";
        if (exec.status === "timeout" || exec.status === "error")
          return record("error", null, `${exec.status}: ${exec.error ?? lastLine}`);
        if (probe.value === "exit-code") {
          return exec.status === "success" ? record("passed", 0, "exit 0") : record("failed", exec.exitCode, `exit ${exec.exitCode ?? exec.signal}: ${lastLine}`.trim());
        }
        if (exec.status !== "success")
          return record("error", null, `exit ${exec.exitCode ?? exec.signal}: ${lastLine}`.trim());
        const value = lastNumber(exec.stdoutTail);
        if (value === null) return record("inconclusive", null, "the command printed no number");
        const problem = judgeValue(value, probe);
        return record(problem ? "failed" : "passed", value, problem ?? formatValue2(value));
      }
    }
  };
  const sampleHttp = (probe, round, startedAt) => {
    let check = httpChecks.get(probe);
    if (!check) httpChecks.set(probe, check = httpCheckOf(probe));
    const judging = check;
    return deps.http.request(check.url, { method: "GET", timeoutMs: check.timeoutMs }).then((response) => {
      const judged = judgeHttpResponse(judging, response, null);
      return sampleOf(
        probe.id,
        round,
        startedAt,
        deps.now(),
        judged.passed ? "passed" : "failed",
        response.ok ? response.latencyMs : null,
        judged.message
      );
    });
  };
  return (configured, round) => {
    try {
      let probe = asUsed.get(configured);
      if (!probe) asUsed.set(configured, probe = probeAsUsed(configured, deps.vars));
      const startedAt = deps.now();
      return probe.kind === "http" ? sampleHttp(probe, round, startedAt) : sampleOther(probe, round, startedAt);
    } catch (error2) {
      return Promise.reject(error2 instanceof Error ? error2 : new Error(String(error2)));
    }
  };
}
function sampleOf(id, round, startedAt, finishedAt, status, value, message) {
  return {
    probe: id,
    round,
    passed: status === "passed",
    status,
    value,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    message
  };
}
function httpCheckOf(probe) {
  return {
    id: probe.id,
    url: probe.url,
    method: "GET",
    expectStatus: probe.expectStatus,
    expectHeaders: {},
    expectJson: probe.expectJson,
    ...probe.maxLatencyMs !== void 0 ? { maxLatencyMs: probe.maxLatencyMs } : {},
    timeoutMs: probe.timeoutMs
  };
}
function summarizeProbes(probes, samples, vars) {
  return probes.map((configured) => {
    const p = vars ? probeAsUsed(configured, vars) : configured;
    const own = samples.filter((s) => s.probe === p.id);
    return {
      id: p.id,
      kind: p.kind,
      target: probeTarget(p),
      samples: own.length,
      failures: own.filter((s) => s.status === "failed").length,
      errors: own.filter((s) => s.status === "error").length,
      inconclusive: own.filter((s) => s.status === "inconclusive").length,
      threshold: probeThreshold(p)
    };
  });
}

// src/phases/rollout/run-analysis.ts
function analysisSchedule(analysis) {
  return Array.from({ length: analysis.count }, (_, i) => i * analysis.intervalMs);
}
function analysisProbes(ctx, analysis) {
  const all = [...ctx.config.metrics, ...ctx.config.health.probes];
  const ids = /* @__PURE__ */ new Set([...analysis.probes, ...analysis.compare.flatMap((m) => [m.baseline, m.canary])]);
  return [...ids].map((id) => all.find((p) => p.id === id));
}
function compareVerdict(analysis, samples) {
  const values = (probe) => samples.filter((s) => s.probe === probe && s.value !== null).map((s) => s.value);
  const comparison = scoreCanary(
    analysis.compare.map((m) => ({
      id: m.id,
      baseline: values(m.baseline),
      canary: values(m.canary),
      direction: m.direction,
      critical: m.critical,
      weight: m.weight,
      tolerance: m.tolerance
    })),
    {
      alpha: analysis.score.alpha,
      passThreshold: analysis.score.pass,
      marginalThreshold: analysis.score.marginal
    }
  );
  const failing = comparison.metrics.filter((m) => !m.pass).map((m) => m.reason);
  const scoreText = comparison.score === null ? "no score" : `score ${Math.round(comparison.score * 10) / 10}`;
  const reason = `canary ${comparison.verdict} (${scoreText}; pass \u2265 ${analysis.score.pass}, marginal \u2265 ${analysis.score.marginal})${failing.length > 0 ? `: ${failing.join("; ")}` : ""}`;
  const verdict = comparison.verdict === "pass" ? "passed" : comparison.verdict === "fail" ? "failed" : "inconclusive";
  return { comparison, verdict, reason };
}
async function runAnalysis(ctx, analysis, environment, service, previous, sampler, extraVars = {}) {
  const probes = analysisProbes(ctx, analysis);
  const startedAt = ctx.clock.now().toISOString();
  const vars = { ...templateVars(ctx, environment, service, previous), ...extraVars };
  const probeSampler = sampler ?? releaseProbeSampler(ctx, vars);
  await warmProbeTargets(ctx.http, probes, vars);
  const result = await measure(
    probes,
    analysisSchedule(analysis),
    probeSampler,
    ctx.clock,
    (_progress, round) => {
      for (const sample of round.filter((s) => !s.passed))
        ctx.logger.warn(`  \u2718 ${sample.probe} (round ${sample.round}, ${sample.status}): ${sample.message}`);
    }
  );
  const finishedAt = ctx.clock.now().toISOString();
  let verdict = result.phase;
  let breach = result.breach;
  let comparison = null;
  if (analysis.compare.length > 0 && result.phase === "passed") {
    const scored = compareVerdict(analysis, result.samples);
    comparison = scored.comparison;
    verdict = scored.verdict;
    ctx.logger.info(`  ${service} | ${scored.reason}`);
    if (verdict !== "passed") {
      breach = {
        probe: analysis.compare.map((m) => m.id).join(", "),
        kind: verdict === "failed" ? "failed" : "inconclusive",
        count: comparison.metrics.filter((m) => !m.pass).length,
        limit: analysis.compare.length,
        at: finishedAt,
        reason: scored.reason
      };
    }
  }
  return {
    startedAt,
    finishedAt,
    intervalMs: analysis.intervalMs,
    count: analysis.count,
    verdict,
    breach,
    probes: summarizeProbes(probes, result.samples, vars),
    samples: result.samples,
    comparison
  };
}

// src/phases/rollout/steps/analysis.ts
async function runAnalysisStep(state, step, current) {
  const { ctx, service } = state;
  const { record } = current;
  const analysis = await runAnalysis(
    ctx,
    step.analysis,
    state.environment,
    service.id,
    state.previous,
    state.sampler,
    {
      ...state.blueGreen ? { color: state.blueGreen.next } : {},
      step: String(current.number)
    }
  );
  record.analysis = analysis;
  record.finishedAt = analysis.finishedAt;
  if (analysis.verdict === "passed") {
    record.message = `passed: ${analysis.samples.length} samples`;
    ctx.logger.info(`  ${service.id} | analysis passed (${analysis.samples.length} samples)`);
    return null;
  }
  const why = analysis.breach?.reason ?? `analysis ${analysis.verdict}`;
  if (analysis.verdict === "inconclusive" && step.analysis.onInconclusive === "pause" && ctx.confirm) {
    const goOn = await ctx.confirm(
      `[ANALYSIS INCONCLUSIVE] ${service.id} step ${current.number}: ${why}. Continue the rollout? (yes/no)`
    );
    if (goOn) {
      record.message = `inconclusive (${why}); continued by a person at the prompt`;
      return null;
    }
  }
  record.status = "failed";
  record.message = `${analysis.verdict}: ${why}`;
  ctx.logger.error(
    `[ALERT] ${service.id} rollout aborted at step ${current.number} (${current.description}): ${why}`
  );
  return {
    reason: `${service.id}: rollout aborted at step ${current.number} (${current.description}): analysis ${analysis.verdict}: ${why}`,
    trigger: "rollout-analysis"
  };
}

// src/phases/rollout/steps/pause.ts
async function runPause(state, step, current) {
  await state.ctx.clock.sleep(step.durationMs);
  current.record.finishedAt = state.ctx.clock.now().toISOString();
  current.record.message = `paused ${formatDuration(step.durationMs)}`;
  return null;
}
async function runPauseForApproval(state, current) {
  const { ctx, service } = state;
  const { record } = current;
  const weightNow = state.records.filter((r) => r.weight !== null).map((r) => `${r.weight}%`).at(-1) ?? "not yet deployed";
  const prompt = `[ROLLOUT PAUSED] ${service.id} at step ${current.number}: ${weightNow} on ${ctx.tag}. Continue the rollout? (yes/no)`;
  ctx.logger.info(prompt);
  const goOn = ctx.confirm ? await ctx.confirm(prompt) : false;
  record.finishedAt = ctx.clock.now().toISOString();
  if (goOn) {
    record.message = "a person answered yes";
    return null;
  }
  record.status = "failed";
  record.message = ctx.confirm ? "a person answered no" : "nobody can answer here (no terminal)";
  return {
    reason: `${service.id}: rollout stopped at step ${current.number} (${current.description}): ${record.message}`,
    trigger: "rollout-stopped"
  };
}

// src/phases/rollout/steps/set-weight.ts
async function runSetWeight(state, step, current) {
  const { ctx, service } = state;
  const { record } = current;
  const vars = {
    ...templateVars(ctx, state.environment, service.id, state.previous),
    weight: String(step.weight),
    batch: step.batch !== void 0 ? String(step.batch) : "",
    step: String(current.number),
    unavailable: service.strategy.maxUnavailable ?? ""
  };
  const routed = state.progressive && service.strategy.type === "canary" ? haproxyRouterOf(ctx, service, state.environment) : null;
  const route = async (targets) => {
    if (!routed) return null;
    const moment = {
      service: service.id,
      environment: state.environment,
      step: current.number,
      action: "set-weight"
    };
    const { change, failure } = await shiftTraffic(ctx, routed.router, moment, targets);
    record.traffic = [...record.traffic ?? [], change];
    record.finishedAt = ctx.clock.now().toISOString();
    if (!failure) return null;
    record.status = "failed";
    record.message = failure;
    return {
      reason: `${service.id}: ${failure} at step ${current.number} (${current.description})`,
      trigger: "deploy-failure"
    };
  };
  if (step.weight === 100) {
    const allToCanary = await route({ canary: { weight: 100 }, stable: { weight: 0 } });
    if (allToCanary) return allToCanary;
  }
  const deploy = await runStep(ctx, service.deploy, vars, service.id);
  state.lastDeploy = deploy;
  record.exec = deploy;
  record.finishedAt = ctx.clock.now().toISOString();
  if (deploy.status !== "success") {
    record.status = "failed";
    record.message = `${service.deploy.name} ${describeExec(deploy)}`;
    return {
      reason: `${service.id}: ${service.deploy.name} ${describeExec(deploy)}${state.progressive ? ` at step ${current.number} (${current.description})` : ""}`,
      trigger: "deploy-failure"
    };
  }
  if (step.weight < 100) {
    const weighted = await route({ canary: { weight: step.weight }, stable: { weight: 100 - step.weight } });
    if (weighted) return weighted;
  }
  if (step.weight === 100 && service.verify) {
    const verify = await runStep(ctx, service.verify, vars, `${service.id} verify`);
    state.verify = verify;
    if (verify.status !== "success") {
      record.status = "failed";
      record.message = `${service.verify.name} ${describeExec(verify)}`;
      return {
        reason: `${service.id}: ${service.verify.name} ${describeExec(verify)}`,
        trigger: "deploy-failure"
      };
    }
  }
  if (step.weight === 100) {
    const backToStable = await route({ stable: { weight: 100 }, canary: { weight: 0 } });
    if (backToStable) return backToStable;
  }
  if (!routed && state.progressive && service.strategy.type === "canary") {
    const weightBefore = state.records.slice(0, -1).flatMap((r) => r.weight === null ? [] : [r.weight]).at(-1) ?? 0;
    record.traffic = [
      commandTrafficChange(
        ctx,
        { service: service.id, environment: state.environment, step: current.number, action: "set-weight" },
        { canary: weightBefore, stable: 100 - weightBefore },
        { canary: step.weight, stable: 100 - step.weight },
        `${service.deploy.name} ran with weight ${step.weight}`
      )
    ];
  }
  record.message = `${step.weight}% on ${ctx.tag}`;
  return null;
}

// src/phases/rollout/steps/index.ts
function runRolloutStep(state, step, current) {
  switch (step.kind) {
    case "set-weight":
      return runSetWeight(state, step, current);
    case "pause":
      return runPause(state, step, current);
    case "pause-for-approval":
      return runPauseForApproval(state, current);
    case "analysis":
      return runAnalysisStep(state, step, current);
    case "deploy-color":
    case "switch":
    case "retire":
      return runBlueGreenStep(state, step, current);
    default:
      return assertNever(step);
  }
}

// src/phases/rollout/runner.ts
async function runRollout(ctx, service, environment, previous, options) {
  const skipped = options.progressive && options.firstRelease && service.strategy.type === "canary" ? { reason: firstCanaryReason(environment), steps: service.strategy.steps.map(describeStep) } : null;
  const steps = options.progressive && !skipped ? service.strategy.steps : [{ kind: "set-weight", weight: 100 }];
  if (skipped)
    ctx.logger.info(`  ${service.id} | canary steps skipped: ${skipped.reason}; deploying ${ctx.tag} fully`);
  const strategy = options.progressive ? service.strategy.type : "all-at-once";
  const commands = options.progressive ? service.strategy.blueGreen : void 0;
  let blueGreen = null;
  if (commands) {
    const found = await detectColors(ctx, service, commands, environment, previous);
    if ("reason" in found) return outcomeOf(ctx, strategy, [], null, null, found);
    blueGreen = found;
  }
  const state = {
    ctx,
    service,
    environment,
    previous,
    progressive: options.progressive,
    sampler: options.sampler,
    blueGreen,
    records: [],
    lastDeploy: null,
    verify: null
  };
  for (const [index, step] of steps.entries()) {
    const number = index + 1;
    const description = describeStep(step);
    const record = startRecord(ctx, step, number, description);
    state.records.push(record);
    if (options.progressive && !skipped)
      ctx.logger.info(`  ${service.id} | step ${number}/${steps.length}: ${description}`);
    const failure = await runRolloutStep(state, step, { number, description, record });
    if (failure)
      return withSkipped(
        outcomeOf(ctx, strategy, state.records, state.lastDeploy, state.verify, failure),
        skipped
      );
  }
  return withSkipped(outcomeOf(ctx, strategy, state.records, state.lastDeploy, state.verify, null), skipped);
}
function firstCanaryReason(environment) {
  return `first release in ${environment}: no release serves there, so there is no stable version to compare a canary with`;
}
function withSkipped(outcome, skipped) {
  return skipped ? { ...outcome, rollout: { ...outcome.rollout, skipped } } : outcome;
}
function startRecord(ctx, step, number, description) {
  const startedAt = ctx.clock.now().toISOString();
  return {
    step: number,
    kind: step.kind,
    description,
    weight: step.kind === "set-weight" ? step.weight : null,
    color: null,
    startedAt,
    finishedAt: startedAt,
    status: "completed",
    exec: null,
    analysis: null,
    message: ""
  };
}
function outcomeOf(ctx, strategy, records, lastDeploy, verify, failure) {
  return {
    rollout: {
      strategy,
      status: failure ? "aborted" : "promoted",
      steps: records,
      abort: failure ? {
        step: records.length,
        description: records.at(-1)?.description ?? "",
        reason: failure.reason,
        at: records.at(-1)?.finishedAt ?? ctx.clock.now().toISOString()
      } : null
    },
    lastDeploy,
    verify,
    failure
  };
}

// src/phases/rollout/deploy-services.ts
async function deployServices(ctx, environment, previous, progressive = false, firstRelease = false) {
  const results = new Map(
    ctx.config.services.map((s) => [s.id, { service: s.id, status: "not-started", deploy: null, verify: null }])
  );
  let failure = null;
  for (const level of deployLevels(ctx.config.services)) {
    if (failure) break;
    await runLimited(level, ctx.config.concurrency, async (serviceId) => {
      const service = ctx.config.services.find((s) => s.id === serviceId);
      if (!service) throw new Error(`unknown service ${serviceId}`);
      const rolled = await runRollout(ctx, service, environment, previous, {
        progressive: progressive && service.strategy.type !== "all-at-once",
        firstRelease
      });
      results.set(service.id, {
        service: service.id,
        status: rolled.failure ? "failed" : "deployed",
        deploy: rolled.lastDeploy,
        verify: rolled.verify,
        ...rolled.rollout.strategy !== "all-at-once" ? { rollout: rolled.rollout } : {}
      });
      if (rolled.failure && !failure) failure = { service: service.id, ...rolled.failure };
    });
  }
  return { services: [...results.values()], failure };
}
async function runLimited(items, limit, work) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(workers);
}

export {
  sampleSchedule,
  measure,
  releaseProbeSampler,
  warmProbeTargets,
  summarizeProbes,
  deployServices
};
