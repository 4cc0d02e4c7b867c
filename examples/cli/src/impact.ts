/**
 * `zhengwu impact`: the impact of an amendment (a JSON file, core
 * Amendment.Amendment) on recorded decisions (the decision log's NDJSON export,
 * or a vendor's JSON array or NDJSON of `{ id?, validator, asOf, input? }`) and
 * on open cases (a JSON array of cases as `GET /v1/cases/{id}` shows them).
 * Bad input is a list of problems, each with where it is; nothing is reported
 * then.
 */
import { Amendment, DecodeError, Impact, type LocalDate } from "@zhengwu/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type { Lang } from "./batch.ts"
import { parse as parseEntries } from "./batch.ts"

export interface Problem {
  readonly at: string
  readonly message: string
}

const problemsOf = (at: string, e: DecodeError.DecodeError, lang: Lang): ReadonlyArray<Problem> =>
  e.problems.map((p) => ({
    at: p.path.length === 0 ? at : `${at}: ${p.path.join(".")}`,
    message: lang === "zh" ? (p.zh ?? p.message) : p.message
  }))

const decodeAmendment = DecodeError.decoder(Amendment.Amendment, "amendment")
const decodeRecorded = DecodeError.decoder(Impact.Recorded, "recorded decision")
const decodeCases = DecodeError.decoder(Schema.Array(Impact.OpenCase), "open cases")

export interface Loaded {
  readonly amendment: Amendment.Amendment
  readonly decisions: ReadonlyArray<Impact.Recorded>
  readonly cases: ReadonlyArray<Impact.OpenCase>
}

/** Reads the three inputs from their texts; every problem of every input, or what the report needs. */
export const load = (
  texts: { readonly amendment: string; readonly decisions: string; readonly cases: string | undefined },
  lang: Lang
): Result.Result<Loaded, ReadonlyArray<Problem>> => {
  const problems: Array<Problem> = []
  const json = (what: string, text: string): unknown => {
    try {
      return JSON.parse(text)
    } catch (e) {
      problems.push({ at: what, message: `not valid JSON: ${(e as Error).message}` })
      return undefined
    }
  }
  const a = json("amendment", texts.amendment)
  const amendment = a === undefined ? undefined : decodeAmendment(a)
  if (amendment !== undefined && Result.isFailure(amendment))
    problems.push(...problemsOf("amendment", amendment.failure, lang))
  const decisions: Array<Impact.Recorded> = []
  for (const entry of parseEntries(texts.decisions)) {
    const at = `decisions ${entry.where}`
    if (Result.isFailure(entry.json)) {
      problems.push({ at, message: entry.json.failure })
      continue
    }
    const r = decodeRecorded(entry.json.success)
    if (Result.isFailure(r)) problems.push(...problemsOf(at, r.failure, lang))
    else decisions.push(r.success)
  }
  let cases: ReadonlyArray<Impact.OpenCase> = []
  if (texts.cases !== undefined) {
    const c = json("cases", texts.cases)
    if (c !== undefined) {
      const r = decodeCases(c)
      if (Result.isFailure(r)) problems.push(...problemsOf("cases", r.failure, lang))
      else cases = r.success
    }
  }
  if (problems.length > 0 || amendment === undefined || Result.isFailure(amendment)) return Result.fail(problems)
  return Result.succeed({ amendment: amendment.success, decisions, cases })
}

/** Runs the report; an amendment naming what does not exist is one problem. */
export const run = (
  loaded: Loaded,
  asOf: LocalDate.LocalDate,
  lang: Lang
): Result.Result<Impact.Report, ReadonlyArray<Problem>> =>
  Result.mapError(Impact.report({ ...loaded, asOf }), (e) => [
    { at: `amendment: changes.${e.change}`, message: e.detail[lang] }
  ])

const arrow = (a: string, b: string) => `${a} → ${b}`

/** Outcomes and statuses as a clerk reads them in Chinese; the codes in English. */
const named: Record<string, string> = {
  allowed: "允许",
  refused: "拒绝",
  "not-applicable": "不适用",
  satisfied: "满足",
  violated: "违反"
}
const name = (code: string, lang: Lang) => (lang === "zh" ? (named[code] ?? code) : code)
const change = (a: string, b: string, lang: Lang) => arrow(name(a, lang), name(b, lang))

