import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "examples/*/test/**/*.test.ts", "scripts/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ["./packages/adapters-postgres/test/postgres-server.ts"],
    reporters: ["default", "./scripts/summary-reporter.ts"]
  }
})
