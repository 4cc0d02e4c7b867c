/**
 * The articles (their Chinese text and English gloss) of:
 * 上海市电子政务管理办法 (Shanghai Municipal Measures for the Administration of E-Government).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./sh-egov-2012.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "第一条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第一条为加强和规范本市电子政务工作,提高行政效能,促进信息共享,深化政务公开,规范行政行为,强化行政监督,提升政府服务水平,促进政府职能转变和管理创新,根据有关法律、法规的规定和要求,结合本市实际,制定本办法。",
    glossEn:
      "The measures are made to strengthen and regulate the city's e-government work, raise administrative efficiency, information sharing, openness and service, under the applicable laws and regulations.",
    truncated: false
  },
  {
    number: "2",
    label: "第二条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第二条本办法所称电子政务,是指政府机构应用信息与网络技术,将管理和服务集成,实现政务与技术的有机融合,向政府内部和社会公众提供更加规范、透明、高效、便捷的行政管理和公共服务的活动。",
    glossEn:
      "Defines e-government as government bodies using information and network technology to integrate management and services and deliver administration and public services inside government and to the public.",
    truncated: false
  },
  {
    number: "3",
    label: "第三条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第三条本市各级政府及其工作部门、经法律法规授权具有公共管理职能的组织(以下统称“行政机关”)开展电子政务的建设和管理,适用本办法。",
    glossEn:
      "The measures apply to e-government building and management by the city's governments at all levels, their departments and organisations authorised by law to perform public-management functions (together 'administrative organs').",
    truncated: false
  },
  {
    number: "4",
    label: "第四条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第四条本市电子政务建设与管理,应当遵循“统筹规划、规范标准、集约精简、协同共享、安全高效、公开透明”的原则,着力于管理创新、模式创新和技术创新,促进电子政务工作持续、健康发展。",
    glossEn:
      "E-government building and management follow the principles of overall planning, standardisation, intensive and lean building, collaboration and sharing, security and efficiency, and openness and transparency.",
    truncated: false
  },
  {
    number: "5",
    label: "第五条",
    heading: null,
    chapter: "第二章机构体制",
    textZh:
      "第五条本市电子政务工作由市政府办公厅负责,相关部门支撑,业务单位配合。\n市政府办公厅会同市有关部门推进、指导、协调、监督全市电子政务工作。\n同时,负责市政府办公信息系统的建设、应用和管理工作。\n市政府办公厅电子政务办公室为日常工作和管理机构。",
    glossEn:
      "The Municipal Government General Office is responsible for the city's e-government, supported by related departments; it also runs the municipal government office information system, and its E-Government Office handles day-to-day management.",
    truncated: false
  },
  {
    number: "6",
    label: "第六条",
    heading: null,
    chapter: "第二章机构体制",
    textZh:
      "第六条各区(县)、各部门应当加强本区(县)、本部门电子政务工作的组织领导,实行主要领导负责制,明确责任部门,落实工作职责,保障电子政务日常工作的有序开展。",
    glossEn:
      "Each district/county and department must lead its own e-government work under a principal-leader responsibility system and name a responsible department.",
    truncated: false
  },
  {
    number: "7",
    label: "第七条",
    heading: null,
    chapter: "第三章发展规划",
    textZh:
      "第七条市政府办公厅会同市发展改革委、市经济信息化委等有关部门根据国家电子政务总体规划和本市信息化要求,编制电子政务发展规划,报市政府批准后,向社会公布并组织实施。\n编制电子政务发展规划,应当广泛征求各方意见,加强顶层设计、统筹协调,防止重复建设,提高社会效应和经济效益。",
    glossEn:
      "The General Office, with the Development and Reform Commission, the Economy and Informatization Commission and others, drafts the city's e-government development plan, which is published and implemented after the municipal government approves it; drafting must consult widely and avoid duplicate building.",
    truncated: false
  },
  {
    number: "8",
    label: "第八条",
    heading: null,
    chapter: "第三章发展规划",
    textZh: "第八条各区(县)、各部门可根据本市电子政务发展规划,编制电子政务相关规划,报市政府办公厅备案。",
    glossEn:
      "Districts/counties and departments may draw up their own e-government plans under the city plan and must file them with the General Office.",
    truncated: false
  },
  {
    number: "9",
    label: "第九条",
    heading: null,
    chapter: "第三章发展规划",
    textZh:
      "第九条市政府办公厅会同有关部门根据本市电子政务发展规划,制定年度工作计划。\n各区(县)、各部门根据本市电子政务工作的统一要求,制定本区(县)、本部门年度工作计划、节点目标,并报市政府办公厅备案。\n同时,及时将年度工作计划、节点目标的实施情况报送市政府办公厅。",
    glossEn:
      "The General Office sets the city's annual e-government work plan; districts/counties and departments file their annual work plans and milestones with the General Office and report how they are carried out.",
    truncated: false
  },
  {
    number: "10",
    label: "第十条",
    heading: null,
    chapter: "第四章项目管理",
    textZh:
      "第十条市级政府投资的电子政务建设项目由市发展改革委牵头,经市经济信息化委、市政府办公厅审核后,由市发展改革委审批,按照国家和本市有关规定执行。",
    glossEn:
      "A municipal government-investment e-government construction project is led by the Development and Reform Commission and approved by it after review by the Economy and Informatization Commission and the General Office.",
    truncated: false
  },
  {
    number: "11",
    label: "第十一条",
    heading: null,
    chapter: "第四章项目管理",
    textZh:
      "第十一条年度市本级电子政务信息化预算项目由市财政局牵头,经市经济信息化委、市政府办公厅审核后,由市财政局审批,按照国家和本市有关规定执行。",
    glossEn:
      "An annual municipal e-government IT budget project is led by the Finance Bureau and approved by it after review by the Economy and Informatization Commission and the General Office.",
    truncated: false
  },
  {
    number: "12",
    label: "第十二条",
    heading: null,
    chapter: "第四章项目管理",
    textZh:
      "第十二条市级政府投资的电子政务建设项目、年度市本级电子政务信息化预算项目经市发展改革委或市财政局审批后,其批复文件、预算安排情况抄送市政府办公厅等部门。\n各有关部门要加强协同配合、提高效率,积极推动相关项目的源头管理。\n各项目建设和应用单位要加强招标采购、工程监理、竣工验收、推广应用等工作。",
    glossEn:
      "Once such projects are approved, the approval documents and budget arrangements are copied to the General Office and other departments, and project units must handle tendering and procurement, project supervision, completion acceptance and roll-out.",
    truncated: false
  },
  {
    number: "13",
    label: "第十三条",
    heading: null,
    chapter: "第五章网络建设",
    textZh:
      "第十三条本市电子政务网络,由政务内网、政务外网和800兆数字集群政务共网组成。\n(一)政务内网为涉密网,主要满足各级行政机关涉密业务工作的应用需要。\n(二)政务外网为非涉密网,主要满足各级行政机关非涉密业务和社会管理、公共服务等面向社会的应用需要。\n(三)800兆数字集群政务共网为无线通讯网,主要满足各级行政机关开展应急管理、协调指挥、综合调度等应用需要。",
    glossEn:
      "The e-government network consists of the classified internal network, the non-classified extranet and the 800 MHz digital trunked radio network for emergency management and command.",
    truncated: false
  },
  {
    number: "14",
    label: "第十四条",
    heading: null,
    chapter: "第五章网络建设",
    textZh:
      "第十四条市有关建设单位分别负责各自骨干网的建设和管理,制定网络接入、IP地址分配、域名管理、费用支付等技术标准和管理规范,指导分支网络的建设和规划。",
    glossEn:
      "The municipal building units each build and manage their backbone network, set the technical and management rules for access, IP addresses, domain names and fees, and guide branch networks.",
    truncated: false
  },
  {
    number: "15",
    label: "第十五条",
    heading: null,
    chapter: "第五章网络建设",
    textZh:
      "第十五条各区(县)、各部门要充分利用现有电子政务网络,实现互联互通。\n电子政务网络接入单位应当落实管理责任,做好本单位电子政务网络的终端设备、各类应用等日常运维和保障工作。\n除国家另有明确规定外,原则上不再单独新建业务专网。\n已建成的业务网络应当逐步归并整合,分别纳入政务内网、政务外网或800兆数字集群政务共网。",
    glossEn:
      "Districts/counties and departments must use the existing e-government networks and connected units run their own terminals and applications; unless the state provides otherwise no new separate business network is built, and existing ones are merged into the internal network, the extranet or the trunked radio network.",
    truncated: false
  },
  {
    number: "16",
    label: "第十六条",
    heading: null,
    chapter: "第五章网络建设",
    textZh:
      "第十六条加强本市电子政务网络的互联网接入管理。\n政务内网应当与互联网物理隔离,政务外网应当与互联网逻辑隔离。\n行政机关应当依托政务外网,形成相对集中的互联网接口,现有的各区(县)、各部门互联网接口应当逐步归并。",
    glossEn:
      "Internet access is controlled: the internal network must be physically and the extranet logically isolated from the internet, and internet egress is concentrated through the extranet, with existing egress points gradually merged.",
    truncated: false
  },
  {
    number: "17",
    label: "第十七条",
    heading: null,
    chapter: "第五章网络建设",
    textZh: "第十七条行政机关面向社会公众的电子政务应用系统应当基于政务外网组织实施,并通过互联网提供服务。",
    glossEn:
      "Public-facing e-government application systems must be built on the extranet and serve the public over the internet.",
    truncated: false
  },
  {
    number: "18",
    label: "第十八条",
    heading: null,
    chapter: "第六章应用推进",
    textZh:
      "第十八条市审改办负责协调、推进和监督全市网上行政审批,研究、协调、推进行政审批业务系统的应用工作。\n市政府办公厅负责指导、推进和管理网上行政审批相关电子政务工作,指导网上行政审批信息系统的建设和应用,促进网上行政审批互联互通、资源共享与业务联动。\n各区(县)、各部门要建立相应的工作机制,按照相关要求,建设和完善相关审批业务应用系统,与市级网上行政审批服务管理平台对接,全面推进网上行政审批工作。",
    glossEn:
      "The Municipal Approval Reform Office coordinates online administrative approval, the General Office guides the related e-government systems, and districts/counties and departments connect their approval systems to the municipal online approval platform.",
    truncated: false
  },
  {
    number: "19",
    label: "第十九条",
    heading: null,
    chapter: "第六章应用推进",
    textZh:
      "第十九条市、区(县)监察机关要建立行政审批电子监察系统,通过信息系统对接和数据交换等方式,实现对行政审批事项的监督管理。",
    glossEn:
      "Supervisory organs at city and district/county level must build electronic supervision systems that monitor administrative approvals through system links and data exchange.",
    truncated: false
  },
  {
    number: "20",
    label: "第二十条",
    heading: null,
    chapter: "第六章应用推进",
    textZh:
      "第二十条行政机关要依据各自职责权限,遵循“便捷、实用、高效”的原则,加强电子政务应用,拓展面向社会公众的非审批类办事与服务。",
    glossEn:
      "Administrative organs must extend public-facing non-approval online services on the principle of convenience, practicality and efficiency.",
    truncated: false
  },
  {
    number: "21",
    label: "第二十一条",
    heading: null,
    chapter: "第六章应用推进",
    textZh:
      "第二十一条政府网站要加强运维管理,丰富深化内容,拓展网站功能,健全协同体系,夯实内容保障,注重安全防范,发挥网站集群效应,不断提升全市政府网站的服务能力和水平。\n各区(县)、各部门要加强政府网站资源整合,推动集约化建设。\n原则上要在互联网上逐步形成相对统一的对外门户网站。\n各单位要建立政府网站开办备案制度,加强网站新建、变更情况的备案,提高网站安全防护和管理水平。",
    glossEn:
      "Government websites must improve operation, content and security; districts/counties and departments consolidate their sites toward a unified external portal, and every unit must file the opening of and changes to its websites.",
    truncated: false
  },
  {
    number: "22",
    label: "第二十二条",
    heading: null,
    chapter: "第六章应用推进",
    textZh:
      "第二十二条推进本市部门间电子公文信息交换接口和数据对接建设,实现公文、会议通知、简报等垂直发送和横向传输,进一步深化无纸化办公,提升各级政府行政效率。\n各区(县)、各部门要结合实际,推进和优化本区(县)、本部门无纸化办公系统的应用。",
    glossEn:
      "Electronic official-document exchange between departments is to be built so that documents, meeting notices and briefings travel electronically and office work becomes paperless.",
    truncated: false
  },
  {
    number: "23",
    label: "第二十三条",
    heading: null,
    chapter: "第六章应用推进",
    textZh:
      "第二十三条由市档案局会同有关部门研究制定电子文件的档案管理规范,根据电子文件的归档管理要求,对电子文件的形成标准提出指导性意见,制定电子文件向档案部门移交的接口技术标准。",
    glossEn:
      "The Municipal Archives Bureau, with other departments, sets the archival rules for electronic records, guidance on how they are created and the technical interface standards for transferring them to archives.",
    truncated: false
  },
  {
    number: "24",
    label: "第二十四条",
    heading: null,
    chapter: "第六章应用推进",
    textZh: "第二十四条行政机关要推动无线通信及移动计算、云计算等技术在电子政务工作中的应用,开展先导示范应用。",
    glossEn:
      "Administrative organs should apply wireless, mobile computing and cloud computing technology in e-government and run pilot demonstrations.",
    truncated: false
  },
  {
    number: "25",
    label: "第二十五条",
    heading: null,
    chapter: "第六章应用推进",
    textZh: "第二十五条其他电子政务推进与实施规范,由市政府办公厅会同相关部门另行研究制定。",
    glossEn:
      "Other e-government implementation rules are to be made separately by the General Office with the relevant departments.",
    truncated: false
  },
  {
    number: "26",
    label: "第二十六条",
    heading: null,
    chapter: "第七章资源共享",
    textZh:
      "第二十六条根据国家有关规范,由市经济信息化委会同市有关部门制定本市政务信息资源目录体系与信息交换协议,建立本市公共数据目录交换平台,实现跨区域、跨部门的信息共享和数据交换。",
    glossEn:
      "The Economy and Informatization Commission sets the government information resource catalogue and exchange protocols and builds a public data catalogue exchange platform for sharing across regions and departments.",
    truncated: false
  },
  {
    number: "27",
    label: "第二十七条",
    heading: null,
    chapter: "第七章资源共享",
    textZh:
      "第二十七条除法律、法规、规章另有特殊规定的外,行政机关在履职过程中掌握的具有基础性、公共性特点的数据库信息,原则上纳入信息共享和数据交换范围。\n暂不能共享和交换的,可在按照程序报批后,暂缓实施。\n行政机关要重点搞好人口、法人、空间地理、宏观经济等基础信息资源库的共享,定期搞好与公共数据目录交换平台的数据同步。\n同时,逐项明确重点内容的数据采集、共享方法,确保基础信息的准确、及时和共享。",
    glossEn:
      "Basic and public database information held by administrative organs is in principle shared and exchanged unless a law, regulation or rule provides otherwise; a deferral needs approval; the population, legal-person, spatial-geographic and macro-economic databases must be shared and kept in sync with the exchange platform.",
    truncated: false
  },
  {
    number: "28",
    label: "第二十八条",
    heading: null,
    chapter: "第七章资源共享",
    textZh:
      "第二十八条行政机关要严格控制独立、封闭的单一部门业务系统建设,推进跨区域、跨部门的业务系统应用集成,开展业务协同,避免重复建设。",
    glossEn:
      "Administrative organs must strictly limit isolated single-department systems and integrate cross-region, cross-department applications to avoid duplicate building.",
    truncated: false
  },
  {
    number: "29",
    label: "第二十九条",
    heading: null,
    chapter: "第七章资源共享",
    textZh: "第二十九条行政机关要积极倡导利用现有基础设施资源,开展硬件托管、数据存储、灾难备份等集中性管理。",
    glossEn:
      "Administrative organs should use existing infrastructure for centralised hosting, data storage and disaster backup.",
    truncated: false
  },
  {
    number: "30",
    label: "第三十条",
    heading: null,
    chapter: "第八章安全保障",
    textZh:
      "第三十条由市网络与信息安全协调小组办公室会同市政府办公厅组织实施本市电子政务信息安全保障体系建设,定期开展相关信息安全监督检查,推动信息安全防护与电子政务建设的同步研究、规划和落实。",
    glossEn:
      "The Municipal Network and Information Security Coordination Group Office, with the General Office, builds the e-government information security system, runs regular security inspections and has security planned together with e-government building.",
    truncated: false
  },
  {
    number: "31",
    label: "第三十一条",
    heading: null,
    chapter: "第八章安全保障",
    textZh:
      "第三十一条本市统筹建设电子认证服务、信息安全监测预警和数据灾难备份等基础设施,为电子政务应用、网络与数据安全等提供可靠的技术保障。",
    glossEn:
      "The city builds shared electronic-authentication, security monitoring and early-warning, and data disaster-backup infrastructure for e-government.",
    truncated: false
  },
  {
    number: "32",
    label: "第三十二条",
    heading: null,
    chapter: "第八章安全保障",
    textZh:
      "第三十二条行政机关要建立健全等级保护、分级保护、安全测评、应急管理、安全检查等信息安全工作制度。\n按照“谁主管、谁负责,谁运行、谁负责,谁使用、谁负责”的要求,明确电子政务信息安全责任。",
    glossEn:
      "Administrative organs must set up graded protection, classified protection, security testing, emergency management and security inspection systems, with security responsibility resting on whoever governs, operates or uses a system.",
    truncated: false
  },
  {
    number: "33",
    label: "第三十三条",
    heading: null,
    chapter: "第八章安全保障",
    textZh:
      "第三十三条电子政务建设要使用正版软件和经依法认证的信息安全产品,鼓励电子政务项目使用自主知识产权的基础软件产品。",
    glossEn:
      "E-government building must use licensed software and lawfully certified security products and is encouraged to use basic software with domestic intellectual property.",
    truncated: false
  },
  {
    number: "34",
    label: "第三十四条",
    heading: null,
    chapter: "第八章安全保障",
    textZh: "第三十四条涉及国家秘密的电子政务网络与信息系统的建设管理,严格按照党和国家的有关保密规定执行。",
    glossEn:
      "E-government networks and systems involving state secrets are built and managed strictly under the Party's and the state's secrecy rules.",
    truncated: false
  },
  {
    number: "35",
    label: "第三十五条",
    heading: null,
    chapter: "第九章培训评估",
    textZh:
      "第三十五条建立健全本市电子政务培训制度,由上海行政学院、市公务员局、市政府办公厅分层分类组织开展电子政务培训,并将其纳入初任培训、任职培训、专门业务培训、在职培训等的范围,全面提升各级领导干部和公务员的电子政务意识和能力。",
    glossEn:
      "The city sets up e-government training run by the Shanghai Administration Institute, the Civil Service Bureau and the General Office and built into civil-servant training.",
    truncated: false
  },
  {
    number: "36",
    label: "第三十六条",
    heading: null,
    chapter: "第九章培训评估",
    textZh: "第三十六条建立健全本市电子政务信息报送和调查统计工作制度,促进工作交流和决策分析。",
    glossEn: "The city sets up systems for e-government information reporting and statistical surveys.",
    truncated: false
  },
  {
    number: "37",
    label: "第三十七条",
    heading: null,
    chapter: "第九章培训评估",
    textZh:
      "第三十七条建立健全本市电子政务工作绩效评估制度,由市政府办公厅会同市有关部门负责制定和实施市级绩效评估方案,定期对各区(县)、各部门的电子政务建设项目及整体绩效进行综合评估、考核。",
    glossEn:
      "The city sets up e-government performance evaluation: the General Office and other departments regularly evaluate districts' and departments' projects and overall performance.",
    truncated: false
  },
  {
    number: "38",
    label: "第三十八条",
    heading: null,
    chapter: "第十章附则",
    textZh: "第三十八条本办法由市政府办公厅负责监督实施。",
    glossEn: "The General Office supervises the implementation of the measures.",
    truncated: false
  },
  {
    number: "39",
    label: "第三十九条",
    heading: null,
    chapter: "第十章附则",
    textZh: "第三十九条本办法自印发之日起施行。",
    glossEn: "The measures take effect on the date they are issued.",
    truncated: false
  }
])
