/**
 * The Zhengwu HTTP API as data (effect/http-api): the same definition serves
 * requests, generates the OpenAPI 3.1 document and the typed client. Decision
 * endpoints are generated from the core's registry, one per validator, each
 * with that validator's input schema; cases start with each machine's public
 * input (a union discriminated by `machine`), and each machine has a typed
 * event endpoint whose body is the union of its events.
 */
import {
  Amendment,
  Article,
  CaseIndex,
  Decision,
  DecisionLog,
  Document,
  EventStore,
  Impact,
  Integrity,
  LocalDate,
  Registry,
  Timeline
} from "@zhengwu/core"
import * as HttpApi from "effect/http-api/HttpApi"
import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as HttpApiSchema from "effect/http-api/HttpApiSchema"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { complete } from "./OpenApiDocument.ts"
import { Authentication, RequestProblems } from "./Principal.ts"
import {
  AuditorRequired,
  IdempotencyMismatch,
  InvalidInput,
  NotFound,
  NotPermitted,
  NotPossibleNow,
  Refused,
  VersionConflict
} from "./Problems.ts"

const Message = Schema.Struct({ zh: Schema.String, en: Schema.String })

/** An operation's words in the document: the summary and description in Chinese, then English. */
const words = (summary: { zh: string; en: string }, description: { zh: string; en: string }) =>
  OpenApi.annotations({
    summary: `${summary.zh} · ${summary.en}`,
    description: `${description.zh}\n\n${description.en}`
  })

export const RuleInfo = Schema.Struct({
  id: Schema.String,
  title: Message,
  severity: Schema.String,
  citations: Schema.Array(Schema.String),
  usedBy: Schema.Array(Schema.String)
})

export const MachineSummary = Schema.Struct({
  id: Schema.String,
  title: Message,
  citations: Schema.Array(Schema.String)
})

export const CaseView = Schema.Struct({
  id: Schema.String,
  machine: Schema.String,
  state: Schema.String,
  context: Schema.Unknown,
  version: Schema.Int,
  final: Schema.Boolean
})
export type CaseView = typeof CaseView.Type

export const CasePage = Schema.Struct({
  items: Schema.Array(CaseIndex.CaseSummary),
  next: Schema.NullOr(Schema.String)
})

/** A decision as the decision endpoints answer it: with the id it is logged under. */
export const LoggedDecision = Schema.Struct({ ...Decision.Decision.fields, decisionId: Schema.String })

/** A retried request with the same key has one effect (see the Cases service); 1-255 visible ascii characters. */
const idempotencyHeader = {
  "idempotency-key": Schema.optional(Schema.String.pipe(Schema.check(Schema.isPattern(/^[\x21-\x7E]{1,255}$/u))))
}

/** An integer in a query string: digits only, as many as a safe integer holds. */
const IntQuery = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^-?(?:0|[1-9][0-9]{0,14})$/u)),
  Schema.decodeTo(Schema.Int, SchemaTransformation.numberFromString)
)

const CaseId = Schema.String.pipe(Schema.check(Schema.isPattern(/^[A-Za-z0-9._-]{1,128}$/u)))

export class SystemGroup extends HttpApiGroup.make("system", { topLevel: true })
  .add(
    HttpApiEndpoint.get("healthz", "/healthz", {
      success: Schema.Struct({ status: Schema.Literal("ok") })
    }).annotateMerge(
      words({ zh: "存活检查", en: "liveness" }, { zh: "进程运行时回答 ok。", en: "Answers ok while the process runs." })
    ),
    HttpApiEndpoint.get("readyz", "/readyz", {
      success: Schema.Struct({ status: Schema.Literal("ready") })
    }).annotateMerge(
      words(
        { zh: "就绪检查", en: "readiness" },
        { zh: "存储可用时回答 ready。", en: "Answers ready once the storage answers." }
      )
    )
  )
  .annotateMerge(OpenApi.annotations({ title: "system" })) {}

