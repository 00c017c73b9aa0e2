/**
 * 基本养老服务清单: which items of the national list (2023) and of 南海's local list (seed 004) three
 * older people are entitled to on one date, each with its reasons and citations.
 */
import { entitledServices, NANHAI_BASIC_ELDERLY_SERVICES, NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
import { renderExplanationZh, Result } from "@minzheng/core"

const asOf = "2025-06-01"
const people = [
  { who: "81 岁低保老人，中度失能", person: { birthDate: "1944-03-01", identity: "dibao", level: "moderate", residence: { hukouLocal: true } } },
  { who: "79 岁独居老人，能力完好", person: { birthDate: "1945-06-02", identity: "other", level: "intact", living: "alone", residence: { hukouLocal: true } } },
  { who: "70 岁外来老人，在南海居住 8 个月", person: { birthDate: "1955-01-10", identity: "other", residence: { hukouLocal: false, monthsResident: 8 } } }
]

const national = people.map(({ who, person }) => {
  const r = entitledServices(NATIONAL_BASIC_ELDERLY_SERVICES_2023, person, asOf)
  if (Result.isFailure(r)) throw r.failure
  console.log(`【国家清单】${who}：${r.success.entitled.map((s) => s.name.zh).join("、") || "无"}`)
  return r.success
})

const nanhai = people.map(({ who, person }) => {
  const r = entitledServices(NANHAI_BASIC_ELDERLY_SERVICES, person, asOf)
  if (Result.isFailure(r)) throw r.failure
  console.log(`【南海清单】${who}：${r.success.entitled.map((s) => s.name.zh).join("、") || "无"}`)
  return r.success
})

// Why, item by item, for the first person under the 南海 list.
console.log(renderExplanationZh(nanhai[0]!.explanation))

// Checks (the program fails if a key outcome changes).
const ids = (e: { entitled: ReadonlyArray<{ item: string }> }) => e.entitled.map((s) => s.item)
if (national[0]!.entitled.length !== 10) throw new Error(`expected 10 national items for the 81-year-old, got ${national[0]!.entitled.length}`)
// 79 years and 364 days: not yet 高龄 (80 on the birthday).
if (ids(national[1]!).includes("high-age-allowance")) throw new Error("a 79-year-old must not get the 高龄津贴")
if (!ids(national[1]!).includes("visiting-care")) throw new Error("a person living alone gets 探访关爱")
// 南海: a non-registered resident of 8 months is covered (居住半年以上), and gets the 长者饭堂.
if (!ids(nanhai[2]!).includes("nanhai-elder-canteen")) throw new Error("a resident of 8 months gets the 南海 长者饭堂")
if (nanhai[0]!.entitled.length !== 14) throw new Error(`expected 14 南海 items for the 81-year-old, got ${nanhai[0]!.entitled.length}`)
console.log("ok")
