/**
 * Shared pieces of the Chinese document templates (not public).
 *
 * Free text — a dispute summary, a session record, the facts of an agreement, a name or an
 * address — may hold a phone or ID number someone typed into it: every template passes it
 * through core's `maskPersonalNumbers` (`free`). Only a party's own `citizenId` field is printed
 * in full, and only on the agreement copy that asks for it (`idNumbers: "full"`).
 */
import { maskPersonalNumbers } from "@minzheng/core"
import { maskParty, type Party } from "../case/party.js"

/** Free text with every phone, citizen ID and bank card number in it masked. */
export const free = (text: string): string => maskPersonalNumbers(text)

export const partyLineZh = (p: Party): string => {
  if (p.kind === "organisation") {
    return [
      `${free(p.name)}（法人或其他组织）`,
      p.representative ? `法定代表人/负责人：${free(p.representative)}` : "",
      p.creditCode ? `统一社会信用代码：${p.creditCode}` : "",
      p.address ? `住所：${free(p.address)}` : ""
    ]
      .filter((x) => x !== "")
      .join("，")
  }
  return [`${free(p.name)}（自然人）`, p.citizenId ? `身份证号：${p.citizenId}` : "", p.phone ? `电话：${free(p.phone)}` : "", p.address ? `住址：${free(p.address)}` : ""]
    .filter((x) => x !== "")
    .join("，")
}

/** The parties as a document shows them: ID and phone masked (unless `full`), free text masked. */
export const visibleParties = (parties: ReadonlyArray<Party>, idNumbers: "masked" | "full"): ReadonlyArray<Party> =>
  parties.map((p) => {
    const q = idNumbers === "full" ? p : maskParty(p)
    return q.kind === "organisation"
      ? { ...q, name: free(q.name), ...(q.representative === undefined ? {} : { representative: free(q.representative) }), ...(q.address === undefined ? {} : { address: free(q.address) }) }
      : { ...q, name: free(q.name), ...(q.phone === undefined ? {} : { phone: free(q.phone) }), ...(q.address === undefined ? {} : { address: free(q.address) }) }
  })

export const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
export const ordinalZh = (i: number): string => (i < CHINESE_NUMERALS.length ? (CHINESE_NUMERALS[i] ?? String(i + 1)) : String(i + 1))
