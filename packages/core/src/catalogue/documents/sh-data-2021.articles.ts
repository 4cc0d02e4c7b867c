/**
 * The articles (their Chinese text and English gloss) of:
 * 上海市数据条例 (Shanghai Municipal Data Regulations).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./sh-data-2021.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "第一条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第一条为了保护自然人、法人和非法人组织与数据有关的权益,规范数据处理活动,促进数据依法有序自由流动,保障数据安全,加快数据要素市场培育,推动数字经济更好服务和融入新发展格局,根据《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》等法律、行政法规,结合本市实际,制定本条例。",
    glossEn:
      "The regulations protect data rights, regulate data processing, keep data secure and grow the data market, under the Data Security Law and the Personal Information Protection Law.",
    truncated: false
  },
  {
    number: "2",
    label: "第二条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第二条本条例中下列用语的含义:(一)数据,是指任何以电子或者其他方式对信息的记录。\n(二)数据处理,包括数据的收集、存储、使用、加工、传输、提供、公开等。\n(三)数据安全,是指通过采取必要措施,确保数据处于有效保护和合法利用的状态,以及具备保障持续安全状态的能力。\n(四)公共数据,是指本市国家机关、事业单位,经依法授权具有管理公共事务职能的组织,以及供水、供电、供气、公共交通等提供公共服务的组织(以下统称公共管理和服务机构),在履行公共管理和服务职责过程中收集和产生的数据。",
    glossEn:
      "Defines data, data processing, data security, and public data (data from state organs, public institutions, authorised organisations and public-service providers such as water, power, gas and public transport).",
    truncated: false
  },
  {
    number: "3",
    label: "第三条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第三条本市坚持促进发展和监管规范并举,统筹推进数据权益保护、数据流通利用、数据安全管理,完善支持数字经济发展的体制机制,充分发挥数据在实现治理体系和治理能力现代化、推动经济社会发展中的作用。",
    glossEn:
      "The city pursues development and regulation together across data rights protection, data circulation and data security.",
    truncated: false
  },
  {
    number: "4",
    label: "第四条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第四条市人民政府应当将数据开发利用和产业发展、数字经济发展纳入国民经济和社会发展规划,建立健全数据治理和流通利用体系,促进公共数据社会化开发利用,协调解决数据开发利用、产业发展和数据安全工作中的重大问题,推动数字经济发展和城市数字化转型。",
    glossEn:
      "The city government puts data use, the data industry and the digital economy into its development plans and coordinates major data issues.",
    truncated: false
  }
])
