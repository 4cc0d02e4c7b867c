/** The security procedure's entry in the registry: its validators and coverage decisions. */
import type { Procedure } from "../procedure.ts"
import { grading, identification, products, roleChange, system, website } from "./validators.ts"

export const procedure: Procedure = {
  id: "security",
  validators: [system, grading, products, website, roleChange, identification],
  machines: [],
  coverage: {
    "sh-egov-2012/30": {
      status: "not-formalised",
      reason:
        "gives the Municipal Network and Information Security Coordination Group Office and the General Office the building of the city's security system and regular inspections; it names no act of a system, unit or case that could be checked"
    },
    "sh-egov-2012/31": {
      status: "not-formalised",
      reason:
        "the city's shared authentication, monitoring and disaster-backup infrastructure: a commitment of the city, not a duty a system or unit could meet or break"
    },
    "sh-website-security-2012/1.1.2": {
      status: "not-formalised",
      reason:
        "training, assessment, reward and penalty mechanisms: the guide says they must exist but not what they contain, so any check would only restate a yes/no answer"
    },
    "sh-website-security-2012/1.1.3": {
      status: "not-formalised",
      reason: "security funding: the guide gives no amount or measure to check it against"
    },
    "egov-cloud-password/1": { status: "not-a-rule", reason: "purpose of the rules" },
    "egov-cloud-password/2": {
      status: "not-formalised",
      reason:
        "each system's own rules must be at least as strict as these, but the template's chapters with the password requirements are not in the source, so there is nothing to compare with"
    },
    "egov-cloud-password/3": { status: "not-a-rule", reason: "basis of the rules" },
    "egov-cloud-password/4": {
      status: "not-formalised",
      reason:
        "scope: the platform of a template organisation left as XXX; a caller applies the rules to its own platform"
    },
    "egov-cloud-password/5": { status: "not-a-rule", reason: "how the document is revised" },
    "egov-cloud-password/6": {
      status: "not-formalised",
      reason:
        "the head (主任) of the template organisation XXX supervises implementation: no act a case could be checked against"
    },
    "egov-cloud-password/7": {
      status: "not-formalised",
      reason: "system administrators carry out the rules: no act a case could be checked against"
    },
    "egov-cloud-password/8": {
      status: "not-a-rule",
      reason: "introduces the requirements that follow (art 9 onwards; the source stops at art 9)"
    }
  }
}
