/** The reference server's configuration, from the environment. */
import { readFileSync } from "node:fs"

export interface Config {
  readonly host: string
  readonly port: number
  /** PostgreSQL connection URL, or null for the embedded PGlite. */
  readonly databaseUrl: string | null
  /** A streaming replica of DATABASE_URL for case lists, history and audit listings (`DATABASE_READ_URL`). */
  readonly databaseReadUrl: string | null
  /** PGlite data directory, or null for in memory. */
  readonly dataDir: string | null
  readonly demo: boolean
  readonly keysFile: string | null
  readonly maxBodyBytes: number
  /** The Postgres schema of the tables (default `zhengwu`). */
  readonly schema: string
  readonly rateLimitPerMinute: number
  /** Record each validator input in the decision log, not only its hash. */
  readonly decisionLogInputs: boolean
}

export const fromEnv = (env: NodeJS.ProcessEnv = process.env): Config => {
  const databaseUrl = env.DATABASE_URL !== undefined && env.DATABASE_URL !== "" ? env.DATABASE_URL : null
  const dataDirRaw = env.ZHENGWU_DATA_DIR ?? ".zhengwu-data"
  const demoRaw = env.ZHENGWU_DEMO
  const port = Number(env.PORT ?? "3000")
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid PORT \`${env.PORT}\``)
  return {
    host: env.HOST ?? "127.0.0.1",
    port,
    databaseUrl,
    databaseReadUrl: env.DATABASE_READ_URL !== undefined && env.DATABASE_READ_URL !== "" ? env.DATABASE_READ_URL : null,
    dataDir: dataDirRaw === "memory" ? null : dataDirRaw,
    demo: demoRaw === undefined || demoRaw === "" ? databaseUrl === null : demoRaw === "1" || demoRaw === "true",
    keysFile: env.ZHENGWU_API_KEYS_FILE ?? null,
    maxBodyBytes: Number(env.ZHENGWU_MAX_BODY_BYTES ?? String(1024 * 1024)),
    schema: env.ZHENGWU_DB_SCHEMA ?? "zhengwu",
    rateLimitPerMinute: Number(env.ZHENGWU_RATE_LIMIT_PER_MINUTE ?? "600"),
    decisionLogInputs: env.ZHENGWU_DECISION_LOG_INPUTS === "1" || env.ZHENGWU_DECISION_LOG_INPUTS === "true"
  }
}

/**
 * Keys from `ZHENGWU_API_KEYS_FILE`: a JSON array of `{ key, agency, role, label, auditor }`; `auditor: true`
 * lets the key read the audit trail (verification, decisions by rule), nothing else.
 */
export const readKeysFile = (path: string) => {
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"))
  if (!Array.isArray(parsed)) throw new Error(`\`${path}\` must hold a JSON array of keys`)
  return parsed.map((k, i) => {
    const { key, agency, role, label, auditor } = (k ?? {}) as Record<string, unknown>
    if (typeof key !== "string" || key.length < 16)
      throw new Error(`key ${i}: \`key\` must be a string of 16+ characters`)
    if (typeof agency !== "string" || typeof role !== "string")
      throw new Error(`key ${i}: \`agency\` and \`role\` are required`)
    if (auditor !== undefined && typeof auditor !== "boolean")
      throw new Error(`key ${i}: \`auditor\` must be true or false`)
    return {
      key,
      agency,
      role,
      label: typeof label === "string" ? label : `${agency} ${role}`,
      auditor: auditor === true
    }
  })
}
