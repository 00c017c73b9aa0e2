/**
 * Shared pieces of the Chinese document templates (not public).
 */
import { maskParty, type Party } from "../case/party.js"

export const partyLineZh = (p: Party): string => {
  if (p.kind === "organisation") {
    return [`${p.name}（法人或其他组织）`, p.representative ? `法定代表人/负责人：${p.representative}` : "", p.creditCode ? `统一社会信用代码：${p.creditCode}` : "", p.address ? `住所：${p.address}` : ""]
      .filter((x) => x !== "")
      .join("，")
  }
  return [`${p.name}（自然人）`, p.citizenId ? `身份证号：${p.citizenId}` : "", p.phone ? `电话：${p.phone}` : "", p.address ? `住址：${p.address}` : ""].filter((x) => x !== "").join("，")
}

export const visibleParties = (parties: ReadonlyArray<Party>, idNumbers: "masked" | "full"): ReadonlyArray<Party> => (idNumbers === "full" ? parties : parties.map(maskParty))

export const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
export const ordinalZh = (i: number): string => (i < CHINESE_NUMERALS.length ? (CHINESE_NUMERALS[i] ?? String(i + 1)) : String(i + 1))
