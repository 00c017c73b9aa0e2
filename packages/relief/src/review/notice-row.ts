/**
 * 公示/公布信息 (notice row): what a village or community notice may show about a household —
 * the applicant's masked name and ID, the number of members and the amount, nothing else.
 *
 * 《最低生活保障审核确认办法》第二十四条：“……公布最低生活保障申请人姓名、家庭成员数量、保障金额等
 * 信息。信息公布应当依法保护个人隐私，不得公开无关信息。” The rows are plain data; a notice renderer
 * (the disclosure package) lays them out.
 *
 * @module
 */
import { opaque } from "../internal/opaque.js"
import { InvalidInput, issue, maskCitizenId } from "@minzheng/core"
import { z } from "zod"
import { PROGRAMME_NAMES, type Determination, isDeterminationShape } from "../determination/determination.js"
import type { Household } from "../household/household.js"
import { formatFen } from "../internal/fen.js"
import { maskName } from "../internal/mask-name.js"
import { trusted } from "../determination/determine.js"

/**
 * Zod schema of a notice row (also the shape stored in a 公示 event).
 *
 * @example
 * ```ts
 * import { NoticeRowSchema } from "@minzheng/relief"
 * NoticeRowSchema.safeParse({ householdId: "h1", applicantName: "张*", citizenId: null, memberCount: 2, programme: "最低生活保障", monthlyAmount: "900.00" }).success //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const NoticeRowSchema = opaque(
z
  .object({
    householdId: z.string().min(1),
    applicantName: z.string(),
    citizenId: z.string().nullable(),
    memberCount: z.number().int().min(0),
    programme: z.string().min(1),
    monthlyAmount: z.string()
  })
  .strict()
)

/**
 * A row of a 公示 or 公布 notice, masked.
 *
 * @example
 * ```ts
 * import type { NoticeRow } from "@minzheng/relief"
 * const row: NoticeRow = { householdId: "h1", applicantName: "张*", citizenId: null, memberCount: 2, programme: "最低生活保障", monthlyAmount: "900.00" }
 * ```
 * @category review
 * @since 0.1.0
 */
export type NoticeRow = z.infer<typeof NoticeRowSchema>

/**
 * The notice row of a household's determination: the applicant's name with all but the surname
 * masked, the citizen ID masked by core's `maskCitizenId`, the member count, the programme and the
 * monthly amount.
 *
 * @throws `InvalidInput` for an invalid household
 * @example
 * ```ts
 * import { noticeRow, determine, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", name: "张三丰", relationship: "applicant", citizenId: "11010519491231002X" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * const row = noticeRow(h, determine(h, policy).determinations[0])
 * [row.applicantName, row.citizenId] //=> ["张**", "110105********002X"]
 * ```
 * @category review
 * @since 0.1.0
 */
export const noticeRow = (household: Household, determination: Determination): NoticeRow => {
  const h = trusted(household, undefined, true)
  if (!isDeterminationShape(determination)) {
    throw new InvalidInput({ issues: [issue(["determination"], "invalid_determination", "不是认定结果", "not a determination")] })
  }
  const applicant = h.members.find((m) => m.relationship === "applicant")
  const fen = typeof determination?.fen === "number" && determination.eligible === true ? determination.fen : 0
  const programme = PROGRAMME_NAMES[determination?.programme as keyof typeof PROGRAMME_NAMES]
  return {
    householdId: h.id,
    applicantName: maskName(applicant?.name ?? ""),
    citizenId: applicant?.citizenId === undefined ? null : maskCitizenId(applicant.citizenId),
    memberCount: Array.isArray(determination?.memberIds) ? determination.memberIds.length : 0,
    programme: programme === undefined ? "" : programme.zh,
    monthlyAmount: formatFen(fen)
  }
}
