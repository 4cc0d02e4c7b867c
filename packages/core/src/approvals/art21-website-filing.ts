/**
 * sh-egov-2012 art 21 (last sentence):
 * 各单位要建立政府网站开办备案制度,加强网站新建、变更情况的备案,提高网站安全防护和管理水平。
 *
 * Every unit sets up a filing system for opening government websites and
 * files each new site and each change. The article names no recipient: the
 * filing goes into the unit's own filing system, so the machine records the
 * filing reference the unit gives. The rest of art 21 (content, consolidation
 * into a unified portal "in principle") names no act a case can be checked on.
 */
import * as Rule from "../decision/Rule.ts"
import type { WebsiteFilingRecord } from "./model.ts"

export const websiteFiled = Rule.make<{
  readonly occasion: "opening" | "change"
  readonly filing: WebsiteFilingRecord | null
}>({
  id: "approvals/website-filed",
  title: { zh: "政府网站新建、变更情况备案", en: "a government website's opening and every change are filed" },
  citations: ["sh-egov-2012/21"],
  check: ({ occasion, filing }) =>
    filing === null
      ? Rule.violated(
          occasion === "opening" ? "the website is opened without a filing" : "the website is changed without a filing",
          occasion === "opening" ? "网站新建未备案" : "网站变更未备案",
          { occasion, filing: null }
        )
      : Rule.satisfied(
          `the ${occasion} is filed as “${filing.reference}”`,
          `网站${occasion === "opening" ? "新建" : "变更"}已备案：「${filing.reference}」`,
          { occasion, filing: filing.reference }
        )
})
