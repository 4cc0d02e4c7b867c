import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { MachineJson, Registry } from "../packages/core/src/index.ts"
import { countedPages, generated } from "./docs.ts"
import { counts, statedCounts, withCounts } from "./docs-counts.ts"
import { compactMermaid } from "./docs-machine.ts"

const root = join(new URL(".", import.meta.url).pathname, "..")
const read = (path: string) => readFileSync(join(root, path), "utf8")

describe("generated reference docs", () => {
  it("are up to date with the code (run `pnpm docs:generate` after changing a rule or machine)", () => {
    for (const [path, content] of Object.entries(generated(root))) expect(read(path), path).toBe(content)
  })

  it("exist in Chinese at the site's root and in English under en/, page for page", () => {
    const paths = Object.keys(generated(root))
    const zh = paths.filter((p) => p.startsWith("docs/reference/") && p.endsWith(".md")).sort()
    const en = paths.filter((p) => p.startsWith("docs/en/reference/")).sort()
    expect(en).toEqual(zh.map((p) => p.replace("docs/reference/", "docs/en/reference/")))
    expect(zh).toHaveLength(4 + Registry.machines.length)
    expect(read("docs/reference/machines/seals-signing.md")).toContain("# 状态机 `seals/signing`")
    expect(read("docs/en/reference/machines/seals-signing.md")).toContain("# Machine `seals/signing`")
  })

  it("draw each machine compactly: one edge per pair of states, labelled with its events only", () => {
    for (const m of Registry.machines) {
      const json = MachineJson.toJson(m)
      const diagram = compactMermaid(json)
      const pairs = new Set(json.transitions.map((t) => `${t.from} ${t.to}`))
      const edges = diagram.split("\n").filter((l) => /-->/u.test(l) && !l.includes("[*]"))
      expect(edges, m.id).toHaveLength(pairs.size)
      for (const t of json.transitions) expect(diagram, `${m.id} ${t.event}`).toContain(t.event)
      for (const g of Object.keys(m.guards)) expect(diagram, `${m.id} guard ${g}`).not.toContain(g)
    }
  })
})

describe("counts stated in the README and the docs", () => {
  const current = counts()

  it("every count the README, the home pages and the guides state is what the catalogue and registry hold", () => {
    const guides = ["docs/guides", "docs/en/guides"].flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith(".md"))
        .map((f) => `${d}/${f}`)
    )
    let seen = 0
    for (const page of [...countedPages, ...guides]) {
      for (const c of statedCounts(read(page))) {
        expect(c.stated, `${page}: ${c.what} at ${c.at}`).toBe(current[c.what])
        seen++
      }
    }
    expect(seen).toBeGreaterThanOrEqual(6)
  })

  it("a typed count that drifts is found and rewritten, in English and in Chinese", () => {
    const stale =
      "13 Shanghai e-government documents, 99 rules and 3 machines; 收录 13 份文件、99 条规则、共 3 个状态机"
    expect(statedCounts(stale).map((c) => `${c.what}=${c.stated}`)).toEqual([
      "documents=13",
      "rules=99",
      "machines=3",
      "documents=13",
      "rules=99",
      "machines=3"
    ])
    const fixed = withCounts(stale, current)
    expect(fixed).toContain(`${current.documents} Shanghai e-government documents, ${current.rules} rules`)
    expect(fixed).toContain(
      `收录 ${current.documents} 份文件、${current.rules} 条规则、共 ${current.machines} 个状态机`
    )
    expect(statedCounts(fixed).every((c) => c.stated === current[c.what])).toBe(true)
  })
})
