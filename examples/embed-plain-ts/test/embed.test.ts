import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const dir = new URL("..", import.meta.url).pathname
const main = join(dir, "main.ts")
const run = (...args: string[]) => execFileSync(process.execPath, [main, ...args], { encoding: "utf8" })
const form = JSON.parse(readFileSync(join(dir, "seal-request.json"), "utf8")) as Record<string, unknown>
const tmp = mkdtempSync(join(tmpdir(), "zhengwu-embed-"))
const formFile = (name: string, patch: Record<string, unknown>) => {
  const file = join(tmp, name)
  writeFileSync(file, JSON.stringify({ ...form, ...patch }))
  return file
}

describe("embed-plain-ts: a vendor's OA system, no Effect imports", () => {
  it("is at most ten statements of user code and imports nothing from effect", () => {
    const code = readFileSync(main, "utf8")
    const statements = code.split("\n").filter((l) => /^[^\s/*)}\]]/u.test(l))
    expect(statements.length).toBeLessThanOrEqual(10)
    for (const f of ["main.ts", "oa.ts"]) expect(readFileSync(join(dir, f), "utf8")).not.toMatch(/from "effect/u)
  })

  it("a 2026 notice: the seal use is allowed and the seal approver's approval is accepted", () => {
    const out = run()
    expect(out).toContain("seal use allowed:")
    expect(out).toContain("seals/document-kind-permitted (xuhui-eseal-2015/4)")
    expect(out).toContain("approval Accepted: approved")
  })

  it("a 2026 contract: the seal use is refused under xuhui-eseal-2015 art 4 and so is the submission", () => {
    const out = run(formFile("contract.json", { documentKind: "contract" }))
    expect(out).toContain("seal use refused:")
    expect(out).toContain("an electronic seal may not be used on a contract")
    expect(out).toContain("approval Refused: [ 'seals/document-kind-permitted (xuhui-eseal-2015/4)' ]")
  })

  it("in 2014, before the seal measures, nothing applies and no signing case starts", () => {
    const out = run(formFile("notice.json", {}), "2014-01-01")
    expect(out).toContain("seal use not-applicable:")
    expect(out).toContain("approval Refused: [ 'seals/signing/in-force (xuhui-eseal-2015/7)' ]")
  })

  it("a form with an unknown document kind fails with the path of the problem and decides nothing", () => {
    const r = spawnSync(process.execPath, [main, formFile("bad.json", { documentKind: "memo" })], { encoding: "utf8" })
    expect(r.status).not.toBe(0)
    expect(r.stderr).toContain("invalid seals/use input at “documentKind”")
    expect(r.stdout).toBe("")
  })
})
