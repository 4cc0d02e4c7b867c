/**
 * Zhengwu's decisions reduced to what the equivalence check compares. The
 * "in force: date unknown" caveat is left out: it comes from the in-force check
 * of the cited documents, which the bare functions do not make.
 */
import { Caveats, type Decision } from "@zhengwu/core"
import type { Verdict } from "./bare.ts"

export const verdictOf = (d: Decision.Decision): Verdict => ({
  outcome: d.outcome,
  refusing: d.findings
    .filter((f) => f.status === "violated" && f.severity === "error")
    .map((f) => f.rule as string)
    .sort(),
  warnings: d.findings
    .filter((f) => f.status === "violated" && f.severity === "warning" && !Caveats.isCaveat(f))
    .map((f) => f.rule as string)
    .sort()
})

export const sameVerdict = (a: Verdict, b: Verdict) =>
  a.outcome === b.outcome &&
  a.refusing.length === b.refusing.length &&
  a.refusing.every((r, i) => r === b.refusing[i]) &&
  a.warnings.length === b.warnings.length &&
  a.warnings.every((r, i) => r === b.warnings[i])

export const showVerdict = (v: Verdict) =>
  `${v.outcome}${v.refusing.length ? ` [${v.refusing.join(", ")}]` : ""}${v.warnings.length ? ` warn[${v.warnings.join(", ")}]` : ""}`
