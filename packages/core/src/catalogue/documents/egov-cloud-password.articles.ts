/**
 * The articles (their Chinese text and English gloss) of:
 * XXX密码使用管理制度 (Password Use Management Rules for an E-Government Cloud Platform (template)).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./egov-cloud-password.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "第一条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第一条为了规范和加强电子政务云平台内的主机操作系统、网络设备、网络应用系统的帐号和密码安全管理,预防口令泄漏和身份假冒等带来的风险, 为主机操作系统、网络设备、网络应用系统为生成密码、保护密码以及变更密码等建立相应的策略;为数据的保护和加密建立相应的策略。\n为保障XXX电子政务云平台稳定持续的运行,特制定本制度。",
    glossEn:
      "The rules govern account and password security on the e-government cloud platform's hosts, network devices and applications, against password leaks and impersonation, and set policies for creating, protecting and changing passwords and for data protection and encryption.",
    truncated: false
  },
  {
    number: "2",
    label: "第二条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第二条各系统可以自行规定本系统的帐号和口令的管理细则,并针对本系统采取有关技术手段进行安全保障,但必须达到或高于本制度规定的级别。",
    glossEn: "Each system may set its own account and password rules, but they must be at least as strict as these.",
    truncated: false
  },
  {
    number: "3",
    label: "第三条",
    heading: null,
    chapter: "第一章总则",
    textZh: "第三条本管理规定根据《信息安全建设总体策略规定》制订。",
    glossEn: "The rules are made under the organisation's overall information security policy.",
    truncated: false
  },
  {
    number: "4",
    label: "第四条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第四条本管理办法适用于上海市XXX电子政务云平台内所有信息应用系统及附属设备;适用于需要帐号和密码进行业务操作的相关部门和人员;适用于因业务关系需要使用云平台系统的第三方服务商或者供应商;",
    glossEn:
      "The rules apply to all applications and devices on the cloud platform, to departments and staff who use accounts and passwords, and to third-party service providers and suppliers using the platform.",
    truncated: false
  },
  {
    number: "5",
    label: "第五条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第五条本文档将依据信息技术和信息安全技术的不断发展和信息安全风险的演变及信息安全保护目标的不断变化而进行版本升级。",
    glossEn: "The document is revised as technology, security risks and protection goals change.",
    truncated: false
  },
  {
    number: "6",
    label: "第六条",
    heading: null,
    chapter: "第二章人员及职责",
    textZh: "第六条上海市XXX主任负责监督此文档的落实。",
    glossEn: "The head (主任) of the operating body supervises implementation.",
    truncated: false
  },
  {
    number: "7",
    label: "第七条",
    heading: null,
    chapter: "第二章人员及职责",
    textZh: "第七条上海市XXX电子政务云平台的系统管理员负责制执行本管理规定的要求。",
    glossEn: "The cloud platform's system administrators carry out the rules.",
    truncated: false
  },
  {
    number: "8",
    label: "第八条",
    heading: null,
    chapter: "第三章安全管理要求",
    textZh:
      "第八条针对所有人员对电子政务云平台相关的帐户和密码的申请、使用和分配;针对帐户和密码的生命周期的管理;针对电子政务云平台内业务应用系统的帐户和密码的变更。\n根据这些方面对帐户和密码的安全管理提出以下要求。",
    glossEn:
      "The security requirements cover applying for, using and allocating accounts and passwords, their lifecycle, and changes to application accounts and passwords.",
    truncated: false
  },
  {
    number: "9",
    label: "第九条",
    heading: "3.1用户安全管理",
    chapter: "第三章安全管理要求",
    textZh:
      "第九条创立新的用户角色或对用户组或用户角色定义进行和修改时,应考虑不相容职责分工原则,由业务部门主管(或授权人员)对用户角色的权限设定进行审阅并签字确认,以确保在系统中分配给用户的权限与其职责相符。",
    glossEn:
      "Creating or changing user roles must respect the separation of incompatible duties, and the business department head (or an authorised person) must review and sign off role rights so that rights match duties.",
    truncated: false
  }
])
