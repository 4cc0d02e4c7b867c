import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import * as E from "fp-ts/lib/Either.js"
import { pipe } from "fp-ts/lib/function.js"
import { describe, expect, it } from "vitest"
import * as Approvals from "../src/approvals/index.ts"
import * as Z from "../src/fp-ts.ts"
import * as Seals from "../src/seals/index.ts"
import { as, d, municipal } from "./approvals/fixtures.ts"
import { notice } from "./seals/fixtures.ts"

const asOf = d("2026-03-02")
const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x))

describe("@zhengwu/core/fp-ts — decisions and transitions as fp-ts Eithers", () => {
  it("a 2026 notice is Right (allowed); a contract is Left with the refusal under xuhui-eseal-2015 art 4", () => {
    const allowed = Z.decide(Seals.use, notice, asOf)
    expect(E.isRight(allowed) && allowed.right.outcome).toBe("allowed")

    const refused = Z.decide(Seals.use, { ...notice, documentKind: "contract" }, asOf)
    expect(E.isLeft(refused)).toBe(true)
    if (E.isLeft(refused)) {
      expect(refused.left.outcome).toBe("refused")
      expect(refused.left.reasons.map((r) => [r.rule, r.citations])).toEqual([
        ["seals/document-kind-permitted", ["xuhui-eseal-2015/4"]]
      ])
    }
  })

  it("a seal of a unit outside Xuhui is Right with outcome not-applicable, not Left", () => {
    const r = Z.decide(Seals.use, { ...notice, sealOwner: { ...notice.sealOwner, xuhuiDistrictUnit: false } }, asOf)
    expect(E.isRight(r) && r.right.outcome).toBe("not-applicable")
  })

  it("decodeAndDecide: bad JSON is a Left DecodeError naming the path, told apart from a refusal by isDecodeError", () => {
    const bad = Z.decodeAndDecide(Seals.use, { ...(json(notice) as object), documentKind: "memo" }, asOf)
    expect(E.isLeft(bad) && Z.isDecodeError(bad.left)).toBe(true)
    if (E.isLeft(bad) && Z.isDecodeError(bad.left)) {
      expect(bad.left.problems[0]?.path).toEqual(["documentKind"])
      expect(bad.left.message).toContain("documentKind")
    }
    const refusal = Z.decodeAndDecide(Seals.use, { ...(json(notice) as object), documentKind: "contract" }, asOf)
    expect(E.isLeft(refusal) && !Z.isDecodeError(refusal.left) && refusal.left.outcome).toBe("refused")

    const summary = (input: unknown) =>
      pipe(
        Z.decodeAndDecide(Seals.use, input, asOf),
        E.match(
          (no) => (Z.isDecodeError(no) ? `bad input: ${no.problems.length}` : `refused: ${no.reasons[0]?.rule}`),
          (yes) => yes.outcome
        )
      )
    expect(summary(json(notice))).toBe("allowed")
    expect(summary({})).toMatch(/^bad input: \d+$/)
    expect(summary({ ...(json(notice) as object), channel: "email" })).toMatch(/^(bad input|refused)/)
  })

  it("decode gives the typed input as Right", () => {
    const r = Z.decode(Seals.use, json(notice))
    expect(E.isRight(r) && r.right.documentKind).toBe("notice")
  })

  it("a 2026 municipal project: start and submit are Right; a public-facing system off the extranet is refused at submit under sh-egov-2012 art 17", () => {
    const m = Approvals.constructionProject
    const unit = as("sh-health-commission", "project-unit")
    const submit = (app: Approvals.ProjectApplication) =>
      pipe(
        Z.start(m, Approvals.newProjectContext(app), asOf),
        E.flatMap((s) => Z.transition(m, s, { type: "submit", payload: {} }, unit, asOf))
      )
    const ok = submit(municipal)
    expect(E.isRight(ok) && [ok.right.from, ok.right.to, ok.right.snapshot.version]).toEqual([
      "drafting",
      "under-review",
      1
    ])

    const offExtranet = submit({ ...municipal, system: { ...municipal.system, builtOn: "internal-network" } })
    expect(E.isLeft(offExtranet)).toBe(true)
    if (E.isLeft(offExtranet)) {
      const rules = offExtranet.left.reasons.map((r) => r.rule)
      expect(rules).toContain("networks/public-facing-system-on-extranet")
      expect(offExtranet.left.reasons.flatMap((r) => r.citations)).toContain("sh-egov-2012/17")
    }
  })

  it("before sh-egov-2012 took effect the case does not start: Left with the in-force finding", () => {
    const r = Z.start(Approvals.constructionProject, Approvals.newProjectContext(municipal), d("2011-01-01"))
    expect(E.isLeft(r) && r.left.reasons[0]?.rule).toBe("approvals/municipal-construction-project/in-force")
  })

  it("decodeEvent: an unknown event type is a Left DecodeError", () => {
    const r = Z.decodeEvent(Approvals.constructionProject, { type: "bless", payload: {} })
    expect(E.isLeft(r) && r.left._tag).toBe("DecodeError")
    const ok = Z.decodeEvent(Approvals.constructionProject, { type: "submit", payload: {} })
    expect(E.isRight(ok) && ok.right.type).toBe("submit")
  })

  const dist = new URL("../dist/fp-ts.js", import.meta.url).pathname
  it.skipIf(!existsSync(dist))("the built entry loads as `@zhengwu/core/fp-ts` from ESM and CommonJS", () => {
    const cwd = new URL("..", import.meta.url).pathname
    const script = (load: string) =>
      `${load}; const r = Z.decodeAndDecide(Core.Seals.use, {}, Core.LocalDate.make("2026-03-02")); console.log(r._tag, Z.isDecodeError(r.left))`
    const esm = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        script('import * as Z from "@zhengwu/core/fp-ts"; import * as Core from "@zhengwu/core"')
      ],
      { cwd, encoding: "utf8" }
    )
    const cjs = execFileSync(
      process.execPath,
      ["-e", script('const Z = require("@zhengwu/core/fp-ts"); const Core = require("@zhengwu/core")')],
      { cwd, encoding: "utf8" }
    )
    expect(esm.trim()).toBe("Left true")
    expect(cjs.trim()).toBe("Left true")
  })
})
