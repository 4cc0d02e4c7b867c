import { describe, expect, it } from "vitest"
import { changeset, current, diff, type History, release, type Snapshot } from "./docs-rules-changelog.ts"

const rule = (citations: string[], severity = "error") => ({
  severity,
  title: { zh: "标题", en: "a title" },
  citations
})
const before: Snapshot = {
  rules: {
    "seals/document-kind-permitted": rule(["xuhui-eseal-2015/4"]),
    "seals/old": rule(["xuhui-eseal-2015/3"]),
    "seals/advice": rule(["xuhui-eseal-2015/5"], "warning")
  },
  articles: { "xuhui-eseal-2015/4": "aaaa", "xuhui-eseal-2015/3": "bbbb", "xuhui-eseal-2015/5": "cccc" }
}
const after: Snapshot = {
  rules: {
    "seals/document-kind-permitted": rule(["xuhui-eseal-2015/4", "xuhui-eseal-2015/2"]),
    "seals/advice": rule(["xuhui-eseal-2015/5"], "error"),
    "seals/new": rule(["xuhui-eseal-2015/7"])
  },
  articles: {
    "xuhui-eseal-2015/4": "aaaa",
    "xuhui-eseal-2015/2": "dddd",
    "xuhui-eseal-2015/5": "eeee",
    "xuhui-eseal-2015/7": "ffff"
  }
}

describe("the rules changelog", () => {
  it("names the rules added, removed, re-cited and re-graded, and the cited articles whose text changed", () => {
    expect(diff(before, after)).toEqual({
      added: ["seals/new"],
      removed: ["seals/old"],
      aliased: [],
      recited: [{ rule: "seals/document-kind-permitted", cites: ["xuhui-eseal-2015/2"], drops: [] }],
      severity: [{ rule: "seals/advice", from: "warning", to: "error" }],
      articles: ["xuhui-eseal-2015/5"]
    })
    expect(diff(after, after)).toEqual({
      added: [],
      removed: [],
      aliased: [],
      recited: [],
      severity: [],
      articles: []
    })
  })

  it("writes one changeset for @zhengwu/core, major when a rule id is removed, minor when one is added, none when nothing changed", () => {
    const history: History = { baseline: before, releases: [] }
    const c = changeset(history, after)
    expect(c?.name).toBe("rules.md")
    expect(c?.text).toMatch(/^---\n"@zhengwu\/core": major\n---\n/u)
    expect(c?.text).toContain("- new rule `seals/new` (xuhui-eseal-2015/7): a title")
    expect(c?.text).toContain("- 删除规则 `seals/old`")
    expect(c?.text).toContain("- `seals/document-kind-permitted` now cites xuhui-eseal-2015/2")
    const onlyAdded = { ...after, rules: { ...before.rules, "seals/new": rule(["xuhui-eseal-2015/7"]) } }
    expect(changeset(history, { ...onlyAdded, articles: before.articles })?.text).toContain('"@zhengwu/core": minor')
    expect(changeset({ baseline: after, releases: [] }, after)).toBeNull()
  })

  it("a rule merged into another with its id kept as an alias is listed as merged, not removed, and calls for minor", () => {
    const merged: Snapshot = { ...after, rules: { ...after.rules }, aliases: { "seals/old": "seals/new" } }
    expect(diff(before, merged).removed).toEqual([])
    expect(diff(before, merged).aliased).toEqual([{ rule: "seals/old", into: "seals/new" }])
    const c = changeset({ baseline: before, releases: [] }, merged)
    expect(c?.text).toMatch(/^---\n"@zhengwu\/core": minor\n---\n/u)
    expect(c?.text).toContain("- rule `seals/old` merged into `seals/new` (one rule per clause)")
    expect(c?.text).toContain("- 规则 `seals/old` 并入 `seals/new`")
  })

  it("a release records its changes under its version and makes the registry the new baseline", () => {
    const released = release({ baseline: before, releases: [] }, "0.2.0", after)
    expect(released.baseline).toEqual(after)
    expect(released.releases.map((r) => r.version)).toEqual(["0.2.0"])
    expect(released.releases[0]?.changes.added).toEqual(["seals/new"])
    expect(release(released, "0.2.1", after).releases).toHaveLength(1)
  })

  it("the registry's snapshot has every rule with its citations and each cited article's text by hash", () => {
    const now = current()
    expect(now.rules["seals/document-kind-permitted"]?.citations).toEqual(["xuhui-eseal-2015/4"])
    expect(now.articles["xuhui-eseal-2015/4"]).toMatch(/^[0-9a-f]{16}$/u)
    expect(now.aliases?.["approvals/licensed-software"]).toBe("security/licensed-software")
  })
})