/** Why, in a line: each rule that made the difference, its articles, its status before and after, its message. */
const why = (changes: ReadonlyArray<Impact.RuleChange>, lang: Lang) =>
  changes
    .map((c) =>
      lang === "zh"
        ? `${c.rule}（${c.citations.join("、")}）${change(c.before, c.after, lang)}：${c.message.zh}`
        : `${c.rule} (${c.citations.join(",")}) ${change(c.before, c.after, lang)}: ${c.message.en}`
    )
    .join(lang === "zh" ? "；" : "; ")

/** The report as text lines: what changed, then each flip, each decision not re-decided, each case blocked or unblocked, then the summary. */
export const render = (r: Impact.Report, lang: Lang): ReadonlyArray<string> => {
  const zh = lang === "zh"
  const lines: Array<string> = []
  const none = (s: string) => (s === "null" ? (zh ? "未知" : "unknown") : s)
  const colon = zh ? "：" : ": "
  lines.push(`${zh ? "修订" : "amendment"}${colon}${r.amendment.title[lang]}`)
  for (const d of r.changes.documents) {
    if (d.before.inForceFrom !== d.after.inForceFrom)
      lines.push(
        `  ${d.document} ${zh ? "施行日期" : "in force from"} ${arrow(none(String(d.before.inForceFrom)), none(String(d.after.inForceFrom)))}`
      )
    if (d.before.inForceUntil !== d.after.inForceUntil)
      lines.push(
        `  ${d.document} ${zh ? "施行至" : "in force until"} ${arrow(none(String(d.before.inForceUntil)), none(String(d.after.inForceUntil)))}`
      )
  }
  for (const a of r.changes.repealed)
    lines.push(`  ${a.article} ${zh ? `自 ${a.from} 起废止` : `repealed from ${a.from}`}`)
  for (const t of r.changes.tightened) lines.push(`  ${t} ${zh ? "收紧" : "tightened"}`)
  lines.push(
    `  ${zh ? "涉及规则" : "rules resting on it"}${colon}${r.changes.rules.length === 0 ? "-" : r.changes.rules.join(", ")}`
  )
  const section = (title: string, items: ReadonlyArray<string>) => {
    if (items.length === 0) return
    lines.push(title)
    for (const i of items) lines.push(`  ${i}`)
  }
  section(
    zh ? "将改变结论的决定" : "decisions that would flip",
    r.decisions.flipped.map((f) =>
      [f.decision, f.validator, f.asOf, change(f.from, f.to, lang), why(f.because, lang)].join("\t")
    )
  )
  section(
    zh ? "无法重新决定" : "not re-decided",
    r.decisions.notRedecided.map((n) => [n.decision, n.validator, n.reason, n.text[lang]].join("\t"))
  )
  section(
    zh ? "记录后规则已变" : "recorded under other rules",
    r.decisions.drifted.map((x) => [x.decision, x.validator, change(x.recorded, x.now, lang), x.text[lang]].join("\t"))
  )
  const caseLine = (c: Impact.CaseChange) =>
    [
      c.case,
      c.machine,
      c.state,
      c.event,
      `${c.actor.agency}:${c.actor.role}`,
      change(c.before.outcome, c.after.outcome, lang),
      why(c.because, lang)
    ].join("\t")
  section(zh ? "将被阻止的办理" : "next transitions that would be blocked", r.cases.blocked.map(caseLine))
  section(zh ? "将可办理的办理" : "next transitions that would be unblocked", r.cases.unblocked.map(caseLine))
  section(
    zh ? "未检查的案件" : "cases not checked",
    r.cases.skipped.map((s) => [s.case, s.machine, s.event ?? "-", s.reason, s.text[lang]].join("\t"))
  )
  lines.push(r.summary[lang])
  return lines
}

/** 1 when the amendment would change anything (a decision flips, a transition is blocked or unblocked), else 0. */
export const exitCode = (r: Impact.Report): number =>
  r.decisions.flipped.length + r.cases.blocked.length + r.cases.unblocked.length > 0 ? 1 : 0
