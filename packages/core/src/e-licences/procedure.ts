/** The e-licence procedure's entry in the registry: its validator and coverage decisions. */
import type { Procedure } from "../procedure.ts"
import { system } from "./validators.ts"

/** Parts of the encoded section that are not formalised, with why. */
export const notFormalised: ReadonlyArray<{ readonly topic: string; readonly reason: string }> = [
  {
    topic: "sh-e-license section 二: which standards and norms (标准规范) govern collection",
    reason: "the source names none; whether collection follows them is the caller's fact"
  },
  {
    topic:
      "sh-e-license section 二 para 1: electronic use around application, acceptance and issue; fewer paper materials",
    reason: "a goal with no measure a system could be checked against"
  },
  {
    topic: "sh-e-license preamble (basis 沪委办发〔2018〕14号)",
    reason:
      "not catalogued as an article: it states the plan's basis, not a rule; its citation of 沪委办发〔2018〕14号 is what bounds the plan's start (the catalogue's startBound: not before 2018-01-01)"
  }
]

const principle = (what: string) => ({
  status: "not-formalised" as const,
  reason: `a basic principle (${what}) that names no act, threshold or outcome a proposed system could be checked against`
})

export const procedure: Procedure = {
  id: "e-licences",
  validators: [system],
  machines: [],
  coverage: {
    "sh-e-license/1.1": principle("fewer certificates, cancelling certification requirements no law provides for"),
    "sh-e-license/1.2": principle(
      "use first: each kind collected completely, updated in real time and used once built"
    ),
    "sh-e-license/1.3": principle("priorities: high-frequency licences first"),
    "sh-e-license/1.4": principle(
      "security: national requirements, domestic secure products, lifecycle control, authenticity and privacy"
    ),
    "sh-e-license/1.5": principle(
      "institutional safeguards and the responsibilities of managing, issuing and using departments"
    )
  }
}
