import { describe, expect, it } from "vitest"
import * as Serialise from "../../src/machine/serialise.ts"
import * as Seals from "../../src/seals/index.ts"

describe("machine serialisation", () => {
  const json = Serialise.toJson(Seals.signing)

  it("the signing machine serialises to plain JSON that round-trips unchanged", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
    expect(json.initial).toBe("drafted")
    expect(json.states.filter((s) => s.final).map((s) => s.id)).toEqual(["sealed", "rejected", "withdrawn"])
  })

  it("guards appear by name with their rule id and citations, never as code", () => {
    expect(json.guards.find((g) => g.name === "certificateValidAtSealing")).toEqual({
      name: "certificateValidAtSealing",
      rule: "seals/certificate-valid",
      title: Seals.certificateValid.title,
      severity: "error",
      citations: ["xuhui-eseal-2015/2", "sh-digital-cert/10"]
    })
    expect(JSON.stringify(json)).not.toContain("=>")
  })

  it("event payloads are described as JSON Schema", () => {
    const reject = json.events.find((e) => e.type === "reject")
    expect(JSON.stringify(reject?.payload)).toContain('"reason"')
    const apply = json.events.find((e) => e.type === "apply-seal")
    expect(JSON.stringify(apply?.payload)).toContain('"validUntil"')
  })

  it("the Mermaid diagram has one edge per transition, each labelled with its event, guards and actors", () => {
    const mmd = Serialise.toMermaid(Seals.signing)
    expect(mmd.startsWith("stateDiagram-v2\n")).toBe(true)
    const edges = mmd.split("\n").filter((l) => / --> [a-z_]+: /u.test(l))
    expect(edges).toHaveLength(Seals.signing.transitions.length)
    expect(mmd).toContain("approved --> sealed: apply-seal [certificateValidAtSealing] (case.sealOwner seal-keeper)")
    expect(mmd).toContain("  [*] --> drafted\n")
    expect(mmd).toContain("  sealed --> [*]\n")
  })
})
