/**
 * The national texts every package cites, each named once: title and document number, and how far
 * the number is confirmed. A rule cites an article with {@link citeNational}, so one document reads
 * the same in relief, care-assessment, disclosure and the rest — and a correction happens here.
 *
 * Confirmation (2026-12): the articles of 《最低生活保障审核确认办法》 and 《特困人员认定办法》 were
 * read in a public full text (passwordgloo/Comet-law) that does not reproduce the issuing notices.
 * 民发〔2021〕57号 is corroborated by a secondary source; 民发〔2021〕43号 by none found. Both are
 * marked `numberConfirmed: false` here and nowhere else.
 *
 * @module
 */
import { InvalidInput } from "./errors.js"
import type { Citation } from "./model/citation.js"

/**
 * A national text: its title (without 《》), its document number, and whether that number was
 * confirmed against the issuing notice.
 *
 * @example
 * ```ts
 * import { NATIONAL_TEXTS } from "@minzheng/core"
 * NATIONAL_TEXTS.dibaoReview.number //=> "民发〔2021〕57号"
 * ```
 * @category citations
 * @since 0.1.0
 */
export interface NationalText {
  readonly document: string
  readonly number: string
  readonly numberConfirmed: boolean
  /** Where the number comes from, when it is not confirmed. */
  readonly note?: string
}

/**
 * The national texts cited across minzheng.
 *
 * @example
 * ```ts
 * import { NATIONAL_TEXTS } from "@minzheng/core"
 * NATIONAL_TEXTS.tekunRules.document //=> "特困人员认定办法"
 * NATIONAL_TEXTS.tekunRules.numberConfirmed //=> false
 * ```
 * @category citations
 * @since 0.1.0
 */
export const NATIONAL_TEXTS = {
  /** 《社会救助暂行办法》 (State Council decree 649, 2014). */
  socialAssistance: { document: "社会救助暂行办法", number: "国务院令第649号", numberConfirmed: true },
  /** 《最低生活保障审核确认办法》 (民政部, in force 2021-07-01). */
  dibaoReview: {
    document: "最低生活保障审核确认办法",
    number: "民发〔2021〕57号",
    numberConfirmed: false,
    note: "文号见二手来源，尚未与印发通知核对"
  },
  /** 《特困人员认定办法》 (民政部, in force 2021-07-01). */
  tekunRules: {
    document: "特困人员认定办法",
    number: "民发〔2021〕43号",
    numberConfirmed: false,
    note: "文号尚未与印发通知核对"
  },
  /** 国务院办公厅转发民政部等单位《关于加强低收入人口动态监测做好分层分类社会救助工作的意见》 (2023-10-19). */
  lowIncomeMonitoring: {
    document: "关于加强低收入人口动态监测做好分层分类社会救助工作的意见",
    number: "国办发〔2023〕39号",
    numberConfirmed: true
  }
} as const satisfies Record<string, NationalText>

/**
 * A citation of an article of a national text, with its title and number as {@link NATIONAL_TEXTS}
 * gives them.
 *
 * @throws {@link InvalidInput} for a text not in the table
 *
 * @example
 * ```ts
 * import { citeNational, formatCitation } from "@minzheng/core"
 * formatCitation(citeNational("dibaoReview", "第十九条", "公示期为7天"))
 * //=> "《最低生活保障审核确认办法》（民发〔2021〕57号）第十九条（公示期为7天）"
 * ```
 * @category citations
 * @since 0.1.0
 */
export const citeNational = (text: keyof typeof NATIONAL_TEXTS, article?: string, note?: string): Citation => {
  const known = typeof text === "string" && Object.hasOwn(NATIONAL_TEXTS, text)
  if (!known || (article !== undefined && typeof article !== "string") || (note !== undefined && typeof note !== "string")) {
    throw new InvalidInput({
      issues: [{ path: known ? ["article"] : ["text"], code: "invalid_national_text", zh: `应为 ${Object.keys(NATIONAL_TEXTS).join("、")} 之一及文字条款`, en: `expected one of ${Object.keys(NATIONAL_TEXTS).join(", ")} and text article and note` }]
    })
  }
  const t = NATIONAL_TEXTS[text]
  return { document: t.document, number: t.number, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }
}
