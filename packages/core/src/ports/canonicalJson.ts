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

/**
 * Where the walk is: the keys from the root (the path, built only when a value
 * has no JSON form) and the objects it is inside (a cycle is one of them).
 */
interface Walk {
  readonly keys: Array<string | number>
  readonly ancestors: Array<object>
}

const pathOf = (keys: ReadonlyArray<string | number>): string => {
  let path = "$"
  for (const k of keys) path += typeof k === "number" ? `[${k}]` : `.${k}`
  return path
}

const fail = (reason: CanonicalJsonError["reason"], walk: Walk): never => {
  throw new CanonicalJsonError({ reason, path: pathOf(walk.keys) })
}

const write = (value: unknown, walk: Walk): string => {
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value)
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : fail("non-finite-number", walk)
    case "undefined":
    case "function":
    case "symbol":
    case "bigint":
      return fail(typeof value as "undefined" | "function" | "symbol" | "bigint", walk)
  }
  if (value === null) return "null"
  const object = value as object
  if (walk.ancestors.includes(object)) fail("cycle", walk)
  walk.ancestors.push(object)
  let out: string
  if (Array.isArray(object)) {
    out = "["
    for (let i = 0; i < object.length; i++) {
      if (i > 0) out += ","
      walk.keys.push(i)
      out += write(object[i], walk)
      walk.keys.pop()
    }
    out += "]"
  } else {
    if (!isPlainObject(object)) fail("non-plain-object", walk)
    const record = object as Record<string, unknown>
    out = "{"
    let first = true
    for (const key of Object.keys(record).sort()) {
      const member = record[key]
      if (member === undefined) continue
      if (!first) out += ","
      first = false
      walk.keys.push(key)
      out += `${JSON.stringify(key)}:${write(member, walk)}`
      walk.keys.pop()
    }
    out += "}"
  }
  walk.ancestors.pop()
  return out
}

/**
 * The canonical JSON text of `value`.
 * Throws `CanonicalJsonError` when `value` is not JSON (see {@link canonicalJsonEffect}).
 */
export const canonicalJson = (value: unknown): string => write(value, { keys: [], ancestors: [] })

/** {@link canonicalJson} as an Effect that fails with `CanonicalJsonError` instead of throwing. */
export const canonicalJsonEffect = (value: unknown): Effect.Effect<string, CanonicalJsonError> =>
  Effect.suspend(() => {
    try {
      return Effect.succeed(canonicalJson(value))
    } catch (error) {
      return error instanceof CanonicalJsonError ? Effect.fail(error) : Effect.die(error)
    }
  })
