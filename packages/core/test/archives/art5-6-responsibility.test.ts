import { describe, expect, it } from "vitest"
import * as Archives from "../../src/archives/index.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d, request, run } from "./fixtures.ts"

const record = (r: Archives.TransferRequest = request) => run(Archives.recordTransfer(r))
const decide = async (patch: Partial<Archives.TransferRecord>, asOf = "2026-03-10", base = request) =>
  Validator.decide(Archives.transfer, { ...(await record(base)), ...patch }, d(asOf))

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("archives/transfer — sh-archive-2005 arts 2-6", () => {
  it("a 2026 transfer with no person designated for archiving is refused under art 6; with no leader in charge under art 5", async () => {
    expect(reasonRules(await decide({ responsiblePerson: null }))).toEqual(["archives/responsible-person-designated"])
    const x = await decide({ leaderInCharge: null })
    expect(reasonRules(x)).toEqual(["archives/leader-in-charge-named"])
    expect(Decision.citations(x)).toEqual(["sh-archive-2005/5"])
  })
})
