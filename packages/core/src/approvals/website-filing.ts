/**
 * A government website's opening and changes, each filed (备案), sh-egov-2012
 * art 21. The unit that runs the site (the case's `websiteUnit`) opens and
 * changes it, each time with the reference of the filing in its own filing
 * system: art 21 has every unit set up that system and names no recipient.
 * Closing a site is not in the article and not in the machine. The role
 * (`website-operator`) is the SDK's name.
 *
 * Articles encoded (the machine, its guards and its actor table): "sh-egov-2012/21".
 */
import * as Schema from "effect/Schema"
import * as Rule from "../decision/Rule.ts"
import type { ActorRule } from "../machine/Actor.ts"
import * as Machine from "../machine/Machine.ts"
import { cite, generalOfficeOversight } from "./agencies.ts"
import { websiteFiled } from "./art21-website-filing.ts"
import { Website, WebsiteFilingRecord } from "./model.ts"

export const WebsiteContext = Schema.Struct({
  website: Website,
  filings: Schema.Array(
    Schema.Struct({ occasion: Schema.Literals(["opening", "change"]), reference: Schema.String, note: Schema.String })
  )
})
export type WebsiteContext = typeof WebsiteContext.Type

const Opening = Schema.Struct({ filing: Schema.NullOr(WebsiteFilingRecord) })
const Change = Schema.Struct({ description: Schema.NonEmptyString, filing: Schema.NullOr(WebsiteFilingRecord) })

export type WebsiteEvents = {
  readonly open: typeof Opening.Type
  readonly change: typeof Change.Type
}
export type WebsiteEvent = Machine.MachineEvent<WebsiteEvents>
export type WebsiteState = "planned" | "open"

type Input = Machine.GuardInput<WebsiteContext, WebsiteEvents>
const operator: ActorRule = {
  agency: { kind: "case", ref: "websiteUnit" },
  role: "website-operator",
  citations: cite("sh-egov-2012/21")
}

export const websiteFiling = Machine.make<WebsiteState, WebsiteContext, WebsiteEvents>()({
  id: "approvals/website-filing",
  title: { zh: "政府网站开办、变更备案", en: "filing a government website's opening and changes" },
  citations: cite("sh-egov-2012/21"),
  initial: "planned",
  /** What a caller sends to start a case; the first context is derived from it. */
  input: Schema.Struct({ website: Website }),
  initialContext: (input) => newWebsiteContext(input.website),
  context: WebsiteContext,
  roles: {
    "website-operator": { zh: "网站主办单位", en: "website operator" }
  },
  states: {
    planned: { description: { zh: "网站拟开办", en: "planned, not yet open" } },
    open: { description: { zh: "网站已开办并备案", en: "open, with its opening filed" } }
  },
  events: {
    open: { description: { zh: "开办网站并备案", en: "open the site, with its filing" }, payload: Opening },
    change: { description: { zh: "变更网站并备案", en: "change the site, with its filing" }, payload: Change }
  },
  transitions: [
    {
      from: "planned",
      event: "open",
      to: "open",
      guards: ["openingFiled"],
      actors: [operator],
      action: "recordFiling"
    },
    { from: "open", event: "change", to: "open", guards: ["changeFiled"], actors: [operator], action: "recordFiling" }
  ],
  guards: {
    openingFiled: Rule.contramap(websiteFiled, (i: Input) => ({
      occasion: "opening" as const,
      filing: i.event.payload.filing
    })),
    changeFiled: Rule.contramap(websiteFiled, (i: Input) => ({
      occasion: "change" as const,
      filing: i.event.payload.filing
    }))
  },
  actions: {
    recordFiling: (ctx, e) =>
      e.payload.filing === null
        ? ctx
        : {
            ...ctx,
            filings: [
              ...ctx.filings,
              e.type === "open"
                ? { occasion: "opening" as const, reference: e.payload.filing.reference, note: "" }
                : { occasion: "change" as const, reference: e.payload.filing.reference, note: e.payload.description }
            ]
          }
  },
  oversight: [generalOfficeOversight],
  agencyRefs: {
    websiteUnit: {
      description: { zh: "开办网站的单位", en: "the unit that runs the website" },
      resolve: (ctx) => ctx.website.unit
    }
  }
})

/** The context a new website case starts with. */
export const newWebsiteContext = (website: Website): WebsiteContext => ({ website, filings: [] })
