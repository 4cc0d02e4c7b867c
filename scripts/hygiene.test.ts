import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(new URL(".", import.meta.url).pathname, "..")
const json = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8")) as Record<string, unknown>

describe("licence and engines", () => {
  it("the MIT licence the packages declare is the LICENSE file at the root and in every published package", () => {
    const licence = readFileSync(join(root, "LICENSE"), "utf8")
    expect(licence).toMatch(/^MIT License\n/u)
    expect(json("package.json").license).toBe("MIT")
    const packages = readdirSync(join(root, "packages")).filter((p) =>
      existsSync(join(root, "packages", p, "package.json"))
    )
    expect(packages.length).toBeGreaterThanOrEqual(3)
    for (const p of packages) {
      expect(json(`packages/${p}/package.json`).license, p).toBe("MIT")
      expect(readFileSync(join(root, "packages", p, "LICENSE"), "utf8"), p).toBe(licence)
    }
  })

  it("the root states the Node and pnpm it needs, and the pnpm it pins satisfies them", () => {
    const engines = json("package.json").engines as { node: string; pnpm: string }
    expect(engines.node).toMatch(/^>=\d+/u)
    const pinned = String(json("package.json").packageManager).replace("pnpm@", "").split(".").map(Number)
    const [major = 0, minor = 0] = engines.pnpm.replace(">=", "").split(".").map(Number)
    expect(pinned[0] ?? 0).toBeGreaterThanOrEqual(major)
    expect((pinned[0] ?? 0) > major || (pinned[1] ?? 0) >= minor).toBe(true)
  })
})
