/**
 * The served OpenAPI document as the fuzz suite reads it: its operations, and
 * a checker that says whether a response contradicts it — an undeclared
 * status, an undeclared content type, or a body its schema refuses (ajv,
 * JSON Schema 2020-12). A method a path does not declare must be answered as
 * the document's `x-zhengwu-edge` says: 405 or 501 with a `Problem`; a path
 * with no route 404 with a `Problem`.
 */
import { Ajv2020 } from "ajv/dist/2020.js"
import addFormatsModule from "ajv-formats"

export interface Parameter {
  readonly name: string
  readonly in: "path" | "query" | "header"
  readonly required: boolean
  readonly schema: unknown
}

export interface Operation {
  readonly template: string
  readonly method: string
  readonly parameters: ReadonlyArray<Parameter>
  readonly body: unknown | undefined
  readonly secured: boolean
  readonly responses: Readonly<Record<string, unknown>>
}

type Doc = {
  paths: Record<string, Record<string, Record<string, unknown>>>
  components: Record<string, Record<string, unknown>>
  "x-zhengwu-edge": { responses: Record<string, unknown> }
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
const base = "https://zhengwu.test/openapi"

// ajv-formats ships as CommonJS with a default export
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020
) => void

export const read = (doc: Doc) => {
  const operations: Array<Operation> = []
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const m of methods) {
      const op = item[m] as Record<string, unknown> | undefined
      if (op === undefined) continue
      const body = (op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.[
        "application/json"
      ]?.schema
      operations.push({
        template,
        method: m.toUpperCase(),
        parameters: (op.parameters ?? []) as ReadonlyArray<Parameter>,
        body,
        secured: Array.isArray(op.security) && op.security.length > 0,
        responses: op.responses as Record<string, unknown>
      })
    }
  }

  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true })
  addFormats(ajv)
  ajv.addSchema({ $id: base, components: doc.components })
  const rebase = (schema: unknown) =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${base}#/components/`)) as object
  const compiled = new Map<string, ReturnType<Ajv2020["compile"]>>()
  const validator = (schema: unknown) => {
    const key = JSON.stringify(schema)
    let v = compiled.get(key)
    if (v === undefined) {
      v = ajv.compile(rebase(schema))
      compiled.set(key, v)
    }
    return v
  }
  const deref = (r: unknown): Record<string, unknown> => {
    const ref = (r as { $ref?: string }).$ref
    if (ref === undefined) return r as Record<string, unknown>
    const name = ref.replace("#/components/responses/", "")
    return (doc.components.responses?.[name] ?? {}) as Record<string, unknown>
  }

  /** Why a response contradicts the declared `response` object, or null. */
  const against = (declared: unknown, contentType: string | null, body: string, head: boolean): string | null => {
    const response = deref(declared)
    const content = response.content as Record<string, { schema?: unknown }> | undefined
    if (content === undefined) return null
    const type = (contentType ?? "").split(";")[0]?.trim() ?? ""
    const media = content[type]
    if (media === undefined) return `content type \`${type}\` not declared (${Object.keys(content).join(", ")})`
    if (head || media.schema === undefined) return null
    let value: unknown
    if (type.startsWith("text/") || type.endsWith("ndjson")) value = body
    else {
      try {
        value = JSON.parse(body)
      } catch {
        return "body is not JSON"
      }
    }
    const v = validator(media.schema)
    return v(value) ? null : `body does not match: ${ajv.errorsText(v.errors)} in ${body.slice(0, 300)}`
  }

  const edge = doc["x-zhengwu-edge"].responses

  /** Why a response contradicts the document, or null. `op` is null for a method the path does not declare. */
  const check = (
    op: Operation | null,
    status: number,
    contentType: string | null,
    body: string,
    head: boolean
  ): string | null => {
    if (op === null) {
      const declared = edge[String(status)]
      if (declared === undefined || status === 404) return `status ${status} for an undeclared method`
      return against(declared, contentType, body, head)
    }
    const declared = op.responses[String(status)] ?? op.responses.default
    if (declared === undefined) return `status ${status} not declared for ${op.method} ${op.template}`
    return against(declared, contentType, body, head)
  }

  /** A path with no route: 404 as the edge declares it. */
  const checkNoRoute = (status: number, contentType: string | null, body: string, head: boolean): string | null =>
    status === 404 ? against(edge["404"], contentType, body, head) : `status ${status} for a path with no route`

  /** Why `value` does not match `schema` (a schema of the document), or null. */
  const validate = (schema: unknown, value: unknown): string | null => {
    const v = validator(schema)
    return v(value) ? null : ajv.errorsText(v.errors)
  }

  return { operations, check, checkNoRoute, validate }
}
