#!/usr/bin/env node
/**
 * zhengwu — the core's rules from the command line.
 *
 *   zhengwu check <file.json|file.ndjson|-> [--as-of YYYY-MM-DD] [--progress|--no-progress]
 *   zhengwu explain <rule-or-article>
 *   zhengwu rules [prefix]
 *   zhengwu validators
 *
 * `check` prints one tab-separated line per item (label, validator, day,
 * outcome, the refusing rules with their articles) and a summary on stderr;
 * it exits 1 when anything is refused and 2 on bad input (the path of each
 * problem is named). A progress bar goes to stderr when stdout is a terminal
 * and the batch has more than 100 items.
 */
import { readFileSync } from "node:fs"
import { type Article, Catalogue, LocalDate, Registry } from "@zhengwu/core"
import cliProgress from "cli-progress"
import { type Checked, check, exitCode, line, parse, tally } from "./src/batch.ts"

const usage = `usage:
  zhengwu check <file.json|file.ndjson|-> [--as-of YYYY-MM-DD] [--progress|--no-progress]
  zhengwu explain <rule-or-article>      e.g. seals/document-kind-permitted, xuhui-eseal-2015/4
  zhengwu rules [prefix]                 e.g. zhengwu rules seals/
  zhengwu validators`

const out = (s = "") => process.stdout.write(`${s}\n`)
const err = (s = "") => process.stderr.write(`${s}\n`)
const fail = (message: string): never => {
  err(message)
  process.exit(2)
}

const [command, ...rest] = process.argv.slice(2)
const flag = (name: string) => rest.includes(name)
const option = (name: string): string | undefined => {
  const i = rest.indexOf(name)
  return i === -1 ? undefined : rest[i + 1]
}
const positional = rest.filter((a, i) => !a.startsWith("--") && rest[i - 1] !== "--as-of")

const checkCommand = async (file: string | undefined) => {
  if (file === undefined) return fail(usage)
  const asOfArg = option("--as-of")
  if (asOfArg !== undefined && !LocalDate.isLocalDate(asOfArg)) fail(`--as-of: expected YYYY-MM-DD, got \`${asOfArg}\``)
  const asOf =
    asOfArg === undefined
      ? LocalDate.fromEpochMillis(Date.now(), LocalDate.shanghaiOffsetMinutes)
      : LocalDate.make(asOfArg)
  let text = ""
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8")
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`)
  }
  const entries = parse(text)
  const showBar =
    flag("--progress") || (!flag("--no-progress") && process.stdout.isTTY === true && entries.length > 100)
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
  for (const r of results) out(line(r))
  const t = tally(results)
  err(
    `${results.length} checked: ${t.allowed} allowed, ${t.refused} refused, ${t.notApplicable} not applicable, ${t.invalid} invalid`
  )
  process.exitCode = exitCode(t)
}

const explain = (id: string | undefined) => {
  if (id === undefined) return fail(usage)
  const article = Catalogue.getArticle(id)
  const rule = Registry.getRule(id)
  if (rule === undefined && article === undefined) {
    const near = Registry.rules.filter((r) => r.id.includes(id)).map((r) => r.id)
    return fail(`no rule or article \`${id}\`${near.length > 0 ? `; did you mean: ${near.join(", ")}` : ""}`)
  }
  const showArticle = (a: Article.Article) => {
    const doc = Catalogue.getDocument(a.document)
    out(`${a.id}  ${a.label}${a.heading === null ? "" : `(${a.heading})`}  — ${doc?.titleZh ?? a.document}`)
    out(`  ${a.textZh.replaceAll("\n", "\n  ")}`)
    out(`  gloss: ${a.glossEn}${a.truncated ? " (cut off in the source)" : ""}`)
  }
  if (rule !== undefined) {
    out(`${rule.id}  (${rule.severity})`)
    out(`  ${rule.title.zh}`)
    out(`  ${rule.title.en}`)
    out(`  used by: ${rule.usedBy.join(", ")}`)
    out()
    for (const c of rule.citations) {
      const a = Catalogue.getArticle(c)
      if (a === undefined) out(`${c} (not in the catalogue)`)
      else showArticle(a)
    }
    return
  }
  if (article !== undefined) {
    showArticle(article)
    const citing = Registry.citing(article.id)
    out()
    out(citing.length === 0 ? "no rule cites it" : `rules citing it: ${citing.map((r) => r.id).join(", ")}`)
  }
}

const rules = (prefix = "") => {
  const selected = Registry.rules.filter((r) => r.id.startsWith(prefix))
  if (selected.length === 0) return fail(`no rule starts with \`${prefix}\``)
  for (const r of selected) out([r.id, r.severity, r.citations.join(","), r.title.en].join("\t"))
}

switch (command) {
  case "check":
    await checkCommand(positional[0])
    break
  case "explain":
    explain(positional[0])
    break
  case "rules":
    rules(positional[0])
    break
  case "validators":
    for (const v of Registry.validators) out(`${v.id}\t${v.title.en}`)
    break
  case "help":
  case "--help":
  case "-h":
    out(usage)
    break
  default:
    fail(usage)
}
