/** The core's ApiKeys on Postgres: hashes only, shared by every server process. */
import { ApiKeys } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
import { defaultSchema, tables } from "./Schema.ts"

interface KeyRow {
  readonly hash: string
  readonly agency: string
  readonly role: string
  readonly label: string
  readonly auditor: boolean
  readonly created_at: number | string | bigint
  readonly revoked_at: number | string | bigint | null
}

export const make = (schema: string = defaultSchema) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const t = tables(sql, schema)
    return ApiKeys.ApiKeys.of({
      findByHash: (hash) =>
        Effect.orDie(
          Effect.map(sql<KeyRow>`select * from ${t.apiKeys} where hash = ${hash}`, ([r]) =>
            r === undefined
              ? undefined
              : {
                  hash: r.hash,
                  agency: r.agency,
                  role: r.role,
                  label: r.label,
                  auditor: r.auditor === true,
                  createdAt: Number(r.created_at),
                  revokedAt: r.revoked_at === null ? null : Number(r.revoked_at)
                }
          )
        ),
      put: (r) =>
        Effect.orDie(
          sql`insert into ${t.apiKeys} (hash, agency, role, label, auditor, created_at, revoked_at)
            values (${r.hash}, ${r.agency}, ${r.role}, ${r.label}, ${r.auditor}, ${r.createdAt}, ${r.revokedAt})
            on conflict (hash) do update set agency = excluded.agency, role = excluded.role,
              label = excluded.label, auditor = excluded.auditor, revoked_at = excluded.revoked_at`
        ),
      revoke: (hash, at) => Effect.orDie(sql`update ${t.apiKeys} set revoked_at = ${at} where hash = ${hash}`)
    })
  })

export const layer = (schema: string = defaultSchema) => Layer.effect(ApiKeys.ApiKeys, make(schema))
