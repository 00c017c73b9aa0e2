/**
 * The people around the parties: 人民调解员 (mediators, 第十九条) and invited participants —
 * relatives, neighbours, colleagues, experts, people from social organisations such as the
 * 即墨 "丈母娘调解队" and "大姐说和队" (第二十条; seed 003).
 *
 * @module
 */
import * as z from "zod/mini"
import { IdSchema, NameSchema } from "../internal/schemas.js"
import { membersOf } from "../internal/members.js"

/**
 * Zod schema of a {@link Mediator}.
 *
 * @example
 * ```ts
 * import { MediatorSchema } from "@minzheng/mediation"
 * MediatorSchema.safeParse({ id: "m1", name: "李调解" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const MediatorSchema = z.strictObject({ id: IdSchema, name: NameSchema })

/**
 * A people's mediator (人民调解员).
 *
 * @example
 * ```ts
 * import type { Mediator } from "@minzheng/mediation"
 * const m: Mediator = { id: "m1", name: "李调解" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Mediator = z.infer<typeof MediatorSchema>

/**
 * How mediators came to the case (第十九条): assigned by the committee (指定) or chosen by the
 * parties (当事人选择).
 *
 * @example
 * ```ts
 * import { MEDIATOR_SELECTION_NAMES } from "@minzheng/mediation"
 * MEDIATOR_SELECTION_NAMES["parties-chosen"].zh //=> "当事人选择"
 * ```
 * @category models
 * @since 0.1.0
 */
export const MEDIATOR_SELECTION_NAMES = {
  "committee-assigned": { zh: "调委会指定", en: "assigned by the committee" },
  "parties-chosen": { zh: "当事人选择", en: "chosen by the parties" }
} as const

/**
 * How mediators came to the case (a key of {@link MEDIATOR_SELECTION_NAMES}).
 *
 * @example
 * ```ts
 * import type { MediatorSelection } from "@minzheng/mediation"
 * const s: MediatorSelection = "committee-assigned"
 * ```
 * @category models
 * @since 0.1.0
 */
export type MediatorSelection = keyof typeof MEDIATOR_SELECTION_NAMES

/**
 * Roles of invited participants (第二十条), each with its Chinese term.
 *
 * @example
 * ```ts
 * import { PARTICIPANT_ROLE_NAMES } from "@minzheng/mediation"
 * PARTICIPANT_ROLE_NAMES["social-organisation"].zh //=> "有关社会组织人员"
 * ```
 * @category models
 * @since 0.1.0
 */
export const PARTICIPANT_ROLE_NAMES = {
  relative: { zh: "当事人的亲属", en: "relative of a party" },
  neighbour: { zh: "邻里", en: "neighbour" },
  colleague: { zh: "同事", en: "colleague" },
  expert: { zh: "具有专门知识、特定经验的人员", en: "person with special knowledge or experience" },
  "social-organisation": { zh: "有关社会组织人员", en: "member of a relevant social organisation" }
} as const

/**
 * The role of an invited participant (a key of {@link PARTICIPANT_ROLE_NAMES}).
 *
 * @example
 * ```ts
 * import type { ParticipantRole } from "@minzheng/mediation"
 * const r: ParticipantRole = "expert"
 * ```
 * @category models
 * @since 0.1.0
 */
export type ParticipantRole = keyof typeof PARTICIPANT_ROLE_NAMES

/**
 * Zod schema of a {@link Participant}.
 *
 * @example
 * ```ts
 * import { ParticipantSchema } from "@minzheng/mediation"
 * ParticipantSchema.safeParse({ name: "王大姐", role: "social-organisation", organisation: "大姐说和队" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ParticipantSchema = z.strictObject({
  name: NameSchema,
  role: z.literal(membersOf(PARTICIPANT_ROLE_NAMES)),
  organisation: z.optional(NameSchema)
})

/**
 * A person invited to take part in the mediation (第二十条).
 *
 * @example
 * ```ts
 * import type { Participant } from "@minzheng/mediation"
 * const p: Participant = { name: "王大姐", role: "social-organisation", organisation: "大姐说和队" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Participant = z.infer<typeof ParticipantSchema>
