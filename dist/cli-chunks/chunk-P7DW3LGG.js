#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/phases/readiness/window-clock.ts
var WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
var SECOND_MS = 1e3;
var DAY_MS = 864e5;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var WEEKDAY_LABELS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
function isKnownTimeZone(timezone) {
  if (timezone === "UTC") return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}
function formatInZone(date, timezone, options = {}) {
  const local = localDateTimeAt(date.getTime(), timezone);
  const text = `${formatLocalDate(local)} ${formatLocalTime(local)} ${timezone}`;
  return options.weekday === false ? text : `${WEEKDAY_LABELS[weekdayIndex(local)]} ${text}`;
}
function parseIsoDate(text) {
  const match = ISO_DATE.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}
var wallClockFormatters = /* @__PURE__ */ new Map();
function wallClockFormatter(timezone) {
  let formatter = wallClockFormatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    wallClockFormatters.set(timezone, formatter);
  }
  return formatter;
}
function wallClockAsUtcMs(instant, timezone) {
  const fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of wallClockFormatter(timezone).formatToParts(instant))
    if (part.type in fields) fields[part.type] = Number(part.value);
  return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
}
function localDateTimeAt(instant, timezone) {
  const wall = new Date(wallClockAsUtcMs(instant, timezone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes()
  };
}
function offsetMsAt(instant, timezone) {
  return wallClockAsUtcMs(instant, timezone) - Math.floor(instant / SECOND_MS) * SECOND_MS;
}
function localToEpochMs(local, timezone, occurrence) {
  const wallMs = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const offsets = [
    ...new Set([wallMs - DAY_MS, wallMs, wallMs + DAY_MS].map((instant) => offsetMsAt(instant, timezone)))
  ];
  const readings = offsets.map((offset) => wallMs - offset).filter((instant) => wallClockAsUtcMs(instant, timezone) === wallMs).sort((a, b) => a - b);
  const reading = occurrence === "first" ? readings[0] : readings.at(-1);
  if (reading !== void 0) return reading;
  let before = wallMs - Math.max(...offsets);
  let after = wallMs - Math.min(...offsets);
  while (after - before > SECOND_MS) {
    const middle = before + Math.floor((after - before) / (2 * SECOND_MS)) * SECOND_MS;
    if (wallClockAsUtcMs(middle, timezone) >= wallMs) after = middle;
    else before = middle;
  }
  return after;
}
function addDays(date, days) {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}
function compareDates(a, b) {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}
function weekdayIndex(date) {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}
function formatLocalDate(date) {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}
function formatLocalTime(time) {
  return `${pad2(time.hour)}:${pad2(time.minute)}`;
}
function pad2(value) {
  return String(value).padStart(2, "0");
}

// src/phases/readiness/window-spans.ts
function windowSpansBetween(window, policyZone, fromMs, untilMs) {
  const timezone = window.timezone ?? policyZone;
  const opens = parseHhMm(window.from);
  const closes = parseHhMm(window.to);
  const closesNextDay = closes.hour * 60 + closes.minute <= opens.hour * 60 + opens.minute;
  const spans = [];
  const lastDay = localDateTimeAt(untilMs, timezone);
  for (let day = addDays(localDateTimeAt(fromMs, timezone), -1); compareDates(day, lastDay) <= 0; ) {
    if (window.days.includes(WEEKDAYS[weekdayIndex(day)])) {
      const start = localToEpochMs({ ...day, ...opens }, timezone, "first");
      const end = localToEpochMs({ ...closesNextDay ? addDays(day, 1) : day, ...closes }, timezone, "last");
      if (end > start) spans.push({ start, end, window, timezone });
    }
    day = addDays(day, 1);
  }
  return spans;
}
function freezeSpan(freeze, policyZone) {
  const timezone = freeze.timezone ?? policyZone;
  const bound = (text, side) => {
    const date = parseIsoDate(text);
    if (!date) return Date.parse(text);
    return localToEpochMs(
      { ...side === "end" ? addDays(date, 1) : date, hour: 0, minute: 0 },
      timezone,
      "first"
    );
  };
  return { start: bound(freeze.from, "start"), end: bound(freeze.to, "end"), freeze, timezone };
}
function contains(span, instant) {
  return span.start <= instant && instant < span.end;
}
function parseHhMm(text) {
  const [hour = 0, minute = 0] = text.split(":").map(Number);
  return { hour, minute };
}

// src/phases/readiness/window-validate.ts
var HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
var ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function validateWindowPolicy(policy, path = "window") {
  const problems = [];
  const policyZoneKnown = checkTimeZone(policy.timezone, `${path}.timezone`, problems);
  policy.allow.forEach((window, index) => {
    const at = `${path}.allow[${index}]`;
    if (window.days.length === 0)
      problems.push(`${at}.days: is empty; list at least one of ${WEEKDAYS.join(", ")}`);
    window.days.forEach((day, dayIndex) => {
      if (!WEEKDAYS.includes(day))
        problems.push(
          `${at}.days[${dayIndex}]: '${day}' is not a weekday; expected one of ${WEEKDAYS.join(", ")}`
        );
    });
    const fromValid = checkHhMm(window.from, `${at}.from`, problems);
    const toValid = checkHhMm(window.to, `${at}.to`, problems);
    if (fromValid && toValid && window.from === window.to)
      problems.push(
        `${at}.to: '${window.to}' equals from; give a later 'to' (or an earlier one to cross midnight)`
      );
    if (window.timezone !== void 0) checkTimeZone(window.timezone, `${at}.timezone`, problems);
  });
  policy.freeze.forEach((freeze, index) => {
    const at = `${path}.freeze[${index}]`;
    const fromValid = checkFreezeBound(freeze.from, `${at}.from`, problems);
    const toValid = checkFreezeBound(freeze.to, `${at}.to`, problems);
    if (freeze.reason.trim() === "") problems.push(`${at}.reason: is empty; say why releases are frozen`);
    const zoneKnown = freeze.timezone === void 0 ? policyZoneKnown : checkTimeZone(freeze.timezone, `${at}.timezone`, problems);
    if (fromValid && toValid && zoneKnown) {
      const span = freezeSpan(freeze, policy.timezone);
      if (span.end <= span.start) {
        const order = span.end === span.start ? "is not after" : "is before";
        problems.push(
          `${at}.to: '${freeze.to}' ${order} from '${freeze.from}'; a freeze must end after it starts`
        );
      }
    }
  });
  return problems;
}
function checkTimeZone(timezone, at, problems) {
  if (isKnownTimeZone(timezone)) return true;
  problems.push(`${at}: unknown time zone '${timezone}'; use an IANA name such as 'Europe/Berlin' or 'UTC'`);
  return false;
}
function checkHhMm(text, at, problems) {
  if (HH_MM.test(text)) return true;
  problems.push(`${at}: '${text}' is not HH:MM; write a 24-hour time with two-digit hours, e.g. '09:00'`);
  return false;
}
function checkFreezeBound(text, at, problems) {
  const dateTime = ISO_DATE_TIME.exec(text);
  const dateFields = dateTime ?? ISO_DATE.exec(text);
  if (dateFields && isCalendarDate(Number(dateFields[1]), Number(dateFields[2]), Number(dateFields[3])))
    return true;
  problems.push(
    `${at}: '${text}' is neither a date (YYYY-MM-DD, e.g. '2026-12-20') nor an ISO date-time with offset (e.g. '2026-12-20T18:00:00+01:00')`
  );
  return false;
}
function isCalendarDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export {
  WEEKDAYS,
  DAY_MS,
  ISO_DATE,
  formatInZone,
  localDateTimeAt,
  formatLocalDate,
  formatLocalTime,
  windowSpansBetween,
  freezeSpan,
  contains,
  validateWindowPolicy
};
