/**
 * Completes the generated OpenAPI document so that it says what the server
 * does: every answer the edge or the transport can give is declared (400 for
 * a malformed target or body, 408, 413 and 415 where a body is read, 414,
 * 431, 500, 503), all as the one `Problem` shape; 405 and 501 (a method a
 * path does not answer) are declared as components and in `x-zhengwu-edge`,
 * since OpenAPI has no operation for a method that does not exist; the machine
 * endpoint's Mermaid form is declared as `text/vnd.mermaid`.
 */
import { Registry } from "@zhengwu/core"
import * as Problem from "./Problem.ts"

type Json = Record<string, unknown>

const problemRef = { $ref: "#/components/schemas/Problem" }
const problemContent = { [Problem.contentType]: { schema: problemRef } }

const response = (description: string, headers?: Json): Json => ({
  description,
  content: problemContent,
  ...(headers === undefined ? {} : { headers })
})

/** The edge's answers, as reusable responses. */
const edgeResponses: Record<string, Json> = {
  NoRoute: response("not found: no route has this path"),
  EdgeBadRequest: response("invalid input: a malformed path, query or body, each problem with its path"),
  RequestTimeout: response("request timeout: the request was not received in time"),
  BodyTooLarge: response("request body too large"),
  UriTooLong: response("request uri too long"),
  UnsupportedMediaType: response("unsupported media type: send `application/json` (utf-8)"),
  HeadersTooLarge: response("request header fields too large"),
  Internal: response("internal error: the server could not answer this request"),
  Unavailable: response("request timed out, or the service is unavailable", {
    "retry-after": { schema: { type: "string" }, description: "seconds to wait before retrying" }
  }),
  MethodNotAllowed: response("method not allowed on this path", {
    allow: { schema: { type: "string" }, description: "the methods the path answers" }
  }),
  NotImplemented: response("a method the server does not implement", {
    allow: { schema: { type: "string" }, description: "the methods the path answers" }
  })
}

const ref = (name: string) => ({ $ref: `#/components/responses/${name}` })

const completeOperation = (path: string, method: string, op: Json): Json => {
  const responses = { ...((op.responses ?? {}) as Record<string, Json>) }
  responses["400"] = responses["400"] ?? ref("EdgeBadRequest")
  responses["408"] = ref("RequestTimeout")
  responses["414"] = ref("UriTooLong")
  responses["431"] = ref("HeadersTooLarge")
  responses["500"] = ref("Internal")
  responses["503"] = ref("Unavailable")
  if (method === "post" || method === "put" || method === "patch") {
    responses["413"] = ref("BodyTooLarge")
    responses["415"] = ref("UnsupportedMediaType")
  }
  if (path === "/v1/machines/{procedure}/{name}" && method === "get") {
    const ok = responses["200"] ?? { description: "Success" }
    const content = (ok.content ?? {}) as Json
    responses["200"] = {
      ...ok,
      description: "the machine as JSON data, or with `format=mermaid` as a Mermaid state diagram",
      content: { ...content, "text/vnd.mermaid": { schema: { type: "string" } } }
    }
  }
  return { ...op, responses, ...withExample(path, op) }
}

/**
 * A decision endpoint's body gets its validator's example where the schema
 * generator left none (a schema with a check carries its annotations on the
 * check, which JSON Schema does not show).
 */
const withExample = (path: string, op: Json): Json => {
  const example = path.startsWith("/v1/decisions/")
    ? Registry.validatorExamples[path.slice("/v1/decisions/".length)]
    : undefined
  const body = op.requestBody as { content?: Record<string, { schema?: Json }> } | undefined
  const schema = body?.content?.["application/json"]?.schema
  if (example === undefined || schema === undefined || schema.examples !== undefined || schema.$ref !== undefined) {
    return {}
  }
  return {
    requestBody: {
      ...body,
      content: { ...body?.content, "application/json": { schema: { ...schema, examples: [example.input] } } }
    }
  }
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

/** The transform applied to the generated document (an `OpenApi.Transform` annotation of the API). */
export const complete = (spec: Record<string, unknown>): Record<string, unknown> => {
  const paths: Record<string, Json> = {}
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    const out: Json = { ...item }
    for (const m of methods) if (item[m] !== undefined) out[m] = completeOperation(path, m, item[m] as Json)
    paths[path] = out
  }
  const components = (spec.components ?? {}) as Json
  return {
    ...spec,
    paths,
    components: {
      ...components,
      schemas: { ...((components.schemas ?? {}) as Json), Problem: problemSchema },
      responses: { ...((components.responses ?? {}) as Json), ...edgeResponses }
    },
    "x-zhengwu-edge": {
      description:
        "answers the edge gives before any operation: a path with no route is 404; a method a path does not " +
        "answer is 405 with `Allow` (501 for a method token the server does not implement, CONNECT included); " +
        "a request target over the limit is 414; headers over the limit are 431; all as `Problem`",
      responses: { "404": ref("NoRoute"), "405": ref("MethodNotAllowed"), "501": ref("NotImplemented") }
    }
  }
}

const problemSchema: Json = {
  type: "object",
  description: "an RFC 9457 problem: `type` is `urn:zhengwu:problem:<reason>`",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: { type: "string", pattern: "^urn:zhengwu:problem:[a-z-]+$" },
    title: { type: "string" },
    status: { type: "integer", minimum: 400, maximum: 599 },
    detail: { type: "string" },
    problems: {
      type: "array",
      items: {
        type: "object",
        required: ["path", "message"],
        properties: {
          path: { type: "array", items: { anyOf: [{ type: "string" }, { type: "integer" }] } },
          message: { type: "string" }
        },
        additionalProperties: false
      }
    }
  },
  additionalProperties: false
}
