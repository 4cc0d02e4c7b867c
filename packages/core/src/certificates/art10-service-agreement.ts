/**
 * sh-digital-cert art 10 (first sentence), with art 9's agreement:
 * 第十条(数字证书的更新,挂失,撤销及服务协议示范文本)数字证书的更新,挂失,撤销等事项和各方的权利义务,
 * 由数字证书使用服务协议予以约定.
 *
 * Renewal, loss reporting and revocation, and the parties' rights and duties,
 * are what the service agreement the parties sign under art 9 sets: an
 * agreement that leaves one of them out leaves unsettled what art 10 gives it
 * to settle, so it is refused. The model text the city publishes (示范文本) is
 * for the parties to follow by reference (参照使用) and is not in the sources:
 * whether an agreement follows it is not checked. What the terms say is the
 * parties' own; the SDK records which are set.
 */
import * as Rule from "../decision/Rule.ts"
import type { AgreementTerm, ServiceAgreement } from "./model.ts"

/** The terms art 10 gives the service agreement to set, in its order. */
export const agreementTerms: ReadonlyArray<AgreementTerm> = [
  "renewal",
  "loss-report",
  "revocation",
  "rights-and-duties"
]

const termZh: Record<AgreementTerm, string> = {
  renewal: "更新",
  "loss-report": "挂失",
  revocation: "撤销",
  "rights-and-duties": "各方的权利义务"
}
const list = (xs: ReadonlyArray<string>) =>
  xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`

const termEn: Record<AgreementTerm, string> = {
  renewal: "renewal",
  "loss-report": "loss reporting",
  revocation: "revocation",
  "rights-and-duties": "the parties' rights and duties"
}

export const agreementSetsLifecycleTerms = Rule.make<Pick<ServiceAgreement, "terms">>({
  id: "certificates/agreement-sets-lifecycle-terms",
  title: {
    zh: "数字证书使用服务协议约定更新、挂失、撤销等事项和各方的权利义务",
    en: "the service agreement sets renewal, loss reporting, revocation and the parties' rights and duties"
  },
  citations: ["sh-digital-cert/10"],
  check: ({ terms }) => {
    const missing = agreementTerms.filter((t) => !terms.includes(t))
    const facts = { terms: [...terms], missing }
    return missing.length === 0
      ? Rule.satisfied(
          "the service agreement sets renewal, loss reporting, revocation and the parties' rights and duties",
          "服务协议已约定数字证书的更新、挂失、撤销等事项和各方的权利义务",
          facts
        )
      : Rule.violated(
          `the service agreement does not set ${list(missing.map((t) => termEn[t]))}, which art 10 leaves to it`,
          `服务协议未约定${missing.map((t) => termZh[t]).join("、")}：第十条规定这些事项由数字证书使用服务协议予以约定`,
          facts
        )
  }
})
