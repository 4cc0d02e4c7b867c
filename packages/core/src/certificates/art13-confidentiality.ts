/**
 * sh-digital-cert art 13:
 * 第十三条(数字证书的相关信息保密)电子认证服务机构应当按照《中华人民共和国保守国家秘密法》,
 * 《电子认证服务管理办法》等的规定,建立完善的保密制度,履行保密义务,并接受有关职能部门的监督指导.
 * 除法律法规另有规定外,电子认证服务机构及其工作人员不得泄露下列信息:(一)数字证书持有人的身份信息;
 * (二)数字证书持有人委托认证机构保管的数字证书密钥.
 *
 * A certification service keeps a confidentiality system under the secrecy
 * law and the national e-authentication rules; unless a law or regulation
 * provides otherwise, neither it nor its staff discloses a holder's identity
 * or a key the holder entrusted to it. The first paragraph (keeping a
 * confidentiality system, accepting supervision) is a standing duty judged
 * against laws outside the catalogue; the SDK encodes the second.
 */
import * as Rule from "../decision/Rule.ts"
import type { DisclosureRequest, ProtectedInformation } from "./model.ts"
import * as Terms from "./terms.ts"

const infoZh: Record<ProtectedInformation, string> = {
  "holder-identity": "数字证书持有人的身份信息",
  "entrusted-key": "数字证书持有人委托认证机构保管的数字证书密钥",
  other: "其他信息"
}

export const noDisclosureWithoutLegalBasis = Rule.make<DisclosureRequest>({
  id: "certificates/no-disclosure-without-legal-basis",
  title: {
    zh: "除法律法规另有规定外，不得泄露持有人身份信息和委托保管的密钥",
    en: "a holder's identity and entrusted keys are not disclosed unless a law or regulation provides for it"
  },
  citations: ["sh-digital-cert/13"],
  check: ({ information, providedForByLaw }) => {
    const facts = { information, providedForByLaw }
    if (information === "other")
      return Rule.notApplicable(
        "art 13 protects a holder's identity and entrusted keys only",
        "第十三条仅列明持有人身份信息和委托保管的密钥",
        facts
      )
    return providedForByLaw
      ? Rule.satisfied(
          `a law or regulation provides for disclosing the ${Terms.information[information].en}`,
          `法律法规另有规定，可提供${infoZh[information]}`,
          facts
        )
      : Rule.violated(
          `the ${Terms.information[information].en} may not be disclosed: no law or regulation provides for it`,
          `除法律法规另有规定外，不得泄露${infoZh[information]}`,
          facts
        )
  }
})
