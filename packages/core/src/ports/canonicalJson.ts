/**
 * Canonical JSON: one byte-exact text per JSON value, so that hashes over
 * records are stable across processes, adapters and platforms. Object keys are
 * sorted (by UTF-16 code units, as JCS does), arrays keep their order, numbers
 * and strings are written as `JSON.stringify` writes them. Object properties
 * whose value is `undefined` are left out (as `JSON.stringify` and a JSON
 * column would drop them); anything else that is not JSON is refused.
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"

/** A value that has no JSON form, with the path at which it was found (`$.a[2]`). */
export class CanonicalJsonError extends Schema.TaggedError<CanonicalJsonError>()("CanonicalJsonError", {
  reason: Schema.Literals([
    "undefined",
    "function",
    "symbol",
    "bigint",
    "non-finite-number",
    "non-plain-object",
    "cycle"
  ]),
  path: Schema.String
}) {
  override get message(): string {
    return `not a json value at \`${this.path}\`: ${this.reason}`
  }
}

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

const write = (value: unknown, path: string, seen: Set<object>): string => {
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value)
    case "number":
      if (!Number.isFinite(value)) throw new CanonicalJsonError({ reason: "non-finite-number", path })
      return JSON.stringify(value)
    case "undefined":
      throw new CanonicalJsonError({ reason: "undefined", path })
    case "function":
      throw new CanonicalJsonError({ reason: "function", path })
    case "symbol":
      throw new CanonicalJsonError({ reason: "symbol", path })
    case "bigint":
      throw new CanonicalJsonError({ reason: "bigint", path })
  }
  if (value === null) return "null"
  const object = value as object
  if (seen.has(object)) throw new CanonicalJsonError({ reason: "cycle", path })
  seen.add(object)
  try {
    if (Array.isArray(object)) {
      const items: Array<string> = []
      for (let i = 0; i < object.length; i++) items.push(write(object[i], `${path}[${i}]`, seen))
      return `[${items.join(",")}]`
    }
    if (!isPlainObject(object)) throw new CanonicalJsonError({ reason: "non-plain-object", path })
    const record = object as Record<string, unknown>
    const members: Array<string> = []
    for (const key of Object.keys(record).sort()) {
      const member = record[key]
      if (member === undefined) continue
      members.push(`${JSON.stringify(key)}:${write(member, `${path}.${key}`, seen)}`)
    }
    return `{${members.join(",")}}`
  } finally {
    seen.delete(object)
  }
}

/**
 * The canonical JSON text of `value`.
 * Throws `CanonicalJsonError` when `value` is not JSON (see {@link canonicalJsonEffect}).
 */
export const canonicalJson = (value: unknown): string => write(value, "$", new Set())

/** {@link canonicalJson} as an Effect that fails with `CanonicalJsonError` instead of throwing. */
export const canonicalJsonEffect = (value: unknown): Effect.Effect<string, CanonicalJsonError> =>
  Effect.suspend(() => {
    try {
      return Effect.succeed(canonicalJson(value))
    } catch (error) {
      return error instanceof CanonicalJsonError ? Effect.fail(error) : Effect.die(error)
    }
  })
