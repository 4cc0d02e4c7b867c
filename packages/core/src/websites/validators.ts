/** The website naming validator: may this government website take this name (sh-gov-website arts 3, 6)? */
import * as Validator from "../decision/Validator.ts"
import { departmentSiteNamed, portalNamed, siteInScope } from "./art3-6-naming.ts"
import { ProposedSiteName } from "./model.ts"

export const naming = Validator.make<ProposedSiteName>({
  id: "websites/naming",
  title: { zh: "该政府网站名称是否符合规定", en: "may this government website take this name" },
  input: ProposedSiteName,
  scope: siteInScope,
  rules: [portalNamed, departmentSiteNamed]
})
