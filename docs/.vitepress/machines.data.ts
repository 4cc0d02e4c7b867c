/**
 * The machines for the home page's list, read at build time from the JSON that
 * `pnpm docs:generate` writes beside each machine page (docs/reference/machines).
 */
import { readFileSync } from "node:fs"
import { basename } from "node:path"
import { defineLoader } from "vitepress"

export interface MachineSummary {
  readonly id: string
  readonly page: string
  readonly title: { readonly zh: string; readonly en: string }
  readonly citations: ReadonlyArray<string>
  readonly states: number
  readonly transitions: number
}

declare const data: ReadonlyArray<MachineSummary>

export { data }

export default defineLoader({
  watch: ["../reference/machines/*.json"],
  load: (files: string[]): ReadonlyArray<MachineSummary> =>
    files.sort().map((file) => {
      const m = JSON.parse(readFileSync(file, "utf8")) as {
        id: string
        title: { zh: string; en: string }
        citations: string[]
        states: unknown[]
        transitions: unknown[]
      }
      return {
        id: m.id,
        page: `/reference/machines/${basename(file, ".json")}`,
        title: m.title,
        citations: m.citations,
        states: m.states.length,
        transitions: m.transitions.length
      }
    })
})
