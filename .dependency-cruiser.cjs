/**
 * The dependency rule: the core is pure domain. It imports no adapter, no
 * `node:*` module, no HTTP or SQL module and no database driver; adapters may
 * import the core, never the other way round. Reading the clock directly
 * (`Date`, `performance`) is refused in core by the linter (biome.json).
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "core-imports-no-adapter",
      comment: "core must not depend on an adapter package",
      severity: "error",
      from: { path: "^packages/core/src" },
      to: { path: "^packages/adapters-|@zhengwu/adapters-" }
    },
    {
      name: "core-imports-no-node-builtin",
      comment: "core runs in browsers, Deno and Bun: no node:* or Node built-ins",
      severity: "error",
      from: { path: "^packages/core/src" },
      to: { dependencyTypes: ["core"] }
    },
    {
      name: "core-imports-no-http-or-sql",
      comment: "core has no I/O: HTTP and SQL belong to adapters",
      severity: "error",
      from: { path: "^packages/core/src" },
      to: {
        path: "(^|/)node_modules/(effect/dist/(http|http-api|sql|unstable)/|@effect/(platform|sql|rpc|cluster)|pg/|postgres/|@electric-sql/)"
      }
    },
    {
      name: "core-imports-no-effect-barrel",
      comment: "import effect module subpaths (effect/Schema), never the barrel: bundles stay small",
      severity: "error",
      from: { path: "^packages/core/src" },
      to: { path: "(^|/)node_modules/effect/dist/index\\.js$" }
    },
    {
      name: "core-imports-fp-ts-only-in-interop",
      comment: "fp-ts is an optional peer: only the interop entry (src/fp-ts.ts, `@zhengwu/core/fp-ts`) imports it",
      severity: "error",
      from: { path: "^packages/core/src", pathNot: "^packages/core/src/fp-ts\\.ts$" },
      to: { path: "(^|/)node_modules/fp-ts/" }
    },
    {
      name: "core-imports-resolve",
      comment: "an import core cannot resolve is a dependency nobody declared",
      severity: "error",
      from: { path: "^packages/core/src" },
      to: { couldNotResolve: true }
    },
    {
      name: "runtime-imports-no-testing",
      comment:
        "shipped code never loads the testing entry, vitest or fast-check: a package installed with its declared dependencies only must load",
      severity: "error",
      from: { path: "^packages/[^/]+/src", pathNot: "^packages/core/src/testing/" },
      to: {
        path: "@zhengwu/core/testing|^packages/core/src/testing/|(^|/)node_modules/(vitest|fast-check|@fast-check|@vitest)/"
      }
    },
    {
      name: "no-circular",
      severity: "error",
      from: { path: "^packages/[^/]+/src" },
      to: { circular: true }
    }
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^packages/[^/]+/(dist|test)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".d.ts"]
    },
    skipAnalysisNotInRules: false
  }
}
