/**
 * A fast-check arbitrary for the values a JSON Schema (2020-12, as an OpenAPI
 * 3.1 document writes it) accepts — the generator of the fuzz suite, read from
 * the served document itself, not from the schemas in the code. Supports what
 * the document uses: `type`, `enum`, `const`, `properties`/`required`/
 * `additionalProperties`, `items`/`prefixItems`/`minItems`/`maxItems`,
 * `anyOf`/`oneOf`, `pattern`, `minLength`/`maxLength`, `minimum`/`maximum`,
 * `format: date` and local `$ref`s. Strings that must match a pattern are
 * drawn with `fc.stringMatching`.
 */
import fc from "fast-check"

export type JsonSchema = boolean | { readonly [k: string]: unknown }

const date = fc
  .record({
    y: fc.integer({ min: 1990, max: 2035 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 })
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)

const json: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 })

export const arbitraryOf = (root: unknown) => {
  const resolve = (ref: string): JsonSchema => {
    if (!ref.startsWith("#/")) throw new Error(`only local refs: ${ref}`)
    let at: unknown = root
    for (const part of ref.slice(2).split("/"))
      at = (at as Record<string, unknown>)[part.replaceAll("~1", "/").replaceAll("~0", "~")]
    if (at === undefined) throw new Error(`unresolved ${ref}`)
    return at as JsonSchema
  }
  const cache = new Map<string, fc.Arbitrary<unknown>>()

  const of = (schema: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    if (schema === true || depth > 8) return json
    if (schema === false) return fc.constant(null)
    const s = schema as Record<string, unknown>
    if (typeof s.$ref === "string") {
      const ref = s.$ref
      const known = cache.get(ref)
      if (known !== undefined) return known
      const arb = fc.constant(null).chain(() => of(resolve(ref), depth + 1))
      cache.set(ref, arb)
      return arb
    }
    if ("const" in s) return fc.constant(s.const)
    if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]))
    const alternatives = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined
    if (alternatives !== undefined) return fc.oneof(...alternatives.map((a) => of(a, depth + 1)))
    switch (s.type) {
      case "string": {
        if (s.format === "date") return date
        if (typeof s.pattern === "string") return fc.stringMatching(new RegExp(s.pattern, "u"), { size: "small" })
        const minLength = typeof s.minLength === "number" ? s.minLength : 0
        const maxLength = typeof s.maxLength === "number" ? s.maxLength : Math.max(minLength, 24)
        return fc.string({ minLength, maxLength })
      }
      case "integer":
        return fc.integer({
          min: typeof s.minimum === "number" ? Math.max(s.minimum, -1e6) : -1e6,
          max: typeof s.maximum === "number" ? Math.min(s.maximum, 1e6) : 1e6
        })
      case "number":
        return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
      case "boolean":
        return fc.boolean()
      case "null":
        return fc.constant(null)
      case "array": {
        const prefix = (s.prefixItems as JsonSchema[] | undefined)?.map((p) => of(p, depth + 1)) ?? []
        const minLength = typeof s.minItems === "number" ? Math.max(0, s.minItems - prefix.length) : 0
        const maxLength =
          typeof s.maxItems === "number" ? Math.max(minLength, s.maxItems - prefix.length) : minLength + 3
        const rest =
          s.items === false
            ? fc.constant([])
            : fc.array(of((s.items ?? true) as JsonSchema, depth + 1), { minLength, maxLength })
        return fc.tuple(fc.tuple(...prefix), rest).map(([p, r]) => [...p, ...r])
      }
      case "object": {
        const props = (s.properties ?? {}) as Record<string, JsonSchema>
        const required = new Set((s.required ?? []) as string[])
        const model: Record<string, fc.Arbitrary<unknown>> = {}
        for (const [k, v] of Object.entries(props)) model[k] = of(v, depth + 1)
        const fixed = fc.record(model, { requiredKeys: [...required].filter((k) => k in props) })
        const extra = s.additionalProperties
        if (extra === false || extra === undefined || Object.keys(props).length > 0) return fixed
        return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), of(extra as JsonSchema, depth + 1), {
          maxKeys: 3
        })
      }
      default:
        return json
    }
  }
  return (schema: JsonSchema) => of(schema, 0)
}
