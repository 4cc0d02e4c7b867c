/**
 * The security validators: a system's regimes and responsibility (sh-egov-2012
 * arts 32, 34), its grading (GB/T 22240-2020), what a project is built with
 * (art 33), a website's responsible persons (sh-website-security-2012), a
 * change to a user role (egov-cloud-password art 9), and identification and
 * password controls by level (GB/T 22239-2019, practice thresholds configurable).
 */
import * as Validator from "../decision/Validator.ts"
import { roleRightsSignedOff, roleSeparatesIncompatibleDuties } from "./cloud-password-art9-roles.ts"
import { protectionRegimeEstablished, testingEmergencyInspectionEstablished } from "./egov-art32-34-regimes.ts"
import { responsibilityAssigned } from "./egov-art32-responsibility.ts"
import { certifiedSecurityProducts, domesticBasicSoftware, licensedSoftware } from "./egov-art33-products.ts"
import {
  accountAndAccessControl,
  defaultPasswordThresholds,
  identificationAndAuthentication,
  makePasswordThresholds,
  type PasswordThresholds
} from "./gbt22239-identification.ts"
import { declaredLevelMeetsGrading, gradedProtectionScope } from "./gbt22240-grading.ts"
import {
  GradingRequest,
  IdentificationRequest,
  ProductUse,
  RoleChange,
  SystemSecurity,
  WebsiteResponsibility
} from "./model.ts"
import {
  websiteFirstResponsiblePerson,
  websiteResponsibleDepartmentAndPerson
} from "./website-first-responsible-person.ts"

export const system = Validator.make<SystemSecurity>({
  id: "security/system",
  title: {
    zh: "该系统是否建立信息安全工作制度并明确安全责任",
    en: "does this system have its security regimes and clear security responsibility"
  },
  input: SystemSecurity,
  rules: [protectionRegimeEstablished, testingEmergencyInspectionEstablished, responsibilityAssigned]
})

export const grading = Validator.make<GradingRequest>({
  id: "security/grading",
  title: {
    zh: "该系统的安全保护等级是否符合定级要素",
    en: "is this system's protection level what the grading table gives"
  },
  input: GradingRequest,
  scope: gradedProtectionScope,
  rules: [declaredLevelMeetsGrading]
})

export const products = Validator.make<ProductUse>({
  id: "security/products",
  title: {
    zh: "电子政务建设是否使用正版软件和经依法认证的信息安全产品",
    en: "is this project built with licensed software and certified security products"
  },
  input: ProductUse,
  rules: [licensedSoftware, certifiedSecurityProducts, domesticBasicSoftware]
})

export const website = Validator.make<WebsiteResponsibility>({
  id: "security/website",
  title: { zh: "网站安全管理责任制是否明确", en: "is this website's security responsibility system in place" },
  input: WebsiteResponsibility,
  rules: [websiteFirstResponsiblePerson, websiteResponsibleDepartmentAndPerson]
})

export const roleChange = Validator.make<RoleChange>({
  id: "security/role-change",
  title: { zh: "用户角色的创立或修改是否符合要求", en: "may this user role be created or changed" },
  input: RoleChange,
  rules: [roleSeparatesIncompatibleDuties, roleRightsSignedOff]
})

/**
 * The identification and password validator for a set of practice thresholds;
 * `identification` (in the registry) uses the defaults.
 */
export const makeIdentification = (thresholds: PasswordThresholds = defaultPasswordThresholds) =>
  Validator.make<IdentificationRequest>({
    id: "security/identification",
    title: {
      zh: "该系统的身份鉴别、访问控制和口令策略是否满足其安全保护等级",
      en: "do this system's identification, access control and passwords meet its protection level"
    },
    input: IdentificationRequest,
    rules: [identificationAndAuthentication, accountAndAccessControl, makePasswordThresholds(thresholds)]
  })

export const identification = makeIdentification()
