/** The seal procedure's entry in the registry: its validators, machines and coverage decisions. */
import type { Procedure } from "../procedure.ts"
import { signing } from "./signing.ts"
import { legalEffect, use } from "./validators.ts"

export const procedure: Procedure = {
  id: "seals",
  validators: [use, legalEffect],
  machines: [signing],
  examples: [
    {
      machine: "seals/signing",
      unitAgency: "demo-unit",
      asOf: "2026-03-02",
      input: {
        request: {
          documentKind: "notice",
          channel: "internal-office-platform",
          secrecy: "none",
          sealOwner: { id: "demo-unit", xuhuiDistrictUnit: true },
          issuers: { lead: "demo-unit", coIssuers: [] },
          certificate: { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2030-12-31" }
        }
      },
      payloads: {
        submit: {},
        approve: {},
        reject: { reason: "the date is wrong" },
        withdraw: {},
        "apply-seal": {
          certificate: { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2030-12-31" }
        }
      }
    }
  ],
  coverage: {
    "xuhui-eseal-2015/1": { status: "not-a-rule", reason: "purpose and legal basis of the measures" },
    "xuhui-eseal-2015/3": {
      status: "not-formalised",
      reason:
        "the district office's duty to give technical support and management means names no act, deadline or outcome that a case could be checked against"
    }
  }
}
