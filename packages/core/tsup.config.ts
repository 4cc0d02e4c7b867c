import { defineConfig } from "tsup"

/**
 * JavaScript only (ESM + CJS, shared chunks so that importing one entry pulls
 * only what it uses). Declarations come from tsc, file by file (see the build
 * script): bundled declarations lose names that are both a value and a type,
 * such as a schema and its type.
 */
export default defineConfig({
  entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
  format: ["esm", "cjs"],
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  dts: false,
  target: "es2022",
  tsconfig: "tsconfig.json",
  external: ["vitest", "fast-check"]
})
