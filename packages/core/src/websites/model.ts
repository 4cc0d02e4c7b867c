/**
 * The government website model (政府公众网站), sh-gov-website: the kinds of site
 * art 2 names and a proposed name for one. Opening and changing a site are
 * filed under sh-egov-2012 art 21 with the approvals procedure's
 * `approvals/website-filing` machine and its `Website` model.
 */
import * as Schema from "effect/Schema"

/**
 * Art 2: the city's government public websites are the portal "中国上海" (门户网站)
 * and the sites of municipal administrative bodies and district/county
 * governments (部门网站). Art 6 item (一) names the sites of "上海市政府所属的委办局
 * 和有关部门" — the municipal government's commissions, offices, bureaus and
 * other departments (`municipal-department`); district and county government
 * sites (`district-county-government`) were presumably item (二), which the
 * source cuts off. Art 3 para 2: other state organs, central bodies in
 * Shanghai, street offices, township governments and public-service
 * organisations may follow the measures (`other`) but are not bound.
 */
export const SiteKind = Schema.Literals(["portal", "municipal-department", "district-county-government", "other"])
export type SiteKind = typeof SiteKind.Type

/** A proposed name for a government website. */
export const ProposedSiteName = Schema.Struct({
  kind: SiteKind,
  /** The name proposed for the site. */
  name: Schema.NonEmptyString,
  /**
   * The department's short name (缩写名称) as the department gives it, for a
   * department site; null when none is given. The SDK cannot check that it is
   * the department's official abbreviation (no list is in the sources).
   */
  departmentShortName: Schema.NullOr(Schema.String)
})
export type ProposedSiteName = typeof ProposedSiteName.Type
