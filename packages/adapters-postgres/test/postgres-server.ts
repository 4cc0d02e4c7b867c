/**
 * Vitest global setup: starts a real PostgreSQL server (Debian's package,
 * installed by .ci/run, or by scripts/postgres.ts when missing) in a temporary
 * directory on a free loopback port, for the tests that need one, and stops it
 * afterwards. Set `ZHENGWU_TEST_PG_URL` to use a server of your own instead.
 */
import type { TestProject } from "vitest/node"
import { startPostgres } from "../../../scripts/postgres.ts"

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.ZHENGWU_TEST_PG_URL
  if (external !== undefined && external !== "") {
    project.provide("pgUrl", external)
    return
  }
  const server = await startPostgres(["fsync=off", "max_connections=200"])
  project.provide("pgUrl", server.url)
  return () => server.stop()
}
