/**
 * The rules changelog: which rules and which articles changed, per release.
 *
 * `.changeset/rules-snapshot.json` holds the registry as of the last release
 * (each rule's severity, title and citations; each cited article's text, by
 * hash) and the changes of every release before. Against it:
 *
 *   node scripts/docs-rules-changelog.ts changeset   writes `.changeset/rules.md`, a changeset for
 *                                                   @zhengwu/core listing the changes (`pnpm rules:changeset`)
 *   node scripts/docs-rules-changelog.ts release     after `changeset version`: records the changes under the
 *                                                   new version and makes the current registry the baseline
 *
 * and `pnpm docs:generate` writes the page (docs/reference/rules-changelog.md,
 * and in English): unreleased changes first, then each release.
 */
import { createHash } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { Catalogue, Registry } from "../packages/core/src/index.ts"
import type { Lang } from "./docs-machine.ts"

export interface RuleEntry {
  readonly severity: string
  readonly title: { readonly zh: string; readonly en: string }
  readonly citations: ReadonlyArray<string>
}

/** The registry as the changelog compares it. */
export interface Snapshot {
  readonly rules: Readonly<Record<string, RuleEntry>>
  /** Cited article id → hash of its Chinese text. */
  readonly articles: Readonly<Record<string, string>>
  /** Old rule id → the rule it is kept as an alias of (absent in snapshots from before aliases). */
  readonly aliases?: Readonly<Record<string, string>>
}

export interface Changes {
  readonly added: ReadonlyArray<string>
  readonly removed: ReadonlyArray<string>
  /** Rules merged into another, their ids kept as aliases for one release. */
  readonly aliased?: ReadonlyArray<{ rule: string; into: string }>
  /** Rules whose citations changed: the articles now cited and no longer cited. */
  readonly recited: ReadonlyArray<{ rule: string; cites: ReadonlyArray<string>; drops: ReadonlyArray<string> }>
  readonly severity: ReadonlyArray<{ rule: string; from: string; to: string }>
  /** Cited articles whose text changed (a correction to the catalogue). */
  readonly articles: ReadonlyArray<string>
}

export interface History {
  readonly baseline: Snapshot
  readonly releases: ReadonlyArray<{ readonly version: string; readonly changes: Changes }>
}

const file = (root: string) => join(root, ".changeset/rules-snapshot.json")
const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16)

export const current = (): Snapshot => {
  const rules: Record<string, RuleEntry> = {}
  const articles: Record<string, string> = {}
  for (const r of Registry.rules) {
    rules[r.id] = { severity: r.severity, title: r.title, citations: [...r.citations] }
    for (const c of r.citations) articles[c] = hash(Catalogue.getArticle(c)?.textZh ?? "")
  }
  const aliases = Object.fromEntries(Registry.ruleAliases.map((a) => [a.id, a.aliasOf]))
  return { rules, articles, aliases }
}

export const read = (root: string): History =>
  existsSync(file(root))
    ? (JSON.parse(readFileSync(file(root), "utf8")) as History)
    : { baseline: { rules: {}, articles: {} }, releases: [] }

export const diff = (before: Snapshot, after: Snapshot): Changes => {
  const ids = (s: Snapshot) => Object.keys(s.rules).sort()
  const kept = ids(after).filter((id) => before.rules[id] !== undefined)
  return {
    added: ids(after).filter((id) => before.rules[id] === undefined),
    removed: ids(before).filter((id) => after.rules[id] === undefined && after.aliases?.[id] === undefined),
    aliased: ids(before).flatMap((id) => {
      const into = after.aliases?.[id]
      return after.rules[id] === undefined && into !== undefined ? [{ rule: id, into }] : []
    }),
    recited: kept.flatMap((rule) => {
      const was = before.rules[rule]?.citations ?? []
      const now = after.rules[rule]?.citations ?? []
      const cites = now.filter((c) => !was.includes(c))
      const drops = was.filter((c) => !now.includes(c))
      return cites.length + drops.length === 0 ? [] : [{ rule, cites, drops }]
    }),
    severity: kept.flatMap((rule) => {
      const from = before.rules[rule]?.severity ?? ""
      const to = after.rules[rule]?.severity ?? ""
      return from === to ? [] : [{ rule, from, to }]
    }),
    articles: Object.keys(after.articles)
      .sort()
      .filter((a) => before.articles[a] !== undefined && before.articles[a] !== after.articles[a])
  }
}

export const isEmpty = (c: Changes) =>
  c.added.length +
    c.removed.length +
    (c.aliased ?? []).length +
    c.recited.length +
    c.severity.length +
    c.articles.length ===
  0

/** The semver bump the changes call for: a removed rule id breaks vendors who stored it. */
export const bump = (c: Changes): "major" | "minor" | "patch" =>
  c.removed.length > 0
    ? "major"
    : c.added.length + (c.aliased ?? []).length + c.recited.length + c.severity.length > 0
      ? "minor"
      : "patch"

