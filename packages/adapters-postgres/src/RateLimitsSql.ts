/** The core's RateLimits on Postgres: one upserted counter row per bucket and window, shared by all processes. */
import { RateLimits } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
import { defaultSchema, tables } from "./Schema.ts"

export const make = (schema: string = defaultSchema) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const t = tables(sql, schema)
    return RateLimits.RateLimits.of({
      hit: (bucket, windowStart) =>
        Effect.orDie(
          Effect.map(
            sql<{
              count: number
            }>`insert into ${t.rateLimits} (bucket, window_start, count) values (${bucket}, ${windowStart}, 1)
              on conflict (bucket, window_start) do update set count = ${t.rateLimits}.count + 1
              returning count`,
            ([row]) => Number(row?.count ?? 1)
          )
        )
    })
  })

export const layer = (schema: string = defaultSchema) => Layer.effect(RateLimits.RateLimits, make(schema))
