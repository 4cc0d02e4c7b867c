/**
 * A batch of cases to check: a JSON array, or NDJSON (one JSON value a line),
 * of `{ "validator": "seals/use", "asOf"?: "YYYY-MM-DD", "id"?: "…", "input": {…} }`.
 * Each item is decoded on its own: a bad item is reported with the path of the
 * problem (`[3].input.documentKind`, or `line 4: input.documentKind` for NDJSON)
 * and does not stop the others.
 */
import { type Decision, DecodeError, LocalDate, Registry, Validator } from "@zhengwu/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"

export const Item = Schema.Struct({
  /** A validator id, e.g. `seals/use` (`zhengwu validators` lists them). */
  validator: Schema.String,
  /** The day to decide as of; the command's `--as-of` (default today in Shanghai) when absent. */
  asOf: Schema.optional(LocalDate.LocalDate),
  /** A label for the output line; the item's position when absent. */
  id: Schema.optional(Schema.String),
  input: Schema.Unknown
})
export type Item = typeof Item.Type

const decodeItem = DecodeError.decoder(Item, "batch item")

/** One item's outcome: a decision, or bad input with where it is. */
export type Checked =
  | {
      readonly _tag: "Decided"
      readonly label: string
      readonly validator: string
      readonly decision: Decision.Decision
    }
  | { readonly _tag: "Invalid"; readonly label: string; readonly problems: ReadonlyArray<Problem> }

/** A problem of a bad item: where it is (`[1].input.certificate.validUntil`, `line 4: input.documentKind`) and what is wrong. */
export interface Problem {
  readonly at: string
  readonly message: string
}

/** A raw entry of the batch: where it is in the file and its parsed JSON (or why it did not parse). */
export interface Entry {
  /** `[3]` for a JSON array, `line 4` for NDJSON. */
  readonly where: string
  readonly json: Result.Result<unknown, string>
}

/** Splits a file's text into entries. A file that is neither a JSON array nor NDJSON is one bad entry. */
export const parse = (text: string): ReadonlyArray<Entry> => {
  const trimmed = text.trim()
  if (trimmed === "") return []
  if (trimmed.startsWith("[")) {
    try {
      const all: unknown = JSON.parse(trimmed)
      if (!Array.isArray(all)) return [{ where: "file", json: Result.fail("expected a JSON array") }]
      return all.map((json: unknown, i) => ({ where: `[${i}]`, json: Result.succeed(json) }))
    } catch (e) {
      return [{ where: "file", json: Result.fail(`not valid JSON: ${(e as Error).message}`) }]
    }
  }
  return text.split("\n").flatMap((line, i): Entry[] => {
    if (line.trim() === "") return []
    try {
      return [{ where: `line ${i + 1}`, json: Result.succeed(JSON.parse(line) as unknown) }]
    } catch (e) {
      return [{ where: `line ${i + 1}`, json: Result.fail(`not valid JSON: ${(e as Error).message}`) }]
    }
  })
}

const at = (where: string, path: ReadonlyArray<string | number>) => {
  const tail = path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("")
  return where.startsWith("[") ? `${where}${tail}` : `${where}: ${tail.replace(/^\./u, "")}`
}

/** Decodes and decides one entry. */
export const check = (entry: Entry, index: number, defaultAsOf: LocalDate.LocalDate): Checked => {
  const fallback = `#${index + 1}`
  if (Result.isFailure(entry.json))
    return { _tag: "Invalid", label: fallback, problems: [{ at: entry.where, message: entry.json.failure }] }
  const item = decodeItem(entry.json.success)
  if (Result.isFailure(item)) {
    return {
      _tag: "Invalid",
      label: fallback,
      problems: item.failure.problems.map((p) => ({ at: at(entry.where, p.path), message: p.message }))
    }
  }
  const label = item.success.id ?? fallback
  const validator = Registry.getValidator(item.success.validator)
  if (validator === undefined) {
    const known = Registry.validators.map((v) => v.id).join(", ")
    return {
      _tag: "Invalid",
      label,
      problems: [
        {
          at: at(entry.where, ["validator"]),
          message: `unknown validator \`${item.success.validator}\` (known: ${known})`
        }
      ]
    }
  }
  const decided = Validator.decideUnknown(validator, item.success.input, item.success.asOf ?? defaultAsOf)
  if (Result.isFailure(decided)) {
    return {
      _tag: "Invalid",
      label,
      problems: decided.failure.problems.map((p) => ({ at: at(entry.where, ["input", ...p.path]), message: p.message }))
    }
  }
  return { _tag: "Decided", label, validator: validator.id, decision: decided.success }
}

/** The language of messages: Chinese (the default) or English. */
export type Lang = "zh" | "en"

/**
 * One output line per item: label, validator, day, outcome and the rules (with
 * their articles and message in `lang`) that decided it.
 */
export const line = (c: Checked, lang: Lang): string => {
  if (c._tag === "Invalid") return `${c.label}\tinvalid\t${c.problems.map((p) => `${p.at}: ${p.message}`).join("; ")}`
  const d = c.decision
  const reasons =
    d.outcome === "allowed"
      ? d.reasons
          .filter((f) => f.status === "violated")
          .map((f) => `warning ${f.rule} (${f.citations.join(", ")}): ${f.message[lang]}`)
      : d.reasons.map((f) => `${f.rule} (${f.citations.join(", ")}): ${f.message[lang]}`)
  return [c.label, c.validator, d.asOf, d.outcome, ...(reasons.length > 0 ? [reasons.join("; ")] : [])].join("\t")
}

/** One item as JSON (a line of `check --json`): the whole decision, or the problems of a bad item. */
export const toJson = (c: Checked) =>
  c._tag === "Invalid"
    ? { id: c.label, outcome: "invalid" as const, problems: c.problems }
    : { id: c.label, validator: c.validator, asOf: c.decision.asOf, outcome: c.decision.outcome, decision: c.decision }

export interface Tally {
  allowed: number
  refused: number
  notApplicable: number
  invalid: number
}

export const tally = (all: ReadonlyArray<Checked>): Tally => {
  const t: Tally = { allowed: 0, refused: 0, notApplicable: 0, invalid: 0 }
  for (const c of all) {
    if (c._tag === "Invalid") t.invalid++
    else if (c.decision.outcome === "allowed") t.allowed++
    else if (c.decision.outcome === "refused") t.refused++
    else t.notApplicable++
  }
  return t
}

/** 2 when any item is bad input, else 1 when any is refused, else 0. */
export const exitCode = (t: Tally): 0 | 1 | 2 => (t.invalid > 0 ? 2 : t.refused > 0 ? 1 : 0)
