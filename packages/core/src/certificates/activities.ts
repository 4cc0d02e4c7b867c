/**
 * The activities sh-digital-cert arts 6-8 list, as data: each with its domain
 * (e-government, public service, e-commerce), the article and item that list
 * it, and its Chinese words. Each article ends with a catch-all item
 * ("其他利用网络开展的…活动"), so an activity the lists do not name is the
 * `other-…` activity of its domain and the caller classifies.
 */
import * as Schema from "effect/Schema"
import type { Message } from "../decision/Finding.ts"

/** The three domains the measures sort certificate use into (the `Domain` of the model). */
export type ActivityDomain = "e-government" | "public-service" | "e-commerce"

export interface ActivityInfo {
  readonly domain: ActivityDomain
  /** The article that lists the activity. */
  readonly article: "sh-digital-cert/6" | "sh-digital-cert/7" | "sh-digital-cert/8"
  /** The item (一, 二, …) of the article's list, counted from 1. */
  readonly item: number
  readonly name: Message
}

const egov = (item: number, zh: string, en: string): ActivityInfo => ({
  domain: "e-government",
  article: "sh-digital-cert/6",
  item,
  name: { zh, en }
})
const pub = (item: number, zh: string, en: string): ActivityInfo => ({
  domain: "public-service",
  article: "sh-digital-cert/7",
  item,
  name: { zh, en }
})
const ecom = (item: number, zh: string, en: string): ActivityInfo => ({
  domain: "e-commerce",
  article: "sh-digital-cert/8",
  item,
  name: { zh, en }
})

export const activities = {
  // art 6 (一): 利用电子政务系统开展内部办公或者协同办公,公文流转,公文归档以及归档公文向档案馆移交等活动
  "internal-office-work": egov(1, "内部办公", "internal office work on an e-government system"),
  "collaborative-office-work": egov(1, "协同办公", "collaborative office work on an e-government system"),
  "official-document-flow": egov(1, "公文流转", "official document flow"),
  "official-document-archiving": egov(1, "公文归档", "archiving official documents"),
  "archive-transfer": egov(1, "归档公文向档案馆移交", "transferring archived documents to the archive"),
  // art 6 (二): 网上政府采购,招投标等活动
  "online-government-procurement": egov(2, "网上政府采购", "online government procurement"),
  "online-tendering": egov(2, "招投标", "online invitation and submission of tenders"),
  // art 6 (三): 网上申报,年检,备案,审批,缴费,资质认定,统计等社会管理活动
  "online-declaration": egov(3, "网上申报", "online declaration"),
  "online-annual-inspection": egov(3, "年检", "online annual inspection"),
  "online-record-filing": egov(3, "备案", "online record filing"),
  "online-approval": egov(3, "审批", "online approval"),
  "online-fee-payment": egov(3, "缴费", "online fee payment"),
  "online-qualification-accreditation": egov(3, "资质认定", "online qualification accreditation"),
  "online-statistics": egov(3, "统计", "online statistics"),
  // art 6 (四): 利用网络向社会提供信息公开服务的活动
  "online-information-disclosure": egov(
    4,
    "利用网络向社会提供信息公开服务",
    "online government information disclosure"
  ),
  // art 6 (五): 其他利用网络开展电子政务的活动
  "other-e-government": egov(5, "其他利用网络开展电子政务的活动", "other online e-government activity"),

  // art 7 (一): 法律,法规授权的具有管理公共事务职能的组织利用网络开展的社会公共服务活动
  "authorised-organisation-service": pub(
    1,
    "法律、法规授权的具有管理公共事务职能的组织利用网络开展的社会公共服务活动",
    "online public service by an organisation authorised by law to manage public affairs"
  ),
  // art 7 (二): 银行,证券,保险,期货等行业的机构利用网络开展的金融服务活动
  "online-banking": pub(2, "银行业机构利用网络开展的金融服务", "online financial service by a bank"),
  "online-securities": pub(2, "证券业机构利用网络开展的金融服务", "online financial service by a securities firm"),
  "online-insurance": pub(2, "保险业机构利用网络开展的金融服务", "online financial service by an insurer"),
  "online-futures": pub(2, "期货业机构利用网络开展的金融服务", "online financial service by a futures firm"),
  // art 7 (三): 教育,医疗卫生,供水,供电,供气,供热,公共交通,环保等领域的企事业单位,利用网络开展的社会公共服务活动
  education: pub(3, "教育", "online public service in education"),
  "health-care": pub(3, "医疗卫生", "online public service in health care"),
  "water-supply": pub(3, "供水", "online public service in water supply"),
  "power-supply": pub(3, "供电", "online public service in power supply"),
  "gas-supply": pub(3, "供气", "online public service in gas supply"),
  "heat-supply": pub(3, "供热", "online public service in heat supply"),
  "public-transport": pub(3, "公共交通", "online public service in public transport"),
  "environmental-protection": pub(3, "环保", "online public service in environmental protection"),
  // art 7 (四): 其他利用网络开展的社会公共服务活动
  "other-public-service": pub(4, "其他利用网络开展的社会公共服务活动", "other online public service"),

  // art 8 (一): 设立各类网络交易平台,信息服务平台和娱乐平台的活动
  "trading-platform": ecom(1, "设立网络交易平台", "setting up an online trading platform"),
  "information-service-platform": ecom(1, "设立信息服务平台", "setting up an information service platform"),
  "entertainment-platform": ecom(1, "设立娱乐平台", "setting up an entertainment platform"),
  // art 8 (二): 利用网络签订电子合同,进行电子支付,交付数字产品的活动
  "electronic-contract": ecom(2, "利用网络签订电子合同", "signing an electronic contract online"),
  "electronic-payment": ecom(2, "进行电子支付", "making an electronic payment"),
  "digital-product-delivery": ecom(2, "交付数字产品", "delivering a digital product"),
  // art 8 (三): 电子商务活动中交易各方认为需要使用数字证书的活动
  "parties-require-certificate": ecom(
    3,
    "电子商务活动中交易各方认为需要使用数字证书的活动",
    "e-commerce where the parties consider a certificate needed"
  ),
  // art 8 (四): 其他利用网络开展的电子商务活动
  "other-e-commerce": ecom(4, "其他利用网络开展的电子商务活动", "other online e-commerce")
} as const satisfies Record<string, ActivityInfo>

export type Activity = keyof typeof activities

export const activityIds = Object.keys(activities) as ReadonlyArray<Activity>

/** An activity listed in arts 6-8 (or the catch-all item of its domain). */
export const Activity = Schema.Literals(activityIds as readonly [Activity, ...Activity[]])

export const domainOf = (activity: Activity): ActivityDomain => activities[activity].domain
