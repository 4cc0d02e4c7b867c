/**
 * Debian's Chromium, headless, through playwright-core (no browser download;
 * `.ci/run` installs the `chromium` package): the one way the browser tests
 * launch it, with no background networking.
 */
import { type Browser, chromium } from "playwright-core"

export const chromiumPath = "/usr/bin/chromium"

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run"
    ]
  })
