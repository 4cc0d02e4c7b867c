import { describe, expect, it } from "vitest"
import type * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import type { Topology } from "../../src/networks/model.ts"
import { city, d, extend, id } from "./fixtures.ts"

const decide = (t: Topology, asOf = "2026-03-02") => Validator.decide(Networks.topology, t, d(asOf))
const finding = (t: Topology, rule: string, asOf = "2026-03-02") =>
  decide(t, asOf).findings.find((f) => f.rule === rule)

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("networks/topology — sh-egov-2012 arts 13, 16, 17", () => {
  describe("public-facing systems are built on the extranet and served over the internet (art 17)", () => {
    it("a 2026 public-facing system on a business private network is refused under art 17", () => {
      const t = extend({
        networks: [{ id: id("bp-tax"), kind: "business-private" }],
        systems: [{ id: id("tax-portal"), network: id("bp-tax"), secrecy: "non-classified", purpose: "public-facing" }]
      })
      const x = decide(t)
      expect(reasonRules(x)).toEqual(["networks/public-facing-system-on-extranet"])
      expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/17"])
      expect(x.reasons[0]?.facts).toMatchObject({ offExtranet: [{ system: "tax-portal", kind: "business-private" }] })
    })

    it("a 2026 public-facing system on an extranet with no way to the internet is refused under art 17", () => {
      const t: Topology = {
        networks: [{ id: id("ext-jd"), kind: "extranet", level: "district" }],
        systems: [{ id: id("jd-portal"), network: id("ext-jd"), secrecy: "non-classified", purpose: "public-facing" }],
        links: []
      }
      const x = decide(t)
      expect(reasonRules(x)).toEqual(["networks/public-facing-system-on-extranet"])
      expect(x.reasons[0]?.facts).toMatchObject({ offInternet: ["jd-portal"] })
    })

    it("a public-facing system on the city extranet with its logically isolated egress is allowed", () => {
      expect(finding(city, "networks/public-facing-system-on-extranet")?.status).toBe("satisfied")
    })
  })
})
