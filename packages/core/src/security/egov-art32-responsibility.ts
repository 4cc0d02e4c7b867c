/**
 * sh-egov-2012 art 32 para 2:
 * 按照“谁主管、谁负责,谁运行、谁负责,谁使用、谁负责”的要求,明确电子政务信息安全责任。
 *
 * Security responsibility rests on whoever governs a system (its competent
 * authority), whoever runs it (its operator) and whoever uses it (its users),
 * and must be made clear: all three are named. The article does not divide the
 * duties of para 1 among them; the SDK's division (its own choice, recorded
 * here) is: the competent authority answers for the system's protection regime,
 * its testing and its inspections; the operator for the protection regime in
 * operation, testing and emergency management; every user for the security of
 * its own use. One agency in several capacities answers for all of them.
 */
import type { ArticleId } from "../catalogue/Article.ts"
import * as Rule from "../decision/Rule.ts"
import type { AgencyId } from "../machine/Actor.ts"
import { protectionRegimeFor, requiredRegimes } from "./egov-art32-34-regimes.ts"
import type { Parties, Regime, Secrecy, SystemSecurity } from "./model.ts"

/** The capacities of art 32 para 2: 主管, 运行, 使用. */
export type Capacity = "governs" | "operates" | "uses"

/** A duty of art 32: a regime of para 1, or the security of one's own use (谁使用谁负责). */
export type Duty = Regime | "secure-use"

/** The duties art 32 puts on a system: its regimes (para 1) and the security of its use (para 2). */
export const duties = (secrecy: Secrecy): ReadonlyArray<Duty> => [...requiredRegimes(secrecy), "secure-use"]

/** The SDK's division of the duties among the capacities (see the file comment). */
export const dutiesOfCapacity = (capacity: Capacity, secrecy: Secrecy): ReadonlyArray<Duty> =>
  capacity === "governs"
    ? [protectionRegimeFor(secrecy), "security-testing", "security-inspection"]
    : capacity === "operates"
      ? [protectionRegimeFor(secrecy), "security-testing", "emergency-management"]
      : ["secure-use"]

export interface Assignment {
  readonly duty: Duty
  readonly parties: ReadonlyArray<{ readonly agency: AgencyId; readonly capacity: Capacity }>
  readonly citations: readonly [ArticleId, ...Array<ArticleId>]
}

const art32 = ["sh-egov-2012/32"] as unknown as Assignment["citations"]
const art32and34 = ["sh-egov-2012/32", "sh-egov-2012/34"] as unknown as Assignment["citations"]

/** Who answers for each duty of a system, with the article; every duty has at least one party. */
export const responsibilities = (parties: Parties, secrecy: Secrecy): ReadonlyArray<Assignment> => {
  const holders: ReadonlyArray<{ agency: AgencyId; capacity: Capacity }> = [
    { agency: parties.competentAuthority, capacity: "governs" },
    { agency: parties.operator, capacity: "operates" },
    ...parties.users.map((agency) => ({ agency, capacity: "uses" as const }))
  ]
  return duties(secrecy).map((duty) => ({
    duty,
    parties: holders.filter((h) => dutiesOfCapacity(h.capacity, secrecy).includes(duty)),
    citations: duty === "classified-protection" ? art32and34 : art32
  }))
}

/** What one agency answers for, in which capacities, given the system's parties. */
export const answersFor = (
  parties: Parties,
  secrecy: Secrecy,
  agency: AgencyId
): { readonly capacities: ReadonlyArray<Capacity>; readonly duties: ReadonlyArray<Duty> } => {
  const mine = responsibilities(parties, secrecy).flatMap((a) => a.parties.filter((p) => p.agency === agency))
  const capacities = [...new Set(mine.map((p) => p.capacity))]
  return {
    capacities,
    duties: duties(secrecy).filter((d) => capacities.some((c) => dutiesOfCapacity(c, secrecy).includes(d)))
  }
}

export const responsibilityAssigned = Rule.make<SystemSecurity>({
  id: "security/responsibility-assigned",
  title: {
    zh: "按照“谁主管、谁负责，谁运行、谁负责，谁使用、谁负责”明确信息安全责任",
    en: "security responsibility is made clear: who governs, who runs and who uses the system"
  },
  citations: ["sh-egov-2012/32"],
  check: (s) => {
    const missing = [
      ...(s.competentAuthority === null ? ["competent authority"] : []),
      ...(s.operator === null ? ["operator"] : []),
      ...(s.users.length === 0 ? ["users"] : [])
    ]
    const facts = {
      system: s.system,
      competentAuthority: s.competentAuthority,
      operator: s.operator,
      users: [...s.users],
      missing
    }
    const missingZh = missing.map((m) => (m === "competent authority" ? "主管" : m === "operator" ? "运行" : "使用"))
    return missing.length === 0
      ? Rule.satisfied(
          `“${s.system}” names who governs, runs and uses it`,
          `「${s.system}」已明确主管、运行和使用单位的信息安全责任`,
          facts
        )
      : Rule.violated(
          `“${s.system}” does not name its ${missing.join(", ")}: security responsibility is not clear`,
          `「${s.system}」未明确${missingZh.join("、")}单位，信息安全责任不明确`,
          facts
        )
  }
})
