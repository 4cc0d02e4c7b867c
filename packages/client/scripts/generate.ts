/**
 * Generates the client's types from the API's OpenAPI document — the one the
 * server serves at `/openapi.json` (`OpenApi.fromApi` of the same definition) —
 * with openapi-typescript. `pnpm client:generate` writes `src/openapi.ts`;
 * the client's test fails when it differs from what a running server serves.
 */
import { writeFileSync } from "node:fs"
import { Api } from "@zhengwu/adapters-http"
import * as OpenApi from "effect/http-api/OpenApi"
import openapiTS, { astToString } from "openapi-typescript"

const header = `/**
 * The Zhengwu HTTP API's types, generated from its OpenAPI document by
 * openapi-typescript (\`pnpm client:generate\`); do not edit by hand.
 */
`

/** The TypeScript module of the document's types. */
export const typesOf = async (document: unknown): Promise<string> =>
  `${header}${astToString(await openapiTS(document as never))}`

export const served = (): unknown => OpenApi.fromApi(Api.Api)

if (import.meta.main) {
  const out = new URL("../src/openapi.ts", import.meta.url).pathname
  writeFileSync(out, await typesOf(served()))
  console.log(`wrote ${out}`)
}
