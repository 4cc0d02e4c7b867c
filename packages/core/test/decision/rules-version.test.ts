import { readFileSync } from "node:fs"
import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import * as RulesVersion from "../../src/decision/RulesVersion.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { sha256Hex } from "../../src/ports/sha256Hex.ts"
import * as Registry from "../../src/registry.ts"
import * as RulesFingerprint from "../../src/rulesFingerprint.ts"

describe("which rules made a decision", () => {
  it("the rules version is the package's version and the hash of the catalogue and rule set as they are now", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
    const hash = await Effect.runPromise(sha256Hex(RulesFingerprint.text()))
    // regenerate with `pnpm docs:generate` when a rule, an article or a machine changes
    expect(RulesVersion.current).toEqual({ package: pkg.version, hash: `sha256:${hash}` })
  })

  it("the hash covers every article's text and every rule's citations", () => {
    const text = RulesFingerprint.text()
    for (const a of Catalogue.articles) expect(text).toContain(JSON.stringify(a.textZh))
    for (const r of Registry.rules) expect(text).toContain(JSON.stringify(r.id))
  })

  it("every decision of every validator carries the rules version", () => {
    const v = Registry.getValidator("seals/use")
    if (v === undefined) throw new Error("no seals/use")
    const d = Validator.decide(v, {} as never, "2026-03-02" as never)
    expect(d.rulesVersion).toEqual(RulesVersion.current)
  })
})
