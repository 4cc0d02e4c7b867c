/**
 * The counts that the README and the docs state in prose ("15 Shanghai
 * e-government documents", "15 份文件") are the catalogue's and the registry's,
 * never typed by hand: `withCounts` rewrites every such number to the current
 * count, `pnpm docs:generate` applies it, and the docs test fails when a page
 * states another number.
 */
import { Catalogue, Registry } from "../packages/core/src/index.ts"

export interface Counts {
  readonly documents: number
  readonly articles: number
  readonly rules: number
  readonly validators: number
  readonly machines: number
}

export const counts = (): Counts => ({
  documents: Catalogue.documents.length,
  articles: Catalogue.articles.length,
  rules: Registry.rules.length,
  validators: Registry.validators.length,
  machines: Registry.machines.length
})

/** How each count is written, in English and in Chinese: the number, then what it counts. */
const patterns: ReadonlyArray<readonly [keyof Counts, RegExp]> = [
  ["documents", /\b\d+(?= (?:Shanghai )?(?:e-government )?documents\b)/gu],
  ["articles", /\b\d+(?= articles\b)/gu],
  ["rules", /\b\d+(?= rules\b)/gu],
  ["validators", /\b\d+(?= validators\b)/gu],
  ["machines", /\b\d+(?= (?:state )?machines\b)/gu],
  ["documents", /\d+(?= ?(?:份|部)(?:上海市?)?(?:电子政务)?(?:文件|规范性文件|法规文件))/gu],
  ["articles", /\d+(?= ?条条款)/gu],
  ["rules", /\d+(?= ?条规则)/gu],
  ["validators", /\d+(?= ?个校验器)/gu],
  ["machines", /\d+(?= ?个状态机)/gu]
]

/** Every count a text states, with what it counts and the number written. */
export const statedCounts = (text: string): ReadonlyArray<{ what: keyof Counts; stated: number; at: number }> =>
  patterns.flatMap(([what, re]) =>
    [...text.matchAll(re)].map((m) => ({ what, stated: Number(m[0]), at: m.index ?? 0 }))
  )

/** The text with every stated count replaced by the current one. */
export const withCounts = (text: string, c: Counts): string =>
  patterns.reduce((t, [what, re]) => t.replace(re, String(c[what])), text)
