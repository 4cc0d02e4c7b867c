import { describe, expect, it } from "vitest"
import * as Archives from "../../src/archives/index.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { agency, d, request, run } from "./fixtures.ts"

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
})
