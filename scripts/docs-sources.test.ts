import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { describe, expect, it } from "vitest"
import * as Registry from "../packages/core/src/registry.ts"
import { definitionOf, testsOf } from "./docs-sources.ts"

const root = join(new URL(".", import.meta.url).pathname, "..")
const core = join(root, "packages/core")
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? filesUnder(p) : [p]
  })
/** Folders whose tests mirror src/ file by file: the procedures, the catalogue and the core's root. */
const mirrored = [
  "approvals",
  "archives",
  "certificates",
  "catalogue",
  "data-sharing",
  "e-licences",
  "networks",
  "seals",
  "security",
  "websites"
]

/** The articles a machine encodes: its own citations, its guards' and its actor table's. */
const articlesOf = (m: (typeof Registry.machines)[number]): ReadonlyArray<string> => {
  const all = new Set<string>(m.citations)
  for (const g of Object.values(m.guards)) for (const c of g.citations) all.add(c)
  for (const t of m.transitions) for (const a of t.actors) for (const c of a.citations) all.add(c)
  return [...all].sort()
}

const lineOf = (file: string, line: number) => readFileSync(join(root, file), "utf8").split("\n")[line - 1] ?? ""

describe("from an article to the code in one hop", () => {
  it("every rule and machine of the registry is found at the file and line that define it, and that file has its mirrored tests", () => {
    for (const id of [...Registry.rules.map((r) => r.id), ...Registry.machines.map((m) => m.id)]) {
      const at = definitionOf(id)
      expect(at, id).toBeDefined()
      if (at === undefined) continue
      expect(lineOf(at.file, at.line), id).toContain(`"${id}"`)
      expect(testsOf(at.file), `${id} in ${at.file}`).toBeDefined()
    }
  })
})

describe("test/ mirrors src/", () => {
  it("every test file of the procedures, the catalogue and the core's root is named for the module it tests: test/x/y.test.ts, or y.<aspect>.test.ts, for src/x/y.ts", () => {
    const tests = [
      ...readdirSync(join(core, "test")).map((f) => join(core, "test", f)),
      ...mirrored.flatMap((d) => filesUnder(join(core, "test", d)))
    ].filter((f) => f.endsWith(".test.ts"))
    expect(tests.length).toBeGreaterThan(60)
    const orphans = tests.filter((t) => {
      const rel = relative(join(core, "test"), t)
      const module = rel.replace(/(\.[a-z-]+)?\.test\.ts$/u, ".ts")
      return !existsSync(join(core, "src", module))
    })
    expect(orphans.map((t) => relative(core, t))).toEqual([])
  })

  it("every module of the procedures and the catalogue that defines a rule or a machine has its mirrored tests", () => {
    const defining = mirrored
      .flatMap((d) => filesUnder(join(core, "src", d)))
      .filter((f) => f.endsWith(".ts") && /Rule\.make|Machine\.make|= chain\(/u.test(readFileSync(f, "utf8")))
    expect(defining.length).toBeGreaterThan(40)
    const untested = defining.filter((f) => testsOf(relative(root, f)) === undefined)
    expect(untested.map((f) => relative(core, f))).toEqual([])
  })
})

describe("the machine files name the articles they encode", () => {
  it("each machine's file lists, in its header, exactly the articles its definition, guards and actor table cite", () => {
    for (const m of Registry.machines) {
      const at = definitionOf(m.id)
      if (at === undefined) throw new Error(m.id)
      const text = readFileSync(join(root, at.file), "utf8")
      const header = text.slice(0, text.indexOf(" */"))
      const named = header.slice(header.indexOf("Articles encoded"))
      expect(header, `${m.id} in ${at.file}`).toContain("Articles encoded")
      expect([...named.matchAll(/"([a-z0-9-]+\/[0-9.]+)"/gu)].map((x) => x[1]).sort(), m.id).toEqual(articlesOf(m))
      expect(dirname(at.file)).toContain(m.id.slice(0, m.id.indexOf("/")))
    }
  })
})
