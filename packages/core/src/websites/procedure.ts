/**
 * The websites procedure's entry in the registry: its naming validator and
 * coverage decisions. Its filing machine is approvals' (see filing.ts), so it
 * registers no machine of its own.
 */
import type { Procedure } from "../procedure.ts"
import { naming } from "./validators.ts"

/** Parts of encoded articles that are not formalised, with why. */
export const notFormalised: ReadonlyArray<{ readonly topic: string; readonly reason: string }> = [
  {
    topic: "sh-gov-website art 6: whether a short name is the department's official abbreviation",
    reason:
      "no list of abbreviations is in the sources; the short name is the caller's input and only the shape is checked"
  },
  {
    topic: "sh-gov-website art 6 after item (一): district and county sites and anything further",
    reason: "cut off in the source; such sites' names are not applicable rather than guessed"
  },
  {
    topic: "sh-egov-2012 art 21 (opening and change filing)",
    reason: "encoded once, by the approvals procedure's website-filing machine, which websites re-exports"
  }
]

export const procedure: Procedure = {
  id: "websites",
  validators: [naming],
  machines: [],
  coverage: {
    "sh-gov-website/1": { status: "not-a-rule", reason: "purpose and basis of the measures" },
    "sh-gov-website/2": {
      status: "not-a-rule",
      reason:
        "defines government public websites and their composition (the portal and department sites), used as the model's site kinds"
    },
    "sh-gov-website/4": {
      status: "not-formalised",
      reason:
        "principles (openness, convenience, efficiency, security) and true, accurate, timely content: no measure a site or case could be checked against"
    },
    "sh-gov-website/5": {
      status: "not-formalised",
      reason:
        "assigns the General Office, the Informatization Commission, the security coordination office, the portal's editorial office and each body their duties; it names no act a case could be checked against (each body runs its own site, as the filing machine's operator does)"
    }
  }
}
