/**
 * A primary and a streaming replica: two PostgreSQL 15 clusters on loopback,
 * the replica made with `pg_basebackup -R` from the primary (hot standby).
 */
import { spawnSync } from "node:child_process"
import { rmSync } from "node:fs"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import * as SqlClient from "effect/sql/SqlClient"
import { clusterDir, freePort } from "../../../scripts/postgres.ts"
import * as Storage from "../src/Storage.ts"

export interface Pair {
  readonly primaryUrl: string
  readonly replicaUrl: string
  readonly stop: () => void
}

export const startPair = async (): Promise<Pair> => {
  const { bin, dir, run } = clusterDir("zhengwu-pg-pair-")
  const asRoot = process.getuid?.() === 0
  const primary = join(dir, "primary")
  const replica = join(dir, "replica")
  const [p1, p2] = [await freePort(), await freePort()]
  const options = (port: number) =>
    [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", "-c fsync=off", "-c max_connections=100"].join(" ")
  run("initdb", ["-D", primary, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
  run("pg_ctl", ["-D", primary, "-l", join(dir, "primary.log"), "-w", "-t", "60", "-o", options(p1), "start"])
  const stopAll = () => {
    for (const d of [replica, primary])
      spawnSync(
        asRoot ? "runuser" : join(bin, "pg_ctl"),
        asRoot
          ? ["-u", "postgres", "--", join(bin, "pg_ctl"), "-D", d, "-m", "immediate", "-w", "stop"]
          : ["-D", d, "-m", "immediate", "-w", "stop"]
      )
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    run("pg_basebackup", ["-h", "127.0.0.1", "-p", String(p1), "-U", "postgres", "-D", replica, "-R", "-X", "stream"])
    run("pg_ctl", ["-D", replica, "-l", join(dir, "replica.log"), "-w", "-t", "60", "-o", options(p2), "start"])
  } catch (e) {
    stopAll()
    throw e
  }
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    stopAll()
  }
  process.once("exit", stop)
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${p1}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${p2}/postgres`,
    stop
  }
}

const lsnOn = (url: string, query: string) =>
  Effect.runPromise(
    Effect.flatMap(Effect.service(SqlClient.SqlClient), (sql) =>
      Effect.map(sql.unsafe<{ lsn: string }>(query), ([row]) => row?.lsn ?? "0/0")
    ).pipe(Effect.provide(Storage.sqlPostgres({ url, maxConnections: 1 })))
  )

/** Resolves once the replica has replayed the primary's WAL up to where it stood when called. */
export const caughtUp = async (pair: Pair) => {
  const target = await lsnOn(pair.primaryUrl, "select pg_current_wal_lsn()::text as lsn")
  for (let i = 0; i < 600; i++) {
    const replayed = await lsnOn(
      pair.replicaUrl,
      `select (pg_last_wal_replay_lsn() >= '${target}'::pg_lsn)::text as lsn`
    )
    if (replayed === "true") return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`the replica did not replay up to ${target} in 30 s`)
}
