/**
 * The articles (their Chinese text and English gloss) of:
 * 政府网站管理办法 (Government Public Website Administration Measures).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./sh-gov-website.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "第一条",
    heading: "目的和宗旨",
    chapter: "第一章总则",
    textZh:
      "第一条(目的和宗旨)为了加强和规范政府公众网站建设,促进电子政务的发展,根据国家有关法律法规,结合上海实际,制定本办法。",
    glossEn:
      "The measures strengthen and regulate government public websites and promote e-government, under national law and Shanghai's conditions.",
    truncated: false
  },
  {
    number: "2",
    label: "第二条",
    heading: "构成",
    chapter: "第一章总则",
    textZh:
      "第二条(构成)政府公众网站是政府机关在互联网上办理行政事务、提供公共服务、公开政务信息、发布政务新闻和接受公众监督的平台。\n本市政府公众网站主要由“中国上海”政府门户网站(以下简称门户网站)和市级行政机关、区县政府在互联网上建立的公众网站(以下简称部门网站)构成。",
    glossEn:
      "Government public websites are platforms for online administration, services, information disclosure, news and public oversight; they are the 中国上海 portal plus the public sites of municipal bodies and district/county governments (department sites).",
    truncated: false
  },
  {
    number: "3",
    label: "第三条",
    heading: "适用范围",
    chapter: "第一章总则",
    textZh:
      "第三条(适用范围)本市市级行政机关、区县政府(以下简称政府机关)的政府公众网站的建设、运行和管理,适用本办法。\n本市其它国家机关、中央在沪行政机关、区县街道办事处、乡镇政府、以及其他具有行政管理职能、提供公共服务的组织的公众网站,可以参照适用本办法。",
    glossEn:
      "The measures apply to the websites of municipal administrative bodies and district/county governments; other state bodies and public-service organisations may follow them.",
    truncated: false
  },
  {
    number: "4",
    label: "第四条",
    heading: "原则",
    chapter: "第一章总则",
    textZh:
      "第四条(原则)政府公众网站的建设、运行和管理应当遵循公开、便民、效率和安全的原则。\n政府公众网站的内容应当真实、准确、及时。",
    glossEn:
      "Websites follow openness, convenience, efficiency and security, and their content must be true, accurate and timely.",
    truncated: false
  },
  {
    number: "5",
    label: "第五条",
    heading: "管理部门",
    chapter: "第一章总则",
    textZh:
      "第五条(管理部门)上海市人民政府办公厅(以下简称市政府办公厅)是本市政府公众网站的主管部门,负责全市政府公众网站的建设,并组织、协调、监督有关部门实施本办法。\n上海市信息化委员会(以下简称市信息委)负责全市政府公众网站建设的总体规划,并会同上海市技术监督局研究和推广政府公众网站的技术标准。\n上海市信息网络安全协调办公室(以下简称市网安办)负责本市政府公众网站安全建设和运行管理的组织协调、指导监督工作。\n市公安、国家安全、国家保密、新闻、通信管理局等部门依法履行各自职责。\n门户网站由市政府办公厅主管,门户网站编辑部具体负责门户网站的日常信息发布和运行管理工作,并负责部门网站的具体业务指导和组织协调工作。\n市级行政机关和区县政府负责本部门和本级政府网站的建立、运行和日常管理工作。",
    glossEn:
      "The General Office is the competent department, the Informatization Commission plans and sets standards, the information security coordination office oversees security, the portal's editorial office runs the portal, and each body runs its own site.",
    truncated: false
  },
  {
    number: "6",
    label: "第六条",
    heading: "名称",
    chapter: "第二章政府公众网站的内容",
    textZh:
      "第六条(名称)门户网站的名称为:中国上海。\n部门网站名称为:(一)上海市政府所属的委办局和有关部门的名称为“上海+ 各部门的缩写名称”。",
    glossEn:
      "The portal is named 中国上海 and the sites of municipal departments are named 上海 plus the department's short name.",
    truncated: true
  }
])
