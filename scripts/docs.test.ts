import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { generated } from "./docs.ts"

const root = join(new URL(".", import.meta.url).pathname, "..")

describe("generated reference docs", () => {
  it("are up to date with the code (run `pnpm docs:generate` after changing a rule or machine)", () => {
    for (const [path, content] of Object.entries(generated())) {
      expect(readFileSync(join(root, path), "utf8"), path).toBe(content)
    }
  })
})
