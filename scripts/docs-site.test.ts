/**
 * The docs site and its guides, in `pnpm test` (after the packages are built):
 *
 * - `vitepress build docs` into a temporary directory succeeds (it fails on a
 *   dead link) and the site, in Chinese at its root and in English under /en/,
 *   has the generated rule catalogue (every rule, with its articles' Chinese
 *   text and gloss), the coverage table (every article), a page per machine
 *   with its diagram and actor table, the guides, and the TypeDoc API pages;
 * - in headless Chromium, the Chinese home page, every machine page's diagram
 *   drawn as an SVG, and the playground deciding a seal request and stepping a
 *   seal-signing case (screenshots of the three go to the temporary directory);
 * - the guides' commands work: every `pnpm <script>` names a real script; the
 *   `pnpm -s <script>` commands of the examples are run and their output is
 *   compared with the `text` block that follows them in the guide; the Effect
 *   guide's program is type-checked against the sources and run (in memory and
 *   on PostgreSQL); the operator guide's keys file and curl commands are run
 *   against the reference server on PostgreSQL.
 */
import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import type { Server } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import type { Browser, BrowserContext } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import * as Catalogue from "../packages/core/src/catalogue/Catalogue.ts"
import * as Registry from "../packages/core/src/registry.ts"
import { chromiumPath, decideContract, diagramsDrawn, launch, screenshots, serve } from "./docs-browser.ts"

const root = join(new URL(".", import.meta.url).pathname, "..")
/** The guides of both locales: Chinese (the site's root) and English. */
const guideDirs = [join(root, "docs/guides"), join(root, "docs/en/guides")]
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
/** A guide by its path under docs/, e.g. `en/guides/cli.md`. */
const guide = (name: string) => readFileSync(join(root, "docs", name), "utf8")
const guideFiles = guideDirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith(".md"))
    .map((f) => `${d.slice(join(root, "docs").length + 1)}/${f}`)
)

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
  it("builds without a dead link", { timeout: 240_000 }, async () => {
    const r = await build
    expect(r.stdout).toContain("build complete")
  })

  it("is Chinese first: the root is zh-CN, English is under /en/, each page in both", async () => {
    await build
    expect(page("index.html")).toMatch(/<html lang="zh-CN"/u)
    expect(text(page("index.html"))).toContain("把上海市电子政务法规写成代码")
    expect(page("en/index.html")).toMatch(/<html lang="en"/u)
    expect(text(page("en/index.html"))).toContain("Shanghai e-government regulations as code")
    for (const p of [
      "playground",
      "design",
      "contributing",
      "reference/rules",
      "reference/coverage",
      "reference/rules-changelog"
    ]) {
      expect(page(`${p}.html`), p).toMatch(/<html lang="zh-CN"/u)
      expect(page(`en/${p}.html`), p).toMatch(/<html lang="en"/u)
    }
  })

  it("has the rule catalogue in both languages: every rule, with its articles' Chinese text and English gloss and its code", async () => {
    await build
    for (const [file, code] of [
      ["reference/rules.html", "代码: packages/core/src/seals/"],
      ["en/reference/rules.html", "code: packages/core/src/seals/"]
    ] as const) {
      const rules = text(page(file))
      for (const r of Registry.rules) {
        expect(rules, r.id).toContain(r.id)
        expect(rules, r.id).toContain(squash(r.title.zh))
        for (const c of r.citations) {
          const a = Catalogue.getArticle(c)
          expect(rules, c).toContain(squash(a?.glossEn).slice(0, 60))
          expect(rules, c).toContain(squash(a?.textZh.split("\n")[0]).slice(0, 40))
        }
      }
      expect(rules).toContain(code)
    }
  })

  it("has the coverage table in both languages: every catalogued article with what the SDK does with it", async () => {
    await build
    for (const file of ["reference/coverage.html", "en/reference/coverage.html"]) {
      const coverage = text(page(file))
      for (const a of Catalogue.articles) expect(coverage, a.id).toContain(a.id)
      for (const status of ["encoded:", "not-a-rule:"]) expect(coverage).toContain(status)
    }
  })

  it("has a page per machine in both languages with its diagram (drawn from Mermaid), states and actor table, listed on the home pages", async () => {
    await build
    for (const m of Registry.machines) {
      const file = m.id.replace("/", "-")
      for (const [lang, home] of [
        ["", "index.html"],
        ["en/", "en/index.html"]
      ] as const) {
        const html = page(`${lang}reference/machines/${file}.html`)
        expect(html, m.id).toContain('class="machine-diagram"')
        expect(text(html), m.id).toContain("stateDiagram-v2")
        expect(html, m.id).toContain('id="actor-table"')
        expect(html, m.id).toContain('id="states"')
        expect(text(html), m.id).toContain(lang === "" ? m.title.zh : m.title.en)
        expect(page(home), m.id).toContain(`/${lang}reference/machines/${file}.html`)
      }
      expect(page(`reference/machines/${file}.mmd`)).toContain("stateDiagram-v2")
    }
  })

  it("has the guides in both languages and the API pages generated by TypeDoc from the exports' doc comments", async () => {
    await build
    for (const g of guideFiles) expect(page(g.replace(/\.md$/u, ".html")), g).toContain("</h1>")
    expect(text(page("en/api/core.html"))).toContain("@zhengwu/core")
    const validator = text(page("en/api/core.Validator.html"))
    expect(validator).toContain("decideUnknown")
    expect(validator).toContain("Decode, then decide.")
    expect(text(page("en/api/core.Seals.html"))).toContain("Electronic seals (电子印章), xuhui-eseal-2015.")
    expect(text(page("en/api/core-fp-ts.html"))).toContain("decodeAndDecide")
    expect(text(page("en/api/adapters-postgres.Storage.html"))).toContain("layerPostgres")
    expect(text(page("guides/embedding-plain.html"))).toContain("Validator.decodeInput(Seals.use)(sealForm)")
    expect(text(page("en/guides/embedding-plain.html"))).toContain("Validator.decodeInput(Seals.use)(sealForm)")
  })
})

