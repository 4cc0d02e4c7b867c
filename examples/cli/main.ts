#!/usr/bin/env node
/**
 * zhengwu — the core's rules from the command line.
 *
 *   zhengwu check <file.json|file.ndjson|-> [--as-of YYYY-MM-DD] [--progress|--no-progress] [--json] [--lang zh|en]
 *   zhengwu impact <amendment.json> <decisions.ndjson|-> [--cases cases.json] [--as-of YYYY-MM-DD] [--json] [--lang zh|en]
 *   zhengwu explain <rule-or-article> [--json] [--lang zh|en]
 *   zhengwu rules [prefix] [--json] [--lang zh|en]
 *   zhengwu validators [--json] [--lang zh|en]
 *
 * `check` prints one tab-separated line per item (label, validator, day,
 * outcome, the refusing rules with their articles and message) and a summary
 * on stderr; it exits 1 when anything is refused and 2 on bad input (the path
 * of each problem is named). A progress bar goes to stderr when stdout is a
 * terminal and the batch has more than 100 items. Messages are in Chinese
 * unless `--lang en`; `--json` prints JSON instead. An unknown option or
 * command exits 2 with the usage.
 *
 * `impact` re-decides the recorded decisions (each on its own day) and
 * re-checks the open cases' next transitions (on `--as-of`, default today)
 * under an amendment, and prints what would change; it exits 1 when anything
 * would, 0 when nothing would, and 2 on bad input.
 */
import { readFileSync } from "node:fs"
import { type Article, Catalogue, LocalDate, Registry } from "@zhengwu/core"
import cliProgress from "cli-progress"
import * as Result from "effect/Result"
import { type Command, parse as parseCommand, UsageError, usage } from "./src/args.ts"
import { type Checked, check, exitCode, type Lang, line, parse, tally, toJson } from "./src/batch.ts"
import * as Impact from "./src/impact.ts"

const out = (s = "") => process.stdout.write(`${s}\n`)
const err = (s = "") => process.stderr.write(`${s}\n`)
const fail = (message: string): never => {
  err(message)
  process.exit(2)
}
const json = (value: unknown) => out(JSON.stringify(value))

const summary = (n: number, t: ReturnType<typeof tally>, lang: Lang) =>
  lang === "zh"
    ? `共检查 ${n} 项：允许 ${t.allowed} 项，拒绝 ${t.refused} 项，不适用 ${t.notApplicable} 项，无效 ${t.invalid} 项`
    : `${n} checked: ${t.allowed} allowed, ${t.refused} refused, ${t.notApplicable} not applicable, ${t.invalid} invalid`

const checkCommand = async (c: Extract<Command, { name: "check" }>) => {
  if (c.asOf !== undefined && !LocalDate.isLocalDate(c.asOf)) fail(`--as-of: expected YYYY-MM-DD, got \`${c.asOf}\``)
  const asOf =
    c.asOf === undefined
      ? LocalDate.fromEpochMillis(Date.now(), LocalDate.shanghaiOffsetMinutes)
      : LocalDate.make(c.asOf)
  let text = ""
  try {
    text = readFileSync(c.file === "-" ? 0 : c.file, "utf8")
  } catch (e) {
    fail(`cannot read ${c.file}: ${(e as Error).message}`)
  }
  const entries = parse(text)
  const showBar = c.progress ?? (process.stdout.isTTY === true && entries.length > 100)
  const bar = showBar
    ? new cliProgress.SingleBar(
        { stream: process.stderr, noTTYOutput: true, notTTYSchedule: 250, hideCursor: true, etaBuffer: 200 },
        cliProgress.Presets.shades_classic
      )
    : undefined
  bar?.start(entries.length, 0)
  const results: Checked[] = []
  // In slices, yielding between them, so that the bar's timer can redraw on long batches.
  for (let i = 0; i < entries.length; i += 200) {
    for (let j = i; j < Math.min(i + 200, entries.length); j++) results.push(check(entries[j] as never, j, asOf))
    bar?.update(results.length)
    await new Promise((resolve) => setImmediate(resolve))
  }
  bar?.stop()
  // Lines are printed after the bar stops: bar and lines would share the terminal.
  for (const r of results) c.json ? json(toJson(r)) : out(line(r, c.lang))
  const t = tally(results)
  err(summary(results.length, t, c.lang))
  process.exitCode = exitCode(t)
}

const read = (file: string): string => {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8")
  } catch (e) {
    return fail(`cannot read ${file}: ${(e as Error).message}`)
  }
}

