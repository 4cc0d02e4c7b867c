import { describe, expect, it } from "vitest"
import * as Certificates from "../../src/certificates/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Registry from "../../src/registry.ts"
import { d, officeApplication } from "./fixtures.ts"

type Term = Certificates.AgreementTerm
const service: Actor = { agency: officeApplication.service.id, role: "certification-service" }
const reviewed = () => {
  const s0 = {
    machine: Certificates.lifecycle.id,
    state: "applied" as const,
    context: Certificates.initialContext(officeApplication),
    version: 0
  }
  const r = Transition.transition(Certificates.lifecycle, s0, { type: "review", payload: {} }, service, d("2026-03-02"))
  if (r._tag !== "Accepted") throw new Error("review refused")
  return r.snapshot
}
const sign = (terms: ReadonlyArray<Term>) =>
  Transition.transition(
    Certificates.lifecycle,
    reviewed(),
    { type: "sign-agreement", payload: { reference: "AGR-2026-001", terms } },
    service,
    d("2026-03-02")
  )
const all: ReadonlyArray<Term> = ["renewal", "loss-report", "revocation", "rights-and-duties"]

describe("sh-digital-cert art 10: 更新,挂失,撤销等事项和各方的权利义务,由数字证书使用服务协议予以约定", () => {
  it("a 2026 service agreement that sets renewal, loss report, revocation and the parties' rights and duties is signed, and the case records its terms", () => {
    const r = sign(all)
    expect(r._tag).toBe("Accepted")
    if (r._tag === "Accepted") expect(r.snapshot.context.agreementTerms).toEqual(all)
  })

  it("a 2026 service agreement that leaves out the loss report (挂失) is refused under art 10, naming it", () => {
    const r = sign(["renewal", "revocation", "rights-and-duties"])
    expect(r._tag).toBe("Refused")
    expect(r.decision.reasons[0]).toMatchObject({
      rule: "certificates/agreement-sets-lifecycle-terms",
      citations: ["sh-digital-cert/10"],
      facts: { missing: ["loss-report"] }
    })
    expect(r.decision.reasons[0]?.message.zh).toContain("挂失")
  })

  it("the 2026 service-agreement validator applies the same rule", () => {
    const v = Registry.getValidator(
      "certificates/service-agreement"
    ) as Validator.Validator<Certificates.ServiceAgreement>
    expect(Validator.decide(v, { reference: "AGR-1", terms: all }, d("2026-03-02")).outcome).toBe("allowed")
    expect(Validator.decide(v, { reference: "AGR-1", terms: ["renewal"] }, d("2026-03-02")).outcome).toBe("refused")
  })
})
