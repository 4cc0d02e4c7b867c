/**
 * sh-digital-cert art 12:
 * 第十二条(数字证书持有人的使用保管义务)数字证书应当保存在符合国家密码管理相关规定的载体中.
 * 数字证书持有人应当妥善保管数字证书及其密钥,未经明确授权,不得随意转借他人使用.
 * 单位需要使用2个及2个以上数字证书的,应当建立内部规章制度,明确数字证书的实际保管人,使用权限,用途,登记,
 * 发放等内容.
 *
 * A certificate is kept on a carrier that meets the national cryptography
 * rules; its holder keeps it and its key safe and never lends it to anyone
 * without explicit authorisation; a unit that needs two or more certificates
 * has internal rules naming the actual custodian, the rights of use, the
 * purpose, the register and the issuing.
 *
 * The SDK's reading: the holder of an individual's certificate is that person;
 * a unit's certificate has no personal holder, so every person who uses it —
 * its custodian included — needs the unit's explicit authorisation (the rights
 * of use and purpose its internal rules name). An authorisation names the
 * person, the certificate, the activities (arts 6-8) and its days. Custody
 * passes by a handover from the current custodian.
 */
import type { LocalDate } from "../date/LocalDate.ts"
import * as Rule from "../decision/Rule.ts"
import { activities } from "./activities.ts"
import {
  type Carrier,
  type CustodyRegister,
  type HandoverQuery,
  type InternalRuleItem,
  internalRuleItems,
  type UseQuery
} from "./model.ts"
import { authorisationsOf, coverageOf, custodianOn, findCertificate, heldOn, isHolder } from "./register.ts"

export const carrierCompliant = Rule.make<{ readonly serial: string; readonly carrier: Carrier }>({
  id: "certificates/carrier-compliant",
  title: {
    zh: "数字证书保存在符合国家密码管理相关规定的载体中",
    en: "the certificate is kept on a carrier that meets the national cryptography rules"
  },
  citations: ["sh-digital-cert/12"],
  check: ({ serial, carrier }) => {
    const facts = { serial, meetsNationalCryptographyRules: carrier.meetsNationalCryptographyRules }
    return carrier.meetsNationalCryptographyRules
      ? Rule.satisfied(
          `certificate “${serial}” is kept on a compliant carrier`,
          `数字证书「${serial}」保存在符合国家密码管理相关规定的载体中`,
          facts
        )
      : Rule.violated(
          `certificate “${serial}” is kept on a carrier that does not meet the national cryptography rules`,
          `数字证书「${serial}」的载体不符合国家密码管理相关规定`,
          facts
        )
  }
})

export const useAuthorised = Rule.make<UseQuery>({
  id: "certificates/use-authorised",
  title: {
    zh: "数字证书未经明确授权不得转借他人使用",
    en: "no one but the holder uses a certificate without explicit authorisation"
  },
  citations: ["sh-digital-cert/12"],
  check: ({ register, serial, user, activity }, asOf) => {
    const base = { holder: register.holder.id, serial, user, activity, asOf }
    if (findCertificate(register, serial) === undefined)
      return Rule.violated(
        `certificate “${serial}” is not in “${register.holder.id}”'s register: no one may use it on its behalf`,
        `数字证书「${serial}」未在「${register.holder.id}」的登记中，不得使用`,
        base
      )
    if (isHolder(register, user))
      return Rule.satisfied(`“${user}” is the certificate's holder`, `「${user}」为数字证书持有人`, base)
    const considered = authorisationsOf(register, serial, user).map((a) => ({
      id: a.id,
      from: a.from,
      until: a.until,
      coverage: coverageOf(register, a, activity, asOf)
    }))
    const covering = considered.find((a) => a.coverage === "covers")
    const facts = { ...base, authorisations: considered }
    if (covering !== undefined)
      return Rule.satisfied(
        `“${user}” is explicitly authorised (“${covering.id}”) to use certificate “${serial}” for ${activities[activity].name.en} until “${covering.until}”`,
        `「${user}」经明确授权（「${covering.id}」）可于「${covering.until}」前将数字证书「${serial}」用于${activities[activity].name.zh}`,
        facts
      )
    return Rule.violated(
      `“${user}” is not the holder and has no explicit authorisation to use certificate “${serial}” for ${activities[activity].name.en} on “${asOf}”`,
      `「${user}」非数字证书持有人，且未经明确授权于「${asOf}」将数字证书「${serial}」用于${activities[activity].name.zh}`,
      facts
    )
  }
})

const itemZh: Record<InternalRuleItem, string> = {
  actualCustodian: "实际保管人",
  rightsOfUse: "使用权限",
  purpose: "用途",
  register: "登记",
  issuing: "发放"
}
const itemEn: Record<InternalRuleItem, string> = {
  actualCustodian: "actual-custodian",
  rightsOfUse: "rights-of-use",
  purpose: "purpose",
  register: "register",
  issuing: "issuing"
}

