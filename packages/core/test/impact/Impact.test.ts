import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import { validityCheck } from "../../src/certificates/art10-certificate-valid.ts"
import * as Certificates from "../../src/certificates/index.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"
import * as Rule from "../../src/decision/Rule.ts"
import * as Validator from "../../src/decision/Validator.ts"
import type * as Amendment from "../../src/impact/Amendment.ts"
import * as Impact from "../../src/impact/Impact.ts"
import { agencyId } from "../../src/machine/Actor.ts"
import type { AnyMachine } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Registry from "../../src/registry.ts"
import * as Seals from "../../src/seals/index.ts"
import { amendedDates, reDatedValidator } from "./fixtures.ts"

const d = LocalDate.make
const title = { zh: "测试修订", en: "a test amendment" }
const ok = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(String(r.failure))
  return r.success
}

/** Every validator example, decided on its own day and on each of `days`. */
const recordedOn = (days: ReadonlyArray<string>): ReadonlyArray<Impact.Recorded> =>
  Object.entries(Registry.validatorExamples).flatMap(([validator, e]) =>
    [e.asOf, ...days].map((asOf) => ({ id: `${validator}@${asOf}`, validator, asOf: d(asOf), input: e.input }))
  )

/** The flips expected when each validator is replaced by `amend(validator)`, decided directly. */
const expectedFlips = (
  recorded: ReadonlyArray<Impact.Recorded>,
  amend: (v: (typeof Registry.validators)[number]) => (typeof Registry.validators)[number]
) =>
  recorded.flatMap((r) => {
    const v = Registry.getValidator(r.validator)
    if (v === undefined) return []
    const input = ok(Validator.decodeInput(v)(r.input))
    const before = Validator.decide(v, input, r.asOf).outcome
    const after = Validator.decide(amend(v), input, r.asOf).outcome
    return before === after ? [] : [{ decision: r.id as string, from: before, to: after }]
  })

const flipsOf = (report: Impact.Report) =>
  report.decisions.flipped.map((f) => ({ decision: f.decision, from: f.from, to: f.to }))

