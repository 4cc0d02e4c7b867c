/** The seal procedure's entry in the registry: its validators, machines and coverage decisions. */
import type { Procedure } from "../procedure.ts"
import { signing } from "./signing.ts"
import { legalEffect, use } from "./validators.ts"

export const procedure: Procedure = {
  id: "seals",
  validators: [use, legalEffect],
  machines: [signing],
  coverage: {
    "xuhui-eseal-2015/1": { status: "not-a-rule", reason: "purpose and legal basis of the measures" },
    "xuhui-eseal-2015/3": {
      status: "not-formalised",
      reason:
        "the district office's duty to give technical support and management means names no act, deadline or outcome that a case could be checked against"
    }
  }
}
