/**
 * 调解协议书 (the written mediation agreement) as data and as Chinese text, with the contents of
 * 《人民调解法》第二十九条: the parties' details; the main facts, matters in dispute and each party's
 * responsibility; the terms with manner and deadline of performance; effective when every party
 * has signed, sealed or fingerprinted, a mediator has signed and the committee has sealed; one
 * copy for each party and one for the committee.
 *
 * @module
 */
import { type Citation, InvalidInput, type IsoDate } from "@minzheng/core"
import * as Result from "effect/Result"
import { SIGNATURE_METHOD_NAMES } from "../case/agreement.js"
import type { Party } from "../case/party.js"
import type { MediationState } from "../case/state.js"
import { DocumentUnavailable } from "../errors.js"
import { requireDocument } from "../internal/document-guard.js"
import { stateProblem } from "../internal/state-guard.js"
import { PEOPLES_MEDIATION_LAW } from "../law/citations.js"
import { free, ordinalZh, partyLineZh, visibleParties } from "./render.js"

/**
 * The data of a 调解协议书 (or of the record of an oral agreement, `form: "oral"`).
 *
 * @example
 * ```ts
 * import type { AgreementDocument } from "@minzheng/mediation"
 * const copies = (d: AgreementDocument) => d.copies
 * ```
 * @category documents
 * @since 0.1.0
 */
export interface AgreementDocument {
  readonly kind: "agreement"
  readonly form: "written" | "oral"
  readonly number?: string
  readonly committee: string
  readonly parties: ReadonlyArray<Party>
  readonly facts: string
  readonly issues: string
  readonly responsibilities: string
  readonly terms: ReadonlyArray<{ readonly obligor: string; readonly description: string; readonly amount?: string; readonly manner: string; readonly place?: string; readonly deadline: IsoDate }>
  readonly signatures: ReadonlyArray<{ readonly date: IsoDate; readonly signer: string; readonly method: string }>
  readonly mediators: ReadonlyArray<string>
  readonly effectiveOn?: IsoDate
  readonly copies: number
  readonly citations: ReadonlyArray<Citation>
}

/**
 * The 调解协议书 of a case. Party ID numbers are masked unless `idNumbers: "full"` is asked for —
 * the signed copy the parties keep states them in full. Free text (facts, issues, terms, names)
 * is always passed through core's `maskPersonalNumbers`: a number typed into it is never a
 * party's legally required detail.
 *
 * @example
 * ```ts
 * import { agreementDocument, initialMediationState } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * const r = agreementDocument(initialMediationState)
 * Result.isFailure(r) && r.failure._tag //=> "DocumentUnavailable"
 * ```
 * @category documents
 * @since 0.1.0
 */
export const agreementDocument = (
  state: MediationState,
  options: { readonly idNumbers?: "masked" | "full" } = {}
): Result.Result<AgreementDocument, DocumentUnavailable | InvalidInput> => {
  const problem = stateProblem(state)
  if (problem !== undefined) return Result.fail(problem)
  const a = state.agreement
  if (a === undefined) return Result.fail(new DocumentUnavailable({ document: "agreement", reason: { zh: "本案尚无调解协议", en: "the case has no agreement" } }))
  const idNumbers = (options as { idNumbers?: unknown } | null)?.idNumbers === "full" ? "full" : "masked"
  const nameOf = (id: string): string => free(state.parties.find((p) => p.id === id)?.name ?? id)
  const mediatorName = (id: string): string => free(state.mediators.find((m) => m.id === id)?.name ?? id)
  return Result.succeed({
    kind: "agreement",
    form: a.form,
    ...(state.registrationNumber === undefined ? {} : { number: state.registrationNumber }),
    committee: free(state.committee?.name ?? ""),
    parties: visibleParties(state.parties, idNumbers),
    facts: free(a.contents.facts),
    issues: free(a.contents.issues),
    responsibilities: free(a.contents.responsibilities),
    terms: a.contents.terms.map((t) => ({
      obligor: nameOf(t.obligorId),
      description: free(t.description),
      ...(t.amount === undefined ? {} : { amount: t.amount }),
      manner: free(t.manner),
      ...(t.place === undefined ? {} : { place: free(t.place) }),
      deadline: t.deadline
    })),
    signatures: a.signatures.map(({ date, signature: s }) => ({
      date,
      signer: s.by === "party" ? nameOf(s.partyId) : s.by === "mediator" ? mediatorName(s.mediatorId) : free(state.committee?.name ?? "人民调解委员会"),
      method: s.by === "party" ? SIGNATURE_METHOD_NAMES[s.method].zh : s.by === "mediator" ? "签名" : "加盖印章"
    })),
    mediators: state.mediators.map((m) => free(m.name)),
    ...(a.effectiveOn === undefined ? {} : { effectiveOn: a.effectiveOn }),
    copies: state.parties.length + 1,
    citations: a.form === "written" ? [PEOPLES_MEDIATION_LAW.art28, PEOPLES_MEDIATION_LAW.art29] : [PEOPLES_MEDIATION_LAW.art28, PEOPLES_MEDIATION_LAW.art30]
  })
}

