import { describe, expect, it } from "vitest"
import * as Archives from "../../src/archives/index.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { content, d, metadata, request, run, sealedRequest } from "./fixtures.ts"

describe("archives/integrity — sh-archive-2005 art 4", () => {
  const verify = async (document: Archives.ArchivedDocument, asOf = "2030-01-01", r = request) =>
    run(Archives.verify(await run(Archives.recordTransfer(r)), document, d(asOf)))

  const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

  it("a document read in 2030 exactly as transferred in 2026 is allowed: content and metadata match, citing art 4", async () => {
    const x = await verify({ content, metadata })
    expect(x.outcome).toBe("allowed")
    expect(reasonRules(x)).toEqual(["archives/content-unaltered", "archives/metadata-unaltered"])
    expect(Decision.citations(x)).toEqual(["sh-archive-2005/4"])
  })

  it("a document whose content bytes were changed after transfer is refused in 2030 for its content only", async () => {
    const changed = Archives.bytesContent(new TextEncoder().encode("<ofd>通知正文!</ofd>"))
    const x = await verify({ content: changed, metadata })
    expect(x.outcome).toBe("refused")
    expect(reasonRules(x)).toEqual(["archives/content-unaltered"])
    expect(x.reasons[0]?.citations).toEqual(["sh-archive-2005/4"])
    expect(x.reasons[0]?.message.en).toBe(
      "the content of “xh-2026-0003” was altered after transfer: its fingerprint differs"
    )
  })

  it("a document whose title was changed after transfer is refused in 2030 for its metadata only, naming the field", async () => {
    const x = await verify({ content, metadata: { ...metadata, title: "关于开展电子公文归档检查的函" } })
    expect(reasonRules(x)).toEqual(["archives/metadata-unaltered"])
    expect(x.reasons[0]?.facts).toMatchObject({ changedFields: ["title"] })
    expect(x.reasons[0]?.message.en).toBe("the metadata of “xh-2026-0003” was altered after transfer: title")
  })

  it("a document whose content and number were both changed is refused with two separate findings", async () => {
    const x = await verify({
      content: { kind: "sha256", sha256: "0".repeat(64) as Archives.Sha256Hex },
      metadata: { ...metadata, documentNumber: null }
    })
    expect(reasonRules(x)).toEqual(["archives/content-unaltered", "archives/metadata-unaltered"])
    expect(x.reasons[1]?.facts).toMatchObject({ changedFields: ["documentNumber"] })
  })

  it("a sealed notice whose certificate at sealing is rewritten as revoked is refused for its metadata, naming the seal", async () => {
    const sealed = sealedRequest()
    const seal = sealed.document.metadata.seal
    if (seal === null) throw new Error("expected a seal")
    const forged = {
      ...sealed.document,
      metadata: {
        ...sealed.document.metadata,
        seal: { ...seal, certificateAtSealing: { ...seal.certificateAtSealing, status: "revoked" as const } }
      }
    }
    const x = await verify(forged, "2030-01-01", sealed)
    expect(reasonRules(x)).toEqual(["archives/metadata-unaltered"])
    expect(x.reasons[0]?.facts).toMatchObject({ changedFields: ["seal"] })
    expect((await verify(sealed.document, "2030-01-01", sealed)).outcome).toBe("allowed")
  })

  it("a read on 2006-03-31, before the measures take effect, is not applicable; on 2006-04-01 an alteration is refused", async () => {
    const altered = { content, metadata: { ...metadata, format: "pdf" } }
    expect((await verify(altered, "2006-03-31")).outcome).toBe("not-applicable")
    expect((await verify(altered, "2006-04-01")).outcome).toBe("refused")
  })

  it("a caller holding fingerprints decides without hashing: a read whose metadata fingerprint differs is refused even if it claims the same fields", async () => {
    const r = await run(Archives.recordTransfer(request))
    const x = Validator.decide(
      Archives.integrity,
      {
        record: r,
        read: { fingerprints: { ...r.fingerprints, metadata: "f".repeat(64) as Archives.Sha256Hex }, metadata }
      },
      d("2030-01-01")
    )
    expect(reasonRules(x)).toEqual(["archives/metadata-unaltered"])
    expect(x.reasons[0]?.facts).toMatchObject({ changedFields: [] })
  })
})

describe("archives/transfer — sh-archive-2005 art 4: the seal is archived with the document", () => {
  const record = (r: Archives.TransferRequest = request) => run(Archives.recordTransfer(r))
  const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

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
})
