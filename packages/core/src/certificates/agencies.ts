/**
 * The bodies sh-digital-cert names, with stable ids. Art 4 names the three that
 * plan and manage certificate use (and that jointly recognise e-government
 * certification services under art 5); art 11 names the municipal price
 * authority by its function only (市价格主管部门), so its id is the SDK's name for it.
 */
import type { Message } from "../decision/Finding.ts"
import { type AgencyId, agencyId } from "../machine/Actor.ts"

export interface Agency {
  readonly id: AgencyId
  readonly name: Message
  /** The short name the measures use (以下简称 …), when they give one. */
  readonly shortZh: string | null
}

/** 上海市信息化委员会 (市信息委), art 4. */
export const informatizationCommission: Agency = {
  id: agencyId("sh-informatization-commission"),
  name: { zh: "上海市信息化委员会", en: "Shanghai Municipal Informatization Commission" },
  shortZh: "市信息委"
}

/** 上海市国家密码管理委员会办公室 (市国密办), art 4. */
export const cryptographyOffice: Agency = {
  id: agencyId("sh-cryptography-office"),
  name: {
    zh: "上海市国家密码管理委员会办公室",
    en: "Office of the Shanghai Municipal State Cryptography Administration Commission"
  },
  shortZh: "市国密办"
}

/** 上海市国家保密局 (市国家保密局), art 4. */
export const stateSecretsBureau: Agency = {
  id: agencyId("sh-state-secrets-bureau"),
  name: { zh: "上海市国家保密局", en: "Shanghai Municipal State Secrets Bureau" },
  shortZh: "市国家保密局"
}

/** 市价格主管部门, art 11: named by its function, not by a title. */
export const priceAuthority: Agency = {
  id: agencyId("sh-price-authority"),
  name: { zh: "市价格主管部门", en: "the municipal price authority" },
  shortZh: null
}

/** The three bodies whose joint recognition an e-government certification service needs (art 5). */
export const recognisingAuthorities = [informatizationCommission, cryptographyOffice, stateSecretsBureau] as const

export const agencies: ReadonlyArray<Agency> = [...recognisingAuthorities, priceAuthority]
