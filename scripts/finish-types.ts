/**
 * Finishes a package's declarations after `tsc --emitDeclarationOnly` wrote them
 * to dist/types: relative `.ts` specifiers become `.js` (what the published
 * JavaScript is called), and a copy in dist/types-cjs, marked CommonJS by its
 * own package.json, serves `require` consumers.
 * Run from the package directory: `node ../../scripts/finish-types.ts`.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"

const esm = join(process.cwd(), "dist/types")
const cjs = join(process.cwd(), "dist/types-cjs")

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })

const relativeTs = /((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']+)\.ts(["'])/gu

for (const file of walk(esm).filter((f) => f.endsWith(".d.ts"))) {
  const text = readFileSync(file, "utf8")
  const fixed = text.replace(relativeTs, "$1$2.js$3")
  if (fixed !== text) writeFileSync(file, fixed)
}
rmSync(cjs, { recursive: true, force: true })
cpSync(esm, cjs, { recursive: true })
writeFileSync(join(cjs, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`)
