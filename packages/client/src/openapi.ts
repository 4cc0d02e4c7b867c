/**
 * The Zhengwu HTTP API's types, generated from its OpenAPI document by
 * openapi-typescript (`pnpm client:generate`); do not edit by hand.
 */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 存活检查 · liveness
         * @description 进程运行时回答 ok。
         *
         *     Answers ok while the process runs.
         */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 就绪检查 · readiness
         * @description 存储可用时回答 ready。
         *
         *     Answers ready once the storage answers.
         */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 法规目录 · the regulations
         * @description 收录的全部文件：编号、效力层级、施行日期（来源未载明的记为未知）。
         *
         *     Every catalogued document: number, level of force, dates in force (unknown where the source gives none).
         */
        get: operations["catalogue.regulations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regulations/{doc}/articles/{article}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 条文 · an article
         * @description 一条条文的中文原文（与来源逐字一致）及英文释义。
         *
         *     One article's Chinese text, verbatim from the source, and an English gloss.
         */
        get: operations["catalogue.article"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 规则 · the rules
         * @description 每条规则及其所依据的条文、由哪些校验器和状态机使用。
         *
         *     Every rule with the articles it cites and the validators and machines that apply it.
         */
        get: operations["catalogue.rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 办理程序 · the procedures
         * @description 每个状态机的编号、名称与依据。
         *
         *     Every machine's id, title and citations.
         */
        get: operations["catalogue.machines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/{procedure}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一个办理程序 · one procedure
         * @description 状态机的完整数据：状态、事件及其载荷模式、转换、条件、参与者表、查阅权限、启动所需的输入模式和示例；format=mermaid 时为状态图。
         *
         *     The machine as data: states, events with their payload schemas, transitions, guards, actor tables, read access, the input schema to start a case and an example; with format=mermaid, a state diagram.
         */
        get: operations["catalogue.machine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/approvals/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电子政务项目申报是否符合网络、安全和项目分类要求 · does this e-government project application meet the network, security and project-kind rules
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.approvals_submission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/approvals/plan-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 规划、年度工作计划的备案及实施情况报送是否符合要求 · is this plan on file, and is an annual work plan's implementation reported
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.approvals_plan_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/approvals/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 区(县)、部门电子政务工作是否实行主要领导负责制并明确责任部门 · does this district or department run its e-government work under its principal leader, with a responsible department
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.approvals_organisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/approvals/online-approval-system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审批业务应用系统是否与市级网上行政审批服务管理平台对接并纳入行政审批电子监察 · is this approval system connected to the municipal online approval platform and under electronic supervision
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.approvals_online_approval_system"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/networks/topology": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电子政务网络拓扑是否符合网络分类与隔离要求 · does this network topology keep the networks apart and the systems on the right networks
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.networks_topology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/networks/business-network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 业务专网能否新建、已建成的如何归并 · may this business private network be built, and where does an existing one go
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.networks_business_network"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/networks/connected-unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电子政务网络接入单位是否履行管理和运维责任 · does this connected unit meet its duties
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.networks_connected_unit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/networks/extranet-access-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该单位能否接入市级政务外网 · may this unit connect to the municipal extranet
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.networks_extranet_access_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/security/system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该系统是否建立信息安全工作制度并明确安全责任 · does this system have its security regimes and clear security responsibility
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.security_system"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/security/grading": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该系统的安全保护等级是否符合定级要素 · is this system's protection level what the grading table gives
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.security_grading"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/security/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电子政务建设是否使用正版软件和经依法认证的信息安全产品 · is this project built with licensed software and certified security products
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.security_products"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/security/website": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 网站安全管理责任制是否明确 · is this website's security responsibility system in place
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.security_website"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/security/role-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 用户角色的创立或修改是否符合要求 · may this user role be created or changed
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.security_role_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/security/identification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该系统的身份鉴别、访问控制和口令策略是否满足其安全保护等级 · do this system's identification, access control and passwords meet its protection level
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.security_identification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/certificates/service-eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该电子认证服务机构能否为该领域提供电子认证服务 · may this certification service serve this domain
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.certificates_service_eligibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/certificates/requirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该活动是否应当使用数字证书 · must this activity use a digital certificate
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.certificates_requirement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/certificates/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该数字证书申请能否受理 · may this certificate application go ahead
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.certificates_application"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/certificates/issuance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该数字证书能否发放 · may this certificate be issued
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.certificates_issuance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/certificates/fee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该数字证书收费标准是否合规 · is this certificate fee standard lawful
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.certificates_fee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/certificates/use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 此人能否于当日将该数字证书用于该活动 · may this person use this certificate for this activity on this day
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.certificates_use"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/certificates/unit-custody": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 使用2个及以上数字证书的单位是否建立了完整的内部规章制度 · does a unit with two or more certificates have complete internal custody rules
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.certificates_unit_custody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/certificates/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该数字证书移交是否由实际保管人进行 · is this handover made by the actual custodian
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.certificates_handover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/certificates/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电子认证服务机构能否提供该信息 · may the certification service disclose this information
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.certificates_disclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/certificates/service-agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 数字证书使用服务协议是否约定更新、挂失、撤销等事项和各方的权利义务 · does this service agreement set renewal, loss reporting, revocation and the parties' rights and duties
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.certificates_service_agreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/seals/use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电子印章能否用于该文件 · may this electronic seal be used on this document
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.seals_use"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/seals/legal-effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该电子公文是否具有与加盖实物公章的纸质公文同等的法律效力 · does this electronic document have the legal effect of a physically sealed paper one
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.seals_legal_effect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/archives/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该电子公文归档移交是否符合规定 · does this transfer archive the document as the measures require
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.archives_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/archives/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 归档电子公文是否与移交时一致 · is the archived document, as read, the one transferred
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.archives_integrity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/data-sharing/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该数据库是否按规定纳入信息共享和数据交换范围 · is this database shared as art 27 requires
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.data_sharing_sharing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/data-sharing/public-body": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该机构是否为所指文件所称的公共管理和服务机构 · is this body a public management and service body within the meaning of the instrument asked about
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.data_sharing_public_body"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/data-sharing/measures-scope": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该公共数据管理活动是否适用《上海市公共数据和一网通办管理办法》 · do the 2018 public data measures govern this activity
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.data_sharing_measures_scope"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/websites/naming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该政府网站名称是否符合规定 · may this government website take this name
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.websites_naming"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/e-licences/system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 该系统是否符合全市统一电子证照库的要求 · does this proposed system fit the one city-wide e-licence library
         * @description 按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。
         *
         *     Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.
         */
        post: operations["decisions.e_licences_system"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 案件列表 · list cases
         * @description 按程序、状态、单位、立案时间筛选并分页；只列出密钥可以查阅的案件。
         *
         *     Filtered by machine, state, agency and creation time, paged; only the cases the key may read.
         */
        get: operations["cases.list"];
        put?: never;
        /**
         * 立案 · start a case
         * @description 按所选程序（machine）的输入模式立案；各程序的输入模式与示例见 GET /v1/machines/{procedure}/{name}。带 Idempotency-Key 重试只立一次案。
         *
         *     Starts a case of the chosen machine with that machine's input; each input schema and example is in GET /v1/machines/{procedure}/{name}. A retry with the same Idempotency-Key starts one case.
         */
        post: operations["cases.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 事件流 · the case's events
         * @description 案件的事件流（按版本排列）。
         *
         *     The case's stored events in version order.
         */
        get: operations["cases.events"];
        put?: never;
        /**
         * 办理（通用） · fire an event
         * @description 在案件上触发事件，载荷按案件所属程序校验；需要类型化客户端时使用 /v1/machines/{procedure}/{name}/cases/{id}/events。
         *
         *     Fires an event on a case, its payload checked against the case's machine; typed clients use /v1/machines/{procedure}/{name}/cases/{id}/events.
         */
        post: operations["cases.fire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/approvals/municipal-construction-project/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理：市级政府投资电子政务建设项目审批 · fire an event: municipal government-investment e-government project approval
         * @description 在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。
         *
         *     Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal.
         */
        post: operations["cases.fire_approvals_municipal_construction_project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/approvals/municipal-budget-project/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理：年度市本级电子政务信息化预算项目审批 · fire an event: annual municipal e-government budget project approval
         * @description 在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。
         *
         *     Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal.
         */
        post: operations["cases.fire_approvals_municipal_budget_project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/approvals/district-project/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理：闵行区政务信息化项目管理 · fire an event: minhang district government it project lifecycle
         * @description 在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。
         *
         *     Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal.
         */
        post: operations["cases.fire_approvals_district_project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/approvals/city-plan/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理：本市电子政务发展规划编制与批准 · fire an event: the city e-government development plan
         * @description 在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。
         *
         *     Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal.
         */
        post: operations["cases.fire_approvals_city_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/approvals/plan-filing/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理：区(县)、部门规划及年度工作计划备案 · fire an event: filing district and department plans and annual work plans
         * @description 在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。
         *
         *     Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal.
         */
        post: operations["cases.fire_approvals_plan_filing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/approvals/website-filing/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理：政府网站开办、变更备案 · fire an event: filing a government website's opening and changes
         * @description 在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。
         *
         *     Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal.
         */
        post: operations["cases.fire_approvals_website_filing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/networks/extranet-access/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理：市级政务外网接入 · fire an event: connection to the municipal extranet
         * @description 在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。
         *
         *     Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal.
         */
        post: operations["cases.fire_networks_extranet_access"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/certificates/lifecycle/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理：数字证书的申请、发放、更新、挂失和撤销 · fire an event: certificate application, issue, renewal, loss report and revocation
         * @description 在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。
         *
         *     Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal.
         */
        post: operations["cases.fire_certificates_lifecycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/seals/signing/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理：电子印章签署流程 · fire an event: electronic seal signing flow
         * @description 在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。
         *
         *     Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal.
         */
        post: operations["cases.fire_seals_signing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machines/data-sharing/deferral/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理：暂不能共享和交换的数据库报批暂缓 · fire an event: deferring the sharing of a database, with approval
         * @description 在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。
         *
         *     Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal.
         */
        post: operations["cases.fire_data_sharing_deferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看案件 · a case
         * @description 案件当前状态与上下文；只有当事单位（参与者表点名、与案件绑定或依条文有监督职责）可以查阅，否则 404。
         *
         *     The case's state and context; only a party (named in the actor table, bound to the case, or given oversight by an article) reads it, anyone else gets 404.
         */
        get: operations["cases.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 办理经过 · the case's timeline
         * @description 每个已受理的事件和每次被拒绝的尝试，附决定（认定、条文、参与者）。
         *
         *     Each accepted event and each refused attempt, with its decision (findings, citations, actor).
         */
        get: operations["cases.history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 校验审计链 · verify the audit trail
         * @description 校验审计哈希链及每个事件与其审计记录是否一致，指出第一个被篡改处。需要审计员密钥。
         *
         *     Verifies the hash chain and every event against its audit record, naming the first place it breaks. Needs an auditor's key.
         */
        get: operations["audit.verifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules/{procedure}/{name}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按规则查询决定 · decisions by rule
         * @description 适用过某条规则的每个决定（案件与校验器），按审计顺序。需要审计员密钥。
         *
         *     Every decision (cases and validators) that applied a rule, in audit order. Needs an auditor's key.
         */
        get: operations["audit.decisionsByRule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decision-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 决定日志 · the decision log
         * @description 每次校验决定：决定编号、规则版本、结论、理由、输入哈希（运营方开启时含输入）。需要审计员密钥。
         *
         *     Every validator decision: its id, rules version, outcome, reasons and input hash (the input where the operator records it). Needs an auditor's key.
         */
        get: operations["audit.decisionLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decision-log/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出决定日志 · export the decision log
         * @description 决定日志导出为 NDJSON（每行一个 JSON 对象）。需要审计员密钥。
         *
         *     The decision log as NDJSON, one JSON object a line. Needs an auditor's key.
         */
        get: operations["audit.exportDecisionLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修订影响 · the impact of an amendment
         * @description 按修订（施行日期变更、文件或条文废止、规则收紧）重新决定已记录的决定（未给出时为本服务的决定日志，各按其决定日），并按 asOf（默认今天）重新检查在办案件的每个后续办理（每个事件、参与者表中的每个参与者）：列出将改变结论的决定（由何变为何、依据哪些规则和条文）、未记录输入而无法重新决定的决定，以及将被阻止或将可办理的后续办理（哪个事件、哪个参与者、为什么）。只作报告，不改变任何记录。需要审计员密钥。
         *
         *     Re-decides the recorded decisions (the server's decision log when none are given, each on its own day) and re-checks every next transition of the open cases given (each event, each actor of the actor tables) as of asOf (default today) under an amendment — an in-force date moved, a document or article repealed, a rule tightened — and reports the decisions that would flip (from what to what, under which rules and articles), those that cannot be re-decided because their input was not recorded, and the transitions that would be blocked or unblocked (which event, which actor, why). It reports only: nothing recorded changes. Needs an auditor's key.
         */
        post: operations["audit.impact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        InternalEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:internal";
            title: string;
            /** @enum {number} */
            status: 500;
            detail: string;
        };
        RateLimitedEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:rate-limited";
            title: string;
            /** @enum {number} */
            status: 429;
            detail: string;
            retryAfterSeconds: number;
        };
        UnauthenticatedEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:unauthenticated";
            title: string;
            /** @enum {number} */
            status: 401;
            detail: string;
        };
        InvalidInputEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:invalid-input";
            title: string;
            /** @enum {number} */
            status: 400;
            detail: string;
            problems: {
                path: (string | number)[];
                message: string;
            }[];
        };
        AuditorRequiredEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:auditor-required";
            title: string;
            /** @enum {number} */
            status: 403;
            detail: string;
        };
        NotPermittedEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:not-permitted";
            title: string;
            /** @enum {number} */
            status: 403;
            detail: string;
            decision: {
                subject: string;
                /** @enum {string} */
                outcome: "allowed" | "refused" | "not-applicable";
                /**
                 * LocalDate
                 * Format: date
                 */
                asOf: string;
                reasons: {
                    rule: string;
                    /** @enum {string} */
                    status: "satisfied" | "violated" | "not-applicable";
                    /** @enum {string} */
                    severity: "error" | "warning";
                    message: {
                        zh: string;
                        en: string;
                    };
                    citations: string[];
                    facts: Record<string, never>;
                }[];
                findings: {
                    rule: string;
                    /** @enum {string} */
                    status: "satisfied" | "violated" | "not-applicable";
                    /** @enum {string} */
                    severity: "error" | "warning";
                    message: {
                        zh: string;
                        en: string;
                    };
                    citations: string[];
                    facts: Record<string, never>;
                }[];
                refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                rulesVersion: {
                    package: string;
                    hash: string;
                };
            };
        };
        RefusedEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:refused";
            title: string;
            /** @enum {number} */
            status: 422;
            detail: string;
            decision: {
                subject: string;
                /** @enum {string} */
                outcome: "allowed" | "refused" | "not-applicable";
                /**
                 * LocalDate
                 * Format: date
                 */
                asOf: string;
                reasons: {
                    rule: string;
                    /** @enum {string} */
                    status: "satisfied" | "violated" | "not-applicable";
                    /** @enum {string} */
                    severity: "error" | "warning";
                    message: {
                        zh: string;
                        en: string;
                    };
                    citations: string[];
                    facts: Record<string, never>;
                }[];
                findings: {
                    rule: string;
                    /** @enum {string} */
                    status: "satisfied" | "violated" | "not-applicable";
                    /** @enum {string} */
                    severity: "error" | "warning";
                    message: {
                        zh: string;
                        en: string;
                    };
                    citations: string[];
                    facts: Record<string, never>;
                }[];
                refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                rulesVersion: {
                    package: string;
                    hash: string;
                };
            };
        };
        IdempotencyMismatchEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:idempotency-mismatch";
            title: string;
            /** @enum {number} */
            status: 422;
            detail: string;
        };
        NotPossibleNowEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:not-possible-now";
            title: string;
            /** @enum {number} */
            status: 409;
            detail: string;
            decision: {
                subject: string;
                /** @enum {string} */
                outcome: "allowed" | "refused" | "not-applicable";
                /**
                 * LocalDate
                 * Format: date
                 */
                asOf: string;
                reasons: {
                    rule: string;
                    /** @enum {string} */
                    status: "satisfied" | "violated" | "not-applicable";
                    /** @enum {string} */
                    severity: "error" | "warning";
                    message: {
                        zh: string;
                        en: string;
                    };
                    citations: string[];
                    facts: Record<string, never>;
                }[];
                findings: {
                    rule: string;
                    /** @enum {string} */
                    status: "satisfied" | "violated" | "not-applicable";
                    /** @enum {string} */
                    severity: "error" | "warning";
                    message: {
                        zh: string;
                        en: string;
                    };
                    citations: string[];
                    facts: Record<string, never>;
                }[];
                refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                rulesVersion: {
                    package: string;
                    hash: string;
                };
            };
        };
        VersionConflictEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:version-conflict";
            title: string;
            /** @enum {number} */
            status: 409;
            detail: string;
            expectedVersion: number | null;
            actualVersion: number | null;
        };
        NotFoundEncoded: {
            /** @enum {string} */
            type: "urn:zhengwu:problem:not-found";
            title: string;
            /** @enum {number} */
            status: 404;
            detail: string;
        };
        /** @description an RFC 9457 problem: `type` is `urn:zhengwu:problem:<reason>` */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            problems?: {
                path: (string | number)[];
                message: string;
            }[];
        };
    };
    responses: {
        /** @description not found: no route has this path */
        NoRoute: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description invalid input: a malformed path, query or body, each problem with its path */
        EdgeBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description request timeout: the request was not received in time */
        RequestTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description request body too large */
        BodyTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description request uri too long */
        UriTooLong: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description unsupported media type: send `application/json` (utf-8) */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description request header fields too large */
        HeadersTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description internal error: the server could not answer this request */
        Internal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description request timed out, or the service is unavailable */
        Unavailable: {
            headers: {
                /** @description seconds to wait before retrying */
                "retry-after"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description method not allowed on this path */
        MethodNotAllowed: {
            headers: {
                /** @description the methods the path answers */
                allow?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description a method the server does not implement */
        NotImplemented: {
            headers: {
                /** @description the methods the path answers */
                allow?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "catalogue.regulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        titleZh: string;
                        titleEn: string;
                        issuerZh: string | null;
                        number: string | null;
                        published: string | null;
                        inForceFrom: string | null;
                        startBound: {
                            notBefore: string | null;
                            evidence: string | null;
                            because: {
                                zh: string;
                                en: string;
                            };
                        } | null;
                        inForceUntil: string | null;
                        /** @enum {string} */
                        level: "local-statute" | "government-rule" | "normative-document" | "unknown";
                        /** @enum {string} */
                        status: "in-force" | "unknown";
                        /** @enum {string} */
                        coverage: "complete" | "partial";
                        notes: string;
                        source: string;
                    }[];
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "catalogue.article": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                doc: string;
                article: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        document: string;
                        number: string;
                        label: string;
                        heading: string | null;
                        chapter: string | null;
                        textZh: string;
                        glossEn: string;
                        truncated: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "catalogue.rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: {
                            zh: string;
                            en: string;
                        };
                        severity: string;
                        citations: string[];
                        usedBy: string[];
                    }[];
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "catalogue.machines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: {
                            zh: string;
                            en: string;
                        };
                        citations: string[];
                    }[];
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "catalogue.machine": {
        parameters: {
            query?: {
                format?: "json" | "mermaid";
            };
            header?: never;
            path: {
                procedure: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the machine as JSON data, or with `format=mermaid` as a Mermaid state diagram */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/vnd.mermaid": string;
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.approvals_submission": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    projectUnit: string;
                    /** @enum {string} */
                    funding: "municipal-government-investment" | "municipal-annual-it-budget" | "district-level" | "town-level" | "other";
                    system: {
                        publicFacing: boolean;
                        /** @enum {string} */
                        builtOn: "extranet" | "internal-network" | "trunked-radio-network" | "business-private-network" | "other";
                        servedOverInternet: boolean;
                        classified: boolean;
                        isolatedSingleDepartment: boolean;
                    };
                    newBusinessNetwork: {
                        classified: boolean;
                        stateProvision: string | null;
                    } | null;
                    software: {
                        name: string;
                        licensed: boolean;
                    }[];
                    securityProducts: {
                        name: string;
                        certified: boolean;
                    }[];
                    protection: {
                        gradedLevel: (1 | 2 | 3 | 4 | 5) | null;
                        classifiedGrade: ("secret" | "confidential" | "top-secret") | null;
                    };
                    district: {
                        /** @enum {string} */
                        district: "minhang" | "yangpu" | "other";
                        /** @enum {string} */
                        kind: "construction" | "operation-maintenance";
                        /** @enum {string} */
                        work: "new-build" | "upgrade" | "maintenance";
                        investmentYuan: number;
                        level3CostsInConstructionCost: boolean;
                        specialNeeds?: {
                            needs: string;
                            jointMeetingReview: {
                                reference: string;
                            } | null;
                        } | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.approvals_plan_record": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    plan: {
                        /** @enum {string} */
                        kind: "district-or-department-plan" | "annual-work-plan";
                        title: string;
                        filer: string;
                        cityPlan: string | null;
                        milestones: string[];
                    };
                    registration: string | null;
                    progressReports: {
                        period: string;
                        summary: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.approvals_organisation": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @enum {string} */
                    level: "district" | "department";
                    responsibleLeader: {
                        name: string;
                        principalLeader: boolean;
                    } | null;
                    responsibleDepartment: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.approvals_online_approval_system": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    system: string;
                    owner: string;
                    /** @enum {string} */
                    level: "district" | "department";
                    connectedToMunicipalPlatform: boolean;
                    electronicSupervision: {
                        /** @enum {string} */
                        organ: "municipal" | "district";
                        means: [
                            "system-docking" | "data-exchange" | "other-means"
                        ];
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.networks_topology": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    networks: ({
                        id: string;
                        /** @enum {string} */
                        kind: "extranet";
                        /** @enum {string} */
                        level: "municipal" | "district";
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "internal" | "trunked-radio" | "internet" | "business-private";
                    })[];
                    systems: {
                        id: string;
                        network: string;
                        /** @enum {string} */
                        secrecy: "classified" | "non-classified";
                        /** @enum {string} */
                        purpose: "emergency-command-and-dispatch" | "public-facing" | "government-work";
                    }[];
                    links: {
                        a: string;
                        b: string;
                        /** @enum {string} */
                        isolation: "none" | "logical" | "physical";
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.networks_business_network": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    owner: string;
                    /** @enum {string} */
                    status: "proposed" | "existing";
                    /** @enum {string} */
                    secrecy: "classified" | "non-classified";
                    mergeInto: ("internal" | "extranet" | "trunked-radio") | null;
                    stateExemption: {
                        reference: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.networks_connected_unit": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unit: string;
                    /** @enum {string} */
                    network: "internal" | "extranet" | "trunked-radio";
                    managementResponsibility: string | null;
                    dailyOperation: ("terminal-devices" | "applications")[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.networks_extranet_access_request": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicant: {
                        id: string;
                        /** @enum {string} */
                        body: "party-committee" | "peoples-congress" | "government" | "cppcc" | "supervision-commission" | "court" | "procuratorate" | "peoples-organisation" | "other-public-body" | "other";
                    };
                    /** @enum {string} */
                    level: "municipal" | "district";
                    /** @enum {string} */
                    carries: "classified" | "non-classified";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.security_system": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    system: string;
                    /** @enum {string} */
                    secrecy: "classified" | "non-classified";
                    competentAuthority: string | null;
                    operator: string | null;
                    users: string[];
                    regimes: ("graded-protection" | "classified-protection" | "security-testing" | "emergency-management" | "security-inspection")[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.security_grading": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    system: string;
                    /** @enum {string} */
                    secrecy: "classified" | "non-classified";
                    businessInformation: [
                        {
                            /** @enum {string} */
                            object: "citizens-and-organisations" | "social-order-and-public-interest" | "national-security";
                            /** @enum {string} */
                            degree: "general" | "serious" | "especially-serious";
                        }
                    ];
                    systemService: [
                        {
                            /** @enum {string} */
                            object: "citizens-and-organisations" | "social-order-and-public-interest" | "national-security";
                            /** @enum {string} */
                            degree: "general" | "serious" | "especially-serious";
                        }
                    ];
                    /** @enum {number} */
                    declaredLevel: 1 | 2 | 3 | 4 | 5;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.security_products": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    project: string;
                    software: {
                        name: string;
                        licensed: boolean;
                        basic: boolean;
                        domesticIp: boolean;
                    }[];
                    securityProducts: {
                        name: string;
                        certified: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.security_website": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    website: string;
                    leaderInCharge: string | null;
                    firstResponsiblePerson: string | null;
                    responsibleDepartment: string | null;
                    responsiblePerson: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.security_role_change": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    change: "create-role" | "modify-role" | "modify-group";
                    role: {
                        id: string;
                        duties: string[];
                    };
                    incompatibleDuties: [
                        string,
                        string
                    ][];
                    signOff: {
                        by: string;
                        /** @enum {string} */
                        capacity: "business-department-head" | "authorised-person";
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.security_identification": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    system: string;
                    /** @enum {number} */
                    level: 1 | 2 | 3 | 4 | 5;
                    controls: ("identification-and-authentication" | "login-failure-handling" | "remote-management-protection" | "multi-factor-with-cryptography" | "accounts-and-rights-assigned" | "default-accounts-handled" | "surplus-and-shared-accounts-removed" | "least-privilege-and-admin-separation")[];
                    passwords: {
                        minLength: number;
                        characterClasses: number;
                        maxAgeDays: number | null;
                        maxFailedLogins: number | null;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.certificates_service_eligibility": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    domain: "e-government" | "public-service" | "e-commerce";
                    service: {
                        id: string;
                        lawfullyEstablished: boolean;
                        recognisedBy: ("sh-informatization-commission" | "sh-cryptography-office" | "sh-state-secrets-bureau")[];
                        meetsUnifiedRequirements: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.certificates_requirement": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    activity: "internal-office-work" | "collaborative-office-work" | "official-document-flow" | "official-document-archiving" | "archive-transfer" | "online-government-procurement" | "online-tendering" | "online-declaration" | "online-annual-inspection" | "online-record-filing" | "online-approval" | "online-fee-payment" | "online-qualification-accreditation" | "online-statistics" | "online-information-disclosure" | "other-e-government" | "authorised-organisation-service" | "online-banking" | "online-securities" | "online-insurance" | "online-futures" | "education" | "health-care" | "water-supply" | "power-supply" | "gas-supply" | "heat-supply" | "public-transport" | "environmental-protection" | "other-public-service" | "trading-platform" | "information-service-platform" | "entertainment-platform" | "electronic-contract" | "electronic-payment" | "digital-product-delivery" | "parties-require-certificate" | "other-e-commerce";
                    needs: ("identity-authentication" | "authorisation-management" | "accountability")[];
                    usesCertificate: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.certificates_application": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicant: {
                        /** @enum {string} */
                        kind: "government-body" | "authorised-public-organisation" | "enterprise-or-institution" | "private-non-enterprise-unit" | "individual";
                        id: string;
                    };
                    holder: {
                        /** @enum {string} */
                        kind: "unit";
                        id: string;
                    } | {
                        /** @enum {string} */
                        kind: "individual";
                        id: string;
                    };
                    /** @enum {string} */
                    domain: "e-government" | "public-service" | "e-commerce";
                    service: {
                        id: string;
                        lawfullyEstablished: boolean;
                        recognisedBy: ("sh-informatization-commission" | "sh-cryptography-office" | "sh-state-secrets-bureau")[];
                        meetsUnifiedRequirements: boolean;
                    };
                    documentsValid: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.certificates_issuance": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    serial: string;
                    /** @enum {string} */
                    domain: "e-government" | "public-service" | "e-commerce";
                    reviewPassed: boolean;
                    agreementSigned: boolean;
                    carrier: {
                        meetsNationalCryptographyRules: boolean;
                    };
                    fee: {
                        approvedByPriceAuthority: boolean;
                        postedByService: boolean;
                        agreedInServiceAgreement: boolean;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.certificates_fee": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    domain: "e-government" | "public-service" | "e-commerce";
                    fee: {
                        approvedByPriceAuthority: boolean;
                        postedByService: boolean;
                        agreedInServiceAgreement: boolean;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.certificates_use": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    register: {
                        holder: {
                            /** @enum {string} */
                            kind: "unit";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "individual";
                            id: string;
                        };
                        internalRules: {
                            actualCustodian: boolean;
                            rightsOfUse: boolean;
                            purpose: boolean;
                            register: boolean;
                            issuing: boolean;
                        } | null;
                        certificates: {
                            serial: string;
                            /** @enum {string} */
                            status: "active" | "reported-lost" | "revoked";
                            /**
                             * LocalDate
                             * Format: date
                             */
                            validFrom: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            validUntil: string;
                            /** @enum {string} */
                            domain: "e-government" | "public-service" | "e-commerce";
                            carrier: {
                                meetsNationalCryptographyRules: boolean;
                            };
                        }[];
                        entries: ({
                            /** @enum {string} */
                            type: "custodian-assigned";
                            serial: string;
                            custodian: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            on: string;
                        } | {
                            /** @enum {string} */
                            type: "handed-over";
                            serial: string;
                            from: string;
                            to: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            on: string;
                        } | {
                            /** @enum {string} */
                            type: "authorised";
                            id: string;
                            serial: string;
                            grantee: string;
                            purposes: [
                                "internal-office-work" | "collaborative-office-work" | "official-document-flow" | "official-document-archiving" | "archive-transfer" | "online-government-procurement" | "online-tendering" | "online-declaration" | "online-annual-inspection" | "online-record-filing" | "online-approval" | "online-fee-payment" | "online-qualification-accreditation" | "online-statistics" | "online-information-disclosure" | "other-e-government" | "authorised-organisation-service" | "online-banking" | "online-securities" | "online-insurance" | "online-futures" | "education" | "health-care" | "water-supply" | "power-supply" | "gas-supply" | "heat-supply" | "public-transport" | "environmental-protection" | "other-public-service" | "trading-platform" | "information-service-platform" | "entertainment-platform" | "electronic-contract" | "electronic-payment" | "digital-product-delivery" | "parties-require-certificate" | "other-e-commerce"
                            ];
                            /**
                             * LocalDate
                             * Format: date
                             */
                            from: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            until: string;
                        } | {
                            /** @enum {string} */
                            type: "authorisation-withdrawn";
                            id: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            on: string;
                        })[];
                    };
                    serial: string;
                    user: string;
                    /** @enum {string} */
                    activity: "internal-office-work" | "collaborative-office-work" | "official-document-flow" | "official-document-archiving" | "archive-transfer" | "online-government-procurement" | "online-tendering" | "online-declaration" | "online-annual-inspection" | "online-record-filing" | "online-approval" | "online-fee-payment" | "online-qualification-accreditation" | "online-statistics" | "online-information-disclosure" | "other-e-government" | "authorised-organisation-service" | "online-banking" | "online-securities" | "online-insurance" | "online-futures" | "education" | "health-care" | "water-supply" | "power-supply" | "gas-supply" | "heat-supply" | "public-transport" | "environmental-protection" | "other-public-service" | "trading-platform" | "information-service-platform" | "entertainment-platform" | "electronic-contract" | "electronic-payment" | "digital-product-delivery" | "parties-require-certificate" | "other-e-commerce";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.certificates_unit_custody": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holder: {
                        /** @enum {string} */
                        kind: "unit";
                        id: string;
                    } | {
                        /** @enum {string} */
                        kind: "individual";
                        id: string;
                    };
                    internalRules: {
                        actualCustodian: boolean;
                        rightsOfUse: boolean;
                        purpose: boolean;
                        register: boolean;
                        issuing: boolean;
                    } | null;
                    certificates: {
                        serial: string;
                        /** @enum {string} */
                        status: "active" | "reported-lost" | "revoked";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        validFrom: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        validUntil: string;
                        /** @enum {string} */
                        domain: "e-government" | "public-service" | "e-commerce";
                        carrier: {
                            meetsNationalCryptographyRules: boolean;
                        };
                    }[];
                    entries: ({
                        /** @enum {string} */
                        type: "custodian-assigned";
                        serial: string;
                        custodian: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        on: string;
                    } | {
                        /** @enum {string} */
                        type: "handed-over";
                        serial: string;
                        from: string;
                        to: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        on: string;
                    } | {
                        /** @enum {string} */
                        type: "authorised";
                        id: string;
                        serial: string;
                        grantee: string;
                        purposes: [
                            "internal-office-work" | "collaborative-office-work" | "official-document-flow" | "official-document-archiving" | "archive-transfer" | "online-government-procurement" | "online-tendering" | "online-declaration" | "online-annual-inspection" | "online-record-filing" | "online-approval" | "online-fee-payment" | "online-qualification-accreditation" | "online-statistics" | "online-information-disclosure" | "other-e-government" | "authorised-organisation-service" | "online-banking" | "online-securities" | "online-insurance" | "online-futures" | "education" | "health-care" | "water-supply" | "power-supply" | "gas-supply" | "heat-supply" | "public-transport" | "environmental-protection" | "other-public-service" | "trading-platform" | "information-service-platform" | "entertainment-platform" | "electronic-contract" | "electronic-payment" | "digital-product-delivery" | "parties-require-certificate" | "other-e-commerce"
                        ];
                        /**
                         * LocalDate
                         * Format: date
                         */
                        from: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        until: string;
                    } | {
                        /** @enum {string} */
                        type: "authorisation-withdrawn";
                        id: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        on: string;
                    })[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.certificates_handover": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    register: {
                        holder: {
                            /** @enum {string} */
                            kind: "unit";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "individual";
                            id: string;
                        };
                        internalRules: {
                            actualCustodian: boolean;
                            rightsOfUse: boolean;
                            purpose: boolean;
                            register: boolean;
                            issuing: boolean;
                        } | null;
                        certificates: {
                            serial: string;
                            /** @enum {string} */
                            status: "active" | "reported-lost" | "revoked";
                            /**
                             * LocalDate
                             * Format: date
                             */
                            validFrom: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            validUntil: string;
                            /** @enum {string} */
                            domain: "e-government" | "public-service" | "e-commerce";
                            carrier: {
                                meetsNationalCryptographyRules: boolean;
                            };
                        }[];
                        entries: ({
                            /** @enum {string} */
                            type: "custodian-assigned";
                            serial: string;
                            custodian: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            on: string;
                        } | {
                            /** @enum {string} */
                            type: "handed-over";
                            serial: string;
                            from: string;
                            to: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            on: string;
                        } | {
                            /** @enum {string} */
                            type: "authorised";
                            id: string;
                            serial: string;
                            grantee: string;
                            purposes: [
                                "internal-office-work" | "collaborative-office-work" | "official-document-flow" | "official-document-archiving" | "archive-transfer" | "online-government-procurement" | "online-tendering" | "online-declaration" | "online-annual-inspection" | "online-record-filing" | "online-approval" | "online-fee-payment" | "online-qualification-accreditation" | "online-statistics" | "online-information-disclosure" | "other-e-government" | "authorised-organisation-service" | "online-banking" | "online-securities" | "online-insurance" | "online-futures" | "education" | "health-care" | "water-supply" | "power-supply" | "gas-supply" | "heat-supply" | "public-transport" | "environmental-protection" | "other-public-service" | "trading-platform" | "information-service-platform" | "entertainment-platform" | "electronic-contract" | "electronic-payment" | "digital-product-delivery" | "parties-require-certificate" | "other-e-commerce"
                            ];
                            /**
                             * LocalDate
                             * Format: date
                             */
                            from: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            until: string;
                        } | {
                            /** @enum {string} */
                            type: "authorisation-withdrawn";
                            id: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            on: string;
                        })[];
                    };
                    handover: {
                        /** @enum {string} */
                        type: "handed-over";
                        serial: string;
                        from: string;
                        to: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        on: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.certificates_disclosure": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    information: "holder-identity" | "entrusted-key" | "other";
                    providedForByLaw: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.certificates_service_agreement": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference: string;
                    terms: ("renewal" | "loss-report" | "revocation" | "rights-and-duties")[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.seals_use": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    documentKind: "notice" | "report" | "letter" | "other-formal-document" | "contract" | "agreement" | "power-of-attorney" | "other-instrument-or-material";
                    /** @enum {string} */
                    channel: "internal-office-platform" | "other";
                    /** @enum {string} */
                    secrecy: "none" | "classified" | "sensitive";
                    sealOwner: {
                        id: string;
                        xuhuiDistrictUnit: boolean;
                    };
                    issuers: {
                        lead: string;
                        coIssuers: string[];
                    };
                    certificate: {
                        serial: string;
                        /** @enum {string} */
                        status: "active" | "reported-lost" | "revoked";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        validFrom: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        validUntil: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.seals_legal_effect": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sealed: boolean;
                    /** @enum {string} */
                    form: "original" | "photocopy" | "format-converted";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.archives_transfer": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documentId: string;
                    unit: {
                        id: string;
                        /** @enum {string} */
                        kind: "party-or-state-organ" | "other-organisation";
                    };
                    /** @enum {string} */
                    fromDepartment: "documents-office" | "business-department";
                    archivesOf: string;
                    /**
                     * LocalDate
                     * Format: date
                     */
                    transferredOn: string;
                    leaderInCharge: string | null;
                    responsiblePerson: string | null;
                    metadata: {
                        title: string;
                        documentNumber: string | null;
                        issuer: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        dated: string;
                        format: string;
                        sealed: boolean;
                        seal: {
                            sealOwner: string;
                            certificateAtSealing: {
                                serial: string;
                                /** @enum {string} */
                                status: "active" | "reported-lost" | "revoked";
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                validFrom: string;
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                validUntil: string;
                            };
                            /**
                             * LocalDate
                             * Format: date
                             */
                            sealedOn: string;
                        } | null;
                    };
                    fingerprints: {
                        document: string;
                        content: string;
                        metadata: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.archives_integrity": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    record: {
                        documentId: string;
                        unit: {
                            id: string;
                            /** @enum {string} */
                            kind: "party-or-state-organ" | "other-organisation";
                        };
                        /** @enum {string} */
                        fromDepartment: "documents-office" | "business-department";
                        archivesOf: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        transferredOn: string;
                        leaderInCharge: string | null;
                        responsiblePerson: string | null;
                        metadata: {
                            title: string;
                            documentNumber: string | null;
                            issuer: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            dated: string;
                            format: string;
                            sealed: boolean;
                            seal: {
                                sealOwner: string;
                                certificateAtSealing: {
                                    serial: string;
                                    /** @enum {string} */
                                    status: "active" | "reported-lost" | "revoked";
                                    /**
                                     * LocalDate
                                     * Format: date
                                     */
                                    validFrom: string;
                                    /**
                                     * LocalDate
                                     * Format: date
                                     */
                                    validUntil: string;
                                };
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                sealedOn: string;
                            } | null;
                        };
                        fingerprints: {
                            document: string;
                            content: string;
                            metadata: string;
                        };
                    };
                    read: {
                        fingerprints: {
                            document: string;
                            content: string;
                            metadata: string;
                        };
                        metadata: {
                            title: string;
                            documentNumber: string | null;
                            issuer: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            dated: string;
                            format: string;
                            sealed: boolean;
                            seal: {
                                sealOwner: string;
                                certificateAtSealing: {
                                    serial: string;
                                    /** @enum {string} */
                                    status: "active" | "reported-lost" | "revoked";
                                    /**
                                     * LocalDate
                                     * Format: date
                                     */
                                    validFrom: string;
                                    /**
                                     * LocalDate
                                     * Format: date
                                     */
                                    validUntil: string;
                                };
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                sealedOn: string;
                            } | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.data_sharing_sharing": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holder: {
                        id: string;
                        administrativeOrgan: boolean;
                    };
                    database: {
                        name: string;
                        /** @enum {string} */
                        kind: "population" | "legal-person" | "spatial-geography" | "macro-economy" | "other-basic-or-public" | "other";
                    };
                    shared: boolean;
                    exception: {
                        /** @enum {string} */
                        basis: "law" | "regulation" | "rule";
                        provision: string;
                    } | null;
                    deferral: {
                        reference: string;
                        approvedBy: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.data_sharing_public_body": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    /** @enum {string} */
                    kind: "administrative-organ" | "other-state-organ" | "public-institution" | "authorised-organisation" | "public-service-provider" | "other";
                    performsPublicFunctions: boolean;
                    sector: ("water" | "power" | "gas" | "public-transport" | "other-public-service") | null;
                    /** @enum {string} */
                    under: "sh-public-data-2018" | "sh-data-2021";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.data_sharing_measures_scope": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    activity: "planning" | "building" | "operation" | "use" | "security" | "supervision-and-evaluation" | "other-management-activity";
                    inShanghai: boolean;
                    involvesStateSecrets: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.websites_naming": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "portal" | "municipal-department" | "district-county-government" | "other";
                    name: string;
                    departmentShortName: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "decisions.e_licences_system": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    proposer: {
                        id: string;
                        /** @enum {string} */
                        kind: "city-level" | "district" | "department";
                    };
                    /** @enum {string} */
                    licenceLibrary: "none" | "unified" | "own";
                    issuesLicences: {
                        /** @enum {string} */
                        issuer: "administrative-organ" | "public-institution-with-public-functions" | "peoples-organisation" | "other";
                        kinds: [
                            "certificate" | "licence-or-plate" | "approval-document" | "appraisal-report" | "supporting-document" | "other-licence"
                        ];
                        collectedIntoUnifiedLibrary: boolean;
                        followsStandards: boolean;
                    } | null;
                    usesLicencesInServices: {
                        viaUnifiedLibrary: boolean;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        findings: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            /** @enum {string} */
                            severity: "error" | "warning";
                            message: {
                                zh: string;
                                en: string;
                            };
                            citations: string[];
                            facts: Record<string, never>;
                        }[];
                        refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        decisionId: string;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.list": {
        parameters: {
            query?: {
                machine?: string;
                state?: string;
                agency?: string;
                createdFrom?: string;
                createdTo?: string;
                limit?: string;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            machine: string;
                            state: string;
                            agency: string;
                            version: number;
                            final: boolean;
                            parties: string[];
                            createdAt: number | ("Infinity" | "-Infinity" | "NaN");
                            updatedAt: number | ("Infinity" | "-Infinity" | "NaN");
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.start": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    machine: "approvals/municipal-construction-project";
                    input: {
                        application: {
                            name: string;
                            projectUnit: string;
                            /** @enum {string} */
                            funding: "municipal-government-investment" | "municipal-annual-it-budget" | "district-level" | "town-level" | "other";
                            system: {
                                publicFacing: boolean;
                                /** @enum {string} */
                                builtOn: "extranet" | "internal-network" | "trunked-radio-network" | "business-private-network" | "other";
                                servedOverInternet: boolean;
                                classified: boolean;
                                isolatedSingleDepartment: boolean;
                            };
                            newBusinessNetwork: {
                                classified: boolean;
                                stateProvision: string | null;
                            } | null;
                            software: {
                                name: string;
                                licensed: boolean;
                            }[];
                            securityProducts: {
                                name: string;
                                certified: boolean;
                            }[];
                            protection: {
                                gradedLevel: (1 | 2 | 3 | 4 | 5) | null;
                                classifiedGrade: ("secret" | "confidential" | "top-secret") | null;
                            };
                            district: {
                                /** @enum {string} */
                                district: "minhang" | "yangpu" | "other";
                                /** @enum {string} */
                                kind: "construction" | "operation-maintenance";
                                /** @enum {string} */
                                work: "new-build" | "upgrade" | "maintenance";
                                investmentYuan: number;
                                level3CostsInConstructionCost: boolean;
                                specialNeeds?: {
                                    needs: string;
                                    jointMeetingReview: {
                                        reference: string;
                                    } | null;
                                } | null;
                            } | null;
                        };
                    };
                    id?: string | null;
                } | {
                    /** @enum {string} */
                    machine: "approvals/municipal-budget-project";
                    input: {
                        application: {
                            name: string;
                            projectUnit: string;
                            /** @enum {string} */
                            funding: "municipal-government-investment" | "municipal-annual-it-budget" | "district-level" | "town-level" | "other";
                            system: {
                                publicFacing: boolean;
                                /** @enum {string} */
                                builtOn: "extranet" | "internal-network" | "trunked-radio-network" | "business-private-network" | "other";
                                servedOverInternet: boolean;
                                classified: boolean;
                                isolatedSingleDepartment: boolean;
                            };
                            newBusinessNetwork: {
                                classified: boolean;
                                stateProvision: string | null;
                            } | null;
                            software: {
                                name: string;
                                licensed: boolean;
                            }[];
                            securityProducts: {
                                name: string;
                                certified: boolean;
                            }[];
                            protection: {
                                gradedLevel: (1 | 2 | 3 | 4 | 5) | null;
                                classifiedGrade: ("secret" | "confidential" | "top-secret") | null;
                            };
                            district: {
                                /** @enum {string} */
                                district: "minhang" | "yangpu" | "other";
                                /** @enum {string} */
                                kind: "construction" | "operation-maintenance";
                                /** @enum {string} */
                                work: "new-build" | "upgrade" | "maintenance";
                                investmentYuan: number;
                                level3CostsInConstructionCost: boolean;
                                specialNeeds?: {
                                    needs: string;
                                    jointMeetingReview: {
                                        reference: string;
                                    } | null;
                                } | null;
                            } | null;
                        };
                    };
                    id?: string | null;
                } | {
                    /** @enum {string} */
                    machine: "approvals/district-project";
                    input: {
                        application: {
                            name: string;
                            projectUnit: string;
                            /** @enum {string} */
                            funding: "municipal-government-investment" | "municipal-annual-it-budget" | "district-level" | "town-level" | "other";
                            system: {
                                publicFacing: boolean;
                                /** @enum {string} */
                                builtOn: "extranet" | "internal-network" | "trunked-radio-network" | "business-private-network" | "other";
                                servedOverInternet: boolean;
                                classified: boolean;
                                isolatedSingleDepartment: boolean;
                            };
                            newBusinessNetwork: {
                                classified: boolean;
                                stateProvision: string | null;
                            } | null;
                            software: {
                                name: string;
                                licensed: boolean;
                            }[];
                            securityProducts: {
                                name: string;
                                certified: boolean;
                            }[];
                            protection: {
                                gradedLevel: (1 | 2 | 3 | 4 | 5) | null;
                                classifiedGrade: ("secret" | "confidential" | "top-secret") | null;
                            };
                            district: {
                                /** @enum {string} */
                                district: "minhang" | "yangpu" | "other";
                                /** @enum {string} */
                                kind: "construction" | "operation-maintenance";
                                /** @enum {string} */
                                work: "new-build" | "upgrade" | "maintenance";
                                investmentYuan: number;
                                level3CostsInConstructionCost: boolean;
                                specialNeeds?: {
                                    needs: string;
                                    jointMeetingReview: {
                                        reference: string;
                                    } | null;
                                } | null;
                            } | null;
                        };
                        competentBody: string;
                    };
                    id?: string | null;
                } | {
                    /** @enum {string} */
                    machine: "approvals/city-plan";
                    input: {
                        title: string;
                    };
                    id?: string | null;
                } | {
                    /** @enum {string} */
                    machine: "approvals/plan-filing";
                    input: {
                        plan: {
                            /** @enum {string} */
                            kind: "district-or-department-plan" | "annual-work-plan";
                            title: string;
                            filer: string;
                            cityPlan: string | null;
                            milestones: string[];
                        };
                    };
                    id?: string | null;
                } | {
                    /** @enum {string} */
                    machine: "approvals/website-filing";
                    input: {
                        website: {
                            name: string;
                            domain: string;
                            unit: string;
                        };
                    };
                    id?: string | null;
                } | {
                    /** @enum {string} */
                    machine: "networks/extranet-access";
                    input: {
                        request: {
                            applicant: {
                                id: string;
                                /** @enum {string} */
                                body: "party-committee" | "peoples-congress" | "government" | "cppcc" | "supervision-commission" | "court" | "procuratorate" | "peoples-organisation" | "other-public-body" | "other";
                            };
                            /** @enum {string} */
                            level: "municipal";
                            /** @enum {string} */
                            carries: "classified" | "non-classified";
                        };
                    };
                    id?: string | null;
                } | {
                    /** @enum {string} */
                    machine: "certificates/lifecycle";
                    input: {
                        application: {
                            applicant: {
                                /** @enum {string} */
                                kind: "government-body" | "authorised-public-organisation" | "enterprise-or-institution" | "private-non-enterprise-unit" | "individual";
                                id: string;
                            };
                            holder: {
                                /** @enum {string} */
                                kind: "unit";
                                id: string;
                            } | {
                                /** @enum {string} */
                                kind: "individual";
                                id: string;
                            };
                            /** @enum {string} */
                            domain: "e-government" | "public-service" | "e-commerce";
                            service: {
                                id: string;
                                lawfullyEstablished: boolean;
                                recognisedBy: ("sh-informatization-commission" | "sh-cryptography-office" | "sh-state-secrets-bureau")[];
                                meetsUnifiedRequirements: boolean;
                            };
                            documentsValid: boolean;
                        };
                    };
                    id?: string | null;
                } | {
                    /** @enum {string} */
                    machine: "seals/signing";
                    input: {
                        request: {
                            /** @enum {string} */
                            documentKind: "notice" | "report" | "letter" | "other-formal-document" | "contract" | "agreement" | "power-of-attorney" | "other-instrument-or-material";
                            /** @enum {string} */
                            channel: "internal-office-platform" | "other";
                            /** @enum {string} */
                            secrecy: "none" | "classified" | "sensitive";
                            sealOwner: {
                                id: string;
                                xuhuiDistrictUnit: boolean;
                            };
                            issuers: {
                                lead: string;
                                coIssuers: string[];
                            };
                            certificate: {
                                serial: string;
                                /** @enum {string} */
                                status: "active" | "reported-lost" | "revoked";
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                validFrom: string;
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                validUntil: string;
                            };
                        };
                    };
                    id?: string | null;
                } | {
                    /** @enum {string} */
                    machine: "data-sharing/deferral";
                    input: {
                        request: {
                            organ: string;
                            database: {
                                name: string;
                                /** @enum {string} */
                                kind: "population" | "legal-person" | "spatial-geography" | "macro-economy" | "other-basic-or-public" | "other";
                            };
                            reason: string;
                        };
                        approver: string;
                    };
                    id?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stream: string;
                        version: number;
                        position: number;
                        type: string;
                        payload: unknown;
                        actor: {
                            agency: string;
                            role: string;
                        };
                        occurredAt: number | ("Infinity" | "-Infinity" | "NaN");
                        idempotencyKey: string | null;
                    }[];
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    type: string;
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire_approvals_municipal_construction_project": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "submit";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "amend";
                    payload?: {
                        application: {
                            name: string;
                            projectUnit: string;
                            /** @enum {string} */
                            funding: "municipal-government-investment" | "municipal-annual-it-budget" | "district-level" | "town-level" | "other";
                            system: {
                                publicFacing: boolean;
                                /** @enum {string} */
                                builtOn: "extranet" | "internal-network" | "trunked-radio-network" | "business-private-network" | "other";
                                servedOverInternet: boolean;
                                classified: boolean;
                                isolatedSingleDepartment: boolean;
                            };
                            newBusinessNetwork: {
                                classified: boolean;
                                stateProvision: string | null;
                            } | null;
                            software: {
                                name: string;
                                licensed: boolean;
                            }[];
                            securityProducts: {
                                name: string;
                                certified: boolean;
                            }[];
                            protection: {
                                gradedLevel: (1 | 2 | 3 | 4 | 5) | null;
                                classifiedGrade: ("secret" | "confidential" | "top-secret") | null;
                            };
                            district: {
                                /** @enum {string} */
                                district: "minhang" | "yangpu" | "other";
                                /** @enum {string} */
                                kind: "construction" | "operation-maintenance";
                                /** @enum {string} */
                                work: "new-build" | "upgrade" | "maintenance";
                                investmentYuan: number;
                                level3CostsInConstructionCost: boolean;
                                specialNeeds?: {
                                    needs: string;
                                    jointMeetingReview: {
                                        reference: string;
                                    } | null;
                                } | null;
                            } | null;
                        };
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "review-by-eitc";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "review-by-gov-office";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "request-changes";
                    payload?: {
                        changes: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "refuse";
                    payload?: {
                        reason: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "approve";
                    payload?: {
                        reference: string;
                        copiedTo: string[];
                        copied?: ("approval-document" | "budget-arrangement")[];
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "withdraw";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "record-procurement";
                    payload?: {
                        reference: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "record-supervision";
                    payload?: {
                        supervisor: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "record-completion-acceptance";
                    payload?: {
                        reference: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "record-roll-out";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire_approvals_municipal_budget_project": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "submit";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "amend";
                    payload?: {
                        application: {
                            name: string;
                            projectUnit: string;
                            /** @enum {string} */
                            funding: "municipal-government-investment" | "municipal-annual-it-budget" | "district-level" | "town-level" | "other";
                            system: {
                                publicFacing: boolean;
                                /** @enum {string} */
                                builtOn: "extranet" | "internal-network" | "trunked-radio-network" | "business-private-network" | "other";
                                servedOverInternet: boolean;
                                classified: boolean;
                                isolatedSingleDepartment: boolean;
                            };
                            newBusinessNetwork: {
                                classified: boolean;
                                stateProvision: string | null;
                            } | null;
                            software: {
                                name: string;
                                licensed: boolean;
                            }[];
                            securityProducts: {
                                name: string;
                                certified: boolean;
                            }[];
                            protection: {
                                gradedLevel: (1 | 2 | 3 | 4 | 5) | null;
                                classifiedGrade: ("secret" | "confidential" | "top-secret") | null;
                            };
                            district: {
                                /** @enum {string} */
                                district: "minhang" | "yangpu" | "other";
                                /** @enum {string} */
                                kind: "construction" | "operation-maintenance";
                                /** @enum {string} */
                                work: "new-build" | "upgrade" | "maintenance";
                                investmentYuan: number;
                                level3CostsInConstructionCost: boolean;
                                specialNeeds?: {
                                    needs: string;
                                    jointMeetingReview: {
                                        reference: string;
                                    } | null;
                                } | null;
                            } | null;
                        };
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "review-by-eitc";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "review-by-gov-office";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "request-changes";
                    payload?: {
                        changes: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "refuse";
                    payload?: {
                        reason: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "approve";
                    payload?: {
                        reference: string;
                        copiedTo: string[];
                        copied?: ("approval-document" | "budget-arrangement")[];
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "withdraw";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "record-procurement";
                    payload?: {
                        reference: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "record-supervision";
                    payload?: {
                        supervisor: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "record-completion-acceptance";
                    payload?: {
                        reference: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "record-roll-out";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire_approvals_district_project": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "amend";
                    payload?: {
                        application: {
                            name: string;
                            projectUnit: string;
                            /** @enum {string} */
                            funding: "municipal-government-investment" | "municipal-annual-it-budget" | "district-level" | "town-level" | "other";
                            system: {
                                publicFacing: boolean;
                                /** @enum {string} */
                                builtOn: "extranet" | "internal-network" | "trunked-radio-network" | "business-private-network" | "other";
                                servedOverInternet: boolean;
                                classified: boolean;
                                isolatedSingleDepartment: boolean;
                            };
                            newBusinessNetwork: {
                                classified: boolean;
                                stateProvision: string | null;
                            } | null;
                            software: {
                                name: string;
                                licensed: boolean;
                            }[];
                            securityProducts: {
                                name: string;
                                certified: boolean;
                            }[];
                            protection: {
                                gradedLevel: (1 | 2 | 3 | 4 | 5) | null;
                                classifiedGrade: ("secret" | "confidential" | "top-secret") | null;
                            };
                            district: {
                                /** @enum {string} */
                                district: "minhang" | "yangpu" | "other";
                                /** @enum {string} */
                                kind: "construction" | "operation-maintenance";
                                /** @enum {string} */
                                work: "new-build" | "upgrade" | "maintenance";
                                investmentYuan: number;
                                level3CostsInConstructionCost: boolean;
                                specialNeeds?: {
                                    needs: string;
                                    jointMeetingReview: {
                                        reference: string;
                                    } | null;
                                } | null;
                            } | null;
                        };
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "submit";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "pass-review";
                    payload?: {
                        note: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "fail-review";
                    payload?: {
                        note: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "submit-for-acceptance";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "pass-acceptance";
                    payload?: {
                        reference: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "record-evaluation";
                    payload?: {
                        period: string;
                        summary: string;
                    } | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire_approvals_city_plan": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "submit-for-approval";
                    payload?: {
                        coDrafters: string[];
                        opinionsSought: boolean;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "approve";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "return";
                    payload?: {
                        reason: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "publish";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire_approvals_plan_filing": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "revise";
                    payload?: {
                        title: string;
                        cityPlan: string | null;
                        milestones: string[];
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "file";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "register";
                    payload?: {
                        reference: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "report-progress";
                    payload?: {
                        period: string;
                        summary: string;
                    } | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire_approvals_website_filing": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "open";
                    payload?: {
                        filing: {
                            reference: string;
                        } | null;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "change";
                    payload?: {
                        description: string;
                        filing: {
                            reference: string;
                        } | null;
                    } | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire_networks_extranet_access": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "connect";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire_certificates_lifecycle": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "review";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "refuse";
                    payload?: {
                        reason: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "sign-agreement";
                    payload?: {
                        reference: string;
                        terms?: ("renewal" | "loss-report" | "revocation" | "rights-and-duties")[];
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "issue";
                    payload?: {
                        serial: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        validFrom: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        validUntil: string;
                        carrier: {
                            meetsNationalCryptographyRules: boolean;
                        };
                        fee: {
                            approvedByPriceAuthority: boolean;
                            postedByService: boolean;
                            agreedInServiceAgreement: boolean;
                        } | null;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "renew";
                    payload?: {
                        serial: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        validFrom: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        validUntil: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "report-loss";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "withdraw-loss-report";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "revoke";
                    payload?: {
                        reason: string;
                    } | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire_seals_signing": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "submit";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "approve";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "reject";
                    payload?: {
                        reason: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "withdraw";
                    payload?: unknown | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "apply-seal";
                    payload?: {
                        certificate: {
                            serial: string;
                            /** @enum {string} */
                            status: "active" | "reported-lost" | "revoked";
                            /**
                             * LocalDate
                             * Format: date
                             */
                            validFrom: string;
                            /**
                             * LocalDate
                             * Format: date
                             */
                            validUntil: string;
                        };
                    } | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.fire_data_sharing_deferral": {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "approve";
                    payload?: {
                        reference: string;
                    } | null;
                    expectedVersion?: number | null;
                } | {
                    /** @enum {string} */
                    type: "refuse";
                    payload?: {
                        reason: string;
                    } | null;
                    expectedVersion?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version: number;
                        final: boolean;
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "cases.history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {string} */
                        kind: "started";
                        seq: number;
                        at: number | ("Infinity" | "-Infinity" | "NaN");
                        actor: {
                            agency: string;
                            role: string;
                        } | null;
                        state: string;
                        version: number;
                        citations: string[];
                    } | {
                        /** @enum {string} */
                        kind: "accepted";
                        seq: number;
                        at: number | ("Infinity" | "-Infinity" | "NaN");
                        actor: {
                            agency: string;
                            role: string;
                        } | null;
                        event: string;
                        from: string;
                        to: string;
                        version: number;
                        citations: string[];
                        decision: {
                            subject: string;
                            /** @enum {string} */
                            outcome: "allowed" | "refused" | "not-applicable";
                            /**
                             * LocalDate
                             * Format: date
                             */
                            asOf: string;
                            reasons: {
                                rule: string;
                                /** @enum {string} */
                                status: "satisfied" | "violated" | "not-applicable";
                                /** @enum {string} */
                                severity: "error" | "warning";
                                message: {
                                    zh: string;
                                    en: string;
                                };
                                citations: string[];
                                facts: Record<string, never>;
                            }[];
                            findings: {
                                rule: string;
                                /** @enum {string} */
                                status: "satisfied" | "violated" | "not-applicable";
                                /** @enum {string} */
                                severity: "error" | "warning";
                                message: {
                                    zh: string;
                                    en: string;
                                };
                                citations: string[];
                                facts: Record<string, never>;
                            }[];
                            refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                            rulesVersion: {
                                package: string;
                                hash: string;
                            };
                        } | null;
                    } | {
                        /** @enum {string} */
                        kind: "refused";
                        seq: number;
                        at: number | ("Infinity" | "-Infinity" | "NaN");
                        actor: {
                            agency: string;
                            role: string;
                        } | null;
                        event: string | null;
                        citations: string[];
                        decision: {
                            subject: string;
                            /** @enum {string} */
                            outcome: "allowed" | "refused" | "not-applicable";
                            /**
                             * LocalDate
                             * Format: date
                             */
                            asOf: string;
                            reasons: {
                                rule: string;
                                /** @enum {string} */
                                status: "satisfied" | "violated" | "not-applicable";
                                /** @enum {string} */
                                severity: "error" | "warning";
                                message: {
                                    zh: string;
                                    en: string;
                                };
                                citations: string[];
                                facts: Record<string, never>;
                            }[];
                            findings: {
                                rule: string;
                                /** @enum {string} */
                                status: "satisfied" | "violated" | "not-applicable";
                                /** @enum {string} */
                                severity: "error" | "warning";
                                message: {
                                    zh: string;
                                    en: string;
                                };
                                citations: string[];
                                facts: Record<string, never>;
                            }[];
                            refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                            rulesVersion: {
                                package: string;
                                hash: string;
                            };
                        };
                    })[];
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 依规定无权办理 (not permitted by the regulation) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotPermittedEncoded"];
                };
            };
            /** @description 未找到 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            /** @description 版本冲突 (version conflict) | 当前状态下不能办理 (not possible in the case's state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictEncoded"] | components["schemas"]["NotPossibleNowEncoded"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description 幂等键已用于其他请求 (idempotency key reused with a different request) | 依规定不予办理 (refused by the regulation) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyMismatchEncoded"] | components["schemas"]["RefusedEncoded"];
                };
            };
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "audit.verifyAudit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                        auditRecords: number;
                        events: number;
                    } | {
                        /** @enum {boolean} */
                        ok: false;
                        /** @enum {string} */
                        scope: "audit" | "events";
                        brokenAt: number;
                        /** @enum {string} */
                        reason: "hash-mismatch" | "broken-link" | "sequence-gap" | "event-altered" | "event-missing" | "event-unaudited";
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 需要审计员权限 (auditor role required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuditorRequiredEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "audit.decisionsByRule": {
        parameters: {
            query?: {
                afterSeq?: string;
                limit?: string;
            };
            header?: never;
            path: {
                procedure: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditSeq: number;
                        rule: string;
                        /** @enum {string} */
                        status: "satisfied" | "violated" | "not-applicable";
                        subject: string;
                        outcome: string;
                        at: number | ("Infinity" | "-Infinity" | "NaN");
                    }[];
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 需要审计员权限 (auditor role required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuditorRequiredEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "audit.decisionLog": {
        parameters: {
            query?: {
                validator?: string;
                afterSeq?: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decisionId: string;
                        seq: number;
                        at: number | ("Infinity" | "-Infinity" | "NaN");
                        validator: string;
                        asOf: string;
                        /** @enum {string} */
                        outcome: "allowed" | "refused" | "not-applicable";
                        reasons: {
                            rule: string;
                            /** @enum {string} */
                            status: "satisfied" | "violated" | "not-applicable";
                            citations: string[];
                        }[];
                        rulesVersion: {
                            package: string;
                            hash: string;
                        };
                        inputHash: string;
                        input?: unknown | null;
                        actor: {
                            agency: string;
                            role: string;
                        } | null;
                    }[];
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 需要审计员权限 (auditor role required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuditorRequiredEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "audit.exportDecisionLog": {
        parameters: {
            query?: {
                validator?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 需要审计员权限 (auditor role required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuditorRequiredEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    "audit.impact": {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amendment: {
                        title: {
                            zh: string;
                            en: string;
                        };
                        changes: [
                            {
                                /** @enum {string} */
                                kind: "move-in-force";
                                document: string;
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                inForceFrom: string;
                            } | {
                                /** @enum {string} */
                                kind: "repeal-document";
                                document: string;
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                from: string;
                            } | {
                                /** @enum {string} */
                                kind: "repeal-article";
                                article: string;
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                from: string;
                            } | {
                                /** @enum {string} */
                                kind: "tighten-rule";
                                rule: string;
                                require?: ({
                                    fact: string;
                                    oneOf: [
                                        unknown
                                    ];
                                } | {
                                    fact: string;
                                    atLeast: number | ("Infinity" | "-Infinity" | "NaN");
                                } | {
                                    fact: string;
                                    atMost: number | ("Infinity" | "-Infinity" | "NaN");
                                } | {
                                    fact: string;
                                    daysAfterAsOfAtLeast: number;
                                })[] | null;
                                message?: {
                                    zh: string;
                                    en: string;
                                } | null;
                                severity?: "error" | null;
                            }
                        ];
                    };
                    decisions?: {
                        decisionId?: string | null;
                        id?: string | null;
                        seq?: number | null;
                        at?: number | ("Infinity" | "-Infinity" | "NaN") | null;
                        validator: string;
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        outcome?: ("allowed" | "refused" | "not-applicable") | null;
                        reasons?: unknown | null;
                        rulesVersion?: unknown | null;
                        inputHash?: string | null;
                        input?: unknown | null;
                        actor?: unknown | null;
                    }[] | null;
                    cases?: {
                        id: string;
                        machine: string;
                        state: string;
                        context: unknown;
                        version?: number | null;
                        final?: boolean | null;
                        payloads?: Record<string, never> | null;
                    }[] | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amendment: {
                            title: {
                                zh: string;
                                en: string;
                            };
                            changes: [
                                {
                                    /** @enum {string} */
                                    kind: "move-in-force";
                                    document: string;
                                    /**
                                     * LocalDate
                                     * Format: date
                                     */
                                    inForceFrom: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "repeal-document";
                                    document: string;
                                    /**
                                     * LocalDate
                                     * Format: date
                                     */
                                    from: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "repeal-article";
                                    article: string;
                                    /**
                                     * LocalDate
                                     * Format: date
                                     */
                                    from: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "tighten-rule";
                                    rule: string;
                                    require?: ({
                                        fact: string;
                                        oneOf: [
                                            unknown
                                        ];
                                    } | {
                                        fact: string;
                                        atLeast: number | ("Infinity" | "-Infinity" | "NaN");
                                    } | {
                                        fact: string;
                                        atMost: number | ("Infinity" | "-Infinity" | "NaN");
                                    } | {
                                        fact: string;
                                        daysAfterAsOfAtLeast: number;
                                    })[] | null;
                                    message?: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                    severity?: "error" | null;
                                }
                            ];
                        };
                        /**
                         * LocalDate
                         * Format: date
                         */
                        asOf: string;
                        changes: {
                            documents: {
                                document: string;
                                before: {
                                    inForceFrom: string | null;
                                    inForceUntil: string | null;
                                };
                                after: {
                                    inForceFrom: string | null;
                                    inForceUntil: string | null;
                                };
                            }[];
                            repealed: {
                                article: string;
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                from: string;
                            }[];
                            tightened: string[];
                            rules: string[];
                        };
                        decisions: {
                            checked: number;
                            unchanged: number;
                            flipped: {
                                decision: string;
                                validator: string;
                                /**
                                 * LocalDate
                                 * Format: date
                                 */
                                asOf: string;
                                recorded: ("allowed" | "refused" | "not-applicable") | null;
                                /** @enum {string} */
                                from: "allowed" | "refused" | "not-applicable";
                                /** @enum {string} */
                                to: "allowed" | "refused" | "not-applicable";
                                because: {
                                    rule: string;
                                    /** @enum {string} */
                                    before: "satisfied" | "violated" | "not-applicable";
                                    /** @enum {string} */
                                    after: "satisfied" | "violated" | "not-applicable";
                                    citations: string[];
                                    message: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                citations: string[];
                                text: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            notRedecided: {
                                decision: string;
                                validator: string;
                                /** @enum {string} */
                                reason: "input-not-recorded" | "unknown-validator" | "invalid-input";
                                text: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            drifted: {
                                decision: string;
                                validator: string;
                                /** @enum {string} */
                                recorded: "allowed" | "refused" | "not-applicable";
                                /** @enum {string} */
                                now: "allowed" | "refused" | "not-applicable";
                                text: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                        cases: {
                            checked: number;
                            transitionsChecked: number;
                            blocked: {
                                case: string;
                                machine: string;
                                state: string;
                                event: string;
                                actor: {
                                    agency: string;
                                    role: string;
                                };
                                /** @enum {string} */
                                change: "blocked" | "unblocked";
                                before: {
                                    /** @enum {string} */
                                    outcome: "allowed" | "refused" | "not-applicable";
                                    refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                                    to: string | null;
                                };
                                after: {
                                    /** @enum {string} */
                                    outcome: "allowed" | "refused" | "not-applicable";
                                    refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                                    to: string | null;
                                };
                                because: {
                                    rule: string;
                                    /** @enum {string} */
                                    before: "satisfied" | "violated" | "not-applicable";
                                    /** @enum {string} */
                                    after: "satisfied" | "violated" | "not-applicable";
                                    citations: string[];
                                    message: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                citations: string[];
                                /** @enum {string} */
                                payload: "case" | "example";
                                text: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            unblocked: {
                                case: string;
                                machine: string;
                                state: string;
                                event: string;
                                actor: {
                                    agency: string;
                                    role: string;
                                };
                                /** @enum {string} */
                                change: "blocked" | "unblocked";
                                before: {
                                    /** @enum {string} */
                                    outcome: "allowed" | "refused" | "not-applicable";
                                    refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                                    to: string | null;
                                };
                                after: {
                                    /** @enum {string} */
                                    outcome: "allowed" | "refused" | "not-applicable";
                                    refusal?: ("not-in-force" | "no-such-transition" | "actor-not-permitted" | "guard-refused") | null;
                                    to: string | null;
                                };
                                because: {
                                    rule: string;
                                    /** @enum {string} */
                                    before: "satisfied" | "violated" | "not-applicable";
                                    /** @enum {string} */
                                    after: "satisfied" | "violated" | "not-applicable";
                                    citations: string[];
                                    message: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                citations: string[];
                                /** @enum {string} */
                                payload: "case" | "example";
                                text: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            skipped: {
                                case: string;
                                machine: string;
                                event: string | null;
                                /** @enum {string} */
                                reason: "unknown-machine" | "unknown-state" | "invalid-context" | "no-payload" | "invalid-payload";
                                text: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                        summary: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            /** @description 输入无效 (invalid input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidInputEncoded"];
                };
            };
            /** @description 未认证 (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthenticatedEncoded"];
                };
            };
            /** @description 需要审计员权限 (auditor role required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuditorRequiredEncoded"];
                };
            };
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["BodyTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 请求过于频繁 (too many requests) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedEncoded"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
}
