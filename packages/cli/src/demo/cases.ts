/**
 * The demo's disputes (mediation command files) and a village's credit ledger for a quarter.
 *
 * @internal
 * @module
 */
import { rongchengVillageScheme } from "@minzheng/credit"
import type { DemoCommunity } from "./street.js"
import { REGION } from "./street.js"
import { citizenId, personName, type Random } from "./random.js"

const CATEGORIES = [
  ["neighbour", "楼上漏水致楼下住户天花板受损，双方就维修费用发生争执"],
  ["property-management", "业主以服务质量差为由拒交物业费，物业公司催缴未果"],
  ["marriage-family", "兄妹就赡养母亲的费用分担发生纠纷"],
  ["housing-homestead", "相邻两户因院墙界址发生争执"],
  ["damages", "电动车剐蹭行人致轻微受伤，就医疗费赔偿发生争议"],
  ["contract", "装修工程尾款支付发生争议"]
] as const

const shift = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

export interface DemoCase {
  readonly caseId: string
  readonly community: DemoCommunity
  readonly path: "confirmed" | "agreed" | "failed" | "declined" | "open"
  readonly commands: ReadonlyArray<Record<string, unknown>>
}

/**
 * Disputes across the street, each taken along one path of the 人民调解法 procedure, started
 * between 60 and 300 days before `asOf` so that every command is dated on or before it.
 */
