import { describe, expect, it } from "vitest"
import * as Archives from "../../src/archives/index.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { agency, d, request, run, sealedRequest } from "./fixtures.ts"

const record = (r: Archives.TransferRequest = request) => run(Archives.recordTransfer(r))
const decide = async (patch: Partial<Archives.TransferRecord>, asOf = "2026-03-10", base = request) =>
  Validator.decide(Archives.transfer, { ...(await record(base)), ...patch }, d(asOf))
const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("archives/transfer — sh-archive-2005 arts 2-6", () => {
  it("a 2026 transfer by the documents office to its own archives, with a leader in charge and a designated person, is allowed under arts 2, 5 and 6", async () => {
    const x = await decide({})
    expect(x.outcome).toBe("allowed")
    expect(Decision.citations(x)).toEqual(["sh-archive-2005/2", "sh-archive-2005/5", "sh-archive-2005/6"])
    expect(x.findings.find((f) => f.rule === "archives/seal-state-recorded")?.status).toBe("not-applicable")
  })

  it("a 2026 transfer to another organ's archives department is refused under art 2 only", async () => {
    const x = await decide({ archivesOf: agency("sh-archives-bureau") })
    expect(x.outcome).toBe("refused")
    expect(reasonRules(x)).toEqual(["archives/transfer-to-own-archives"])
    expect(x.reasons[0]).toMatchObject({
      citations: ["sh-archive-2005/2"],
      facts: { unit: "xh-office", archivesOf: "sh-archives-bureau" }
    })
  })

  it("a 2026 transfer by a business department to its own archives is allowed under art 2", async () => {
    expect((await decide({ fromDepartment: "business-department" })).outcome).toBe("allowed")
  })

  it("a 2026 transfer with no person designated for archiving is refused under art 6; with no leader in charge under art 5", async () => {
    expect(reasonRules(await decide({ responsiblePerson: null }))).toEqual(["archives/responsible-person-designated"])
    const x = await decide({ leaderInCharge: null })
    expect(reasonRules(x)).toEqual(["archives/leader-in-charge-named"])
    expect(Decision.citations(x)).toEqual(["sh-archive-2005/5"])
  })

  it("a 2026 transfer by an organisation that is not a party or state organ is not applicable under art 3, whatever else it says", async () => {
    const x = await decide({
      unit: { id: agency("xh-office"), kind: "other-organisation" },
      responsiblePerson: null,
      archivesOf: agency("sh-archives-bureau")
    })
    expect(x.outcome).toBe("not-applicable")
    expect(x.reasons[0]).toMatchObject({ rule: "archives/organ-in-scope", citations: ["sh-archive-2005/3"] })
  })

  it("a transfer on 2006-03-31, the day before the measures take effect, is not applicable; on 2006-04-01 it is decided", async () => {
    const before = await decide({ transferredOn: d("2006-03-31") }, "2006-03-31")
    expect(before.outcome).toBe("not-applicable")
    expect(before.reasons[0]?.facts).toMatchObject({ notInForce: [{ document: "sh-archive-2005" }] })
    expect((await decide({ transferredOn: d("2006-04-01") }, "2006-04-01")).outcome).toBe("allowed")
    expect((await decide({ responsiblePerson: null }, "2006-04-01")).outcome).toBe("refused")
  })

  it("a notice sealed on 2026-03-02 is archived with its seal and its certificate at sealing, under art 4", async () => {
    const r = await record(sealedRequest())
    expect(r.metadata.seal).toEqual({
      sealOwner: "xh-office",
      certificateAtSealing: { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2027-12-31" },
      sealedOn: "2026-03-02"
    })
    const x = Validator.decide(Archives.transfer, r, d("2026-03-10"))
    expect(x.outcome).toBe("allowed")
    expect(x.findings.find((f) => f.rule === "archives/seal-state-recorded")).toMatchObject({
      status: "satisfied",
      citations: ["sh-archive-2005/4"],
      facts: { sealOwner: "xh-office", certificateValidOnSealingDay: true }
    })
  })

  it("a 2026 sealed document archived without its seal record is refused under art 4; an unsealed one with a seal record too", async () => {
    const sealed = await record(sealedRequest())
    const noSeal = Validator.decide(
      Archives.transfer,
      { ...sealed, metadata: { ...sealed.metadata, seal: null } },
      d("2026-03-10")
    )
    expect(reasonRules(noSeal)).toEqual(["archives/seal-state-recorded"])
    const stray = Validator.decide(
      Archives.transfer,
      { ...sealed, metadata: { ...sealed.metadata, sealed: false } },
      d("2026-03-10")
    )
    expect(reasonRules(stray)).toEqual(["archives/seal-state-recorded"])
  })

  it("a signing case that never reached `sealed` gives no seal record, and leaves the metadata unsealed", () => {
    expect(
      Archives.sealAtSealing(
        { machine: "seals/signing", state: "approved", context: {} as never, version: 2 },
        d("2026-03-02")
      )
    ).toBeNull()
  })

  it("`archive` records and decides the transfer as of its own day", async () => {
    const { record: r, decision } = await run(Archives.archive(request))
    expect(decision.asOf).toBe("2026-03-10")
    expect(decision.outcome).toBe("allowed")
    expect(r.fingerprints.document).toMatch(/^[0-9a-f]{64}$/u)
  })
})
