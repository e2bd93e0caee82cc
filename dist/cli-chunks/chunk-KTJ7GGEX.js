#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/core/signoffs.ts
function stakeholderRole(stakeholder) {
  return stakeholder.role ?? stakeholder.name;
}
function sameRole(a, b) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
function findStakeholder(stakeholders, role) {
  return stakeholders.find((s) => sameRole(stakeholderRole(s), role)) ?? null;
}
function stakeholderStatuses(stakeholders, signoffs, tag) {
  return stakeholders.map((stakeholder) => {
    const latest = signoffs.filter((s) => s.tag === tag && sameRole(s.role, stakeholderRole(stakeholder))).reduce((last, s) => last && last.signedAt > s.signedAt ? last : s, null);
    return {
      name: stakeholder.name,
      role: stakeholder.role ?? null,
      required: stakeholder.required,
      status: latest ? "signed" : "pending",
      signedBy: latest?.name ?? null,
      signedAt: latest?.signedAt ?? null,
      comment: latest?.comment ?? null
    };
  });
}
function missingSignoffs(statuses) {
  return statuses.filter((s) => s.required && s.status === "pending");
}
function signoffCommandText(tag, role) {
  const quoted = /^[\w.@/-]+$/.test(role) ? role : `'${role.replaceAll("'", `'\\''`)}'`;
  return `release-gate signoff --tag ${tag} --role ${quoted} --name <your name>`;
}
var SIGNOFF_TEXT_LIMITS = { name: 200, comment: 1e3 };
function signoffTextProblem(field, text) {
  const limit = SIGNOFF_TEXT_LIMITS[field];
  if (field === "name" && text.trim() === "") return `--${field} is empty: say who signs off`;
  if (text.length > limit) return `--${field} is ${text.length} characters long; at most ${limit}`;
  if (/[\u0000-\u001f\u007f]/.test(text))
    return `--${field} holds a line break or control character: give one line`;
  return null;
}

export {
  stakeholderRole,
  findStakeholder,
  stakeholderStatuses,
  missingSignoffs,
  signoffCommandText,
  signoffTextProblem
};