export class CatalogueGroup extends HttpApiGroup.make("catalogue")
  .add(
    HttpApiEndpoint.get("regulations", "/v1/regulations", { success: Schema.Array(Document.Document) }).annotateMerge(
      words(
        { zh: "法规目录", en: "the regulations" },
        {
          zh: "收录的全部文件：编号、效力层级、施行日期（来源未载明的记为未知）。",
          en: "Every catalogued document: number, level of force, dates in force (unknown where the source gives none)."
        }
      )
    ),
    HttpApiEndpoint.get("article", "/v1/regulations/:doc/articles/:article", {
      params: { doc: Schema.String, article: Schema.String },
      success: Article.Article,
      error: NotFound
    }).annotateMerge(
      words(
        { zh: "条文", en: "an article" },
        {
          zh: "一条条文的中文原文（与来源逐字一致）及英文释义。",
          en: "One article's Chinese text, verbatim from the source, and an English gloss."
        }
      )
    ),
    HttpApiEndpoint.get("rules", "/v1/rules", { success: Schema.Array(RuleInfo) }).annotateMerge(
      words(
        { zh: "规则", en: "the rules" },
        {
          zh: "每条规则及其所依据的条文、由哪些校验器和状态机使用。",
          en: "Every rule with the articles it cites and the validators and machines that apply it."
        }
      )
    ),
    HttpApiEndpoint.get("machines", "/v1/machines", { success: Schema.Array(MachineSummary) }).annotateMerge(
      words(
        { zh: "办理程序", en: "the procedures" },
        { zh: "每个状态机的编号、名称与依据。", en: "Every machine's id, title and citations." }
      )
    ),
    HttpApiEndpoint.get("machine", "/v1/machines/:procedure/:name", {
      params: { procedure: Schema.String, name: Schema.String },
      query: { format: Schema.optional(Schema.Literals(["json", "mermaid"])) },
      success: Schema.Unknown,
      error: NotFound
    }).annotateMerge(
      words(
        { zh: "一个办理程序", en: "one procedure" },
        {
          zh: "状态机的完整数据：状态、事件及其载荷模式、转换、条件、参与者表、查阅权限、启动所需的输入模式和示例；format=mermaid 时为状态图。",
          en: "The machine as data: states, events with their payload schemas, transitions, guards, actor tables, read access, the input schema to start a case and an example; with format=mermaid, a state diagram."
        }
      )
    )
  )
  .annotateMerge(OpenApi.annotations({ title: "catalogue", description: "documents, articles, rules and machines" })) {}

/** The endpoint name of a validator, e.g. `seals/use` → `seals_use`. */
export const decisionEndpointName = (validatorId: string) => validatorId.replaceAll("/", "_").replaceAll("-", "_")

// each body's example is its validator's (Registry.validatorExamples), added to the document by OpenApiDocument
const decisionEndpoints = Registry.validators.map((v) => {
  return HttpApiEndpoint.post(decisionEndpointName(v.id), `/v1/decisions/${v.id}`, {
    query: { asOf: Schema.optional(LocalDate.LocalDate) },
    payload: v.input as Schema.Codec<unknown, unknown>,
    success: LoggedDecision
  }).annotateMerge(
    words(
      { zh: v.title.zh, en: v.title.en },
      {
        zh: `按 asOf（默认今天）适用的规则作出决定：结论、决定性的认定（规则、条文、事实）及规则版本；每次决定记入决定日志。`,
        en: `Decides as of asOf (default today): the outcome, the findings that determined it (rule, articles, facts) and the rules version; every decision is recorded in the decision log.`
      }
    )
  )
})

export class DecisionsGroup extends HttpApiGroup.make("decisions")
  .add(...(decisionEndpoints as [(typeof decisionEndpoints)[number]]))
  .annotateMerge(
    OpenApi.annotations({ title: "decisions", description: "one endpoint per validator; asOf defaults to today" })
  ) {}

/** The example a machine publishes for its input (and events), from the procedure's examples. */
const exampleOf = (machine: string) => Registry.examples.find((e) => e.machine === machine)

/** `POST /v1/cases`: one member per machine, discriminated by `machine`, each with its own input schema. */
const StartBody = Schema.Union(
  Registry.machines.map((m) => {
    const example = exampleOf(m.id)
    return Schema.Struct({
      machine: Schema.Literal(m.id),
      input: m.input as Schema.Codec<unknown, unknown>,
      id: Schema.optional(CaseId)
    }).annotate({
      title: m.id,
      description: `${m.title.zh} · ${m.title.en}`,
      ...(example === undefined ? {} : { examples: [{ machine: m.id, input: example.input }] })
    })
  }) as unknown as [Schema.Codec<unknown, unknown>]
)

