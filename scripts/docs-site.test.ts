/**
 * The docs site and its guides, in `pnpm test` (after the packages are built):
 *
 * - `vitepress build docs` into a temporary directory succeeds (it fails on a
 *   dead link) and the site has the generated rule catalogue (every rule, with
 *   its articles' Chinese text and gloss), the coverage table (every article),
 *   a page per machine with its diagram and actor table, and the API pages;
 * - the guides' commands work: every `pnpm <script>` names a real script; the
 *   `pnpm -s <script>` commands of the examples are run and their output is
 *   compared with the `text` block that follows them in the guide; the Effect
 *   guide's program is type-checked against the sources and run (in memory and
 *   on PostgreSQL); the operator guide's keys file and curl commands are run
 *   against the reference server on PostgreSQL.
 */
import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import * as Catalogue from "../packages/core/src/catalogue/Catalogue.ts"
import * as Registry from "../packages/core/src/registry.ts"

const root = join(new URL(".", import.meta.url).pathname, "..")
const guides = join(root, "docs/guides")
const run = promisify(execFile)
const tmp = mkdtempSync(join(tmpdir(), "zhengwu-docs-"))
const site = join(tmp, "site")
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> })
  .scripts

/** Every fenced block of a markdown file, with the line before it (for `<!-- docs-test: … -->` markers). */
const fences = (md: string) => {
  const out: Array<{ info: string; body: string; marker: string | null; end: number }> = []
  const re = /(?:<!-- docs-test: ([\w-]+) -->\s*\n\s*\n)?^```([^\n]*)\n([\s\S]*?)^```$/gmu
  for (const m of md.matchAll(re)) {
    out.push({ marker: m[1] ?? null, info: (m[2] ?? "").trim(), body: m[3] ?? "", end: (m.index ?? 0) + m[0].length })
  }
  return out
}
/** Shell lines with `\` continuations joined, comments and blank lines dropped (a trailing `# …` is kept apart). */
const commands = (body: string) =>
  body
    .replace(/\\\n\s*/gu, "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
const guide = (name: string) => readFileSync(join(guides, name), "utf8")
const guideFiles = readdirSync(guides).filter((f) => f.endsWith(".md"))

// --- the site ---------------------------------------------------------------------------------------------

let build: Promise<{ stdout: string; stderr: string }>
beforeAll(() => {
  build = run(
    process.execPath,
    [join(root, "node_modules/vitepress/bin/vitepress.js"), "build", "docs", "--outDir", site],
    {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024
    }
  )
  build.catch(() => undefined)
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const page = (path: string) => readFileSync(join(site, path), "utf8")
/** Text of an HTML page, tags removed and entities of the kind VitePress writes decoded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/gu, "")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&")
    .replace(/\s+/gu, " ")
const squash = (s: string | undefined) => (s ?? "").replace(/\s+/gu, " ").trim()

describe("the docs site (vitepress build)", () => {
  it("builds without a dead link", { timeout: 180_000 }, async () => {
    const r = await build
    expect(r.stdout).toContain("build complete")
  })

  it("has the rule catalogue: every rule, with its articles' Chinese text and English gloss and its code", async () => {
    await build
    const rules = text(page("reference/rules.html"))
    for (const r of Registry.rules) {
      expect(rules, r.id).toContain(r.id)
      for (const c of r.citations) {
        const a = Catalogue.getArticle(c)
        expect(rules, c).toContain(squash(a?.glossEn).slice(0, 60))
        expect(rules, c).toContain(squash(a?.textZh.split("\n")[0]).slice(0, 40))
      }
    }
    expect(rules).toContain("code: packages/core/src/seals/")
  })

  it("has the coverage table: every catalogued article with what the SDK does with it", async () => {
    await build
    const coverage = text(page("reference/coverage.html"))
    for (const a of Catalogue.articles) expect(coverage, a.id).toContain(a.id)
    for (const status of ["encoded:", "not-a-rule:"]) expect(coverage).toContain(status)
  })

  it("has a page per machine with its diagram (Mermaid source and file) and actor table, listed on the home page", async () => {
    await build
    const home = page("index.html")
    for (const m of Registry.machines) {
      const file = m.id.replace("/", "-")
      const html = page(`reference/machines/${file}.html`)
      expect(html, m.id).toContain("language-mermaid")
      expect(text(html), m.id).toContain("stateDiagram-v2")
      expect(html, m.id).toContain('id="actor-table"')
      expect(page(`reference/machines/${file}.mmd`)).toContain("stateDiagram-v2")
      expect(home, m.id).toContain(`/reference/machines/${file}.html`)
    }
  })

  it("has the guides and the API pages generated from the exports' doc comments", async () => {
    await build
    for (const g of guideFiles) expect(page(`guides/${g.replace(/\.md$/u, ".html")}`)).toContain("</h1>")
    const core = text(page("api/core.html"))
    expect(core).toContain("Validator.decideUnknown")
    expect(core).toContain("Decode, then decide.")
    expect(text(page("api/core-fp-ts.html"))).toContain("decodeAndDecide")
    expect(text(page("api/adapters-postgres.html"))).toContain("Storage.layerPostgres")
    expect(text(page("guides/embedding-plain.html"))).toContain("Validator.decodeInput(Seals.use)(sealForm)")
  })
})

// --- the guides' commands -----------------------------------------------------------------------------------

describe("the guides' commands", () => {
  it("every `pnpm <script>` in the guides is a script of the root package.json (or pnpm's own command)", () => {
    const builtins = new Set(["install", "exec", "-s"])
    for (const g of guideFiles) {
      for (const f of fences(guide(g)).filter((x) => x.info === "sh")) {
        for (const c of commands(f.body)) {
          for (const m of c.matchAll(/\bpnpm (?:-s )?([\w:-]+)/gu)) {
            const name = m[1] ?? ""
            expect(builtins.has(name) || name in scripts, `${g}: pnpm ${name}`).toBe(true)
          }
        }
      }
    }
  })

  it("the examples' `pnpm -s` commands print what the guides show, with the exit codes they state", () => {
    let checked = 0
    for (const g of guideFiles) {
      const md = guide(g)
      const blocks = fences(md)
      blocks.forEach((f, i) => {
        if (f.info !== "sh") return
        const next = blocks[i + 1]
        for (const c of commands(f.body)) {
          const m = /^pnpm -s ([\w:-]+)((?: [^#]+?)?)\s*(?:# exits (\d))?$/u.exec(c)
          const script = m?.[1] === undefined ? undefined : scripts[m[1]]
          if (m === null || script === undefined || !/^node [\w./-]+\.ts$/u.test(script)) continue
          const args = (m[2] ?? "").trim().split(/\s+/u).filter(Boolean)
          const r = spawnSync(process.execPath, [script.slice(5), ...args], { cwd: root, encoding: "utf8" })
          expect(r.status, `${g}: ${c}\n${r.stderr}`).toBe(Number(m[3] ?? "0"))
          if (next?.info === "text" && commands(f.body).length === 1) {
            expect(r.stdout.trimEnd(), `${g}: ${c}`).toBe(next.body.trimEnd())
          }
          checked++
        }
      })
    }
    expect(checked).toBeGreaterThanOrEqual(5)
  })

  const hook = `data:text/javascript,${encodeURIComponent(
    `import { registerHooks } from "node:module";
     const anchor = ${JSON.stringify(`file://${join(root, "examples/reference-server/main.ts")}`)};
     registerHooks({ resolve: (s, c, n) => n(s, /^(@zhengwu\\/|effect(\\/|$))/u.test(s) ? { ...c, parentURL: anchor } : c) })`
  )}`
  const snippet = join(guides, "snippets/effect-services.ts")
  const shown = () => {
    const md = guide("effect-services.md")
    const after = md.slice(md.indexOf("<<< @/guides/snippets/effect-services.ts"))
    return fences(after)
      .find((f) => f.info === "text")
      ?.body.trimEnd()
  }

  it("the Effect guide's program type-checks against the packages' sources", { timeout: 120_000 }, async () => {
    const config = join(tmp, "tsconfig.snippets.json")
    const src = (p: string) => join(root, "packages", p)
    writeFileSync(
      config,
      JSON.stringify({
        extends: join(root, "tsconfig.base.json"),
        compilerOptions: {
          types: ["node"],
          typeRoots: [join(root, "node_modules/@types")],
          paths: {
            "@zhengwu/core": [src("core/src/index.ts")],
            "@zhengwu/core/testing": [src("core/src/testing/index.ts")],
            "@zhengwu/core/fp-ts": [src("core/src/fp-ts.ts")],
            "@zhengwu/adapters-http": [src("adapters-http/src/index.ts")],
            "@zhengwu/adapters-postgres": [src("adapters-postgres/src/index.ts")]
          }
        },
        files: readdirSync(join(guides, "snippets"))
          .filter((f) => f.endsWith(".ts"))
          .map((f) => join(guides, "snippets", f))
      })
    )
    const tsc = join(root, "node_modules/typescript/bin/tsc")
    const r = await run(process.execPath, [tsc, "-p", config, "--noEmit"], { cwd: root }).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout })
    )
    expect(r.stdout).toBe("")
  })

  it("the Effect guide's program prints what the guide shows, in memory and on PostgreSQL", {
    timeout: 60_000
  }, async () => {
    const memory = await run(process.execPath, ["--import", hook, snippet], { cwd: root })
    expect(memory.stdout.trimEnd()).toBe(shown())
    const env = { ...process.env, DATABASE_URL: inject("pgUrl"), ZHENGWU_DB_SCHEMA: `docs_effect_${process.pid}` }
    const postgres = await run(process.execPath, ["--import", hook, snippet], { cwd: root, env })
    expect(postgres.stdout.trimEnd()).toBe(shown())
  })

  describe("operating the server: the guide's keys file and commands against PostgreSQL", () => {
    let server: ChildProcess | undefined
    let banner = ""
    let url = ""

    beforeAll(async () => {
      const md = guide("operating-the-server.md")
      const keys = fences(md).find((f) => f.marker === "keys")
      if (keys === undefined) throw new Error("no <!-- docs-test: keys --> block")
      const keysFile = join(tmp, "keys.json")
      writeFileSync(keysFile, keys.body)
      const child = spawn(process.execPath, [join(root, "examples/reference-server/main.ts")], {
        cwd: root,
        env: {
          ...process.env,
          PORT: "0",
          DATABASE_URL: inject("pgUrl"),
          ZHENGWU_DB_SCHEMA: `docs_guide_${process.pid}`,
          ZHENGWU_API_KEYS_FILE: keysFile,
          ZHENGWU_DEMO: ""
        },
        stdio: ["ignore", "pipe", "pipe"]
      })
      server = child
      url = await new Promise<string>((resolve, reject) => {
        let out = ""
        let err = ""
        child.stderr?.on("data", (d) => {
          err += String(d)
        })
        child.stdout?.on("data", (d) => {
          out += String(d)
          const m = /^Zhengwu reference server on (http:\/\/[^\s]+)[^\n]*\n[^\n]*docs: [^\n]*\n/mu.exec(out)
          if (m?.[1] !== undefined && banner === "") {
            banner = m[0]
            resolve(m[1])
          }
        })
        child.once("exit", (code) => reject(new Error(`server exited ${code}: ${err}`)))
      })
    }, 60_000)

    afterAll(async () => {
      if (server?.exitCode === null) {
        const exited = new Promise((r) => server?.once("exit", r))
        server.kill("SIGTERM")
        await exited
      }
    })

    it("starts with the keys file and prints the banner the guide shows", () => {
      const md = guide("operating-the-server.md")
      const blocks = fences(md)
      const start = blocks.findIndex((f) => f.info === "sh" && f.body.includes("pnpm start"))
      const port = new URL(url).port
      expect(banner.trimEnd()).toBe(blocks[start + 1]?.body.trimEnd().replaceAll("127.0.0.1:3000", `127.0.0.1:${port}`))
    })

    it("runs the guide's curl commands: a decision, a case approved by the right key and refused to the wrong one, the audit verified", {
      timeout: 60_000
    }, async () => {
      const block = fences(guide("operating-the-server.md")).find((f) => f.marker === "server")
      if (block === undefined) throw new Error("no <!-- docs-test: server --> block")
      const script = block.body.replaceAll("http://127.0.0.1:3000", url)
      const r = await run("bash", ["-e", "-o", "pipefail", "-c", script], { cwd: root })
      const out = r.stdout
      expect(out).toContain('{"status":"ok"}')
      expect(out).toContain('{"status":"ready"}')
      expect(out).toContain('"outcome":"allowed"')
      expect(out).toContain('"rule":"seals/signing/actor-permitted"')
      expect(out).toMatch(/"state":"approved"/u)
      expect(out).toMatch(/"ok":true/u)
    })
  })
})
