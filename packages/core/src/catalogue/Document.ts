/**
 * A regulation document (法规文件) as catalogue data: who issued it, its number,
 * its dates and its level of force, each as the source gives it. A date or
 * level the source does not give is `null` / `"unknown"`, never guessed.
 */
import * as Schema from "effect/Schema"
import { LocalDate } from "../date/LocalDate.ts"

/** Stable document id, e.g. `sh-egov-2012`. Vendors store these: never renamed once published. */
export const DocumentId = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u)),
  Schema.brand("DocumentId")
)
export type DocumentId = typeof DocumentId.Type

/**
 * Level of force (效力等级), highest first: a local statute (地方性法规) made by the
 * municipal people's congress, a government rule (政府规章, a 市政府令), a normative
 * document (规范性文件). `unknown` where the source does not say.
 */
export const LevelOfForce = Schema.Literals(["local-statute", "government-rule", "normative-document", "unknown"])
export type LevelOfForce = typeof LevelOfForce.Type

/** Whether the source reports the document as in force (现行有效). */
export const Status = Schema.Literals(["in-force", "unknown"])
export type Status = typeof Status.Type

/** How much of the document's text the project's copy of the sources holds. */
export const TextCoverage = Schema.Literals(["complete", "partial"])
export type TextCoverage = typeof TextCoverage.Type

export const Document = Schema.Struct({
  id: DocumentId,
  /** Title exactly as in the source. */
  titleZh: Schema.String,
  titleEn: Schema.String,
  /** Issuing body as in the source, or null where the source does not name it. */
  issuerZh: Schema.NullOr(Schema.String),
  /** Document number (字号), e.g. `沪府发〔2012〕53号`, or null. */
  number: Schema.NullOr(Schema.String),
  published: Schema.NullOr(LocalDate),
  inForceFrom: Schema.NullOr(LocalDate),
  /** Last day in force, or null when the source reports no end. */
  inForceUntil: Schema.NullOr(LocalDate),
  level: LevelOfForce,
  status: Status,
  coverage: TextCoverage,
  /** Where the facts above come from and what is unknown. */
  notes: Schema.String,
  /**
   * The file under `sources/` whose text the articles are quoted from: the
   * primary corpus, or a `reference/` file for national standards cited as
   * references (GB/T 22240, GB/T 22239).
   */
  source: Schema.String
})
export type Document = typeof Document.Type