/** Not applicable unless the register is a unit's holding two or more certificates on the day. */
const unitWithTwoOrMore = (register: CustodyRegister, asOf: LocalDate) => {
  const held = heldOn(register, asOf).map((c) => c.serial)
  const facts = { holder: register.holder.id, holderKind: register.holder.kind, held, asOf }
  if (register.holder.kind !== "unit")
    return {
      facts,
      outside: Rule.notApplicable(
        `“${register.holder.id}” is an individual: internal rules are asked of units`,
        `「${register.holder.id}」为个人，内部规章制度仅对单位有要求`,
        facts
      )
    }
  if (held.length < 2)
    return {
      facts,
      outside: Rule.notApplicable(
        `the unit “${register.holder.id}” holds ${held.length} certificate(s), fewer than two`,
        `单位「${register.holder.id}」使用的数字证书少于2个`,
        facts
      )
    }
  return { facts, outside: null }
}

export const internalRulesComplete = Rule.make<CustodyRegister>({
  id: "certificates/internal-rules-complete",
  title: {
    zh: "使用2个及以上数字证书的单位建立内部规章制度，明确实际保管人、使用权限、用途、登记、发放",
    en: "a unit with two or more certificates has internal rules naming the custodian, rights of use, purpose, register and issuing"
  },
  citations: ["sh-digital-cert/12"],
  check: (register, asOf) => {
    const { facts, outside } = unitWithTwoOrMore(register, asOf)
    if (outside !== null) return outside
    const rules = register.internalRules
    if (rules === null)
      return Rule.violated(
        `the unit “${register.holder.id}” holds ${facts.held.length} certificates and has no internal rules`,
        `单位「${register.holder.id}」使用${facts.held.length}个数字证书，未建立内部规章制度`,
        { ...facts, missing: internalRuleItems.map((i) => itemEn[i]) }
      )
    const missing = internalRuleItems.filter((i) => !rules[i])
    return missing.length === 0
      ? Rule.satisfied(
          `the unit “${register.holder.id}”'s internal rules name all five items`,
          `单位「${register.holder.id}」的内部规章制度已明确实际保管人、使用权限、用途、登记、发放`,
          { ...facts, missing: [] }
        )
      : Rule.violated(
          `the unit “${register.holder.id}”'s internal rules do not name ${missing.map((i) => itemEn[i].replaceAll("-", " ")).join(", ")}`,
          `单位「${register.holder.id}」的内部规章制度未明确${missing.map((i) => itemZh[i]).join("、")}`,
          { ...facts, missing: missing.map((i) => itemEn[i]) }
        )
  }
})

export const custodianNamed = Rule.make<CustodyRegister>({
  id: "certificates/custodian-named",
  title: {
    zh: "使用2个及以上数字证书的单位，每个数字证书都有明确的实际保管人",
    en: "a unit with two or more certificates names the actual custodian of each"
  },
  citations: ["sh-digital-cert/12"],
  check: (register, asOf) => {
    const { facts, outside } = unitWithTwoOrMore(register, asOf)
    if (outside !== null) return outside
    const without = facts.held.filter((s) => custodianOn(register, s, asOf) === null)
    return without.length === 0
      ? Rule.satisfied(
          `every certificate of “${register.holder.id}” has an actual custodian`,
          `单位「${register.holder.id}」的每个数字证书均有实际保管人`,
          { ...facts, withoutCustodian: [] }
        )
      : Rule.violated(
          `no actual custodian is named for ${without.map((s) => `“${s}”`).join(", ")}`,
          `数字证书 ${without.map((s) => `「${s}」`).join("、")} 未明确实际保管人`,
          { ...facts, withoutCustodian: without }
        )
  }
})

/** Asked of a handover before it is entered in the register: custody passes from the current custodian only. */
export const handoverFromCustodian = Rule.make<HandoverQuery>({
  id: "certificates/handover-from-custodian",
  title: {
    zh: "数字证书由实际保管人移交",
    en: "custody of a certificate is handed over by its actual custodian"
  },
  citations: ["sh-digital-cert/12"],
  check: ({ register, handover: h }) => {
    const custodian = findCertificate(register, h.serial) === undefined ? null : custodianOn(register, h.serial, h.on)
    const facts = { serial: h.serial, from: h.from, to: h.to, on: h.on, custodian }
    if (findCertificate(register, h.serial) === undefined)
      return Rule.violated(
        `certificate “${h.serial}” is not in “${register.holder.id}”'s register`,
        `数字证书「${h.serial}」未在「${register.holder.id}」的登记中`,
        facts
      )
    return custodian === h.from
      ? Rule.satisfied(
          `“${h.from}”, the actual custodian, hands certificate “${h.serial}” to “${h.to}”`,
          `实际保管人「${h.from}」将数字证书「${h.serial}」移交「${h.to}」`,
          facts
        )
      : Rule.violated(
          custodian === null
            ? `certificate “${h.serial}” has no custodian on “${h.on}” for “${h.from}” to hand over from`
            : `“${h.from}” is not the actual custodian of certificate “${h.serial}” on “${h.on}” (“${custodian}” is)`,
          custodian === null
            ? `数字证书「${h.serial}」于「${h.on}」尚无实际保管人`
            : `「${h.from}」不是数字证书「${h.serial}」的实际保管人（实际保管人为「${custodian}」）`,
          facts
        )
  }
})
