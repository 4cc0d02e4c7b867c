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

/**
 * What a document's own text implies about its start when the source gives no
 * date it took effect (施行日期): the earliest day it can be in force, the words
 * of the source that bound it, and why. A bound is never guessed: it is the
 * date of the latest dated document or event the text cites or implements, and
 * when the text implies none `notBefore` is null (the document counts as
 * possibly in force on any day). Either way every decision resting on such a
 * document carries a caveat that its date is unknown (catalogue/caveats.ts).
 */
export const StartBound = Schema.Struct({
  /** Before this day the document's rules are not applicable; null when its text implies no bound. */
  notBefore: Schema.NullOr(LocalDate),
  /** The words of the source the bound rests on, verbatim (a test proves it); null when nothing bounds it. */
  evidence: Schema.NullOr(Schema.String),
  /** Where the bound comes from (or why there is none), for the clerk: Chinese and English. */
  because: Schema.Struct({ zh: Schema.String, en: Schema.String })
})
export type StartBound = typeof StartBound.Type

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
  /** Null when `inForceFrom` is known; otherwise what the document's own text implies about its start. */
  startBound: Schema.NullOr(StartBound),
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