export const disputes = (r: Random, all: ReadonlyArray<DemoCommunity>, count: number, asOf: string): ReadonlyArray<DemoCase> => {
  const paths: ReadonlyArray<DemoCase["path"]> = ["confirmed", "agreed", "failed", "agreed", "declined", "open", "confirmed", "agreed", "failed", "agreed", "open", "agreed"]
  const out: Array<DemoCase> = []
  for (let i = 0; i < count; i++) {
    const community = all[(i * 7) % all.length] as DemoCommunity
    const [category, summary] = CATEGORIES[i % CATEGORIES.length] as (typeof CATEGORIES)[number]
    const path = paths[i % paths.length] as DemoCase["path"]
    const start = shift(asOf, -(60 + ((i * 37) % 240)))
    const year = start.slice(0, 4)
    const b1 = `19${60 + (i % 30)}-0${1 + (i % 9)}-1${i % 9}`
    const b2 = `19${55 + (i % 35)}-1${i % 3}-2${i % 8}`
    const parties = [
      { kind: "person", id: "p1", name: personName(r), citizenId: citizenId(REGION, b1, 300 + i, "male"), phone: `139${String(10000000 + r.int(0, 89999999))}` },
      { kind: "person", id: "p2", name: personName(r), citizenId: citizenId(REGION, b2, 400 + i, "female") }
    ]
    const mediator = { id: "m1", name: personName(r) }
    const committee = { id: `${community.id}-tjw`, name: `${community.name}人民调解委员会`, kind: community.name.endsWith("村") ? "village" : "residents", region: REGION }
    const cmds: Array<Record<string, unknown>> = [
      { type: "start", date: start, source: "application", applicationForm: r.chance(0.5) ? "written" : "oral", category, committee, parties, summary, ...(category === "neighbour" || category === "damages" || category === "contract" ? { amountInvolved: `${r.int(8, 60) * 100}.00` } : {}) }
    ]
    if (path === "declined") {
      cmds.push({ type: "decline", date: shift(start, 1), reason: "already-accepted-by-authority", note: "当事人已向人民法院起诉，法院已立案" })
    } else {
      const accepted = shift(start, 1)
      cmds.push({ type: "accept", date: accepted, registrationNumber: `${community.name.slice(0, 2)}调〔${year}〕${i + 1}号` })
      cmds.push({ type: "assign-mediators", date: accepted, selection: "committee-assigned", mediators: [mediator] })
      cmds.push({ type: "record-investigation", date: shift(start, 3), findings: "走访双方及邻居，查看现场并拍照" })
      cmds.push({ type: "hold-session", date: shift(start, 6), openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1", "p2"], rightsExplained: true, record: "告知权利义务；双方陈述；调解员释法说理" })
      if (path === "failed") {
        cmds.push({ type: "end-mediation", date: shift(start, 20), reason: "双方分歧较大，经两次调解未能达成协议", routesExplained: ["judicial"] })
      } else if (path !== "open") {
        const signed = shift(start, 10)
        const amount = `${r.int(5, 40) * 100}.00`
        cmds.push({
          type: "draft-agreement",
          date: signed,
          contents: { facts: summary, issues: "赔偿（费用）数额及履行方式", responsibilities: "双方各自承担相应责任", terms: [{ obligorId: "p2", description: "支付相关费用", amount, manner: "微信转账", deadline: shift(signed, 20) }] }
        })
        cmds.push({ type: "sign-agreement", date: signed, signature: { by: "party", partyId: "p1", method: "signature" } })
        cmds.push({ type: "sign-agreement", date: signed, signature: { by: "party", partyId: "p2", method: "fingerprint" } })
        cmds.push({ type: "sign-agreement", date: signed, signature: { by: "mediator", mediatorId: "m1" } })
        cmds.push({ type: "sign-agreement", date: signed, signature: { by: "committee-seal" } })
        if (path === "confirmed") {
          cmds.push({ type: "apply-for-confirmation", date: shift(signed, 12), applicantPartyIds: ["p1", "p2"], court: "青岛市李沧区人民法院" })
          cmds.push({ type: "record-court-decision", date: shift(signed, 19), outcome: "confirmed", rulingNumber: `（${year}）鲁0213民特${i + 1}号` })
        }
        cmds.push({ type: "record-follow-up", date: shift(signed, 35), visitor: mediator.name, performance: "performed", notes: "费用已按协议支付，双方无异议" })
        cmds.push({ type: "archive", date: shift(signed, 40), fileNumber: `${community.name.slice(0, 2)}调档〔${year}〕${i + 1}号` })
      }
    }
    out.push({ caseId: `${year}-${community.id}-${String(i + 1).padStart(2, "0")}`, community, path, commands: cmds })
  }
  return out
}

export interface DemoVillager {
  readonly person: string
  readonly name: string
}

/** A village's people and its ledger entries for a quarter (`from`–`to`), with three entries the ledger must refuse. */
export const creditQuarter = (
  r: Random,
  people: number,
  from: string,
  to: string
): { readonly villagers: ReadonlyArray<DemoVillager>; readonly entries: ReadonlyArray<Record<string, unknown>> } => {
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
  const villagers = Array.from({ length: people }, (_, i) => ({ person: `v${String(i + 1).padStart(3, "0")}`, name: personName(r) }))
  const items = rongchengVillageScheme.items
  const entries: Array<Record<string, unknown>> = []
  let key = 0
  for (const v of villagers) {
    const n = r.int(0, 6)
    for (let k = 0; k < n; k++) {
      const positive = r.chance(0.9)
      const pool = items.filter((it) => (positive ? it.points > 0 : it.points < 0))
      const item = r.pick(pool)
      const date = shift(from, r.int(0, span))
      entries.push({
        key: `e${String(++key).padStart(5, "0")}`,
        kind: item.points > 0 ? "award" : "deduction",
        person: v.person,
        date,
        item: item.id,
        ...(item.id === "volunteer-4h" ? { quantity: r.int(1, 3) } : {}),
        recorder: { id: "collector-01", role: item.recordedBy[0] },
        ...(item.approvedBy === null ? {} : { approver: { id: "approver-01", role: item.approvedBy } }),
        evidenceId: `ev-${key}`
      })
    }
  }
  // Three entries a careful collector would not file: an item the scheme lacks, a repeated key
  // with a different payload, and an approval-needing deduction with no approver.
  entries.push({ key: "bad-1", kind: "award", person: "v001", date: shift(from, 30), item: "planting-trees", recorder: { id: "collector-01", role: "collector" }, evidenceId: "ev-x1" })
  const first = entries[0] as Record<string, unknown>
  entries.push({ ...first, date: to })
  entries.push({ key: "bad-3", kind: "deduction", person: "v002", date: shift(from, 31), item: "illegal-building", recorder: { id: "collector-01", role: "collector" }, evidenceId: "ev-x3" })
  return { villagers, entries }
}
