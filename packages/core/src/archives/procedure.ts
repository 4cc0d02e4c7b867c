/**
 * The archiving procedure's entry in the registry: its validators and coverage
 * decisions. It has no machine: a transfer is one act, recorded once
 * (`recordTransfer`), and every read is verified against that record (`verify`).
 */
import type { Procedure } from "../procedure.ts"
import { integrity, transfer } from "./validators.ts"

/** Parts of articles that are encoded in part, and what of them is not, with why. */
export const notFormalised: ReadonlyArray<{ readonly topic: string; readonly reason: string }> = [
  {
    topic: "sh-archive-2005 art 6 after 整理、 (the rest of the designated person's duties and later articles)",
    reason: "the source cuts off mid-sentence; only the designation of a responsible person is encoded"
  },
  {
    topic: "sh-archive-2005 art 6 para 1: city and district archive administrations supervise and guide archiving",
    reason: "a standing duty of supervision that names no act, deadline or outcome a transfer could be checked against"
  },
  {
    topic:
      "sh-archive-2005 art 5 beyond the leader in charge: archiving within e-government and document duties, supervision, organisation, staff and funds",
    reason: "the article gives no measure of any of them, so a check would only restate a yes/no answer"
  },
  {
    topic: "sh-archive-2005 art 4: security (安全性) and long-term use beyond integrity",
    reason:
      "the source names the principle but no access, storage or format requirement (those would be in the cut-off articles); integrity is checked by fingerprints"
  },
  {
    topic: "sh-archive-2005: metadata fields and archival formats",
    reason: "not in the catalogued text; the metadata the SDK fingerprints is its own choice (archives/model.ts)"
  }
]

export const procedure: Procedure = {
  id: "archives",
  validators: [transfer, integrity],
  machines: [],
  coverage: {
    "sh-archive-2005/1": { status: "not-a-rule", reason: "purpose and legal basis of the measures" },
    "sh-egov-2012/23": {
      status: "not-formalised",
      reason:
        "gives the Municipal Archives Bureau the making of archival rules, creation guidance and transfer interface standards for electronic records; it names no act of a unit or case, and the standards are not in the sources"
    }
  }
}
