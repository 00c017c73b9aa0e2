/**
 * The generated 街道 of the demo: its communities, households, older people's assessment forms,
 * disputes and a village's credit ledger — all from one seed.
 *
 * @internal
 * @module
 */
import type { LoadedInstrument } from "@minzheng/care-assessment"
import { citizenId, personName, type Random } from "./random.js"

export const REGION = "370213"
export const STREET = "李沧区示范街道（模拟）"

const COMMUNITY_NAMES = [
  "翠湖社区", "枣山社区", "金水社区", "虎山社区", "兴华社区", "向阳社区", "永安社区", "东山社区", "广水社区", "滨河社区",
  "书院社区", "百通社区", "青峰社区", "华楼社区", "安顺社区", "福林社区", "瑞昌社区", "振华社区", "宝龙社区", "东李村"
]

export interface DemoCommunity {
  readonly id: string
  readonly name: string
  readonly region: string
}

export const communities = (): ReadonlyArray<DemoCommunity> =>
  COMMUNITY_NAMES.map((name, i) => ({ id: `c${String(i + 1).padStart(2, "0")}`, name, region: REGION }))

export interface DemoMember {
  readonly id: string
  readonly name: string
  readonly relationship: "applicant" | "spouse" | "child" | "parent"
  readonly birthDate: string
  readonly citizenId: string
  readonly sex: "male" | "female"
  readonly employed?: boolean
  readonly labourCapacity?: "full" | "partial" | "none"
  readonly seriousIllness?: boolean
  readonly disability?: { readonly category: "physical" | "intellectual" | "visual"; readonly grade: number }
  readonly education?: "primary" | "junior-secondary" | "senior-secondary"
}

export interface DemoHousehold {
  readonly community: DemoCommunity
  readonly input: {
    readonly id: string
    readonly residence: { readonly region: string; readonly area: "urban" | "rural" }
    readonly members: ReadonlyArray<DemoMember>
    readonly incomes: ReadonlyArray<{ readonly member: string; readonly category: string; readonly amount: string }>
    readonly assets: { readonly financial: string; readonly residentialUnits: number }
  }
}

const pad = (n: number) => String(n).padStart(2, "0")
const birth = (r: Random, year: number) => `${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`
const amount = (yuan: number) => `${yuan}.00`

/** Households of the street: a tenth poor (low or no income, few assets), many older people. */
export const households = (r: Random, perCommunity: number): ReadonlyArray<DemoHousehold> => {
  const out: Array<DemoHousehold> = []
  let seq = 0
  for (const c of communities()) {
    const rural = c.name.endsWith("村")
    for (let n = 1; n <= perCommunity; n++) {
      const poor = r.chance(0.12)
      const elderlyAlone = r.chance(0.12)
      const members: Array<DemoMember> = []
      const mk = (id: string, relationship: DemoMember["relationship"], year: number, extra: Partial<DemoMember> = {}): DemoMember => {
        const sex = r.chance(0.5) ? "male" : "female"
        const b = birth(r, year)
        return { id, name: personName(r), relationship, birthDate: b, citizenId: citizenId(REGION, b, ++seq, sex), sex, ...extra }
      }
      const incomes: Array<{ member: string; category: string; amount: string }> = []
      if (elderlyAlone) {
        members.push(mk("a", "applicant", r.int(1935, 1962), { labourCapacity: "none", ...(r.chance(0.3) ? { seriousIllness: true } : {}) }))
        if (!poor) incomes.push({ member: "a", category: "transfer-in", amount: amount(r.int(1500, 4500)) })
        else if (r.chance(0.5)) incomes.push({ member: "a", category: "basic-pension", amount: amount(r.int(150, 300)) })
      } else {
        const year = r.int(1955, 1998)
        const working = !poor || r.chance(0.4)
        members.push(mk("a", "applicant", year, { employed: working, labourCapacity: working ? "full" : r.pick(["partial", "none"] as const) }))
        if (r.chance(0.7)) members.push(mk("b", "spouse", year + r.int(-3, 3), { labourCapacity: r.chance(0.2) ? "partial" : "full", ...(r.chance(0.08) ? { seriousIllness: true } : {}) }))
        const kids = year > 1975 ? r.int(0, 2) : 0
        for (let k = 0; k < kids; k++) members.push(mk(`k${k + 1}`, "child", Math.min(2020, year + r.int(24, 34)), { education: r.pick(["primary", "junior-secondary", "senior-secondary"] as const) }))
        if (r.chance(0.25)) {
          members.push(mk("p", "parent", r.int(1932, 1955), { labourCapacity: "none", ...(r.chance(0.1) ? { disability: { category: "physical" as const, grade: r.int(1, 4) } } : {}) }))
        }
        if (working) incomes.push({ member: "a", category: "wages", amount: amount(poor ? r.int(300, 1400) : r.int(3500, 12000)) })
        if (!poor && members.some((m) => m.id === "b") && r.chance(0.6)) incomes.push({ member: "b", category: "wages", amount: amount(r.int(2500, 8000)) })
      }
      out.push({
        community: c,
        input: {
          id: `${c.id}-${String(n).padStart(4, "0")}`,
          residence: { region: REGION, area: rural ? "rural" : "urban" },
          members,
          incomes,
          assets: { financial: amount(poor ? r.int(0, 8000) : r.int(20000, 400000)), residentialUnits: poor ? r.int(0, 1) : 1 }
        }
      })
    }
  }
  return out
}

/** A filled GB/T 42195-2022 form for an older person, assessed on `on`: frailer with age, some with dementia. */
export const assessmentForm = (r: Random, instrument: LoadedInstrument, age: number, on: string): Record<string, unknown> => {
  const frailty = Math.min(1, Math.max(0, (age - 60) / 35 + (r.next() - 0.6) * 0.7))
  const answers = instrument.data.items.map((item) => {
    const options = item.options.filter((o) => /^\d+$/.test(o.id))
    const shift = Math.min(options.length - 1, Math.floor(frailty * options.length * r.next() * 1.6))
    return { item: item.id, option: (options[shift] ?? options[0])?.id ?? "0" }
  })
  const form: Record<string, unknown> = { instrument: instrument.data.id, assessedOn: on, answers }
  if (frailty > 0.6 && r.chance(0.25)) form.diagnoses = ["F03"]
  if (r.chance(0.1)) form.riskEvents = { fall: r.int(1, 3) }
  return form
}