// --- the site in a browser ----------------------------------------------------------------------------------

const hasChromium = existsSync(chromiumPath)
if (!hasChromium && process.env.CI) throw new Error(`${chromiumPath} is missing (CI installs Debian's chromium)`)

describe.skipIf(!hasChromium)("the docs site in headless Chromium", () => {
  let url = ""
  let server: Server | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    await build
    const served = await serve(site)
    url = served.url
    server = served.server
    browser = await launch()
  }, 240_000)
  afterAll(async () => {
    await browser?.close()
    server?.close()
  })
  // One browser context for the whole suite, so that mermaid's modules are fetched once.
  let context: BrowserContext | undefined
  const open = async (path: string) => {
    context ??= await (browser as Browser).newContext({ viewport: { width: 1280, height: 900 } })
    const p = await context.newPage()
    await p.goto(`${url}${path}`)
    return p
  }

  it("the home page is Chinese, set in a font stack that names CJK fonts", async () => {
    const p = await open("/")
    expect(await p.getAttribute("html", "lang")).toBe("zh-CN")
    expect(await p.textContent(".VPHero")).toContain("把上海市电子政务法规写成代码")
    const font = await p.evaluate(() => getComputedStyle(document.body).fontFamily)
    for (const f of ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC"]) expect(font).toContain(f)
    await p.close()
  })

  // The English pages draw with the same component: one of them is enough to show it.
  it("every machine page shows its diagram as an SVG with each state and event, and so does an English one", {
    timeout: 120_000
  }, async () => {
    const p = await open("/")
    for (const m of Registry.machines) {
      for (const lang of m.id === "seals/signing" ? ["", "/en"] : [""]) {
        await p.goto(`${url}${lang}/reference/machines/${m.id.replace("/", "-")}.html`)
        expect(await diagramsDrawn(p), m.id).toBe(1)
        const svg = (await p.textContent(".machine-diagram svg")) ?? ""
        for (const state of Object.keys(m.states)) expect(svg, `${m.id} ${state}`).toContain(state)
        for (const t of m.transitions) expect(svg, `${m.id} ${t.event}`).toContain(t.event)
      }
    }
    await p.close()
  })

  it("the playground decides a 2026 contract seal request: refused under xuhui-eseal-2015 art 4, with the article's text", {
    timeout: 60_000
  }, async () => {
    const p = await open("/playground.html")
    await decideContract(p)
    const finding = p.locator(".pg-finding[data-rule='seals/document-kind-permitted']")
    expect(await finding.textContent()).toContain("电子印章不得在合同中使用")
    const article = finding.locator("[data-article='xuhui-eseal-2015/4']")
    expect(await article.textContent()).toContain("不得在合同、协议、委托书等文书或资料以及涉密、涉敏文件中使用")
    expect(await article.textContent()).toContain("Electronic seals may be used only on notices")
    const input = p.locator("[data-testid='input']")
    await input.fill('{"documentKind": "memo"')
    await p.waitForSelector("[data-testid='result'][data-kind='json-error']")
    await input.fill(JSON.stringify({ documentKind: "memo" }))
    await p.waitForSelector("[data-testid='problems']")
    await p.close()
  })

  it("the playground steps a 2026 seal-signing case: a drafter's approval refused under art 7, the state unchanged; then sealed", {
    timeout: 60_000
  }, async () => {
    const p = await open("/en/playground.html?select=seals/signing")
    await p.waitForSelector(".playground[data-selected='seals/signing']")
    await p.click("[data-testid='start']")
    await p.waitForSelector("[data-testid='state']")
    await p.click("[data-testid='fire-submit']")
    await p.waitForSelector("[data-testid='fire-approve']")
    await p.selectOption("[data-testid='actor-approve']", "demo-unit|drafter")
    await p.click("[data-testid='fire-approve']")
    await p.waitForSelector("[data-testid='outcome'][data-outcome='refused']")
    expect(await p.textContent("[data-testid='result']")).toContain("seals/signing/actor-permitted")
    expect(await p.textContent("[data-testid='state']")).toContain("awaiting-approval")
    await p.selectOption("[data-testid='actor-approve']", "demo-unit|seal-approver")
    await p.click("[data-testid='fire-approve']")
    await p.click("[data-testid='fire-apply-seal']")
    await p.waitForSelector("text=The case is over")
    expect(await p.textContent("[data-testid='state']")).toContain("sealed")
    expect(await p.locator("[data-testid='steps'] li").count()).toBe(4)
    await p.close()
  })

  it("takes the screenshots the docs show: the Chinese home page, a drawn machine, the playground deciding", {
    timeout: 60_000
  }, async () => {
    const written = await screenshots(site, join(tmp, "screenshots"))
    expect(written.map((f) => f.slice(f.lastIndexOf("/") + 1))).toEqual([
      "home-zh.png",
      "machine-seals-signing-zh.png",
      "playground-seal-refused-zh.png"
    ])
    for (const f of written) expect(statSync(f).size, f).toBeGreaterThan(20_000)
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

  it("each Chinese guide shows the same commands, files and outputs as its English one (the CLI's and the impact report's differ by language)", () => {
    const zh = guideFiles.filter((g) => g.startsWith("guides/"))
    expect(zh.map((g) => `en/${g}`).sort()).toEqual(guideFiles.filter((g) => g.startsWith("en/")).sort())
    for (const g of zh.filter((x) => x !== "guides/cli.md" && x !== "guides/impact.md")) {
      expect(
        fences(guide(g)).map((f) => f.body),
        g
      ).toEqual(fences(guide(`en/${g}`)).map((f) => f.body))
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
  const snippet = join(root, "docs/guides/snippets/effect-services.ts")
  const shown = () => {
    const md = guide("en/guides/effect-services.md")
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
        files: readdirSync(join(root, "docs/guides/snippets"))
          .filter((f) => f.endsWith(".ts"))
          .map((f) => join(root, "docs/guides/snippets", f))
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
      const md = guide("en/guides/operating-the-server.md")
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
      const md = guide("en/guides/operating-the-server.md")
      const blocks = fences(md)
      const start = blocks.findIndex((f) => f.info === "sh" && f.body.includes("pnpm start"))
      const port = new URL(url).port
      expect(banner.trimEnd()).toBe(blocks[start + 1]?.body.trimEnd().replaceAll("127.0.0.1:3000", `127.0.0.1:${port}`))
    })

    it("runs the guide's curl commands: a decision, a case approved by the right key and refused to the wrong one, the audit verified", {
      timeout: 60_000
    }, async () => {
      const block = fences(guide("en/guides/operating-the-server.md")).find((f) => f.marker === "server")
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
