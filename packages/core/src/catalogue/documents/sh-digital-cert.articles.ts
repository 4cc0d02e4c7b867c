/**
 * The articles (their Chinese text and English gloss) of:
 * 上海市数字证书使用管理办法 (Shanghai Municipal Measures for the Administration of the Use of Digital Certificates).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./sh-digital-cert.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "第一条",
    heading: "目的和依据",
    chapter: null,
    textZh:
      "第一条(目的和依据)为了规范本市数字证书的使用和管理,推进数字证书的应用,保障信息安全,根据《中华人民共和国电子签名法》《中华,人民共和国保守国家秘密法》《电子认证服务管理办法》《电子,,认证服务密码管理办法》的有关规定,制定本办法.",
    glossEn:
      "The measures regulate the use and management of digital certificates in Shanghai, under the Electronic Signature Law, the State Secrets Law and the national e-authentication rules.",
    truncated: false
  },
  {
    number: "2",
    label: "第二条",
    heading: "定义",
    chapter: null,
    textZh:
      "第二条(定义)本办法所称的数字证书,是指以密码技术为基础的能够证实电子签名人与电子签名制作数据具有关联性的一种电子签名认证证书.",
    glossEn:
      "Defines a digital certificate as a cryptography-based electronic-signature certificate showing that a signatory is linked to the signature-creation data.",
    truncated: false
  },
  {
    number: "3",
    label: "第三条",
    heading: "适用范围",
    chapter: null,
    textZh: "第三条(适用范围)本办法适用于本市行政区域内数字证书的申请,发放,使用,更新及其相关的管理活动.",
    glossEn:
      "The measures apply to applying for, issuing, using and renewing digital certificates, and related management, within Shanghai.",
    truncated: false
  },
  {
    number: "4",
    label: "第四条",
    heading: "管理部门",
    chapter: null,
    textZh:
      "第四条(管理部门)上海市信息化委员会(以下简称市信息委),上海市国家密码管理委员会办公室(以下简称市国密办),上海市国家保密局(以下简称市国家保密局)按照各自职责,负责本市数字证书使用的统一规划和管理.",
    glossEn:
      "The Municipal Informatization Commission, the municipal State Cryptography Administration office and the municipal State Secrets Bureau each plan and manage certificate use within their duties.",
    truncated: false
  },
  {
    number: "5",
    label: "第五条",
    heading: "电子认证服务",
    chapter: null,
    textZh:
      "第五条(电子认证服务)本市电子政务活动中涉及数字证书使用的电子认证服务,应当由依法设立并经市信息委,市国密办,市国家保密局共同认可1的电子认证服务机构统一提供,其系统建设应当符合本市统一的电子认证服务体系的建设要求.本市社会公共服务活动中涉及数字证书使用的电子认证服务,应当由依法设立的电子认证服务机构提供,其系统建设应当符合本市统一的电子认证服务体系的建设要求.本市电子商务活动中涉及数字证书使用的电子认证服务,应当由依法设立的电子认证服务机构提供.",
    glossEn:
      "E-government certificates must come from a lawfully established CA jointly recognised by those three bodies, public-service certificates from a lawfully established CA fitting the city's unified system, and e-commerce certificates from any lawfully established CA.",
    truncated: false
  },
  {
    number: "6",
    label: "第六条",
    heading: "数字证书在电子政务活动中的使用",
    chapter: null,
    textZh:
      "第六条(数字证书在电子政务活动中的使用)在下列电子政务活动中,需要解决身份认证,授权管理,责任认定的,应当按照国家和本市有关规定使用数字证书:(一)利用电子政务系统开展内部办公或者协同办公,公文流转,公文归档以及归档公文向档案馆移交等活动;(二)网上政府采购,招投标等活动;(三)网上申报,年检,备案,审批,缴费,资质认定,统计等社会管理活动;(四)利用网络向社会提供信息公开服务的活动;(五)其他利用网络开展电子政务的活动.",
    glossEn:
      "Certificates must be used where e-government activities (internal and joint office work, document flow and archiving, online procurement and tendering, online filings and approvals, information disclosure and the like) need identity authentication, authorisation or accountability.",
    truncated: false
  },
  {
    number: "7",
    label: "第七条",
    heading: "数字证书在社会公共服务活动中的使用",
    chapter: null,
    textZh:
      "第七条(数字证书在社会公共服务活动中的使用)在下列社会公共服务活动中,需要解决身份认证,授权管理,责任认定的,应当按照国家和本市有关规定使用数字证书:(一)法律,法规授权的具有管理公共事务职能的组织利用网络开展的社会公共服务活动;2(二)银行,证券,保险,期货等行业的机构利用网络开展的金融服务活动;(三)教育,医疗卫生,供水,供电,供气,供热,公共交通,环保等领域的企事业单位,利用网络开展的社会公共服务活动;(四)其他利用网络开展的社会公共服务活动.",
    glossEn:
      "Certificates must be used where online public-service activities (by authorised public bodies, banks, securities, insurance and futures firms, education, health, utilities, public transport, environmental bodies and the like) need identity authentication, authorisation or accountability.",
    truncated: false
  },
  {
    number: "8",
    label: "第八条",
    heading: "数字证书在电子商务活动中的使用",
    chapter: null,
    textZh:
      "第八条(数字证书在电子商务活动中的使用)在下列电子商务活动中,需要解决身份认证,授权管理,责任认定的,鼓励使用数字证书:(一)设立各类网络交易平台,信息服务平台和娱乐平台的活动;(二)利用网络签订电子合同,进行电子支付,交付数字产品的活动;(三)电子商务活动中交易各方认为需要使用数字证书的活动;(四)其他利用网络开展的电子商务活动.",
    glossEn:
      "Certificates are encouraged, not required, in e-commerce activities that need identity authentication, authorisation or accountability.",
    truncated: false
  },
  {
    number: "9",
    label: "第九条",
    heading: "数字证书的申请和发放",
    chapter: null,
    textZh:
      "第九条(数字证书的申请和发放)申请使用数字证书的政府机构,法律法规授权的具有管理公共事务职能的组织,企事业单位,民办非企业单位(以下简称单位)或者个人,应当向电子认证服务机构提供合法,有效的证件或者证明材料.经审查符合申请条件的,双方签订数字证书使用服务协议,由电子认证服务机构发放数字证书并收取相关费用.3因开展电子政务活动或者社会公共服务活动申请数字证书的,应当由单位集中办理.",
    glossEn:
      "An applicant gives the CA valid identity documents and signs a service agreement before the CA issues the certificate and charges fees; certificates for e-government or public-service use must be applied for centrally by the unit.",
    truncated: false
  },
  {
    number: "10",
    label: "第十条",
    heading: "数字证书的更新,挂失,撤销及服务协议示范文本",
    chapter: null,
    textZh:
      "第十条(数字证书的更新,挂失,撤销及服务协议示范文本)数字证书的更新,挂失,撤销等事项和各方的权利义务,由数字证书使用服务协议予以约定.市信息委会同市国密办,市国家保密局组织制订和发布数字证书服务协议示范文本,供协议各方参照使用.",
    glossEn:
      "Renewal, loss reporting and revocation of certificates and the parties' rights and duties are set by the service agreement, for which the city publishes a model text.",
    truncated: false
  },
  {
    number: "11",
    label: "第十一条",
    heading: "数字证书的收费标准",
    chapter: null,
    textZh:
      "第十一条(数字证书的收费标准)用于电子政务和社会公共服务活动的数字证书的收费标准,应当经市价格主管部门会同有关部门批准.用于电子商务活动的数字证书的收费标准,由电子认证服务机构明码标示或者由数字证书使用服务协议约定.",
    glossEn:
      "Fees for e-government and public-service certificates need approval of the municipal pricing authority; e-commerce certificate fees are posted by the CA or set in the service agreement.",
    truncated: false
  },
  {
    number: "12",
    label: "第十二条",
    heading: "数字证书持有人的使用保管义务",
    chapter: null,
    textZh:
      "第十二条(数字证书持有人的使用保管义务)数字证书应当保存在符合国家密码管理相关规定的载体中.数字证书持有人应当妥善保管数字证书及其密钥,未经明确授权,不得随意转借他人使用.单位需要使用2个及2个以上数字证书的,应当建立内部规章制度,明确数字证书的实际保管人,使用权限,用途,登记,发放等内容.",
    glossEn:
      "Certificates must be kept on a carrier meeting national cryptography rules, holders must keep certificates and keys safe and may not lend them without explicit authorisation, and a unit using two or more certificates must have internal rules naming the custodian, rights, use, register and issuing.",
    truncated: false
  },
  {
    number: "13",
    label: "第十三条",
    heading: "数字证书的相关信息保密",
    chapter: null,
    textZh:
      "第十三条(数字证书的相关信息保密)电子认证服务机构应当按照《中华人民共和国保守国家秘密法》,《电子认证服务管理办法》等的规定,建立完善的保密制度,4履行保密义务,并接受有关职能部门的监督指导.除法律法规另有规定外,电子认证服务机构及其工作人员不得泄露下列信息:(一)数字证书持有人的身份信息;(二)数字证书持有人委托认证机构保管的数字证书密钥.",
    glossEn:
      "CAs must run secrecy systems and, unless a law provides otherwise, may not disclose holders' identity data or keys that holders entrusted to them.",
    truncated: false
  },
  {
    number: "14",
    label: "第十四条",
    heading: "电子认证服务系统的安全要求",
    chapter: null,
    textZh:
      "第十四条(电子认证服务系统的安全要求)电子认证服务系统建设应当符合《电子认证服务机构管理办法》《证书认证系统密码及其相关安全技术规范》等规定,以及,国家和本市有关部门的安全要求.",
    glossEn:
      "CA systems must meet the national rules for CAs and certificate-system cryptography and the state's and the city's security requirements.",
    truncated: false
  },
  {
    number: "15",
    label: "第十五条",
    heading: "法律责任",
    chapter: null,
    textZh:
      "第十五条(法律责任)在使用数字证书的过程中,电子认证服务机构或者数字证书持有人违反《中华人民共和国保守国家秘密法》《中华人民共和,国电子签名法》《商用密码管理条例》等法律法规的,依法予以,处罚;构成犯罪的,由司法机关予以处理.",
    glossEn:
      "CAs or holders who break secrecy, electronic-signature or commercial-cryptography law when using certificates are penalised, and crimes are handled by the judicial organs.",
    truncated: false
  }
])
