import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import * as Catalogue from "../src/catalogue/Catalogue.ts"
import * as Registry from "../src/registry.ts"

const srcDir = new URL("../src/", import.meta.url).pathname
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : []
  })

const documentIds = Catalogue.documents.map((x) => x.id)
/** A quoted article id such as "xuhui-eseal-2015/4" anywhere in the core's code. */
const quotedCitation = new RegExp(`["'\`]((?:${documentIds.join("|")})/[0-9.]+)["'\`]`, "gu")

describe("citations", () => {
  it("every article cited by a rule, a machine or an actor table exists in the catalogue", () => {
    const cited = Registry.citedArticles()
    expect(cited.length).toBeGreaterThan(0)
    expect(cited.filter((c) => !Catalogue.hasArticle(c))).toEqual([])
  })

  it("every article id quoted anywhere in the core's source code exists in the catalogue", () => {
    const quoted = files(srcDir)
      .filter((f) => !f.includes("/catalogue/documents/"))
      .flatMap((f) => [...readFileSync(f, "utf8").matchAll(quotedCitation)].map((m) => `${m[1]}`))
    expect(quoted.length).toBeGreaterThan(5)
    expect([...new Set(quoted)].filter((c) => !Catalogue.hasArticle(c))).toEqual([])
  })

  it("every rule has a stable, unique id and at least one citation", () => {
    const ids = Registry.rules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of Registry.rules) {
      expect(r.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/u)
      expect(r.citations.length).toBeGreaterThan(0)
      expect(r.usedBy.length).toBeGreaterThan(0)
    }
  })

  it("from xuhui-eseal-2015/4 a reader finds the three art 4 rules", () => {
    expect(Registry.citing("xuhui-eseal-2015/4").map((r) => r.id)).toEqual([
      "seals/document-kind-permitted",
      "seals/not-classified-or-sensitive",
      "seals/on-internal-platform"
    ])
    expect(Registry.citing("xuhui-eseal-2015").length).toBe(
      Registry.rules.filter((r) => r.id.startsWith("seals/")).length
    )
  })

  it("a rule used by a validator and as a machine guard is listed once, with both users", () => {
    expect(Registry.getRule("seals/certificate-valid")?.usedBy).toEqual([
      "seals/use",
      "seals/signing#certificateValidAtSealing"
    ])
  })
})
