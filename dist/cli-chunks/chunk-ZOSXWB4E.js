#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/phases/production/approval-policy.ts
function judgeApproval(evidence, policy) {
  switch (evidence.kind) {
    case "answer": {
      const { answer } = evidence;
      if (answer.decision !== "approved") return answer;
      const notAllowed = approverProblem(answer.approver, policy);
      return notAllowed ? { ...answer, decision: "rejected", reason: notAllowed } : answer;
    }
    case "github-environment":
      return decideEnvironmentApproval({
        environment: evidence.environment,
        protection: evidence.protection,
        approvals: evidence.reviews,
        run: evidence.run,
        policy
      });
  }
}
function approverProblem(approver, policy) {
  if (policy.approvers.length === 0 || policy.approvers.includes(approver ?? "")) return null;
  return `${approver} is not an allowed approver (approval.approvers: ${policy.approvers.join(", ")})`;
}
function approvalWarnings(answer) {
  if (answer.decision !== "approved" || !answer.github) return [];
  const warnings = [];
  if (answer.github.selfApproval)
    warnings.push(`[WARNING] Self-approval: ${answer.approver} approved a run they started.`);
  if (answer.github.reviewersOptOut)
    warnings.push(
      `[WARNING] Environment '${answer.github.environment}' has no required reviewers; deploying on the opt-out.`
    );
  return warnings;
}
function sortedReviews(reviews) {
  return reviews.map((r) => ({
    login: r.user.login,
    id: r.user.id,
    state: r.state,
    environments: [...r.environments].sort(),
    comment: r.comment
  })).sort(
    (a, b) => compareText(a.login, b.login) || compareText(a.state, b.state) || compareText(a.environments.join(","), b.environments.join(","))
  );
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function decideEnvironmentApproval(input) {
  const { environment, protection, run, policy } = input;
  const reviews = sortedReviews(input.approvals);
  const runActors = [.../* @__PURE__ */ new Set([...run.actors ?? [run.actor], ...run.tagger ? [run.tagger] : []])];
  const isRunActor = (login) => runActors.some((a) => a.toLowerCase() === login.toLowerCase());
  const ofEnvironment = reviews.filter((r) => r.environments.includes(environment));
  const rejection = ofEnvironment.find((r) => r.state === "rejected");
  const approvals = ofEnvironment.filter((r) => r.state === "approved");
  const selfApprovals = approvals.filter((r) => isRunActor(r.login));
  const review = rejection ?? approvals.find((r) => !isRunActor(r.login) && approverProblem(r.login, policy) === null) ?? approvals[0] ?? ofEnvironment[0];
  const approver = review?.login ?? null;
  const selfApproval = selfApprovals.length > 0;
  const github = {
    repository: run.repository,
    runId: run.runId,
    runAttempt: run.runAttempt,
    runUrl: run.runUrl,
    environment,
    state: review?.state ?? null,
    approverId: review?.id ?? null,
    triggeringActor: run.actor,
    runActors,
    selfApproval,
    reviewersRequired: protection?.hasReviewersRule ?? false,
    requiredReviewers: protection?.requiredReviewers ?? [],
    preventSelfReview: protection?.preventSelfReview ?? false,
    reviewersOptOut: false,
    reviews
  };
  const refuse = (reason) => ({
    decision: "rejected",
    approver,
    comment: review?.comment || null,
    source: "github-environment",
    reason,
    github
  });
  if (!protection) {
    return refuse(
      `environment '${environment}' does not exist in ${run.repository}. Create it under Settings \u2192 Environments, add required reviewers, and name it in the production job`
    );
  }
  if (!protection.hasReviewersRule) {
    if (policy.requireReviewers) {
      return refuse(
        `environment '${environment}' has no required reviewers, so nobody approved this deployment. Add reviewers under Settings \u2192 Environments \u2192 ${environment} \u2192 Required reviewers (private repositories need a plan that offers them), or set approval.require-reviewers: false to accept an unreviewed environment on the record`
      );
    }
    github.reviewersOptOut = true;
    return {
      decision: "approved",
      approver: run.actor,
      comment: null,
      source: "github-environment",
      reason: `environment '${environment}' has no required reviewers; accepted because approval.require-reviewers is false (the run was started by ${run.actor})`,
      github
    };
  }
  if (!review) {
    return refuse(
      `no review of environment '${environment}' is recorded for run ${run.runId}: the job must name environment: ${environment} so that GitHub asks its reviewers`
    );
  }
  if (rejection) {
    return refuse(
      `${rejection.login} rejected environment '${environment}' in this run; a rejection stands for the whole run, whatever a re-run was approved with. Start a new run to ask the reviewers again`
    );
  }
  if (review.state !== "approved")
    return refuse(`the review of environment '${environment}' by ${approver} is ${review.state}`);
  const [selfApprover] = selfApprovals;
  if (selfApprover && policy.selfApproval === "refuse") {
    const tagged = run.tagger !== void 0 && run.tagger.toLowerCase() === selfApprover.login.toLowerCase();
    return refuse(
      `${selfApprover.login} approved a ${tagged ? "release they tagged" : "run they started"} themselves (approval.self-approval: refuse; actors of the run: ${runActors.join(", ")}). Ask another reviewer to approve in a new run, or turn on "Prevent self-review" for environment '${environment}'`
    );
  }
  const notAllowed = approverProblem(approver, policy);
  if (notAllowed) return refuse(notAllowed);
  return {
    decision: "approved",
    approver,
    comment: review.comment || null,
    source: "github-environment",
    reason: selfApproval && policy.selfApproval === "warn" ? `approved in GitHub by ${approver}, ${approver !== null && isRunActor(approver) ? "who also started the run" : `and by ${selfApprovals.map((r) => r.login).join(", ")}, who also started the run`} (self-approval, allowed with a warning)` : `approved in GitHub by ${approver} for environment '${environment}'`,
    github
  };
}

export {
  judgeApproval,
  approvalWarnings
};
