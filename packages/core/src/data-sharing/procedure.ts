/**
 * The data-sharing procedure's entry in the registry: its validators, its
 * deferral machine (with an example) and coverage decisions.
 */
import type { Procedure } from "../procedure.ts"
import { deferral } from "./deferral.ts"
import { measuresScope, publicBody, sharing } from "./validators.ts"

/** Parts of encoded articles that are not formalised, with why. */
export const notFormalised: ReadonlyArray<{ readonly topic: string; readonly reason: string }> = [
  {
    topic: "sh-egov-2012 art 27: who approves a deferral, by what procedure, for how long",
    reason: "按照程序报批 names neither; the deferral machine records the approver the case gives and no period"
  },
  {
    topic:
      "sh-egov-2012 art 27 paras 3-4: regular synchronisation with the public data catalogue exchange platform; collection and sharing methods per item",
    reason: "no period for 定期 and no content of the methods are given, so a check would only restate a yes/no answer"
  },
  {
    topic: "sh-egov-2012 art 28 (isolated single-department systems)",
    reason: "encoded by the approvals procedure (approvals/no-isolated-single-department-system)"
  },
  {
    topic: "sh-public-data-2018 art 3 para 2: the definition of one-network services (一网通办)",
    reason: "a definition with no condition a case could be checked against"
  },
  {
    topic: "sh-public-data-2018 art 3 and sh-data-2021 art 2: the data itself (collected in performing duties)",
    reason:
      "the validators decide who is a public body; whether a datum was collected in performing duties is the caller's fact"
  },
  {
    topic: "sh-data-2021 art 2 items 1-3: data, data processing, data security",
    reason: "definitions, given as data (data-2021-art2-processing.ts); data security names a state, not a check"
  }
]

export const procedure: Procedure = {
  id: "data-sharing",
  validators: [sharing, publicBody, measuresScope],
  machines: [deferral],
  examples: [
    {
      machine: "data-sharing/deferral",
      unitAgency: "demo-unit",
      asOf: "2026-03-02",
      // the demo unit both asks for the deferral and approves it: the source names no approver
      input: {
        request: {
          organ: "demo-unit",
          database: { name: "法人库", kind: "legal-person" },
          reason: "接口改造中"
        },
        approver: "demo-unit"
      },
      payloads: {
        approve: { reference: "暂缓-2026-1" },
        refuse: { reason: "应按期共享" }
      }
    }
  ],
  coverage: {
    "sh-egov-2012/26": {
      status: "not-formalised",
      reason:
        "gives the Municipal Commission of Economy and Informatization the catalogue system, exchange protocols and exchange platform: a duty of the city that names no act of an organ or case that could be checked"
    },
    "sh-egov-2012/29": {
      status: "not-formalised",
      reason:
        "advocates (积极倡导) centralised hosting, storage and disaster backup on existing infrastructure with no measure or threshold to check a system against"
    },
    "sh-public-data-2018/1": { status: "not-a-rule", reason: "purpose and legal basis of the measures" },
    "sh-public-data-2018/4": {
      status: "not-formalised",
      reason: "management principles (统筹规划、集约建设 …) with no measure a case could be checked against"
    },
    "sh-public-data-2018/5": {
      status: "not-formalised",
      reason:
        "divides duties among the General Office, the Big Data Center, the economy and informatization department and district departments; it names no approval or act of a case (nor the approver of a sharing deferral)"
    },
    "sh-data-2021/1": { status: "not-a-rule", reason: "purpose and legal basis of the regulations" },
    "sh-data-2021/3": { status: "not-a-rule", reason: "a statement of the city's policy" },
    "sh-data-2021/4": {
      status: "not-formalised",
      reason: "a duty of the municipal government to plan and coordinate: no act of a body or case to check"
    }
  }
}
