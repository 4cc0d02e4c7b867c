/**
 * Bad input: what a decoder refused, with the path of each problem and what was
 * expected there. Nothing is decided and nothing changes on a decode error.
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaJITCompiler from "effect/schema/SchemaJITCompiler"

export const Problem = Schema.Struct({
  /** Path into the input, e.g. `["certificate", "validUntil"]`. */
  path: Schema.Array(Schema.Union([Schema.String, Schema.Number])),
  /** What was expected there, in English. */
  message: Schema.String,
  /** The same in Chinese. */
  zh: Schema.optional(Schema.String)
})
export type Problem = typeof Problem.Type

export class DecodeError extends Schema.TaggedError<DecodeError>()("DecodeError", {
  reason: Schema.Literals(["invalid-input"]),
  /** What was being decoded, e.g. `seals/use input`. */
  subject: Schema.String,
  problems: Schema.Array(Problem)
}) {
  override get message(): string {
    const first = this.problems[0]
    const where = first === undefined || first.path.length === 0 ? "" : ` at “${first.path.join(".")}”`
    const more = this.problems.length > 1 ? ` (and ${this.problems.length - 1} more)` : ""
    return `invalid ${this.subject}${where}: ${first?.message ?? "unknown problem"}${more}`
  }
}

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/** The English names of expected values, in Chinese. */
const expectedZh = (en: string): string => {
  const known: Record<string, string> = {
    string: "字符串",
    number: "数字",
    boolean: "布尔值",
    "an integer": "整数",
    object: "对象",
    array: "数组",
    "a non-empty string": "非空字符串",
    "a calendar date written YYYY-MM-DD": "YYYY-MM-DD 格式的日期"
  }
  if (known[en] !== undefined) return known[en]
  if (/^"[^"]*"(?: \| "[^"]*")+$/u.test(en)) return `以下之一：${en.replaceAll(" | ", "、")}`
  if (/^"[^"]*"$/u.test(en)) return en
  return en
}

/** An English issue message, in Chinese (the structure of Effect's messages: `Expected X, got Y`). */
const messageZh = (en: string): string => {
  if (en === "Missing key") return "缺少此项"
  if (en === "Expected no excess property" || en.startsWith("Unexpected key")) return "不接受此项（未知字段）"
  const m =
    /^Expected (.+?)(?:, got (.+))?$/su.exec(en) ?? /^(a calendar date written YYYY-MM-DD), got (.+)$/su.exec(en)
  if (m !== null) return `应为${expectedZh(m[1] ?? "")}${m[2] === undefined ? "" : `，实际为 ${m[2]}`}`
  return `不符合要求：${en}`
}

const toKey = (k: PropertyKey | { readonly key: PropertyKey }): string | number => {
  const key = typeof k === "object" ? k.key : k
  return typeof key === "number" ? key : String(key)
}

/** Every problem of a schema issue, each with its path and what was expected, in English and Chinese. */
export const problemsOf = (issue: SchemaIssue.Issue): ReadonlyArray<Problem> =>
  formatter(issue).issues.map((i) => ({
    path: (i.path ?? []).map(toKey),
    message: i.message,
    zh: messageZh(i.message)
  }))

const strict = { errors: "all", onExcessProperty: "error" } as const
/** Valid input decodes the same whatever the error mode: the fast path stops at the first problem, the strict one lists all. */
const lenient = {} as const

const isPlain = (x: object): boolean => {
  const proto = Object.getPrototypeOf(x)
  return proto === Object.prototype || proto === null
}

/**
 * Whether decoding (which drops unknown keys unless told to refuse them) left
 * out a key of the input, or the output's shape differs from the input's so
 * that it cannot be told: either way the strict decode decides.
 */
const dropped = (input: unknown, output: unknown): boolean =>
  typeof input === "object" && input !== null && input !== output && droppedFrom(input, output)

const droppedFrom = (input: object, output: unknown): boolean => {
  if (typeof output !== "object" || output === null) return true
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || output.length !== input.length) return true
    for (let i = 0; i < input.length; i++) {
      const x: unknown = input[i]
      if (typeof x === "object" && x !== null && x !== output[i] && droppedFrom(x, output[i])) return true
    }
    return false
  }
  if (Array.isArray(output) || !isPlain(output)) return true
  // every enumerable key of the input kept by the output (an inherited key the output lacks sends the input to the
  // strict decode, which decides it as it would have anyway)
  for (const k in input) {
    if (!Object.hasOwn(output, k)) return true
    const x: unknown = (input as Record<string, unknown>)[k]
    if (typeof x !== "object" || x === null) continue
    const y: unknown = (output as Record<string, unknown>)[k]
    if (x !== y && droppedFrom(x, y)) return true
  }
  return Object.getOwnPropertySymbols(input).length > 0
}

/**
 * A total decoder: unknown input to a Result, every problem reported (not just
 * the first), unknown keys refused. Compiled once per schema: Effect's Schema
 * JIT generates the decoding function for the schema's AST (its checks hoisted
 * out of the walk), falling back to the interpreter where `new Function` is not
 * allowed; the decoder is then remembered per schema and subject.
 */
export const decoder = <S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  subject: string
): ((input: unknown) => Result.Result<S["Type"], DecodeError>) => {
  let bySubject = compiled.get(schema)
  if (bySubject === undefined) {
    SchemaJITCompiler.enable(schema.ast)
    bySubject = new Map()
    compiled.set(schema, bySubject)
  }
  let d = bySubject.get(subject)
  if (d === undefined) {
    const decode = Schema.decodeUnknownResult(schema)
    d = (input: unknown): Result.Result<unknown, DecodeError> => {
      // Effect's excess-property check rebuilds each object's key set per input: the lenient decode, then a
      // walk comparing keys, answers valid input; anything else is decoded strictly, which names every problem
      const fast = decode(input, lenient)
      if (Result.isSuccess(fast) && !dropped(input, fast.success)) return fast as Result.Result<unknown, never>
      const r = decode(input, strict)
      if (Result.isSuccess(r)) return r as Result.Result<unknown, never>
      return Result.fail(new DecodeError({ reason: "invalid-input", subject, problems: problemsOf(r.failure.issue) }))
    }
    bySubject.set(subject, d)
  }
  return d as (input: unknown) => Result.Result<S["Type"], DecodeError>
}
const compiled = new WeakMap<object, Map<string, (input: unknown) => Result.Result<unknown, DecodeError>>>()
