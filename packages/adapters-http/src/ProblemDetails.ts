/**
 * RFC 9457 problem details for the core's errors. HTTP status codes belong to
 * the transport, so the mapping from a CaseError's reason to a status lives
 * here, not in the core.
 */
import type { CaseError, Decision, DecodeError } from "@zhengwu/core"

export interface ProblemDetails {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail: string
  readonly instance?: string
  /** For invalid input: each problem with its path into the request body. */
  readonly problems?: ReadonlyArray<{ readonly path: ReadonlyArray<string | number>; readonly message: string }>
  /** For a refusal: the decision that says which article, which facts and why. */
  readonly decision?: Decision.Decision
  readonly expectedVersion?: number
  readonly actualVersion?: number
}

export const contentType = "application/problem+json"

const statusOf: Record<CaseError.Reason, number> = {
  "invalid-input": 400,
  "not-found": 404,
  "not-readable": 404,
  "unknown-machine": 404,
  "version-conflict": 409,
  "idempotency-mismatch": 422,
  refused: 422,
  "corrupt-stream": 500
}

const titleOf: Record<CaseError.Reason, string> = {
  "invalid-input": "invalid input",
  "not-found": "case not found",
  "not-readable": "case not found",
  "unknown-machine": "unknown procedure",
  "version-conflict": "version conflict",
  "idempotency-mismatch": "idempotency key reused with a different request",
  refused: "refused by the regulation",
  "corrupt-stream": "stored case cannot be read"
}

const typeOf = (reason: string) => `urn:zhengwu:problem:${reason}`

/** The status code the transport answers for a reason. */
export const status = (reason: CaseError.Reason): number => statusOf[reason]

export const fromDecodeError = (e: DecodeError.DecodeError, instance?: string): ProblemDetails => ({
  type: typeOf("invalid-input"),
  title: titleOf["invalid-input"],
  status: 400,
  detail: e.message,
  ...(instance === undefined ? {} : { instance }),
  problems: e.problems
})

export const fromCaseError = (e: CaseError.CaseError, instance?: string): ProblemDetails => {
  const base = {
    type: typeOf(e.reason),
    title: titleOf[e.reason],
    status: statusOf[e.reason],
    ...(instance === undefined ? {} : { instance })
  }
  switch (e.reason) {
    case "invalid-input":
      return {
        ...base,
        detail: e.problems.map((p) => `${p.path.length > 0 ? `\`${p.path.join(".")}\`: ` : ""}${p.message}`).join("; "),
        problems: e.problems
      }
    case "refused": {
      const reasons = e.decision?.reasons ?? []
      return {
        ...base,
        detail: reasons.map((f) => `${f.message.en} (${f.citations.join(", ")})`).join("; ") || "refused",
        ...(e.decision === null ? {} : { decision: e.decision })
      }
    }
    case "version-conflict":
      return {
        ...base,
        detail: `case \`${e.caseId}\` is at version ${e.actualVersion}, not ${e.expectedVersion}`,
        ...(e.expectedVersion === null ? {} : { expectedVersion: e.expectedVersion }),
        ...(e.actualVersion === null ? {} : { actualVersion: e.actualVersion })
      }
    case "not-found":
    case "not-readable":
      return { ...base, type: typeOf("not-found"), detail: `no case \`${e.caseId}\`` }
    case "unknown-machine":
      return { ...base, detail: `no procedure \`${e.detail}\`` }
    default:
      return { ...base, detail: e.detail ?? titleOf[e.reason] }
  }
}
