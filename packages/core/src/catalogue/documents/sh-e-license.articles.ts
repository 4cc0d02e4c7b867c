/**
 * The articles (their Chinese text and English gloss) of:
 * 上海市加快推进电⼦证照应⽤实施⽅案 (Shanghai Implementation Plan for Accelerating the Use of Electronic Licences).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./sh-e-license.ts"

export default defineArticles(document, [
  {
    number: "1.1",
    label: "⼀是",
    heading: "减证便民",
    chapter: "⼀、基本原则",
    textZh:
      "⼀是减证便民。\n贯彻落实党中央、国务院关于减证便民、优化服务的部署要求,将电⼦证照⼯作与证明事项清理⼯作有机结合,取消没有法律法规规定的证明事项,从源头上缩减证照规模,最⼤程度⽀撑政务服务“⼀⽹通办”。",
    glossEn:
      "Principle of fewer certificates: combine e-licence work with clearing certification requirements and cancel certificates that no law requires.",
    truncated: false
  },
  {
    number: "1.2",
    label: "⼆是",
    heading: "应⽤导向",
    chapter: "⼀、基本原则",
    textZh:
      "⼆是应⽤导向。\n统筹开展电⼦证照建设与应⽤⼯作,注重每⼀类电⼦证照的完整归集和实时更新,建好⼀类、应⽤⼀类,以应⽤促完善,第⼀时间发挥电⼦证照对于减材料、减跑动次数的作⽤,最⼤程度便企利民。",
    glossEn:
      "Principle of use first: collect and update each kind of e-licence completely and put each into use as soon as it is built.",
    truncated: false
  },
  {
    number: "1.3",
    label: "三是",
    heading: "突出重点",
    chapter: "⼀、基本原则",
    textZh:
      "三是突出重点。\n围绕与企业群众⽣产⽣活最密切的领域以及反映最强烈的堵点问题,优先梳理⼀批⾼频证照,先易后难、以点带⾯推进电⼦证照应⽤,形成⾼效有序的⼯作局⾯。",
    glossEn:
      "Principle of priorities: start with high-frequency licences in the areas that matter most to businesses and citizens.",
    truncated: false
  },
  {
    number: "1.4",
    label: "四是",
    heading: "安全可靠",
    chapter: "⼀、基本原则",
    textZh:
      "四是安全可靠。\n全⾯落实国家有关安全要求,积极运⽤国产化安全可靠技术产品,强化电⼦证照全⽣命周期安全管控,确保电⼦证照真实性和有效性,保障信息安全、应⽤安全,保护企业和个⼈隐私。",
    glossEn:
      "Principle of security: meet national security requirements, use domestic secure products, control security over the whole e-licence lifecycle and protect authenticity, validity and privacy.",
    truncated: false
  },
  {
    number: "1.5",
    label: "五是",
    heading: "制度保障",
    chapter: "⼀、基本原则",
    textZh:
      "五是制度保障。\n建⽴健全电⼦证照配套管理机制、技术规范和业务规定,促进电⼦证照各项⼯作制度化、规范化、程序化。\n明确电⼦证照管理部门、制发部门、应⽤部门责任边界,发挥各⽅积极性,提升⼯作合⼒。",
    glossEn:
      "Principle of institutional safeguards: set management mechanisms, technical norms and business rules, and fix the responsibilities of the managing, issuing and using departments.",
    truncated: false
  },
  {
    number: "2",
    label: "⼆、",
    heading: "总体⽬标",
    chapter: null,
    textZh:
      "⼆、总体⽬标统⼀电⼦证照库服务于本市政务服务“⼀⽹通办”,围绕办事申请、受理、出证等环节,对⾏政机关制发的各类证照,进⾏电⼦化应⽤,减少纸质材料使⽤。\n本市电⼦证照库由市级统建,各区、各部门不再重复建设,并根据标准规范,向统⼀电⼦证照库归集数据,依托统⼀电⼦证照库开展政务服务应⽤。\n统⼀电⼦证照库建设范围主要包括,本市各级⾏政机关、履⾏公共管理与服务职能的事业单位和⼈民团体在依法履职过程中制发的各类证件、执(牌)照、批⽂、鉴定报告、证明材料等。",
    glossEn:
      "Overall goal: one unified e-licence library, built at city level only (districts and departments build none of their own), collects the licences issued by administrative organs, public institutions and people's organisations and serves one-network services.",
    truncated: false
  }
])
