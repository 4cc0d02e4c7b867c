import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import * as Access from "../../src/machine/Access.ts"
import * as Registry from "../../src/registry.ts"

const machine = (id: string) => {
  const m = Registry.getMachine(id)
  if (m === undefined) throw new Error(id)
  return m
}

describe("who may read a case — deny by default, as data beside the actor tables", () => {
  it("市发展改革委 reads every municipal construction project case: the actor table names it under sh-egov-2012 art 10", () => {
    const grant = Access.mayRead(machine("approvals/municipal-construction-project"), [], { agency: "sh-ndrc" })
    expect(grant).toMatchObject({ basis: "named", agency: "sh-ndrc" })
    expect(grant?.citations).toContain("sh-egov-2012/10")
  })

  it("the General Office reads a Minhang district project case by its oversight under sh-egov-2012 arts 5 and 38", () => {
    const grant = Access.mayRead(machine("approvals/district-project"), [], { agency: "sh-gov-office" })
    expect(grant).toEqual({
      basis: "oversight",
      agency: "sh-gov-office",
      citations: ["sh-egov-2012/5", "sh-egov-2012/38"]
    })
  })

  it("the General Office reads extranet connection cases under sh-extranet-2020 art 6, the Big Data Center as the actor named in art 7", () => {
    const m = machine("networks/extranet-access")
    expect(Access.mayRead(m, [], { agency: "sh-gov-office" })).toMatchObject({ basis: "oversight" })
    expect(Access.mayRead(m, [], { agency: "sh-big-data-center" })).toMatchObject({ basis: "named" })
  })

  it("a seal case is read by the unit that owns the seal, never by another unit: xuhui-eseal-2015 names no supervising body", () => {
    const m = machine("seals/signing")
    const context = { request: { sealOwner: { id: "xh-office" } } }
    const bound = Access.bind(new Set(), m, context, { agency: "xh-office" })
    expect(Access.mayRead(m, bound, { agency: "xh-office" })).toMatchObject({ basis: "bound" })
    expect(Access.mayRead(m, bound, { agency: "xh-finance" })).toBeNull()
    expect(m.oversight ?? []).toEqual([])
    expect(machine("certificates/lifecycle").oversight ?? []).toEqual([])
  })

  it("every oversight the machines declare cites articles that exist and that give the agency 监督", () => {
    const declared = Registry.machines.flatMap((m) => (m.oversight ?? []).map((o) => ({ m: m.id, o })))
    expect(declared.length).toBeGreaterThan(0)
    for (const { m, o } of declared) {
      const texts = o.citations.map((c) => Catalogue.getArticle(c)?.textZh ?? "")
      for (const t of texts) expect(t, `${m} ${o.agency}`).not.toBe("")
      expect(
        texts.some((t) => t.includes("监督")),
        `${m} ${o.agency}`
      ).toBe(true)
      expect(
        texts.some((t) => t.includes(o.name.zh)),
        `${m}: the article names ${o.name.zh}`
      ).toBe(true)
    }
  })

  it("for every machine, a principal reads exactly when its agency is named, has oversight, or is bound to the case", () => {
    const agencies = [
      ...new Set(
        Registry.machines.flatMap((m) => [
          ...m.transitions.flatMap((t) =>
            t.actors.flatMap((a) => (a.agency.kind === "named" ? [a.agency.agency] : []))
          ),
          ...(m.oversight ?? []).map((o) => o.agency)
        ])
      ),
      "unit-a",
      "unit-b"
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...Registry.machines),
        fc.subarray(agencies),
        fc.constantFrom(...agencies),
        (m, bound, agency) => {
          const named = m.transitions.some((t) =>
            t.actors.some((a) => a.agency.kind === "named" && a.agency.agency === agency)
          )
          const oversight = (m.oversight ?? []).some((o) => o.agency === agency)
          const expected = named || oversight || bound.includes(agency)
          expect(Access.mayRead(m, bound, { agency }) !== null).toBe(expected)
          expect(Access.readableMachines(Registry.machines, agency).includes(m.id)).toBe(named || oversight)
        }
      ),
      { numRuns: 500 }
    )
  })
})