/** The body of a machine's typed event endpoint: one member per event, discriminated by `type`. */
const eventBody = (m: (typeof Registry.machines)[number]) =>
  Schema.Union(
    Object.entries(
      m.events as Record<string, { description: { zh: string; en: string }; payload: Schema.Codec<unknown, unknown> }>
    ).map(([type, e]) => {
      const example = exampleOf(m.id)?.payloads[type]
      return Schema.Struct({
        type: Schema.Literal(type),
        payload: Schema.optional(e.payload),
        expectedVersion: Schema.optional(Schema.Int)
      }).annotate({
        title: `${m.id} ${type}`,
        description: `${e.description.zh} · ${e.description.en}`,
        ...(example === undefined ? {} : { examples: [{ type, payload: example }] })
      })
    }) as unknown as [Schema.Codec<unknown, unknown>]
  )

/** The operation name of a machine's typed event endpoint, e.g. `seals/signing` → `fire_seals_signing`. */
export const fireEndpointName = (machineId: string) => `fire_${decisionEndpointName(machineId)}`

const caseErrors = [
  NotFound,
  VersionConflict,
  NotPossibleNow,
  IdempotencyMismatch,
  Refused,
  NotPermitted,
  InvalidInput
] as const

const fireEndpoints = Registry.machines.map((m) =>
  HttpApiEndpoint.post(fireEndpointName(m.id), `/v1/machines/${m.id}/cases/:id/events`, {
    params: { id: Schema.String },
    headers: idempotencyHeader,
    payload: eventBody(m),
    success: CaseView,
    error: caseErrors
  }).annotateMerge(
    words(
      { zh: `办理：${m.title.zh}`, en: `fire an event: ${m.title.en}` },
      {
        zh: "在本程序的案件上触发一个事件；请求体是本程序各事件的联合类型。参与者为密钥所代表的单位和角色。",
        en: "Fires one of this procedure's events on a case; the body is the union of its events. The actor is the key's principal."
      }
    )
  )
)

export class CasesGroup extends HttpApiGroup.make("cases")
  .add(
    HttpApiEndpoint.post("start", "/v1/cases", {
      headers: idempotencyHeader,
      payload: StartBody,
      success: CaseView,
      error: caseErrors
    }).annotateMerge(
      words(
        { zh: "立案", en: "start a case" },
        {
          zh: "按所选程序（machine）的输入模式立案；各程序的输入模式与示例见 GET /v1/machines/{procedure}/{name}。带 Idempotency-Key 重试只立一次案。",
          en: "Starts a case of the chosen machine with that machine's input; each input schema and example is in GET /v1/machines/{procedure}/{name}. A retry with the same Idempotency-Key starts one case."
        }
      )
    ),
    HttpApiEndpoint.post("fire", "/v1/cases/:id/events", {
      params: { id: Schema.String },
      headers: idempotencyHeader,
      payload: Schema.Struct({
        type: Schema.String,
        payload: Schema.optional(Schema.Unknown),
        expectedVersion: Schema.optional(Schema.Int)
      }).annotate({ examples: [{ type: "submit", payload: {}, expectedVersion: 1 }] }),
      success: CaseView,
      error: caseErrors
    }).annotateMerge(
      words(
        { zh: "办理（通用）", en: "fire an event" },
        {
          zh: "在案件上触发事件，载荷按案件所属程序校验；需要类型化客户端时使用 /v1/machines/{procedure}/{name}/cases/{id}/events。",
          en: "Fires an event on a case, its payload checked against the case's machine; typed clients use /v1/machines/{procedure}/{name}/cases/{id}/events."
        }
      )
    ),
    ...(fireEndpoints as [(typeof fireEndpoints)[number]]),
    HttpApiEndpoint.get("get", "/v1/cases/:id", {
      params: { id: Schema.String },
      success: CaseView,
      error: caseErrors
    }).annotateMerge(
      words(
        { zh: "查看案件", en: "a case" },
        {
          zh: "案件当前状态与上下文；只有当事单位（参与者表点名、与案件绑定或依条文有监督职责）可以查阅，否则 404。",
          en: "The case's state and context; only a party (named in the actor table, bound to the case, or given oversight by an article) reads it, anyone else gets 404."
        }
      )
    ),
    HttpApiEndpoint.get("history", "/v1/cases/:id/history", {
      params: { id: Schema.String },
      success: Schema.Array(Timeline.Entry),
      error: caseErrors
    }).annotateMerge(
      words(
        { zh: "办理经过", en: "the case's timeline" },
        {
          zh: "每个已受理的事件和每次被拒绝的尝试，附决定（认定、条文、参与者）。",
          en: "Each accepted event and each refused attempt, with its decision (findings, citations, actor)."
        }
      )
    ),
    HttpApiEndpoint.get("events", "/v1/cases/:id/events", {
      params: { id: Schema.String },
      success: Schema.Array(EventStore.StoredEvent),
      error: caseErrors
    }).annotateMerge(
      words(
        { zh: "事件流", en: "the case's events" },
        { zh: "案件的事件流（按版本排列）。", en: "The case's stored events in version order." }
      )
    ),
    HttpApiEndpoint.get("list", "/v1/cases", {
      query: {
        machine: Schema.optional(Schema.String),
        state: Schema.optional(Schema.String),
        agency: Schema.optional(Schema.String),
        createdFrom: Schema.optional(IntQuery),
        createdTo: Schema.optional(IntQuery),
        limit: Schema.optional(IntQuery),
        after: Schema.optional(Schema.String)
      },
      success: CasePage
    }).annotateMerge(
      words(
        { zh: "案件列表", en: "list cases" },
        {
          zh: "按程序、状态、单位、立案时间筛选并分页；只列出密钥可以查阅的案件。",
          en: "Filtered by machine, state, agency and creation time, paged; only the cases the key may read."
        }
      )
    )
  )
  .middleware(Authentication)
  .annotateMerge(
    OpenApi.annotations({
      title: "cases",
      description: "regulated procedures as cases; the actor is the authenticated principal"
    })
  ) {}

