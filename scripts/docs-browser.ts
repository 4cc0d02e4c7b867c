/**
 * The built docs site in a real browser: a static server for the site on a
 * free loopback port, Debian's headless Chromium through playwright-core (no
 * browser download), and the screenshots the docs show.
 *
 *   node scripts/docs-browser.ts <built-site-dir> [out-dir]   writes the screenshots (default docs/screenshots/)
 *
 * Chinese renders with whatever CJK font the machine has (Debian: `fonts-noto-cjk`).
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { dirname, extname, join, normalize } from "node:path"
import type { Page } from "playwright-core"
import { launchChromium } from "./chromium.ts"

export { chromiumPath } from "./chromium.ts"

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".mmd": "text/plain; charset=utf-8"
}

/** Serves a built site (clean URLs off: `/x` is `/x.html`, `/d/` is `/d/index.html`). */
export const serve = async (dir: string): Promise<{ url: string; server: Server }> => {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname))
    let file = join(dir, path)
    if (!file.startsWith(dir)) file = join(dir, "404.html")
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html")
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`
    const found = existsSync(file)
    res.writeHead(found ? 200 : 404, { "content-type": types[extname(file)] ?? "application/octet-stream" })
    res.end(readFileSync(found ? file : join(dir, "404.html")))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

export const launch = launchChromium

/** Waits until every machine diagram on the page is drawn as an SVG; the number drawn. */
export const diagramsDrawn = async (page: Page): Promise<number> => {
  await page.waitForSelector(".machine-diagram[data-drawn='true'] svg", { timeout: 30_000 })
  return page.locator(".machine-diagram[data-drawn='true'] svg").count()
}

/** The playground deciding a contract seal request: refused under xuhui-eseal-2015 art 4. */
export const decideContract = async (page: Page): Promise<void> => {
  await page.waitForSelector("[data-testid='input']")
  await page.selectOption("[data-testid='select']", "seals/use")
  const input = page.locator("[data-testid='input']")
  const json = JSON.parse(await input.inputValue()) as Record<string, unknown>
  await input.fill(JSON.stringify({ ...json, documentKind: "contract" }, null, 2))
  await page.waitForSelector("[data-testid='outcome'][data-outcome='refused']")
}

export const screenshots = async (site: string, out: string): Promise<ReadonlyArray<string>> => {
  mkdirSync(out, { recursive: true })
  const { url, server } = await serve(site)
  const browser = await launch()
  const written: string[] = []
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })
    const shot = async (name: string) => {
      const path = join(out, name)
      await page.screenshot({ path })
      written.push(path)
    }
    await page.goto(`${url}/`)
    await page.waitForSelector(".VPHero")
    await shot("home-zh.png")
    await page.setViewportSize({ width: 1280, height: 1500 })
    await page.goto(`${url}/reference/machines/seals-signing.html`)
    await diagramsDrawn(page)
    await shot("machine-seals-signing-zh.png")
    await page.goto(`${url}/playground.html`)
    await decideContract(page)
    await shot("playground-seal-refused-zh.png")
  } finally {
    await browser.close()
    server.close()
  }
  return written
}

if (import.meta.main) {
  const [site, out] = process.argv.slice(2)
  if (site === undefined) {
    console.error("usage: node scripts/docs-browser.ts <built-site-dir> [out-dir]")
    process.exit(2)
  }
  const root = join(dirname(new URL(import.meta.url).pathname), "..")
  for (const f of await screenshots(site, out ?? join(root, "docs/screenshots"))) console.log(`wrote ${f}`)
}
