/**
 * The articles (their Chinese text and English gloss) of:
 * 上海市公共数据和⼀⽹通办管理办法 (Shanghai Municipal Measures for the Administration of Public Data and One-Network Government Services).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./sh-public-data-2018.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "第⼀条",
    heading: "⽬的和依据",
    chapter: "第⼀章 总则",
    textZh:
      "第⼀条(⽬的和依据)为促进本市公共数据整合应⽤,推进“⼀⽹通办”建设,提升政府治理能⼒和公共服务⽔平,根据相关法律、法规和国家有关规定,结合本市实际,制定本办法。",
    glossEn:
      "The measures promote the integration and use of public data and one-network government services (一网通办), under the relevant laws, regulations and state rules.",
    truncated: false
  },
  {
    number: "2",
    label: "第⼆条",
    heading: "适⽤范围",
    chapter: "第⼀章 总则",
    textZh:
      "第⼆条(适⽤范围)本市⾏政区域内公共数据和“⼀⽹通办”⼯作的规划、建设、运维、应⽤、安全保障和监督考核等管理活动,适⽤本办法。\n涉及国家秘密的公共数据管理,按照相关保密法律、法规的规定执⾏。",
    glossEn:
      "The measures apply to planning, building, operating, using, securing and evaluating public data and one-network services in Shanghai; public data involving state secrets follows secrecy law.",
    truncated: false
  },
  {
    number: "3",
    label: "第三条",
    heading: "定义",
    chapter: "第⼀章 总则",
    textZh:
      "第三条(定义)本办法所称公共数据,是指本市各级⾏政机关以及履⾏公共管理和服务职能的事业单位(以下统称公共管理和服务机构)在依法履职过程中,采集和产⽣的各类数据资源。\n本办法所称“⼀⽹通办”,是指依托全流程⼀体化在线政务服务平台(以下简称在线政务服务平台)和线下办事窗⼝,整合公共数据资源,加强业务协同办理,优化政务服务流程,推动群众和企业办事线上⼀个总门户、⼀次登录、全⽹通办,线下只进⼀扇门、最多跑⼀次。",
    glossEn:
      "Defines public data as data that administrative organs and public-service institutions collect or produce in performing their duties, and one-network services as integrated online and offline government services (one portal and one login online, one door and at most one visit offline).",
    truncated: false
  },
  {
    number: "4",
    label: "第四条",
    heading: "管理原则",
    chapter: "第⼀章 总则",
    textZh:
      "第四条(管理原则)本市公共数据和“⼀⽹通办”⼯作应当遵循统筹规划、集约建设、汇聚整合、共享开放、有效应⽤、精准服务、保障安全的原则。",
    glossEn:
      "Public data and one-network work follow overall planning, intensive building, aggregation, sharing and opening, effective use, precise service and security.",
    truncated: false
  },
  {
    number: "5",
    label: "第五条",
    heading: "职责分⼯",
    chapter: "第⼀章 总则",
    textZh:
      "第五条(职责分⼯)市政府办公厅是本市公共数据和电⼦政务⼯作的主管部门,负责统筹规划、协调推进、指导监督本市公共数据和“⼀⽹通办”⼯作。\n市⼤数据中⼼具体承担本市公共数据归集、整合、共享、开放、应⽤管理,组织实施“⼀⽹通办”⼯作。\n市经济信息化部门负责指导、协调、推进公共数据开放、数据开发应⽤和产业发展。\n市其他⾏政机关在各⾃职责范围内,做好公共数据和“⼀⽹通办”的相关⼯作。\n区⼈民政府确定的部门(以下简称区主管部门)是本⾏政区域内公共数据和电⼦政务⼯作的主管部门,负责指导、协区⼈民政府确定的部门(以下简称区主管部门)是本⾏政区域内公共数据和电⼦政务⼯作的主管部门,负责指导、协调、推进、监督本⾏政区域内公共数据和“⼀⽹通办”⼯作。",
    glossEn:
      "The General Office is the competent department for public data and e-government, the Big Data Center collects, integrates, shares and opens public data and runs one-network services, the economy and informatization department promotes data opening and industry, and each district government names a competent department.",
    truncated: false
  }
])
