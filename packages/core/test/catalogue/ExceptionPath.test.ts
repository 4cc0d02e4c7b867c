import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import type { ExceptionPath } from "../../src/catalogue/ExceptionPath.ts"
import * as DataSharing from "../../src/data-sharing/index.ts"
import * as Networks from "../../src/networks/index.ts"
import * as Security from "../../src/security/index.ts"

/** Every way out a soft provision names, as the rules report it in their facts. */
const paths: Record<string, ExceptionPath> = {
  "sh-egov-2012 art 15: a state provision": Networks.stateProvision,
  "sh-egov-2012 art 34: the secrecy rules": Networks.secrecyRules,
  "sh-extranet-2020 art 7: the big data center decides": Networks.managerDecides,
  "sh-egov-2012 art 27: an approved deferral": DataSharing.approvedDeferralPath,
  "egov-cloud-password art 9: the head's sign-off": Security.headSignsOff,
  "yangpu-it-2018 1.1.3: the joint meeting's review": Approvals.jointMeetingReview
}

describe("exception paths quote the article that names them", () => {
  it.each(Object.entries(paths))("%s is quoted verbatim from a catalogued article", (_, path) => {
    const article = Catalogue.getArticle(path.provision)
    expect(article, path.provision).toBeDefined()
    expect(article?.textZh).toContain(path.zh)
    expect(path.en.length).toBeGreaterThan(20)
  })
})
