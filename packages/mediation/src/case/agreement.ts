/**
 * 调解协议 (mediation agreement): its contents and its signatures.
 *
 * > 调解协议书可以载明下列事项：（一）当事人的基本情况；（二）纠纷的主要事实、争议事项以及各方当事人
 * > 的责任；（三）当事人达成调解协议的内容，履行的方式、期限。调解协议书自各方当事人签名、盖章或者
 * > 按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。调解协议书由当事人各执一份，人民调解
 * > 委员会留存一份。 — 《人民调解法》第二十九条
 *
 * This package requires all of these contents for a written agreement (the issue asks for the
 * 第二十九条 contents), and the place of performance is optional (若干规定 第三十五条).
 *
 * @module
 */
import { IsoDateSchema } from "@minzheng/core"
import * as z from "zod/mini"
import { arrayIssues, isObject, isString, throwIfAny } from "../internal/guard.js"
import { AmountSchema, IdSchema, NameSchema, TextSchema } from "../internal/schemas.js"
import { membersOf } from "../internal/members.js"

/**
 * Zod schema of an {@link AgreementTerm}: who must do what, in which manner, where, by when.
 *
 * @example
 * ```ts
 * import { AgreementTermSchema } from "@minzheng/mediation"
 * AgreementTermSchema.safeParse({ obligorId: "o1", description: "支付货款", amount: "12000.00", manner: "银行转账", deadline: "2025-04-30" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const AgreementTermSchema = z.strictObject({
  obligorId: IdSchema,
  description: TextSchema,
  amount: z.optional(AmountSchema),
  manner: TextSchema,
  place: z.optional(NameSchema),
  deadline: IsoDateSchema
})

/**
 * One term of an agreement (履行的方式、期限).
 *
 * @example
 * ```ts
 * import type { AgreementTerm } from "@minzheng/mediation"
 * const t: AgreementTerm = { obligorId: "o1", description: "支付货款", manner: "银行转账", deadline: "2025-04-30" as any }
 * ```
 * @category models
 * @since 0.1.0
 */
export type AgreementTerm = z.infer<typeof AgreementTermSchema>

/**
 * Zod schema of {@link AgreementContents} (第二十九条 (二)(三)).
 *
 * @example
 * ```ts
 * import { AgreementContentsSchema } from "@minzheng/mediation"
 * AgreementContentsSchema.safeParse({ facts: "x", issues: "y", responsibilities: "z", terms: [] }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const AgreementContentsSchema = z.strictObject({
  facts: TextSchema,
  issues: TextSchema,
  responsibilities: TextSchema,
  terms: z.array(AgreementTermSchema).check(z.minLength(1), z.maxLength(100))
})

/**
 * What an agreement says: the main facts (主要事实), the matters in dispute (争议事项), each
 * party's responsibility (各方当事人的责任), and the terms with manner and deadline of performance.
 *
 * @example
 * ```ts
 * import type { AgreementContents } from "@minzheng/mediation"
 * const describe = (a: AgreementContents) => a.terms.length
 * ```
 * @category models
 * @since 0.1.0
 */
export type AgreementContents = z.infer<typeof AgreementContentsSchema>

/**
 * Chinese names of the ways a party signs.
 *
 * @example
 * ```ts
 * import { SIGNATURE_METHOD_NAMES } from "@minzheng/mediation"
 * SIGNATURE_METHOD_NAMES.fingerprint.zh //=> "按指印"
 * ```
 * @category models
 * @since 0.1.0
 */
export const SIGNATURE_METHOD_NAMES = {
  signature: { zh: "签名", en: "signature" },
  seal: { zh: "盖章", en: "seal" },
  fingerprint: { zh: "按指印", en: "fingerprint" }
} as const

/**
 * How a party signs (a key of {@link SIGNATURE_METHOD_NAMES}).
 *
 * @example
 * ```ts
 * import type { SignatureMethod } from "@minzheng/mediation"
 * const m: SignatureMethod = "seal"
 * ```
 * @category models
 * @since 0.1.0
 */
export type SignatureMethod = keyof typeof SIGNATURE_METHOD_NAMES

/**
 * Who signs a written agreement (第二十九条: 由各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章),
 * each with its Chinese term: the `by` of a {@link Signature}.
 *
 * @example
 * ```ts
 * import { SIGNER_NAMES } from "@minzheng/mediation"
 * SIGNER_NAMES["committee-seal"].zh //=> "人民调解委员会印章"
 * ```
 * @category models
 * @since 0.1.0
 */
export const SIGNER_NAMES = {
  party: { zh: "当事人", en: "party" },
  mediator: { zh: "人民调解员", en: "mediator" },
  "committee-seal": { zh: "人民调解委员会印章", en: "committee seal" }
} as const

/**
 * Who signs (a key of {@link SIGNER_NAMES}).
 *
 * @example
 * ```ts
 * import type { Signer } from "@minzheng/mediation"
 * const s: Signer = "mediator"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Signer = keyof typeof SIGNER_NAMES

/**
 * Zod schema of a {@link Signature}.
 *
 * @example
 * ```ts
 * import { SignatureSchema } from "@minzheng/mediation"
 * SignatureSchema.safeParse({ by: "committee-seal" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const SignatureSchema = z.discriminatedUnion("by", [
  z.strictObject({ by: z.literal("party"), partyId: IdSchema, method: z.literal(membersOf(SIGNATURE_METHOD_NAMES)) }),
  z.strictObject({ by: z.literal("mediator"), mediatorId: IdSchema }),
  z.strictObject({ by: z.literal("committee-seal") })
])

/**
 * A signature on a written agreement: a party signs, seals or leaves a fingerprint (签名、盖章或者按指印),
 * a mediator signs, or the committee seals (加盖人民调解委员会印章).
 *
 * @example
 * ```ts
 * import type { Signature } from "@minzheng/mediation"
 * const s: Signature = { by: "party", partyId: "p1", method: "fingerprint" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Signature = z.infer<typeof SignatureSchema>

/**
 * The signatures a written agreement still lacks before it takes effect (第二十九条): every party,
 * at least one of the case's mediators, and the committee seal. Empty means it is in effect.
 *
 * @example
 * ```ts
 * import { missingSignatures } from "@minzheng/mediation"
 * missingSignatures(["p1", "p2"], [{ by: "party", partyId: "p1", method: "signature" }])
 * //=> ["party:p2", "mediator", "committee-seal"]
 * ```
 * @throws `InvalidInput` unless `partyIds` is a list of texts and `signatures` a list of signatures
 * @category getters
 * @since 0.1.0
 */
export const missingSignatures = (partyIds: ReadonlyArray<string>, signatures: ReadonlyArray<Signature>): ReadonlyArray<string> => {
  throwIfAny(
    arrayIssues(partyIds, "partyIds", isString, "应为当事人编号（文本）的列表", "expected a list of party ids (texts)"),
    arrayIssues(signatures, "signatures", isObject, "应为签署（对象）的列表", "expected a list of signatures (objects)")
  )
  const missing: string[] = []
  for (const id of partyIds) if (!signatures.some((s) => s.by === "party" && s.partyId === id)) missing.push(`party:${id}`)
  if (!signatures.some((s) => s.by === "mediator")) missing.push("mediator")
  if (!signatures.some((s) => s.by === "committee-seal")) missing.push("committee-seal")
  return missing
}