/**
 * The plain Chinese text of a 调解协议书 (or oral-agreement record).
 *
 * @example
 * ```ts
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { renderAgreementZh, type AgreementDocument } from "@minzheng/mediation"
 * const d: AgreementDocument = {
 *   kind: "agreement", form: "written", number: "城中调〔2025〕1号", committee: "城阳区中小企业协会人民调解委员会",
 *   parties: [{ kind: "person", id: "p1", name: "张三" }, { kind: "organisation", id: "o1", name: "青岛某商贸有限公司", representative: "李四" }],
 *   facts: "张三已交货，公司未付货款", issues: "货款支付", responsibilities: "公司应按约付款",
 *   terms: [{ obligor: "青岛某商贸有限公司", description: "支付货款", amount: "12000.00", manner: "银行转账", deadline: isoDateUnsafe("2025-04-30") }],
 *   signatures: [], mediators: ["王调解"], effectiveOn: isoDateUnsafe("2025-03-11"), copies: 3, citations: []
 * }
 * const lines = renderAgreementZh(d).split("\n")
 * lines[0] //=> "人民调解协议书"
 * lines[8] //=> "一、青岛某商贸有限公司支付货款人民币 12000.00 元，履行方式：银行转账，履行期限：2025-04-30前。"
 * lines[10] //=> "本协议一式三份，当事人各执一份，人民调解委员会留存一份。"
 * lines.at(-1) //=> "生效日期：2025-03-11"
 * ```
 * @throws `InvalidInput` when `d` is not an agreement document
 * @category documents
 * @since 0.1.0
 */
export const renderAgreementZh = (d: AgreementDocument): string => {
  requireDocument(d, "agreement")
  const lines: string[] = [d.form === "written" ? "人民调解协议书" : "口头调解协议记录"]
  if (d.number !== undefined) lines.push(`编号：${free(d.number)}`)
  for (const p of d.parties) lines.push(`当事人：${partyLineZh(p)}`)
  lines.push(`纠纷的主要事实：${free(d.facts)}`, `争议事项：${free(d.issues)}`, `各方当事人的责任：${free(d.responsibilities)}`, "经调解，当事人自愿达成如下协议：")
  d.terms.forEach((t, i) => {
    const amount = t.amount === undefined ? "" : `人民币 ${free(t.amount)} 元`
    const place = t.place === undefined ? "" : `，履行地点：${free(t.place)}`
    lines.push(`${ordinalZh(i)}、${free(t.obligor)}${free(t.description)}${amount}，履行方式：${free(t.manner)}${place}，履行期限：${t.deadline}前。`)
  })
  if (d.form === "written") {
    lines.push(
      "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。",
      `本协议一式${ordinalZh(d.copies - 1)}份，当事人各执一份，人民调解委员会留存一份。`
    )
  } else {
    lines.push("本口头调解协议自各方当事人达成协议之日起生效，由人民调解员记录协议内容。")
  }
  lines.push("经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。")
  for (const s of d.signatures) lines.push(`${free(s.signer)}（${free(s.method)}）　${s.date}`)
  lines.push(`人民调解员：${d.mediators.map(free).join("、")}`, `${free(d.committee)}${d.form === "written" ? "（印章）" : ""}`)
  lines.push(d.effectiveOn === undefined ? "生效日期：尚未生效（签署未齐）" : `生效日期：${d.effectiveOn}`)
  return lines.join("\n")
}
