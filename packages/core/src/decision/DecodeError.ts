/**
 * Bad input: what a decoder refused, with the path of each problem and what was
 * expected there. Nothing is decided and nothing changes on a decode error.
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"

export const Problem = Schema.Struct({
  /** Path into the input, e.g. `["certificate", "validUntil"]`. */
  path: Schema.Array(Schema.Union([Schema.String, Schema.Number])),
  message: Schema.String
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
    const where = first === undefined || first.path.length === 0 ? "" : ` at \`${first.path.join(".")}\``
    const more = this.problems.length > 1 ? ` (and ${this.problems.length - 1} more)` : ""
    return `invalid ${this.subject}${where}: ${first?.message ?? "unknown problem"}${more}`
  }
}

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

const toKey = (k: PropertyKey | { readonly key: PropertyKey }): string | number => {
  const key = typeof k === "object" ? k.key : k
  return typeof key === "number" ? key : String(key)
}

/** A total decoder: unknown input to a Result, every problem reported (not just the first). */
export const decoder = <S extends Schema.ConstraintDecoder<unknown>>(schema: S, subject: string) => {
  const decode = Schema.decodeUnknownResult(schema)
  return (input: unknown): Result.Result<S["Type"], DecodeError> => {
    const r = decode(input, { errors: "all", onExcessProperty: "error" })
    if (Result.isSuccess(r)) return Result.succeed(r.success)
    const failure = formatter(r.failure.issue)
    return Result.fail(
      new DecodeError({
        reason: "invalid-input",
        subject,
        problems: failure.issues.map((i) => ({ path: (i.path ?? []).map(toKey), message: i.message }))
      })
    )
  }
}
