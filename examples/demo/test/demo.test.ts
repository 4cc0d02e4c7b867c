import { execFileSync } from "node:child_process"
import { describe, expect, it } from "vitest"

const main = new URL("../main.ts", import.meta.url).pathname
const run = (...args: string[]) => execFileSync(process.execPath, [main, ...args], { encoding: "utf8" })

describe("the demo that `pnpm start` runs", () => {
  it("decides as of 2026-03-02: the contract is refused under xuhui-eseal-2015 art 4 and the case is sealed", () => {
    const out = run("--as-of", "2026-03-02")
    expect(out).toContain("REFUSED (seals/use, as of 2026-03-02)")
    expect(out).toContain("rule seals/document-kind-permitted; cites xuhui-eseal-2015/4")
    expect(out).toContain("✓ seal keeper applies the seal → sealed (v4)")
    expect(out).toContain('audit chain: {"ok":true,"count":6}')
  })

  it("as of 2014-06-01, before the seal measures, nothing is decided and no case starts", () => {
    const out = run("--as-of", "2014-06-01")
    expect(out).not.toContain("REFUSED")
    expect(out).not.toContain("ALLOWED")
    expect(out).toContain("✗ cannot start: the procedure is not in force on 2014-06-01")
  })

  it("prints one JSON decision per line with --json", () => {
    const lines = run("--as-of", "2026-03-02", "--json").trim().split("\n")
    const decisions = lines.map((l) => JSON.parse(l) as { decision: { outcome: string } })
    expect(decisions.map((d) => d.decision.outcome)).toEqual(["allowed", "refused", "refused", "refused"])
  })
})
