/**
 * The page in real Chromium (Debian's `chromium`, driven by playwright-core,
 * no browser download): vite builds it into a temporary directory, a tiny
 * node:http server serves the files on a free loopback port, and the test
 * fills the form, submits it and reads the findings the page shows.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { extname, join, normalize } from "node:path"
import { gzipSync } from "node:zlib"
import { Catalogue, Registry } from "@zhengwu/core"
import type { Browser, Page } from "playwright-core"
import { build } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { chromiumPath as executablePath, launchChromium } from "../../../scripts/chromium.ts"

const root = new URL("..", import.meta.url).pathname
const haveChromium = existsSync(executablePath)
if (!haveChromium && process.env.CI) throw new Error(`${executablePath} is missing: CI installs it (.ci/run)`)

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8"
}

const serve = (dir: string): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
        /^(\.\.[/\\])+/u,
        ""
      )
      const file = join(dir, path.endsWith("/") ? `${path}index.html` : path)
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end("not found")
        return
      }
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
      res.end(readFileSync(file))
    })
    server.listen(0, "127.0.0.1", () => resolve(server))
  })

describe.skipIf(!haveChromium)("browser-validator: a project application form checked in headless Chromium", () => {
  let out = ""
  let server: Server
  let browser: Browser
  let page: Page
  let url = ""

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "zhengwu-browser-"))
    await build({
      root,
      configFile: join(root, "vite.config.ts"),
      logLevel: "silent",
      build: { outDir: out, emptyOutDir: true }
    })
    server = await serve(out)
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    browser = await launchChromium()
    page = await browser.newPage()
    const errors: string[] = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.goto(url)
    await page.waitForSelector("body[data-ready=true]")
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((r) => server?.close(r))
    rmSync(out, { recursive: true, force: true })
  })

  const check = async () => {
    await page.evaluate(() => {
      const r = document.querySelector<HTMLElement>("#result")
      if (r !== null) delete r.dataset.outcome
    })
    await page.click("button[type=submit]")
    await page.waitForSelector("#result[data-outcome]")
    return page.evaluate(() => ({
      outcome: document.querySelector<HTMLElement>("#result")?.dataset.outcome,
      heading: document.querySelector("#result h2")?.textContent,
      findings: [...document.querySelectorAll<HTMLElement>("#result li.finding")].map((li) => ({
        rule: li.dataset.rule,
        citations: li.dataset.citations,
        zh: li.querySelector(".zh")?.textContent,
        en: li.querySelector(".en")?.textContent
      })),
      problems: [...document.querySelectorAll<HTMLElement>("#result li.problem")].map((li) => ({
        path: li.dataset.path,
        message: li.textContent
      }))
    }))
  }

  it("the bundle is one page and one script; its size is reported", () => {
    const assets = readdirSync(join(out, "assets")).filter((f) => f.endsWith(".js"))
    expect(assets).toHaveLength(1)
    const js = readFileSync(join(out, "assets", assets[0] as string))
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`
    console.log(`browser-validator bundle: ${kb(js.length)} minified, ${kb(gzipSync(js).length)} gzip`)
    expect(gzipSync(js).length).toBeLessThan(100 * 1024)
  })

  it("the page ships the approvals procedure alone (with the networks and security rules it applies to a project application, one rule per clause): no other procedure's rule, no article text", () => {
    const assets = readdirSync(join(out, "assets")).filter((f) => f.endsWith(".js"))
    const js = assets.map((f) => readFileSync(join(out, "assets", f), "utf8")).join("\n")
    // approvals and the networks and security rules it applies to a project's application (Rule.contramap)
    const reused = new Set(["approvals", "networks", "security"])
    // every rule of any other procedure stays out of the page
    const others = Registry.rules.filter((r) => !reused.has(r.id.split("/")[0] ?? "")).map((r) => r.id)
    // a string in the minified script, whichever quotes the minifier chose
    const ships = (s: string) => ['"', "'", "`"].some((q) => js.includes(`${q}${s}${q}`))
    expect(ships("approvals/website-filed")).toBe(true)
    expect(ships("networks/public-facing-system-on-extranet")).toBe(true)
    expect(others.length).toBeGreaterThan(40)
    expect(others.filter(ships)).toEqual([])
    // the articles' modules stay out (their English glosses are written nowhere else; a rule may quote the Chinese)
    const glosses = Catalogue.articles.map((a) => a.glossEn).filter((t) => t.length >= 40)
    expect(glosses.length).toBeGreaterThan(100)
    expect(glosses.filter((t) => js.includes(t.slice(0, 40)))).toEqual([])
  })

  it("a 2026 public-facing system built on the internal network is refused under sh-egov-2012 art 17", async () => {
    await page.selectOption("select[name=builtOn]", "internal-network")
    const r = await check()
    expect(r.outcome).toBe("refused")
    expect(r.heading).toBe("refused (approvals/submission, as of 2026-03-02)")
    expect(r.findings).toEqual([
      {
        rule: "networks/public-facing-system-on-extranet",
        citations: "sh-egov-2012/17",
        zh: "面向社会公众的应用系统应当基于政务外网组织实施：「健康云」位于「政务内网」（政务内网）",
        en: "public-facing systems must be built on the extranet: “健康云” is on “政务内网” (the internal network)"
      }
    ])
  })

  it("the same system on the extranet is allowed, each applicable rule shown with its articles", async () => {
    await page.selectOption("select[name=builtOn]", "extranet")
    const r = await check()
    expect(r.outcome).toBe("allowed")
    expect(r.findings.map((f) => f.rule)).toContain("networks/public-facing-system-on-extranet")
    expect(r.findings.find((f) => f.rule === "security/licensed-software")?.citations).toBe("sh-egov-2012/33")
  })

  it("unlicensed software is refused under art 33, alongside the other violations", async () => {
    await page.uncheck("input[name=licensed]")
    await page.selectOption("select[name=builtOn]", "business-private-network")
    const r = await check()
    expect(r.outcome).toBe("refused")
    expect(r.findings.map((f) => f.rule).sort()).toEqual([
      "networks/public-facing-system-on-extranet",
      "security/licensed-software"
    ])
    await page.check("input[name=licensed]")
    await page.selectOption("select[name=builtOn]", "extranet")
  })

  it("an empty project name is bad input: the page names the path and decides nothing", async () => {
    await page.fill("input[name=name]", "")
    const r = await check()
    expect(r.outcome).toBe("invalid-input")
    expect(r.findings).toEqual([])
    expect(r.problems.map((p) => p.path)).toEqual(["name"])
    await page.fill("input[name=name]", "健康云")
  })
})
