import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { decoder } from "../../src/decision/DecodeError.ts"
import * as Validator from "../../src/decision/Validator.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Networks from "../../src/networks/index.ts"
import { agency, d } from "./fixtures.ts"

const request = (body: Networks.ServedBody): Networks.MunicipalAccessRequest => ({
  applicant: { id: agency("sh-applicant"), body },
  level: "municipal",
  carries: "non-classified"
})
const ask = (r: Networks.AccessRequest) => Validator.decide(Networks.extranetAccessRequest, r, d("2021-03-01"))
const served = (x: ReturnType<typeof ask>) => x.findings.find((f) => f.rule === "networks/extranet-serves-applicant")
const bdc: Actor = { agency: Networks.bigDataCenter.id, role: Networks.extranetManagerRole }
const connect = (r: Networks.MunicipalAccessRequest) => {
  const s = Transition.start(Networks.extranetAccess, Networks.initialContext(r), d("2021-03-01"))
  if (Result.isFailure(s)) throw new Error("not started")
  return Transition.transition(
    Networks.extranetAccess,
    s.success,
    { type: "connect", payload: {} },
    bdc,
    d("2021-03-01")
  )
}

describe("who is and is not an extranet user under sh-extranet-2020 art 3 (主要服务于…等)", () => {
  it("a 2021 public body of the city that art 3 does not name, of the same kind (等), is a user the extranet serves: no warning", () => {
    const x = ask(request("other-public-body"))
    expect(x.outcome).toBe("allowed")
    expect(served(x)).toMatchObject({ status: "satisfied", facts: { named: false, sameKind: true } })
  })

  it("a 2021 unit outside the city's public bodies may connect, with a warning naming the big data center's decision under art 7: art 3 says 主要 (mainly), not only", () => {
    const x = ask(request("other"))
    expect(x.outcome).toBe("allowed")
    const f = served(x)
    expect(f).toMatchObject({ status: "violated", severity: "warning" })
    expect(f?.facts).toMatchObject({ named: false, sameKind: false, exception: { provision: "sh-extranet-2020/7" } })
    expect(f?.message.zh).toContain("市大数据中心")
  })

  it("the 2021 access machine follows the validator for every kind of applicant", () => {
    for (const body of [...Networks.namedServedBodies, "other-public-body", "other"] as const) {
      const x = ask(request(body))
      const r = connect(request(body))
      expect(r._tag === "Accepted" ? "allowed" : "refused", body).toBe(x.outcome)
      expect(
        r.decision.findings.find((f) => f.rule === "networks/extranet-serves-applicant"),
        body
      ).toEqual(served(x))
    }
  })

  it("a 2021 case for a district extranet cannot be started: the access procedure connects units to the municipal extranet only", () => {
    const r = decoder(
      Networks.extranetAccess.context,
      "networks/extranet-access context"
    )({
      request: { ...request("court"), level: "district" }
    })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) expect(r.failure.problems[0]?.path).toEqual(["request", "level"])
  })
})

describe("networks/extranet-access — sh-extranet-2020 arts 3, 7", () => {
  it("art 3 names eight kinds of body the extranet mainly serves, and the list is open", () => {
    expect(Networks.namedServedBodies).toHaveLength(8)
    expect(Networks.mainlyServes("procuratorate")).toBe(true)
    expect(Networks.mainlyServes("other")).toBe(false)
  })
})
