/**
 * Vitest global setup: starts a real PostgreSQL server (Debian's package,
 * installed by .ci/run) in a temporary directory on a free loopback port, for
 * the tests of the Postgres adapter, and stops it afterwards. Set
 * `ZHENGWU_TEST_PG_URL` to use a server of your own instead.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { TestProject } from "vitest/node"

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string
  }
}

const findBin = (): string | null => {
  const root = "/usr/lib/postgresql"
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const preferred = versions.includes("15") ? ["15", ...versions] : versions
  for (const v of preferred) if (existsSync(join(root, v, "bin", "pg_ctl"))) return join(root, v, "bin")
  return null
}

/**
 * The server binaries, installed from Debian's `postgresql` package when they
 * are missing and we may (root with apt-get), so that the README's test
 * command works on a fresh machine; otherwise a clear error.
 */
const ensureBin = (): string => {
  const found = findBin()
  if (found !== null) return found
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    process.stdout.write("PostgreSQL server not found: installing Debian's `postgresql` package\n")
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
    for (const args of [
      ["update", "-qq"],
      ["install", "-y", "-qq", "postgresql"]
    ]) {
      const r = spawnSync("apt-get", args, { encoding: "utf8", env })
      if (r.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed: ${r.stderr}`)
    }
    const installed = findBin()
    if (installed !== null) return installed
  }
  throw new Error(
    "no PostgreSQL server under /usr/lib/postgresql: install Debian's `postgresql` package, or set ZHENGWU_TEST_PG_URL"
  )
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

export default async function setup(project: TestProject) {
  const external = process.env.ZHENGWU_TEST_PG_URL
  if (external !== undefined && external !== "") {
    project.provide("pgUrl", external)
    return
  }
  const bin = ensureBin()
  const dir = mkdtempSync(join(tmpdir(), "zhengwu-pg-"))
  const data = join(dir, "data")
  const asRoot = process.getuid?.() === 0
  const user = asRoot ? "postgres" : undefined
  const run = (cmd: string, args: string[]) => {
    const full = join(bin, cmd)
    const r =
      user === undefined
        ? spawnSync(full, args, { encoding: "utf8" })
        : spawnSync("runuser", ["-u", user, "--", full, ...args], { encoding: "utf8" })
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`)
  }
  if (asRoot)
    chownSync(
      dir,
      Number(execFileSync("id", ["-u", "postgres"]).toString().trim()),
      Number(execFileSync("id", ["-g", "postgres"]).toString().trim())
    )
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
  const port = await freePort()
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    join(dir, "log"),
    "-w",
    "-t",
    "60",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    "start"
  ])
  project.provide("pgUrl", `postgres://postgres@127.0.0.1:${port}/postgres`)
  return () => {
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
