import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { staleness } from "./build-if-stale.ts"

const pkg = () => {
  const dir = mkdtempSync(join(tmpdir(), "zhengwu-stale-"))
  mkdirSync(join(dir, "src/seals"), { recursive: true })
  writeFileSync(join(dir, "package.json"), "{}")
  writeFileSync(join(dir, "src/seals/rule.ts"), "export {}")
  return dir
}
const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds)

describe("building only what is stale (pnpm start, pnpm demo)", () => {
  it("a package without dist/ (a fresh clone) is built; one whose dist/ is newer than every input is not", () => {
    const dir = pkg()
    expect(staleness(dir)).toBe("not built yet")
    mkdirSync(join(dir, "dist/types"), { recursive: true })
    expect(staleness(dir)).toBe("not built yet")
    writeFileSync(join(dir, "dist/index.js"), "")
    writeFileSync(join(dir, "dist/types/index.d.ts"), "")
    for (const f of ["package.json", "src/seals/rule.ts"]) at(join(dir, f), 1_000)
    for (const f of ["dist/index.js", "dist/types/index.d.ts"]) at(join(dir, f), 2_000)
    expect(staleness(dir)).toBeNull()
  })

  it("a source file, the package.json or a tsconfig newer than the oldest built file makes it stale", () => {
    const dir = pkg()
    mkdirSync(join(dir, "dist"))
    writeFileSync(join(dir, "dist/index.js"), "")
    writeFileSync(join(dir, "dist/late.js"), "")
    writeFileSync(join(dir, "tsconfig.build.json"), "{}")
    for (const f of ["package.json", "src/seals/rule.ts", "tsconfig.build.json"]) at(join(dir, f), 1_000)
    at(join(dir, "dist/index.js"), 2_000)
    at(join(dir, "dist/late.js"), 3_000)
    expect(staleness(dir)).toBeNull()
    at(join(dir, "src/seals/rule.ts"), 2_500)
    expect(staleness(dir)).toBe("sources changed")
    at(join(dir, "src/seals/rule.ts"), 1_000)
    at(join(dir, "tsconfig.build.json"), 2_500)
    expect(staleness(dir)).toBe("sources changed")
  })

  it("after `pnpm build` the packages are up to date: the script prints nothing and exits 0", () => {
    const r = spawnSync(process.execPath, [join(import.meta.dirname, "build-if-stale.ts")], { encoding: "utf8" })
    expect(r.status).toBe(0)
    expect(r.stdout).toBe("")
    const unknown = spawnSync(process.execPath, [join(import.meta.dirname, "build-if-stale.ts"), "nope"], {
      encoding: "utf8"
    })
    expect(unknown.status).toBe(2)
  })
})
