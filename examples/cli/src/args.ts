/**
 * The command line, parsed strictly (`node:util` `parseArgs`): a command, its
 * positionals and the options it accepts. An unknown option, an option the
 * command does not take, a missing or extra positional or a bad value is an
 * error with the usage — never silently ignored.
 */
import { parseArgs } from "node:util"
import type { Lang } from "./batch.ts"

export const usage = `usage:
  zhengwu check <file.json|file.ndjson|-> [--as-of YYYY-MM-DD] [--progress|--no-progress] [--json] [--lang zh|en]
  zhengwu impact <amendment.json> <decisions.ndjson|-> [--cases cases.json] [--as-of YYYY-MM-DD] [--json] [--lang zh|en]
  zhengwu explain <rule-or-article> [--json] [--lang zh|en]   e.g. seals/document-kind-permitted, xuhui-eseal-2015/4
  zhengwu rules [prefix] [--json] [--lang zh|en]              e.g. zhengwu rules seals/
  zhengwu validators [--json] [--lang zh|en]
  zhengwu help

  --lang zh|en   language of messages and titles (default zh)
  --json         JSON instead of text: one object a line for check, one document otherwise`

export type Command =
  | {
      readonly name: "check"
      readonly file: string
      readonly asOf: string | undefined
      readonly progress: boolean | undefined
      readonly json: boolean
      readonly lang: Lang
    }
  | {
      readonly name: "impact"
      readonly amendment: string
      readonly decisions: string
      readonly cases: string | undefined
      readonly asOf: string | undefined
      readonly json: boolean
      readonly lang: Lang
    }
  | { readonly name: "explain"; readonly id: string; readonly json: boolean; readonly lang: Lang }
  | { readonly name: "rules"; readonly prefix: string; readonly json: boolean; readonly lang: Lang }
  | { readonly name: "validators"; readonly json: boolean; readonly lang: Lang }
  | { readonly name: "help" }

/** A command line that cannot be run: the message says why (the usage follows it). */
export class UsageError extends Error {}

const common = {
  json: { type: "boolean", default: false },
  lang: { type: "string", default: "zh" },
  help: { type: "boolean", short: "h", default: false }
} as const

const positionals: Record<string, readonly [min: number, max: number]> = {
  check: [1, 1],
  impact: [2, 2],
  explain: [1, 1],
  rules: [0, 1],
  validators: [0, 0],
  help: [0, 0]
}

const parseAll = (args: ReadonlyArray<string>) =>
  parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    allowNegative: true,
    options: { ...common, "as-of": { type: "string" }, progress: { type: "boolean" }, cases: { type: "string" } }
  })

export const parse = (argv: ReadonlyArray<string>): Command => {
  const [name, ...rest] = argv
  if (name === undefined || name === "--help" || name === "-h") return { name: "help" }
  const range = positionals[name]
  if (range === undefined) throw new UsageError(`unknown command \`${name}\``)
  let parsed: ReturnType<typeof parseAll>
  try {
    parsed = parseAll(rest)
  } catch (e) {
    const message = ((e as Error).message.split("\n")[0] ?? "")
      .replace(/\. To specify .*$/u, "")
      .replace(/'([^']*)'/gu, "`$1`")
    throw new UsageError(`${name}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`)
  }
  // Only `check` and `impact` take a day, only `check` a progress bar, only `impact` open cases.
  const notTaken: Record<string, RegExp> = {
    check: /^--(?:no-)?cases(?:=|$)/u,
    impact: /^--(?:no-)?progress(?:=|$)/u
  }
  const given = rest.find((a) => (notTaken[name] ?? /^--(?:no-)?(?:as-of|progress|cases)(?:=|$)/u).test(a))
  if (given !== undefined) throw new UsageError(`${name}: unknown option \`${given.split("=")[0]}\``)
  const { values } = parsed
  if (values.help || name === "help") return { name: "help" }
  const args = parsed.positionals
  const [min, max] = range
  if (args.length < min) throw new UsageError(`${name}: missing argument`)
  if (args.length > max) throw new UsageError(`${name}: unexpected argument \`${args[max]}\``)
  if (values.lang !== "zh" && values.lang !== "en")
    throw new UsageError(`--lang: expected zh or en, got \`${values.lang}\``)
  const lang: Lang = values.lang
  switch (name) {
    case "check":
      return {
        name,
        file: args[0] as string,
        asOf: values["as-of"],
        progress: values.progress,
        json: values.json,
        lang
      }
    case "impact":
      return {
        name,
        amendment: args[0] as string,
        decisions: args[1] as string,
        cases: values.cases,
        asOf: values["as-of"],
        json: values.json,
        lang
      }
    case "explain":
      return { name, id: args[0] as string, json: values.json, lang }
    case "rules":
      return { name, prefix: args[0] ?? "", json: values.json, lang }
    default:
      return { name: "validators", json: values.json, lang }
  }
}