const auditorWords = (summary: { zh: string; en: string }, zh: string, en: string) =>
  words(summary, { zh: `${zh}需要审计员密钥。`, en: `${en} Needs an auditor's key.` })

/** `POST /v1/impact`: an amendment, and the decisions and open cases to weigh it against. */
export const ImpactBody = Schema.Struct({
  amendment: Amendment.Amendment,
  /** Recorded decisions to re-decide; the server's own decision log when absent. */
  decisions: Schema.optional(Schema.Array(Impact.Recorded)),
  /** Open cases (as GET /v1/cases/{id} shows them) whose next transitions are re-checked. */
  cases: Schema.optional(Schema.Array(Impact.OpenCase))
}).annotate({
  examples: [
    {
      amendment: {
        title: {
          zh: "徐汇区电子印章办法第四条自2027年1月1日起废止",
          en: "xuhui-eseal-2015 art 4 repealed from 2027-01-01"
        },
        changes: [{ kind: "repeal-article", article: "xuhui-eseal-2015/4", from: "2027-01-01" }]
      },
      decisions: [
        {
          id: "contract-2027",
          validator: "seals/use",
          asOf: "2027-03-01",
          input: {
            documentKind: "contract",
            channel: "internal-office-platform",
            secrecy: "none",
            sealOwner: { id: "xh-office", xuhuiDistrictUnit: true },
            issuers: { lead: "xh-office", coIssuers: [] },
            certificate: { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2030-12-31" }
          }
        }
      ]
    } as never
  ]
})

export class AuditGroup extends HttpApiGroup.make("audit")
  .add(
    HttpApiEndpoint.get("verifyAudit", "/v1/audit/verify", {
      success: Integrity.Integrity,
      error: AuditorRequired
    }).annotateMerge(
      auditorWords(
        { zh: "校验审计链", en: "verify the audit trail" },
        "校验审计哈希链及每个事件与其审计记录是否一致，指出第一个被篡改处。",
        "Verifies the hash chain and every event against its audit record, naming the first place it breaks."
      )
    ),
    HttpApiEndpoint.get("decisionsByRule", "/v1/rules/:procedure/:name/decisions", {
      params: { procedure: Schema.String, name: Schema.String },
      query: { afterSeq: Schema.optional(IntQuery), limit: Schema.optional(IntQuery) },
      success: Schema.Array(CaseIndex.RuleDecision),
      error: AuditorRequired
    }).annotateMerge(
      auditorWords(
        { zh: "按规则查询决定", en: "decisions by rule" },
        "适用过某条规则的每个决定（案件与校验器），按审计顺序。",
        "Every decision (cases and validators) that applied a rule, in audit order."
      )
    ),
    HttpApiEndpoint.get("decisionLog", "/v1/decision-log", {
      query: {
        validator: Schema.optional(Schema.String),
        afterSeq: Schema.optional(IntQuery),
        limit: Schema.optional(IntQuery)
      },
      success: Schema.Array(DecisionLog.Entry),
      error: AuditorRequired
    }).annotateMerge(
      auditorWords(
        { zh: "决定日志", en: "the decision log" },
        "每次校验决定：决定编号、规则版本、结论、理由、输入哈希（运营方开启时含输入）。",
        "Every validator decision: its id, rules version, outcome, reasons and input hash (the input where the operator records it)."
      )
    ),
    HttpApiEndpoint.get("exportDecisionLog", "/v1/decision-log/export", {
      query: { validator: Schema.optional(Schema.String) },
      success: Schema.String.pipe(HttpApiSchema.asText({ contentType: "application/x-ndjson" })),
      error: AuditorRequired
    }).annotateMerge(
      auditorWords(
        { zh: "导出决定日志", en: "export the decision log" },
        "决定日志导出为 NDJSON（每行一个 JSON 对象）。",
        "The decision log as NDJSON, one JSON object a line."
      )
    ),
    HttpApiEndpoint.post("impact", "/v1/impact", {
      query: { asOf: Schema.optional(LocalDate.LocalDate) },
      payload: ImpactBody,
      success: Impact.Report,
      error: [AuditorRequired, InvalidInput]
    }).annotateMerge(
      auditorWords(
        { zh: "修订影响", en: "the impact of an amendment" },
        "按修订（施行日期变更、文件或条文废止、规则收紧）重新决定已记录的决定（未给出时为本服务的决定日志，各按其决定日），并按 asOf（默认今天）重新检查在办案件的每个后续办理（每个事件、参与者表中的每个参与者）：列出将改变结论的决定（由何变为何、依据哪些规则和条文）、未记录输入而无法重新决定的决定，以及将被阻止或将可办理的后续办理（哪个事件、哪个参与者、为什么）。只作报告，不改变任何记录。",
        "Re-decides the recorded decisions (the server's decision log when none are given, each on its own day) and re-checks every next transition of the open cases given (each event, each actor of the actor tables) as of asOf (default today) under an amendment — an in-force date moved, a document or article repealed, a rule tightened — and reports the decisions that would flip (from what to what, under which rules and articles), those that cannot be re-decided because their input was not recorded, and the transitions that would be blocked or unblocked (which event, which actor, why). It reports only: nothing recorded changes."
      )
    )
  )
  .middleware(Authentication)
  .annotateMerge(OpenApi.annotations({ title: "audit", description: "the audit trail, for auditors' keys" })) {}

export class Api extends HttpApi.make("zhengwu")
  .add(SystemGroup)
  .add(CatalogueGroup)
  .add(DecisionsGroup)
  .add(CasesGroup)
  .add(AuditGroup)
  .middleware(RequestProblems)
  // unknown properties and query parameters are refused, as the document's `additionalProperties: false` says
  .annotate(HttpApi.PayloadParseOptions, { onExcessProperty: "error", errors: "all" })
  .annotate(HttpApi.QueryParseOptions, { onExcessProperty: "error", errors: "all" })
  .annotateMerge(
    OpenApi.annotations({
      transform: complete,
      title: "Zhengwu 政务",
      version: "0.1.0",
      description:
        "上海市电子政务法规即代码：每个决定都说明依据哪条条文、哪些事实、为什么。问题说明（title、detail）按 Accept-Language 使用中文（默认）或英文。\n\nShanghai e-government regulations as code: every decision says which article, which facts and why. Problem titles and details follow Accept-Language: Chinese (the default) or English."
    })
  ) {}
