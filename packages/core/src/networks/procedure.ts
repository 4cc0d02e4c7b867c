/** The network procedure's entry in the registry: its validators, machines and coverage decisions. */
import type { Procedure } from "../procedure.ts"
import { extranetAccess } from "./extranet-access.ts"
import { businessNetwork, connectedUnit, extranetAccessRequest, topology } from "./validators.ts"

export const procedure: Procedure = {
  id: "networks",
  validators: [topology, businessNetwork, connectedUnit, extranetAccessRequest],
  machines: [extranetAccess],
  examples: [
    {
      machine: "networks/extranet-access",
      unitAgency: "demo-unit",
      asOf: "2026-03-02",
      input: {
        request: { applicant: { id: "demo-unit", body: "government" }, level: "municipal", carries: "non-classified" }
      },
      payloads: { connect: {} }
    }
  ],
  coverage: {
    "sh-egov-2012/14": {
      status: "not-formalised",
      reason:
        "gives the municipal building units (市有关建设单位, not named) their backbones and the duty to set access, IP address, domain name and fee standards; neither the units nor those standards are in the sources"
    },
    "sh-extranet-2020/1": { status: "not-a-rule", reason: "purpose and legal basis of the measures" },
    "sh-extranet-2020/2": {
      status: "not-formalised",
      reason:
        "scope (building, connection, operation and security of the extranet); of the connection procedure the source states only who connects units to the municipal extranet (art 7) and that it is non-classified (art 3) — the networks/extranet-access machine. How a request is made, review, refusal, withdrawal, deadlines, disconnection and connection to a district extranet are not stated"
    },
    "sh-extranet-2020/4": {
      status: "not-a-rule",
      reason:
        "management principles (unified standards, intensive building, graded management, coordinated control, security)"
    },
    "sh-extranet-2020/6": {
      status: "not-formalised",
      reason:
        "names the General Office as the competent department (exposed as data by extranetManagement); its coordination, guidance and supervision name no act a case could be checked against"
    }
  }
}
