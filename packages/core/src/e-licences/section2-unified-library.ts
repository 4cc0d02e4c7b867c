/**
 * sh-e-license section 二 (总体目标, catalogued as sh-e-license/2):
 * 统⼀电⼦证照库服务于本市政务服务“⼀⽹通办”,围绕办事申请、受理、出证等环节,对⾏政机关制发的各类证照,
 * 进⾏电⼦化应⽤,减少纸质材料使⽤。
 * 本市电⼦证照库由市级统建,各区、各部门不再重复建设,并根据标准规范,向统⼀电⼦证照库归集数据,
 * 依托统⼀电⼦证照库开展政务服务应⽤。
 * 统⼀电⼦证照库建设范围主要包括,本市各级⾏政机关、履⾏公共管理与服务职能的事业单位和⼈民团体在依法履职过程中
 * 制发的各类证件、执(牌)照、批⽂、鉴定报告、证明材料等。
 *
 * There is one e-licence library for the city, built at city level: districts
 * and departments build none of their own, collect their licence data into
 * the unified library by the standards, and run government services on it.
 * The library covers the licences that administrative organs, public
 * institutions performing public functions and people's organisations issue.
 * The plan's wording is a goal (总体目标) with "不再" (no longer) and "并"
 * (and): the SDK reads each as a requirement on a proposed system. Which
 * standards apply (标准规范) the source does not say, so compliance is the
 * caller's fact.
 */
import * as Rule from "../decision/Rule.ts"
import type { ProposedSystem } from "./model.ts"

const who = (kind: ProposedSystem["proposer"]["kind"]) =>
  kind === "district" ? "a district" : kind === "department" ? "a department" : "the city level"

export const noOwnLicenceLibrary = Rule.make<ProposedSystem>({
  id: "e-licences/no-own-licence-library",
  title: {
    zh: "本市电子证照库由市级统建，各区、各部门不再重复建设",
    en: "the e-licence library is built once at city level; districts and departments build none of their own"
  },
  citations: ["sh-e-license/2"],
  check: ({ name, proposer, licenceLibrary }) => {
    const facts = { system: name, proposer: proposer.id, proposerKind: proposer.kind, licenceLibrary }
    switch (licenceLibrary) {
      case "none":
        return Rule.notApplicable(`“${name}” builds no licence library`, `「${name}」不建设电子证照库`, facts)
      case "unified":
        return proposer.kind === "city-level"
          ? Rule.satisfied(
              `“${name}” is the unified e-licence library, built at city level`,
              `「${name}」为市级统建的统一电子证照库`,
              facts
            )
          : Rule.violated(
              `the unified e-licence library is built at city level, not by ${who(proposer.kind)} (“${proposer.id}”)`,
              `本市电子证照库由市级统建，「${proposer.id}」不得建设`,
              facts
            )
      case "own":
        return Rule.violated(
          proposer.kind === "city-level"
            ? `“${name}” would be a second licence library: the city has one unified e-licence library`
            : `“${name}” would be ${who(proposer.kind)}'s own licence library: districts and departments no longer build their own`,
          proposer.kind === "city-level"
            ? `「${name}」将重复建设电子证照库：本市电子证照库由市级统建`
            : `「${name}」将重复建设电子证照库：各区、各部门不再重复建设`,
          facts
        )
    }
  }
})

export const collectedIntoUnifiedLibrary = Rule.make<ProposedSystem>({
  id: "e-licences/collected-into-unified-library",
  title: {
    zh: "根据标准规范向统一电子证照库归集数据",
    en: "licence data is collected into the unified library by the standards"
  },
  citations: ["sh-e-license/2"],
  check: ({ name, issuesLicences: l }) => {
    if (l === null)
      return Rule.notApplicable(`“${name}” issues no licences`, `「${name}」不制发证照`, {
        system: name,
        issuesLicences: false
      })
    const facts = {
      system: name,
      issuer: l.issuer,
      kinds: [...l.kinds],
      collectedIntoUnifiedLibrary: l.collectedIntoUnifiedLibrary,
      followsStandards: l.followsStandards
    }
    if (l.issuer === "other")
      return Rule.notApplicable(
        `the licences of “${name}” are issued by a body outside the unified library's range`,
        `「${name}」的证照制发主体不在统一电子证照库建设范围内`,
        facts
      )
    if (!l.collectedIntoUnifiedLibrary)
      return Rule.violated(
        `the licences “${name}” issues are not collected into the unified e-licence library`,
        `「${name}」制发的证照未向统一电子证照库归集数据`,
        facts
      )
    if (!l.followsStandards)
      return Rule.violated(
        `the licences of “${name}” are collected into the unified library, but not by the standards`,
        `「${name}」未根据标准规范向统一电子证照库归集数据`,
        facts
      )
    return Rule.satisfied(
      `the licences “${name}” issues are collected into the unified library by the standards`,
      `「${name}」制发的证照根据标准规范向统一电子证照库归集数据`,
      facts
    )
  }
})

export const servicesUseUnifiedLibrary = Rule.make<ProposedSystem>({
  id: "e-licences/services-use-unified-library",
  title: {
    zh: "依托统一电子证照库开展政务服务应用",
    en: "government services use licences through the unified library"
  },
  citations: ["sh-e-license/2"],
  check: ({ name, usesLicencesInServices: u }) =>
    u === null
      ? Rule.notApplicable(`“${name}” uses no licences in government services`, `「${name}」不在政务服务中应用证照`, {
          system: name,
          usesLicences: false
        })
      : u.viaUnifiedLibrary
        ? Rule.satisfied(
            `“${name}” uses licences through the unified e-licence library`,
            `「${name}」依托统一电子证照库开展政务服务应用`,
            { system: name, usesLicences: true, viaUnifiedLibrary: true }
          )
        : Rule.violated(
            `“${name}” uses licences in government services without the unified e-licence library`,
            `「${name}」未依托统一电子证照库开展政务服务应用`,
            { system: name, usesLicences: true, viaUnifiedLibrary: false }
          )
})
