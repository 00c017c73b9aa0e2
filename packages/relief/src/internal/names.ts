/**
 * How a member is named in Chinese text: by name where given, else by relationship to the applicant
 * (“配偶”, “子女”) — never by an internal id (issue 14: no “（a）” in Chinese output).
 *
 * @internal
 * @module
 */
import { RELATIONSHIP_NAMES, type Member } from "../household/member.js"

/** The member's name, or their relationship in Chinese. */
export const memberZh = (m: Pick<Member, "name" | "relationship">): string => m.name ?? RELATIONSHIP_NAMES[m.relationship].zh

/** The member's name (or relationship) for English text, with the id. */
export const memberEn = (m: Pick<Member, "id" | "name" | "relationship">): string => `${RELATIONSHIP_NAMES[m.relationship].en} ${m.id}`
