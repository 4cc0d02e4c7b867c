/**
 * The articles (their Chinese text and English gloss) of:
 * 闵行区政务信息化项目管理办法 (Minhang District Measures for the Administration of Government IT Projects).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./minhang-it-2023.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "第一条",
    heading: "目的和依据",
    chapter: "第一章总则",
    textZh:
      "第一条(目的和依据)为进一步加强闵行区政务信息化项目统筹管理,推进集约节约建设、系统互联互通、数据共享和业务协同,提高财政资金使用效益,提升信息化建设水平,根据《国务院关于印发政务信息资源共享管理暂行办法的通知》(国发〔2016〕51号)、《国务院办公厅关于印发国家政务信息化项目建设管理办法的通知》(国办发〔2019〕57号)、《上海市市级数字化项目支出预算管理暂行办法》等相关规定,结合本区实际,制订本办法。",
    glossEn:
      "The measures strengthen coordinated management of Minhang district's government IT projects, under State Council and municipal rules.",
    truncated: false
  },
  {
    number: "2",
    label: "第二条",
    heading: "适用范围",
    chapter: "第一章总则",
    textZh:
      "第二条(适用范围)凡使用区本级(包括委办局、街道、莘庄工业区)财政资金和镇级财政资金的信息化项目均纳入本办法管理范围。",
    glossEn:
      "All IT projects funded by district-level (bureaus, sub-districts, Xinzhuang Industrial Zone) or town-level budgets fall under these measures.",
    truncated: false
  },
  {
    number: "3",
    label: "第三条",
    heading: "项目定义",
    chapter: "第一章总则",
    textZh:
      "第三条(项目定义)本办法所称政务信息化项目分为政务信息化建设项目和政务信息化运行维护项目。\n政务信息化建设项目包括电子政务网络平台、业务信息系统、信息资源库、信息安全基础设施、电子政务基础设施(数据中心、机房、视频监控等)、电子政务标准化体系以及相关支撑体系等符合《政务信息系统定义和范围》规定的系统。\n政务信息化运行维护项目是指为保障已有信息系统软件、硬件正常使用所需的计算机和网络硬件设备维护更新、软件维护、信息安全服务、购买数据服务、云服务等第三方服务。",
    glossEn:
      "Government IT projects are either construction projects (networks, business systems, databases, security and e-government infrastructure, standards) or operation-and-maintenance projects (upkeep of existing systems, security services, data and cloud services).",
    truncated: false
  }
])