const notice = {
  documentKind: "notice",
  channel: "internal-office-platform",
  secrecy: "none",
  sealOwner: { id: "xh-office", xuhuiDistrictUnit: true },
  issuers: { lead: "xh-office", coIssuers: [] },
  certificate: { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2027-12-31" }
} as const

describe("moving sh-extranet-2020's date", () => {
  const later = {
    title,
    changes: [{ kind: "move-in-force", document: "sh-extranet-2020", inForceFrom: d("2021-01-01") }]
  } as const satisfies Amendment.Amendment
  const recorded = recordedOn(["2020-06-14", "2020-06-15", "2020-08-01", "2020-12-31", "2021-01-01"])

  it("moved to 2021-01-01, sh-extranet-2020 flips exactly the decisions a hand-re-dated rule set flips, and only from 2020-06-15 to 2020-12-31", () => {
    const report = ok(Impact.report({ amendment: later, decisions: recorded, asOf: d("2026-03-02") }))
    const expected = expectedFlips(recorded, (v) =>
      reDatedValidator(v, amendedDates({ "sh-extranet-2020": { inForceFrom: d("2021-01-01") } }))
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(flipsOf(report)).toEqual(expected)
    for (const f of report.decisions.flipped) {
      expect(f.asOf >= "2020-06-15" && f.asOf <= "2020-12-31").toBe(true)
      expect(f.citations.some((c) => c.startsWith("sh-extranet-2020/"))).toBe(true)
    }
    expect(report.decisions.unchanged + report.decisions.flipped.length).toBe(recorded.length)
  })

  it("moved to 2021-01-01, a new non-classified business network proposed on 2020-08-01 is no longer refused under sh-extranet-2020 art 5", () => {
    const report = ok(Impact.report({ amendment: later, decisions: recorded, asOf: d("2026-03-02") }))
    const flip = report.decisions.flipped.find((f) => f.decision === "networks/business-network@2020-08-01")
    expect(flip).toMatchObject({ from: "refused", to: "allowed", citations: ["sh-extranet-2020/5"] })
    expect(flip?.because).toEqual([
      expect.objectContaining({
        rule: "networks/no-new-non-classified-business-network",
        before: "violated",
        after: "not-applicable"
      })
    ])
    expect(flip?.text.en).toContain("would flip from refused to allowed")
    expect(flip?.text.zh).toContain("将由“拒绝”变为“允许”")
  })

  it("moved earlier to 2019-01-01, sh-extranet-2020 refuses on 2019-06-01 what it did not yet govern, as a hand-re-dated rule set does", () => {
    const earlier = {
      title,
      changes: [{ kind: "move-in-force", document: "sh-extranet-2020", inForceFrom: d("2019-01-01") }]
    } as const satisfies Amendment.Amendment
    const days = recordedOn(["2018-12-31", "2019-01-01", "2019-06-01", "2020-06-15"])
    const report = ok(Impact.report({ amendment: earlier, decisions: days, asOf: d("2026-03-02") }))
    const expected = expectedFlips(days, (v) =>
      reDatedValidator(v, amendedDates({ "sh-extranet-2020": { inForceFrom: d("2019-01-01") } }))
    )
    expect(expected.some((f) => f.decision === "networks/business-network@2019-06-01" && f.to === "refused")).toBe(true)
    expect(flipsOf(report)).toEqual(expected)
  })

  it("the amendment leaves the shipped catalogue as it was: sh-extranet-2020 still in force from 2020-06-15", () => {
    ok(Impact.report({ amendment: later, decisions: recorded, asOf: d("2026-03-02") }))
    expect(Catalogue.getDocument("sh-extranet-2020")?.inForceFrom).toBe("2020-06-15")
    const v = Registry.getValidator("networks/business-network")
    const e = Registry.validatorExamples["networks/business-network"]
    if (v === undefined || e === undefined) throw new Error("no business-network validator")
    expect(Validator.decide(v, ok(Validator.decodeInput(v)(e.input)), d("2020-08-01")).outcome).toBe("refused")
  })
})

describe("repealing a seal article", () => {
  const repeal = {
    title,
    changes: [{ kind: "repeal-article", article: "xuhui-eseal-2015/4", from: d("2024-01-01") }]
  } as const satisfies Amendment.Amendment
  const contract = { ...notice, documentKind: "contract" }
  const recorded: ReadonlyArray<Impact.Recorded> = [
    { id: "contract-2023", validator: "seals/use", asOf: d("2023-12-31"), input: contract },
    { id: "contract-2024", validator: "seals/use", asOf: d("2024-03-01"), input: contract },
    { id: "notice-2024", validator: "seals/use", asOf: d("2024-03-01"), input: notice },
    { id: "sensitive-2025", validator: "seals/use", asOf: d("2025-05-05"), input: { ...notice, secrecy: "sensitive" } }
  ]

  it("repealed from 2024-01-01, xuhui-eseal-2015 art 4 no longer refuses sealing a contract on 2024-03-01, but still did on 2023-12-31", () => {
    const report = ok(Impact.report({ amendment: repeal, decisions: recorded, asOf: d("2026-03-02") }))
    // by hand: the rules citing art 4 dropped from seals/use from 2024-01-01
    const expected = expectedFlips(recorded, (v) => ({
      ...v,
      rules: v.rules.map((r) =>
        r.citations.includes("xuhui-eseal-2015/4" as never)
          ? {
              ...r,
              check: (i: unknown, asOf: LocalDate.LocalDate) =>
                asOf >= "2024-01-01" ? Rule.notApplicable("gone", "删除") : r.check(i, asOf)
            }
          : r
      )
    }))
    expect(expected.map((f) => f.decision)).toEqual(["contract-2024", "sensitive-2025"])
    expect(flipsOf(report)).toEqual(expected)
    const flip = report.decisions.flipped[0]
    // the refusal's reason that no longer holds, not the satisfied rules that stop applying with it
    expect(flip?.because).toEqual([
      expect.objectContaining({ rule: "seals/document-kind-permitted", before: "violated", after: "not-applicable" })
    ])
    expect(flip?.because[0]?.message.en).toBe("the cited articles are not in force on 2024-03-01")
    expect(report.changes.rules).toEqual([
      "seals/document-kind-permitted",
      "seals/not-classified-or-sensitive",
      "seals/on-internal-platform"
    ])
  })

  it("repealed from 2024-01-01, art 4 unblocks on 2026-03-02 the submission of a drafted contract, as a machine without art 4's guards does", () => {
    const m = Seals.signing as unknown as AnyMachine
    const context = JSON.parse(JSON.stringify(Seals.initialContext(ok(Validator.decodeInput(Seals.use)(contract)))))
    const open: Impact.OpenCase = { id: "c-contract", machine: m.id, state: "drafted", context }
    const report = ok(Impact.report({ amendment: repeal, cases: [open], asOf: d("2026-03-02") }))
    const drafter = { agency: agencyId("xh-office"), role: "drafter" }
    // by hand: the submit transition without the guards citing art 4
    const without: AnyMachine = {
      ...m,
      transitions: m.transitions.map((t) => ({
        ...t,
        guards: t.guards.filter((g) => !(m.guards[g]?.citations ?? []).includes("xuhui-eseal-2015/4" as never))
      }))
    }
    const snapshot = {
      machine: m.id,
      state: "drafted",
      context: Seals.initialContext(ok(Validator.decodeInput(Seals.use)(contract))),
      version: 0
    }
    const event = { type: "submit", payload: {} } as never
    expect(Transition.transition(m, snapshot, event, drafter, d("2026-03-02"))._tag).toBe("Refused")
    expect(Transition.transition(without, snapshot, event, drafter, d("2026-03-02"))._tag).toBe("Accepted")
    expect(report.cases.unblocked).toEqual([
      expect.objectContaining({
        case: "c-contract",
        event: "submit",
        actor: drafter,
        change: "unblocked",
        before: { outcome: "refused", refusal: "guard-refused", to: null },
        after: { outcome: "allowed", to: "awaiting-approval" },
        payload: "example"
      })
    ])
    expect(report.cases.blocked).toEqual([])
  })
})

describe("tightening a certificate rule", () => {
  const tighter = {
    title,
    changes: [
      {
        kind: "tighten-rule",
        rule: "certificates/certificate-valid",
        require: [{ fact: "validUntil", daysAfterAsOfAtLeast: 30 }],
        message: { zh: "数字证书剩余有效期不足30日", en: "the certificate has fewer than 30 days of validity left" }
      }
    ]
  } as const satisfies Amendment.Amendment
  const register = (validUntil: string) => ({
    holder: { kind: "individual", id: "p-chen" },
    internalRules: { actualCustodian: true, rightsOfUse: true, purpose: true, register: true, issuing: true },
    certificates: [
      {
        serial: "C1",
        status: "active",
        validFrom: "2024-01-01",
        validUntil,
        domain: "public-service",
        carrier: { meetsNationalCryptographyRules: true }
      }
    ],
    entries: []
  })
  const use = (validUntil: string) => ({
    register: register(validUntil),
    serial: "C1",
    user: "p-chen",
    activity: "official-document-flow"
  })
  const recorded: ReadonlyArray<Impact.Recorded> = [
    { id: "u1", validator: "certificates/use", asOf: d("2027-12-15"), input: use("2027-12-31") },
    { id: "u2", validator: "certificates/use", asOf: d("2027-12-02"), input: use("2027-12-31") },
    { id: "u3", validator: "certificates/use", asOf: d("2027-12-01"), input: use("2027-12-31") },
    { id: "u4", validator: "certificates/use", asOf: d("2028-01-02"), input: use("2027-12-31") }
  ]

  it("tightened to 30 days of validity left, certificates/certificate-valid refuses on 2027-12-15 and 2027-12-02 a certificate valid until 2027-12-31 but still allows it on 2027-12-01, as a hand-written stricter rule does", () => {
    const report = ok(Impact.report({ amendment: tighter, decisions: recorded, asOf: d("2026-03-02") }))
    // by hand: valid, and its last day at least 30 days ahead (JavaScript dates, not the amendment's arithmetic)
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000
    const stricter = Rule.make<{ readonly certificate: Certificates.CertificateSnapshot }>({
      ...Certificates.certificateValid,
      check: ({ certificate }, asOf) => {
        const c = validityCheck(certificate, asOf)
        return c.status === "satisfied" && days(asOf, certificate.validUntil) < 30 ? Rule.violated("short", "不足") : c
      }
    })
    const expected = expectedFlips(recorded, (v) =>
      v.id !== "certificates/use"
        ? v
        : {
            ...v,
            rules: v.rules.map((r) =>
              r.id === "certificates/certificate-valid"
                ? {
                    ...r,
                    check: (q: Certificates.UseQuery, asOf: LocalDate.LocalDate) => {
                      const c = q.register.certificates.find((x) => x.serial === q.serial)
                      return c === undefined ? r.check(q, asOf) : stricter.check({ certificate: c }, asOf)
                    }
                  }
                : r
            )
          }
    )
    expect(expected).toEqual([
      { decision: "u1", from: "allowed", to: "refused" },
      { decision: "u2", from: "allowed", to: "refused" }
    ])
    expect(flipsOf(report)).toEqual(expected)
    expect(report.decisions.flipped[0]?.because).toEqual([
      expect.objectContaining({
        rule: "certificates/certificate-valid",
        before: "satisfied",
        after: "violated",
        citations: ["sh-digital-cert/10"]
      })
    ])
  })

  it("tightened the same way, seals/certificate-valid blocks on 2026-03-02 the seal keeper's sealing with a certificate valid until 2026-03-20", () => {
    const amendment = {
      title,
      changes: [{ ...tighter.changes[0], rule: "seals/certificate-valid" }]
    } as const satisfies Amendment.Amendment
    const cert = { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2026-03-20" }
    const request = { ...notice, certificate: cert }
    const context = JSON.parse(JSON.stringify(Seals.initialContext(ok(Validator.decodeInput(Seals.use)(request)))))
    const open: Impact.OpenCase = {
      id: "c-approved",
      machine: "seals/signing",
      state: "approved",
      context,
      payloads: { "apply-seal": { certificate: cert } }
    }
    const report = ok(Impact.report({ amendment, cases: [open], asOf: d("2026-03-02") }))
    expect(report.cases.blocked).toEqual([
      expect.objectContaining({
        case: "c-approved",
        event: "apply-seal",
        actor: { agency: "xh-office", role: "seal-keeper" },
        before: { outcome: "allowed", to: "sealed" },
        after: { outcome: "refused", refusal: "guard-refused", to: null },
        payload: "case",
        citations: ["xuhui-eseal-2015/2", "sh-digital-cert/10"]
      })
    ])
    expect(report.cases.blocked[0]?.text.en).toContain("would be blocked")
  })
})

describe("what cannot be re-decided is said, never skipped", () => {
  it("a 2026 decision logged with its hash only is reported as cannot be re-decided: input not recorded", () => {
    const entry = {
      decisionId: "d-1",
      seq: 3,
      at: 0,
      validator: "seals/use",
      asOf: d("2026-03-02"),
      outcome: "allowed",
      reasons: [],
      rulesVersion: { package: "0.1.0", hash: "x" },
      inputHash: "sha256:abc",
      actor: null
    } as const
    const report = ok(
      Impact.report({
        amendment: {
          title,
          changes: [{ kind: "repeal-document", document: "xuhui-eseal-2015", from: d("2025-01-01") }]
        },
        decisions: [entry, { id: "v-2", validator: "seals/nonesuch", asOf: d("2026-03-02"), input: {} }],
        asOf: d("2026-03-02")
      })
    )
    expect(report.decisions.notRedecided).toEqual([
      expect.objectContaining({ decision: "d-1", reason: "input-not-recorded" }),
      expect.objectContaining({ decision: "v-2", reason: "unknown-validator" })
    ])
    expect(report.decisions.notRedecided[0]?.text.en).toBe(
      "cannot be re-decided: input not recorded (only its hash sha256:abc)"
    )
    expect(report.decisions.checked).toBe(2)
  })

  it("an amendment naming no catalogued document is refused and reports nothing", () => {
    const r = Impact.report({
      amendment: {
        title,
        changes: [{ kind: "move-in-force", document: "sh-nonesuch-2030", inForceFrom: d("2030-01-01") }]
      },
      asOf: d("2026-03-02")
    })
    expect(Result.isFailure(r) && r.failure.reason).toBe("unknown-document")
  })

  it("a tightened rule without the words of its refusal is refused", () => {
    const r = Impact.report({
      amendment: {
        title,
        changes: [
          {
            kind: "tighten-rule",
            rule: "seals/certificate-valid",
            require: [{ fact: "validUntil", daysAfterAsOfAtLeast: 1 }]
          }
        ]
      },
      asOf: d("2026-03-02")
    })
    expect(Result.isFailure(r) && r.failure.reason).toBe("incomplete-change")
  })
})
