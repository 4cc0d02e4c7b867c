/**
 * The articles (their Chinese text and English gloss) of:
 * 上海市电子政务外网管理办法 (Shanghai Municipal Measures for the Administration of the E-Government Extranet).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./sh-extranet-2020.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "第一条",
    heading: "目的和依据",
    chapter: "第一章总则",
    textZh:
      "第一条(目的和依据)为进一步加强本市电子政务外网(以下简称“政务外网”)的管理,提升网络支撑能力,确保网络安全、可靠、高效和稳定运行,根据国家有关规定,结合本市实际,制定本办法。",
    glossEn:
      "The measures are made to strengthen the management of the city's e-government extranet and keep it secure, reliable, efficient and stable, under state rules.",
    truncated: false
  },
  {
    number: "2",
    label: "第二条",
    heading: "适用范围",
    chapter: "第一章总则",
    textZh: "第二条(适用范围)本办法适用于本市政务外网建设、接入、运行、安全管理等活动。",
    glossEn: "The measures apply to building, connecting to, operating and securing the city's extranet.",
    truncated: false
  },
  {
    number: "3",
    label: "第三条",
    heading: "定义",
    chapter: "第一章总则",
    textZh:
      "第三条(定义)本办法所称本市政务外网,是国家政务外网的组成部分,与互联网逻辑隔离,为非涉密网络。\n本市政务外网由市级政务外网和区级政务外网组成,主要服务于本市各级党委、人大、政府、政协、监察委、法院、检察院和人民团体等,满足经济调节、市场监管、社会管理、公共服务、生态环境保护等工作需要,支撑跨部门、跨层级、跨区域数据共享和业务协同。",
    glossEn:
      "The extranet is part of the national government extranet, logically isolated from the internet and non-classified; it has a municipal and a district level and serves Party committees, congresses, governments, CPPCC, supervision commissions, courts, procuratorates and people's organisations, supporting cross-department data sharing and collaboration.",
    truncated: false
  },
  {
    number: "4",
    label: "第四条",
    heading: "管理原则",
    chapter: "第一章总则",
    textZh: "第四条(管理原则)本市政务外网管理,遵循“统一标准、集约建设、分级管理、协同管控、保障安全”的原则。",
    glossEn:
      "Extranet management follows unified standards, intensive building, graded management, coordinated control and security.",
    truncated: false
  },
  {
    number: "5",
    label: "第五条",
    heading: "集约建设",
    chapter: "第一章总则",
    textZh: "第五条(集约建设)除国家另有规定外,行政机关不得新建非涉密业务专网;已经建成的,原则上应当分类并入政务外网。",
    glossEn:
      "Unless the state provides otherwise, administrative organs may not build new non-classified business networks, and existing ones are in principle merged into the extranet by category.",
    truncated: false
  },
  {
    number: "6",
    label: "第六条",
    heading: "市政府办公厅职责",
    chapter: "第二章职责分工",
    textZh: "第六条(市政府办公厅职责)市政府办公厅是本市政务外网的主管部门,协调推进和指导监督本市政务外网工作。",
    glossEn:
      "The Municipal Government General Office is the competent department for the extranet and coordinates, guides and supervises extranet work.",
    truncated: false
  },
  {
    number: "7",
    label: "第七条",
    heading: "市大数据中心职责",
    chapter: "第二章职责分工",
    textZh:
      "第七条(市大数据中心职责)市大数据中心负责制定本市政务外网有关标准规范,指导和协调区级政务外网有关工作。\n承担市级政务外网管理单位职责,负责市级政务外网的建设、接入、运行和安全管理工作,负责市级政务外网与国家政务外网之间的对接工作。",
    glossEn:
      "The Municipal Big Data Center sets extranet standards, guides district extranets and, as manager of the municipal extranet, builds, connects, operates and secures it and links it to the national extranet.",
    truncated: false
  }
])