/** The changes as markdown list items, in one language. */
export const describe = (c: Changes, after: Snapshot, lang: Lang): ReadonlyArray<string> => {
  const zh = lang === "zh"
  const title = (id: string) => after.rules[id]?.title[lang] ?? ""
  const list = (xs: ReadonlyArray<string>) => xs.join(", ")
  return [
    ...c.added.map(
      (id) => `- ${zh ? "新增规则" : "new rule"} \`${id}\` (${list(after.rules[id]?.citations ?? [])}): ${title(id)}`
    ),
    ...c.removed.map((id) => `- ${zh ? "删除规则" : "rule removed"} \`${id}\``),
    ...(c.aliased ?? []).map((a) =>
      zh
        ? `- 规则 \`${a.rule}\` 并入 \`${a.into}\`（同一条款只由一条规则表述），旧编号作为别名保留一个版本`
        : `- rule \`${a.rule}\` merged into \`${a.into}\` (one rule per clause); the old id is kept as an alias for one release`
    ),
    ...c.recited.map(
      (r) =>
        `- \`${r.rule}\` ${[
          r.cites.length > 0 ? `${zh ? "新增依据" : "now cites"} ${list(r.cites)}` : "",
          r.drops.length > 0 ? `${zh ? "不再引用" : "no longer cites"} ${list(r.drops)}` : ""
        ]
          .filter(Boolean)
          .join(zh ? "；" : "; ")}`
    ),
    ...c.severity.map((s) => `- \`${s.rule}\` ${zh ? "严重程度" : "severity"} ${s.from} → ${s.to}`),
    ...c.articles.map((a) => `- ${zh ? "条款原文更正" : "article text corrected"}: ${a}`)
  ]
}

/**
 * The changeset for @zhengwu/core that records every rule change since the
 * last release (rewritten, not added to, when run again), or null when there are none.
 */
export const changeset = (history: History, now: Snapshot): { name: string; text: string } | null => {
  const c = diff(history.baseline, now)
  if (isEmpty(c)) return null
  const body = [
    "---",
    `"@zhengwu/core": ${bump(c)}`,
    "---",
    "",
    "Rules and articles changed:",
    "",
    ...describe(c, now, "en"),
    "",
    "规则与条款变更：",
    "",
    ...describe(c, now, "zh"),
    ""
  ].join("\n")
  return { name: "rules.md", text: body }
}

/** After a release: its changes recorded under its version, and the current registry the new baseline. */
export const release = (history: History, version: string, now: Snapshot): History => {
  const c = diff(history.baseline, now)
  return { baseline: now, releases: isEmpty(c) ? history.releases : [{ version, changes: c }, ...history.releases] }
}

export const changelogMd = (root: string, lang: Lang): string => {
  const zh = lang === "zh"
  const history = read(root)
  const now = current()
  const unreleased = diff(history.baseline, now)
  const lines = zh
    ? [
        "# 规则变更记录",
        "",
        "由 `pnpm docs:generate` 根据规则注册表与 `.changeset/rules-snapshot.json`（上次发布时的规则快照）生成。",
        "每次发布新增、删除了哪些规则，哪些规则的依据条款或严重程度有变，哪些条款原文被更正。",
        "`pnpm rules:changeset` 把未发布的变更写成 changeset；发布（`pnpm run version`）时记入该版本。",
        "",
        "## 未发布",
        ""
      ]
    : [
        "# Rules changelog",
        "",
        "Generated by `pnpm docs:generate` from the rule registry and `.changeset/rules-snapshot.json` (the rules as of",
        "the last release): per release, the rules added and removed, the rules whose articles or severity changed, and",
        "the articles whose text was corrected. `pnpm rules:changeset` writes the unreleased changes as a changeset;",
        "a release (`pnpm run version`) records them under its version.",
        "",
        "## Unreleased",
        ""
      ]
  lines.push(...(isEmpty(unreleased) ? [zh ? "无。" : "None."] : describe(unreleased, now, lang)), "")
  for (const r of history.releases) lines.push(`## ${r.version}`, "", ...describe(r.changes, now, lang), "")
  return lines.join("\n")
}

if (import.meta.main) {
  const root = join(dirname(new URL(import.meta.url).pathname), "..")
  const command = process.argv[2]
  const history = read(root)
  if (command === "changeset") {
    const c = changeset(history, current())
    if (c === null) console.log("no rule changes since the last release")
    else {
      writeFileSync(join(root, ".changeset", c.name), c.text)
      console.log(`wrote .changeset/${c.name}`)
    }
  } else if (command === "release") {
    const version = (JSON.parse(readFileSync(join(root, "packages/core/package.json"), "utf8")) as { version: string })
      .version
    writeFileSync(file(root), `${JSON.stringify(release(history, version, current()), null, 2)}\n`)
    console.log(`rules as of @zhengwu/core ${version} recorded in .changeset/rules-snapshot.json`)
  } else {
    console.error("usage: node scripts/docs-rules-changelog.ts changeset|release")
    process.exit(2)
  }
}
