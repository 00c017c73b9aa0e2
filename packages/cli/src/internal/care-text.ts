/**
 * Short Chinese texts for care levels and entitlements, shared by `care score` and the demo.
 *
 * @internal
 * @module
 */
import type { Assessment, Entitlement } from "@minzheng/care-assessment"

const pct = (share: string): string => `${Math.round(Number(share) * 100)}%`

/** `政府 80% / 个人 20%（政府 2400.00 元，个人 600.00 元）`, `每月免费服务 40 小时`, `第一类：护理补贴、…` */
export const entitlementText = (e: Entitlement): string => {
  const parts: Array<string> = []
  const t = e.then
  if (t.category !== undefined) parts.push(t.category.name.zh)
  if (t.costShare !== undefined) {
    const split = e.costSplit === undefined ? "" : `（政府 ${e.costSplit.government.toString()} 元，个人 ${e.costSplit.person.toString()} 元）`
    parts.push(`政府 ${pct(t.costShare.government)} / 个人 ${pct(t.costShare.person)}${split}`)
  }
  if (t.monthlyFreeHours !== undefined) parts.push(`每月免费服务 ${t.monthlyFreeHours} 小时`)
  if (t.benefits !== undefined && t.benefits.length > 0) parts.push(t.benefits.map((b) => b.name.zh).join("、"))
  return `${parts.join("，") || e.label.zh}${e.illustrative ? "（示例）" : ""}`
}

/** `能力中度受损（中度失能）` with the adjustments that raised it. */
export const levelText = (a: Assessment): string => {
  const name = a.levelName?.zh ?? "未定级"
  const adj = a.adjustments.map((x) => x.label.zh)
  return adj.length === 0 ? name : `${name}（${adj.join("；")}）`
}
