/**
 * Opening and changing a government website is filed (备案), sh-egov-2012
 * art 21. The machine is the approvals procedure's `approvals/website-filing`
 * (with its rule `approvals/website-filed`), re-exported here so a website
 * integration finds it in one place; it is registered once, by approvals.
 */

export { websiteFiled } from "../approvals/art21-website-filing.ts"
export { Website, WebsiteFilingRecord } from "../approvals/model.ts"
export {
  newWebsiteContext,
  type WebsiteContext,
  type WebsiteEvent,
  type WebsiteEvents,
  type WebsiteState,
  websiteFiling
} from "../approvals/website-filing.ts"
