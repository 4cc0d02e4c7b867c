import { existsSync, readdirSync } from "node:fs"
import { defineConfig } from "tsup"

/**
 * JavaScript only (ESM + CJS). Declarations come from tsc, file by file (see
 * the build script): bundled declarations lose names that are both a value and
 * a type, such as a schema and its type.
 *
 * Public entries: `index` (`@zhengwu/core`), `testing` (`@zhengwu/core/testing`),
 * `fp-ts` (`@zhengwu/core/fp-ts`; fp-ts is an optional peer, never bundled) and
 * one per procedure (`@zhengwu/core/seals`, `@zhengwu/core/approvals`, …: the
 * procedure's validators, rules and machines, as its namespace in the index).
 * The registry, the coverage and the cases service are also entries (under
 * `dist/internal/`, not exported): with one entry, esbuild
 * puts every procedure in one chunk whose top-level `Rule.make(…)` calls a
 * bundler must keep, so a browser page importing `Approvals` would also carry
 * the seals and certificates. As separate chunks, `sideEffects: false` lets the
 * bundler drop the procedures a page does not use (measured with
 * examples/browser-validator: 368 kB → 215 kB minified).
 */
/** The procedures, each a public entry (`@zhengwu/core/seals`, …): a folder with an index and a procedure. */
const procedureEntries = readdirSync("src", { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`) && existsSync(`src/${d.name}/procedure.ts`))
  .map((d) => d.name)

const internal = Object.fromEntries([
  ...procedureEntries.map((name) => [name, `src/entries/${name}.ts`]),
  ...readdirSync("src", { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        d.name !== "testing" &&
        existsSync(`src/${d.name}/index.ts`) &&
        !procedureEntries.includes(d.name)
    )
    .map((d) => [`internal/${d.name}`, `src/${d.name}/index.ts`]),
  ["internal/registry", "src/registry.ts"],
  ["internal/coverage", "src/coverage.ts"],
  ["internal/cases", "src/cases/Cases.ts"]
])

export default defineConfig({
  entry: { index: "src/index.ts", testing: "src/testing/index.ts", "fp-ts": "src/fp-ts.ts", ...internal },
  format: ["esm", "cjs"],
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  dts: false,
  target: "es2022",
  tsconfig: "tsconfig.json",
  external: ["vitest", "fast-check", "fp-ts"]
})