const impact = (c: Extract<Command, { name: "impact" }>) => {
  if (c.asOf !== undefined && !LocalDate.isLocalDate(c.asOf)) fail(`--as-of: expected YYYY-MM-DD, got \`${c.asOf}\``)
  const asOf =
    c.asOf === undefined
      ? LocalDate.fromEpochMillis(Date.now(), LocalDate.shanghaiOffsetMinutes)
      : LocalDate.make(c.asOf)
  const texts = {
    amendment: read(c.amendment),
    decisions: read(c.decisions),
    cases: c.cases === undefined ? undefined : read(c.cases)
  }
  const loaded = Result.flatMap(Impact.load(texts, c.lang), (l) => Impact.run(l, asOf, c.lang))
  if (Result.isFailure(loaded)) {
    for (const p of loaded.failure) err(`${p.at}: ${p.message}`)
    process.exit(2)
  }
  const report = loaded.success
  if (c.json) json(report)
  else for (const l of Impact.render(report, c.lang)) out(l)
  process.exitCode = Impact.exitCode(report)
}

const explain = (c: Extract<Command, { name: "explain" }>) => {
  const zh = c.lang === "zh"
  const article = Catalogue.getArticle(c.id)
  const rule = Registry.getRule(c.id)
  if (rule === undefined && article === undefined) {
    const near = Registry.rules.filter((r) => r.id.includes(c.id)).map((r) => r.id)
    const hint = near.length === 0 ? "" : zh ? `；您是否要找：${near.join(", ")}` : `; did you mean: ${near.join(", ")}`
    return fail(`${zh ? `没有规则或条款 \`${c.id}\`` : `no rule or article \`${c.id}\``}${hint}`)
  }
  const alias = Registry.aliasOf(c.id)
  if (c.json) {
    return rule !== undefined
      ? json({
          rule,
          ...(alias === undefined ? {} : { alias }),
          articles: rule.citations.map((id) => Catalogue.getArticle(id) ?? { id, missing: true })
        })
      : json({ article, citing: Registry.citing(c.id).map((r) => r.id) })
  }
  const showArticle = (a: Article.Article) => {
    const doc = Catalogue.getDocument(a.document)
    out(`${a.id}  ${a.label}${a.heading === null ? "" : `(${a.heading})`}  — ${doc?.titleZh ?? a.document}`)
    out(`  ${a.textZh.replaceAll("\n", "\n  ")}`)
    const cut = a.truncated ? (zh ? "（原文在此截断）" : " (cut off in the source)") : ""
    out(`  ${zh ? "英文释义" : "gloss"}: ${a.glossEn}${cut}`)
  }
  if (rule !== undefined) {
    if (alias !== undefined)
      out(
        zh
          ? `${alias.id} 是 ${rule.id} 的别名（保留至 ${alias.until} 版）：${alias.note.zh}`
          : `${alias.id} is an alias of ${rule.id} (kept until ${alias.until}): ${alias.note.en}`
      )
    out(`${rule.id}  (${rule.severity})`)
    out(`  ${rule.title.zh}`)
    out(`  ${rule.title.en}`)
    out(`  ${zh ? "用于" : "used by"}: ${rule.usedBy.join(", ")}`)
    out()
    for (const id of rule.citations) {
      const a = Catalogue.getArticle(id)
      if (a === undefined) out(`${id} (${zh ? "不在目录中" : "not in the catalogue"})`)
      else showArticle(a)
    }
    return
  }
  if (article !== undefined) {
    showArticle(article)
    const citing = Registry.citing(article.id).map((r) => r.id)
    out()
    if (citing.length === 0) out(zh ? "没有规则引用该条款" : "no rule cites it")
    else out(`${zh ? "引用该条款的规则" : "rules citing it"}: ${citing.join(", ")}`)
  }
}

const rules = (c: Extract<Command, { name: "rules" }>) => {
  const selected = Registry.rules.filter((r) => r.id.startsWith(c.prefix))
  if (selected.length === 0)
    return fail(c.lang === "zh" ? `没有以 \`${c.prefix}\` 开头的规则` : `no rule starts with \`${c.prefix}\``)
  if (c.json) return json(selected)
  for (const r of selected) out([r.id, r.severity, r.citations.join(","), r.title[c.lang]].join("\t"))
}

const validators = (c: Extract<Command, { name: "validators" }>) => {
  if (c.json) return json(Registry.validators.map((v) => ({ id: v.id, title: v.title })))
  for (const v of Registry.validators) out(`${v.id}\t${v.title[c.lang]}`)
}

const parseOrExit = (): Command => {
  try {
    return parseCommand(process.argv.slice(2))
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    return fail(`zhengwu ${e.message}\n${usage}`)
  }
}
const command = parseOrExit()
switch (command.name) {
  case "check":
    await checkCommand(command)
    break
  case "impact":
    impact(command)
    break
  case "explain":
    explain(command)
    break
  case "rules":
    rules(command)
    break
  case "validators":
    validators(command)
    break
  case "help":
    out(usage)
}
