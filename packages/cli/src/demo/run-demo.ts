/**
 * The end-to-end demo: one seeded run over a generated 街道 exercising all five packages.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { tmpdir } from "node:os"
import { assess, BUILT_IN_LOADED, determineEntitlements, entitledServices, GBT_42195, NATIONAL_BASIC_ELDERLY_SERVICES_2023, XIASHAN_POLICY } from "@minzheng/care-assessment"
import { addDays, ageOn, calendarLayer, CaseStore, chinaCalendar, type IsoDate, isoDateUnsafe, makeMemoryCaseStore, Money, type WorkCalendar } from "@minzheng/core"
import { appendEntry, Ledger, rongchengVillageScheme } from "@minzheng/credit"
import { dibaoNoticeUnsafe, LICANG_DUTIES, occurrenceTitle, renderNoticeText, scheduleCommunitiesUnsafe, toICalendarUnsafe } from "@minzheng/disclosure"
import { DISPUTE_CATEGORY_NAMES, CASE_STATUS_NAMES, loadMediationCase, runMediationCommand, type MediationState } from "@minzheng/mediation"
import { type BatchSummary, decisionText, decodeHousehold, type HouseholdDetermination, LICANG_BUNDLE, PROGRAMME_NAMES, referralNotice, referrals, runBatch } from "@minzheng/relief"
import { Effect, Layer, Result } from "effect"
import { renderTable } from "../io/table.js"
import { entitlementText, levelText } from "../internal/care-text.js"
import { machineToday, provisionalNote } from "../internal/calendar-option.js"
import { type CsvColumn, type CsvHeaders, csvDocument } from "../internal/csv-out.js"
import { ledgerPayout, type PayoutLine, payoutTable } from "../internal/credit-payout.js"
import { describeError, recordError } from "../internal/describe.js"
import { caseStatusLine, deadlinesText, timelineRows } from "../internal/mediation-timeline.js"
import { CLI_PRODID } from "../commands/disclosure.js"
import { caseloadSummary, determinationCells } from "../commands/relief.js"
import { creditQuarter, disputes } from "./cases.js"
import { Random } from "./random.js"
import { assessmentForm, communities, households, STREET } from "./street.js"

/**
 * Options of {@link runDemo}: where to write the files (default: `minzheng-demo` in the system's
 * temporary folder), the seed (default 2025; the same seed and date give the same street and the
 * same files), households per community (default 150, i.e. 3,000 in 20 communities), the date the
 * demo runs on (default: today's date on this machine), the work-day calendar (default: the built-in one; pass
 * one with loaded years or `chinaCalendar.withProjection(year)` for dates past it), the CSV
 * column names (default Chinese) and where the printed report goes (default: standard output).
 *
 * @example
 * ```ts
 * import type { DemoOptions } from "@minzheng/cli"
 * const o: DemoOptions = { out: "./demo-out", seed: 7, asOf: "2026-12-04", csvHeaders: "en" }
 * ```
 * @category demo
 * @since 0.1.0
 */
export interface DemoOptions {
  /** The folder for the files (created if missing). */
  readonly out?: string
  /** The seed of the generated street. */
  readonly seed?: number
  /** Households in each of the 20 communities. */
  readonly householdsPerCommunity?: number
  /** The date the demo runs on (`YYYY-MM-DD`; default: today's date on this machine). Every date of the street is counted from it. */
  readonly asOf?: string
  /** The work-day calendar (default: core's built-in `chinaCalendar`). */
  readonly calendar?: WorkCalendar
  /** Column names of the CSV files: `zh` (default) or `en`. */
  readonly csvHeaders?: CsvHeaders
  /** Where the printed report goes. */
  readonly print?: (text: string) => void
}

/**
 * What {@link runDemo} did: the files it wrote, the counts it worked through, and how long it took.
 *
 * @example
 * ```ts
 * import type { DemoReport } from "@minzheng/cli"
 * const show = (r: DemoReport) => `${r.files.length} files in ${r.milliseconds} ms`
 * ```
 * @category demo
 * @since 0.1.0
 */
export interface DemoReport {
  /** The folder the files were written to. */
  readonly out: string
  /** The seed used. */
  readonly seed: number
  /** The date the demo ran on. */
  readonly asOf: IsoDate
  /** Dates (calendar occurrences, case deadlines) that rest on a projected calendar year. */
  readonly provisional: number
  /** The files written, in order. */
  readonly files: ReadonlyArray<string>
  /** What the run worked through. */
  readonly counts: {
    /** Communities in the street. */
    readonly communities: number
    /** Households generated. */
    readonly households: number
    /** Households determined by relief. */
    readonly determined: number
    /** Residents aged 60 or more, assessed. */
    readonly olderPeople: number
    /** Disclosure occurrences in the year. */
    readonly occurrences: number
    /** Mediation cases. */
    readonly cases: number
    /** Credit ledger entries offered (some refused). */
    readonly ledgerEntries: number
    /** Villagers paid a share of the fund. */
    readonly payees: number
  }
  /** Relief's caseload summary. */
  readonly caseload: BatchSummary
  /** Wall time of the run. */
  readonly milliseconds: number
}

const quarterBefore = (d: IsoDate): { readonly from: IsoDate; readonly to: IsoDate; readonly label: string } => {
  const y = Number(d.slice(0, 4))
  const q = Math.floor((Number(d.slice(5, 7)) - 1) / 3) // this quarter, 0-based; the one before it is q - 1
  const [year, prev] = q === 0 ? [y - 1, 3] : [y, q - 1]
  const first = `${year}-${String(prev * 3 + 1).padStart(2, "0")}-01` as IsoDate
  const next = prev === 3 ? (`${year + 1}-01-01` as IsoDate) : (`${year}-${String(prev * 3 + 4).padStart(2, "0")}-01` as IsoDate)
  return { from: first, to: addDays(next, -1), label: `${year}Q${prev + 1}` }
}

const IDENTITY_ZH: Readonly<Record<string, string>> = { tekun: "特困人员", dibao: "低保对象", "dibao-edge": "低保边缘", other: "其他" }
const SETTING_ZH: Readonly<Record<string, string>> = { home: "居家", institution: "机构" }

interface CareLine {
  readonly household: string
  readonly member: string
  readonly age: number
  readonly identity: string
  readonly setting: string
  readonly total: number
  readonly level: string
  readonly levelZh: string
  readonly entitlements: string
}

const CARE_CSV: ReadonlyArray<CsvColumn<CareLine>> = [
  { key: "household", zh: "户编号", cell: (l) => l.household },
  { key: "member", zh: "成员编号", cell: (l) => l.member },
  { key: "age", zh: "年龄", cell: (l) => l.age },
  { key: "identity", zh: "身份", cell: (l, h) => (h === "zh" ? (IDENTITY_ZH[l.identity] ?? l.identity) : l.identity) },
  { key: "setting", zh: "照护方式", cell: (l, h) => (h === "zh" ? (SETTING_ZH[l.setting] ?? l.setting) : l.setting) },
  { key: "total", zh: "总分", cell: (l) => l.total },
  { key: "level", zh: "能力等级代码", cell: (l) => l.level },
  { key: "level_zh", zh: "能力等级", cell: (l) => l.levelZh },
  { key: "entitlements", zh: "照护待遇", cell: (l) => l.entitlements }
]

const PAYOUT_CSV: ReadonlyArray<CsvColumn<PayoutLine>> = [
  { key: "person", zh: "村民编号", cell: (l) => l.person },
  { key: "name_masked", zh: "姓名（已脱敏）", cell: (l) => l.name },
  { key: "points", zh: "本季积分", cell: (l) => l.points },
  { key: "score", zh: "信用分", cell: (l) => l.score },
  { key: "tier", zh: "信用等级", cell: (l) => l.tier },
  { key: "weight", zh: "权重", cell: (l) => l.weight },
  { key: "amount", zh: "金额（元）", cell: (l) => l.amount }
]

const heading = (n: number, zh: string, en: string) => `\n== ${n}. ${zh} — ${en} ${"=".repeat(Math.max(4, 60 - zh.length * 2 - en.length))}\n`

/**
 * Runs the demo: a generated 街道 of about 20 communities and a few thousand households, older
 * people, a year of disclosure duties, a dozen disputes and a village credit quarter, through
 * `@minzheng/relief`, `@minzheng/disclosure`, `@minzheng/care-assessment`, `@minzheng/mediation`
 * and `@minzheng/credit`. Prints readable tables and writes files (determinations, a masked 公示
 * notice, care levels, a community's .ics calendar, a case timeline, a payout list), listed at the
 * end. Every date is counted from `asOf` (default: today): the 公示 posted on its first working
 * day, the disclosure calendar of its year, disputes started in the months before it, the credit
 * quarter before it. Deterministic for a seed and a date; no network.
 *
 * A date in a year the calendar lacks rejects with core's `CalendarYearNotCovered` (the
 * `minzheng demo` command prints it with both fixes, exit code 3); a case deadline past the
 * calendar is listed as "cannot be computed", never dropped.
 *
 * @example
 * ```ts
 * import { runDemo } from "@minzheng/cli"
 * const report = await runDemo({ out: "/tmp/minzheng-demo", seed: 2025, asOf: "2026-12-04", householdsPerCommunity: 10, print: () => {} })
 * report.files.length //=> 6
 * ```
 * @category demo
 * @since 0.1.0
 */
export const runDemo = async (options: DemoOptions = {}): Promise<DemoReport> => {
  const started = performance.now()
  const seed = options.seed ?? 2025
  const out = resolve(options.out ?? join(tmpdir(), "minzheng-demo"))
  const print = options.print ?? ((text: string) => void process.stdout.write(text))
  const perCommunity = options.householdsPerCommunity ?? 150
  const AS_OF = isoDateUnsafe(options.asOf ?? machineToday())
  const YEAR = AS_OF.slice(0, 4)
  const calendar = options.calendar ?? chinaCalendar
  const headers = options.csvHeaders ?? "zh"
  const STAMP = `${AS_OF}T00:00:00Z`
  let provisional = 0
  mkdirSync(out, { recursive: true })
  const files: Array<string> = []
  const write = (name: string, text: string) => {
    const path = join(out, name)
    writeFileSync(path, text)
    files.push(path)
  }
  const r = new Random(seed)
  const street = communities()
  const homes = households(r, perCommunity)
  print(`minzheng demo — ${STREET}: ${street.length} communities, ${homes.length} households, seed ${seed}, as of ${AS_OF}\n`)

  // 1. relief: every household through relief's streaming batch run.
  print(heading(1, "社会救助认定", "relief determinations with the caseload summary"))
  const results = new Map<string, HouseholdDetermination>()
  const detLines: Array<string> = []
  let caseload: BatchSummary | undefined
  const ndjson = homes.map((h) => `${JSON.stringify(h.input)}\n`)
  for await (const row of runBatch(ndjson, { bundle: LICANG_BUNDLE, asOf: AS_OF, format: "ndjson" })) {
    if (row.kind === "determination") {
      results.set(row.result.householdId, row.result)
      detLines.push(JSON.stringify(row.result))
    } else if (row.kind === "error") print(`${recordError(`line ${row.line}`, "household", row.householdId, row.error)}\n`)
    else caseload = row.summary
  }
  write("determinations.ndjson", `${detLines.join("\n")}\n`)
  const summary = caseload as BatchSummary
  print(caseloadSummary(summary, [...results.values()].some((d) => d.illustrative)))
  const perCommunityRows = street.map((c) => {
    const own = homes.filter((h) => h.community.id === c.id).map((h) => results.get(h.input.id)).filter((x): x is HouseholdDetermination => x !== undefined)
    const dibao = own.filter((d) => d.determinations.some((x) => x.eligible && (x.programme === "dibao" || x.programme === "dibao-single-person"))).length
    const tekun = own.filter((d) => d.determinations.some((x) => x.eligible && x.programme === "tekun")).length
    const monthly = own.reduce((s, d) => s + d.monthlyPaidFen, 0) // each person once (a person in 特困 support is not also in 低保)
    return [c.name, String(own.length), String(dibao), String(tekun), Money.fen(monthly).toString()]
  })
  print(`\n${renderTable([{ title: "community 社区" }, { title: "households 户", align: "right" }, { title: "低保户", align: "right" }, { title: "特困户", align: "right" }, { title: "monthly 月救助（元）", align: "right" }], perCommunityRows)}`)
  const sample = [...results.values()].find((d) => d.determinations.some((x) => x.eligible && x.programme === "dibao" && x.terms.length > 1)) ?? [...results.values()][0]
  if (sample !== undefined) {
    print(`\nsample decision 审核确认结果告知（${sample.householdId}）:\n${decisionText(sample)}\n`)
    const firstRows = [...results.values()].slice(0, 8).map((d) => determinationCells(d.householdId, d).slice(1))
    print(`\nthe first households 前 8 户:\n${renderTable([{ title: "household 户" }, { title: "people", align: "right" }, { title: "per capita 人均", align: "right" }, { title: "monthly 月救助", align: "right" }, { title: "one-off", align: "right" }, { title: "programmes 认定结果" }], firstRows)}`)
  }

  // 社会救助“一件事” (即墨 14+N+1, seed 003): what else three households on 低保 or 特困 should be
  // told about — the cross-department items, each with its reason and basis.
  print(`\n社会救助“一件事”转介 referrals (seed 003), three households:\n`)
  let referred = 0
  for (const h of homes) {
    if (referred >= 3) break
    const det = results.get(h.input.id)
    if (det === undefined || !det.determinations.some((x) => x.eligible && (x.programme === "dibao" || x.programme === "tekun"))) continue
    const decoded = decodeHousehold(h.input)
    if (Result.isFailure(decoded)) continue
    const list = referrals(decoded.success, det)
    if (list.length === 0) continue
    referred++
    const head = h.input.members.find((m) => m.relationship === "applicant")?.name ?? h.input.id
    print(`${referralNotice(`${head.slice(0, 1)}某家（${h.input.id}）`, list).split("\n").slice(0, 6).join("\n")}\n\n`)
  }

  // The disclosure calendar of the year, computed before the 公示 so that the notice's period
  // and the .ics are one computation: the 低保 公示 is posted on the first working day on or
  // after the demo's date, and runs for the duty's period from there.
  const c01 = street[0] as (typeof street)[number]
  const postOn = calendar.workingDayOnOrAfterUnsafe(AS_OF)
  const earlier = addDays(AS_OF, -66)
  const events = street.flatMap((c, i) => [
    { communityId: c.id, dutyId: "licang.dibao-notice", on: postOn, ref: `dibao-${postOn.slice(0, 7)}` },
    ...(i % 4 === 0 && earlier.slice(0, 4) === YEAR ? [{ communityId: c.id, dutyId: "licang.dibao-notice", on: earlier, ref: `dibao-${earlier.slice(0, 7)}` }] : [])
  ])
  const yearFrom = isoDateUnsafe(`${YEAR}-01-01`)
  const yearTo = isoDateUnsafe(`${YEAR}-12-31`)
  const schedule = scheduleCommunitiesUnsafe({ communities: street.map((c) => ({ id: c.id, name: c.name, region: c.region })), dutySet: LICANG_DUTIES, from: yearFrom, to: yearTo, events }, calendar)
  const one = scheduleCommunitiesUnsafe({ communities: [{ id: c01.id, name: c01.name, region: c01.region }], dutySet: LICANG_DUTIES, from: yearFrom, to: yearTo, events: events.filter((e) => e.communityId === c01.id) }, calendar)
  provisional += schedule.occurrences.filter((o) => o.provisional).length
  const posted = one.occurrences.find((o) => o.kind === "public-notice" && o.nominal === postOn)
  const noticePeriod = { from: posted?.due ?? postOn, to: posted?.noticeEnd ?? addDays(postOn, 6) }

  // 2. 公示: the 低保 notice of the first community, masked.
  print(heading(2, "低保公示", "a masked public notice"))
  const noticeRows = homes
    .filter((h) => h.community.id === c01.id)
    .flatMap((h) => {
      const d = results.get(h.input.id)?.determinations.find((x) => x.eligible && x.programme === "dibao")
      const head = h.input.members.find((m) => m.relationship === "applicant")
      return d === undefined || head === undefined ? [] : [{ headOfHousehold: head.name, membersCovered: d.memberIds.length, monthlyAmount: Money.fen(d.fen).toString(), community: c01.name, programme: h.input.residence.area }]
    })
  const notice = dibaoNoticeUnsafe({ issuer: `${STREET}办事处`, period: noticePeriod, rows: noticeRows, footer: "公示期内如有异议，请向街道办事处社会救助窗口反映。" }, undefined, calendar)
  const noticeText = renderNoticeText(notice)
  write(`notice-${c01.id}.txt`, noticeText)
  const shown = noticeText.split("\n")
  print(`${shown.slice(0, 14).join("\n")}\n${shown.length > 16 ? `… ${noticeRows.length} rows in all (full notice in notice-${c01.id}.txt)\n` : ""}`)
  if (posted?.provisional === true) print(`公示期 ${noticePeriod.from} 至 ${noticePeriod.to} 依据推算的工作日历（临时），当年节假日安排公布后请核对\n`)
  print(`masking: names keep the surname only — e.g. ${noticeRows[0]?.headOfHousehold ?? "?"} → ${notice.rows[0]?.[0] ?? "?"}; no ID number, income or illness is shown\n`)

  // 3. care: every older person (60+) assessed with GB/T 42195-2022, entitlements by the 峡山 table.
  print(heading(3, "老年人能力评估与照护待遇", "care levels and entitlements"))
  const careLines: Array<CareLine> = []
  const levelCounts = new Map<string, { n: number; entitled: number }>()
  const samples: Array<Array<string>> = []
  let older = 0
  const ins = BUILT_IN_LOADED.get(GBT_42195.data.id) ?? GBT_42195
  for (const h of homes) {
    const det = results.get(h.input.id)
    for (const m of h.input.members) {
      const age = ageOn(isoDateUnsafe(m.birthDate), AS_OF)
      if (age < 60) continue
      older++
      const a = assess(ins, assessmentForm(r, ins, age, AS_OF))
      if (Result.isFailure(a)) {
        print(`${recordError(`household ${h.input.id}`, "member", m.id, a.failure)}\n`)
        continue
      }
      const eligible = (p: string) => det?.determinations.some((x) => x.eligible && x.programme === p && x.memberIds.includes(m.id)) ?? false
      const identity = eligible("tekun") ? "tekun" : eligible("dibao") || eligible("dibao-single-person") ? "dibao" : eligible("dibao-edge") ? "dibao-edge" : "other"
      const setting = r.chance(0.12) ? "institution" : "home"
      const e = determineEntitlements(XIASHAN_POLICY, { identity, level: a.success.level, setting, ...(setting === "institution" ? { monthlyCost: "3000.00" } : {}) })
      const ent = Result.isSuccess(e) ? e.success.entitlements.map(entitlementText).join("；") : describeError(e.failure)
      const key = a.success.levelName?.zh ?? "未定级"
      const c = levelCounts.get(key) ?? { n: 0, entitled: 0 }
      levelCounts.set(key, { n: c.n + 1, entitled: c.entitled + (ent === "" ? 0 : 1) })
      careLines.push({ household: h.input.id, member: m.id, age, identity, setting, total: a.success.total, level: a.success.level ?? "", levelZh: a.success.levelName?.zh ?? "", entitlements: ent })
      if (samples.length < 8 && (identity !== "other" || a.success.level !== "intact") && ent !== "") {
        samples.push([`${h.input.id}/${m.id}`, String(age), IDENTITY_ZH[identity] ?? identity, `${a.success.total}/90`, levelText(a.success), ent])
      }
    }
  }
  write("care-levels.csv", csvDocument(CARE_CSV, careLines, headers))
  print(renderTable([{ title: "level 能力等级" }, { title: "people 人数", align: "right" }, { title: "with entitlement 享受待遇", align: "right" }], [...levelCounts].map(([k, v]) => [k, String(v.n), String(v.entitled)])))
  print(`\n${renderTable([{ title: "person" }, { title: "age", align: "right" }, { title: "identity 身份" }, { title: "score", align: "right" }, { title: "level 等级" }, { title: "entitlement 待遇（峡山）" }], samples)}`)

  // 基本养老服务清单: the services of the national list four of these older people are entitled to.
  print(`\n基本养老服务清单 basic elderly-care services (national list, 2023; items not yet checked against the annex are marked so):\n`)
  const serviceRows: Array<Array<string>> = []
  for (const line of careLines) {
    if (serviceRows.length >= 4) break
    if (line.identity === "other" && line.level === "intact") continue
    const person = homes.find((h) => h.input.id === line.household)?.input.members.find((m) => m.id === line.member)
    if (person === undefined) continue
    const identity = line.identity === "tekun" || line.identity === "dibao" ? line.identity : "other"
    const got = entitledServices(NATIONAL_BASIC_ELDERLY_SERVICES_2023, { birthDate: person.birthDate, identity, ...(line.level === "" ? {} : { level: line.level }) }, AS_OF)
    if (Result.isFailure(got)) {
      serviceRows.push([`${line.household}/${line.member}`, String(line.age), describeError(got.failure)])
      continue
    }
    serviceRows.push([`${line.household}/${line.member}`, String(line.age), got.success.entitled.map((x) => x.name.zh).join("、")])
  }
  print(renderTable([{ title: "person" }, { title: "age", align: "right" }, { title: "services 应享服务" }], serviceRows))

  // 4. disclosure calendar: a year of duties for every community, one written as .ics.
  print(heading(4, "居务公开日历", "a year of disclosure duties"))
  write(`calendar-${c01.id}-${YEAR}.ics`, toICalendarUnsafe(one, { stamp: STAMP, calendarName: `${c01.name} ${LICANG_DUTIES.name.zh} ${YEAR}`, prodId: CLI_PRODID }))
  const moved = schedule.occurrences.filter((o) => o.moved).length
  print(`${schedule.occurrences.length} occurrences for ${street.length} communities in ${YEAR} (${moved} moved off weekends and holidays by the China work calendar)\n\n`)
  print(
    renderTable(
      [{ title: "due 公开日" }, { title: "duty 公开事项" }, { title: "公示至" }, { title: "note" }],
      one.occurrences.filter((o) => o.moved || o.kind === "public-notice" || o.due.endsWith("-10")).slice(0, 14).map((o) => [o.due, occurrenceTitle(LICANG_DUTIES, o).zh, o.noticeEnd ?? "", [o.moved ? `原定 ${o.nominal}，遇节假日顺延` : "", o.provisional ? "临时：依据推算的工作日历" : ""].filter((x) => x !== "").join("；")])
    )
  )

  // 5. mediation: the street's disputes through the case store, one timeline in full.
  print(heading(5, "人民调解", "mediation cases and a timeline"))
  const cases = disputes(r, street, 12, AS_OF)
  const store = Layer.mergeAll(Layer.succeed(CaseStore, makeMemoryCaseStore({ now: () => `${AS_OF}T00:00:00.000Z` })), calendarLayer(calendar))
  const mediated = await Effect.runPromise(
    Effect.gen(function* () {
      const refusals: Array<string> = []
      const states: Array<{ id: string; state: MediationState; events: ReadonlyArray<{ type: string; date: string }> }> = []
      for (const c of cases) {
        for (const [i, cmd] of c.commands.entries()) {
          const res = yield* Effect.result(runMediationCommand(c.caseId, cmd))
          if (Result.isFailure(res)) refusals.push(recordError(`command ${i + 1}`, "case", c.caseId, res.failure))
        }
        const loaded = yield* loadMediationCase(c.caseId)
        states.push({ id: c.caseId, state: loaded.state, events: loaded.events })
      }
      return { refusals, states }
    }).pipe(Effect.provide(store))
  )
  for (const line of mediated.refusals) print(`${line}\n`)
  print(
    renderTable(
      [{ title: "case 案件" }, { title: "community 社区" }, { title: "dispute 纠纷类型" }, { title: "status 状态" }, { title: "events", align: "right" }, { title: "next deadline 期限" }],
      mediated.states.map(({ id, state, events }) => {
        const next = deadlinesText(id, state, calendar)
        return [id, cases.find((c) => c.caseId === id)?.community.name ?? "", state.category === undefined ? "" : DISPUTE_CATEGORY_NAMES[state.category].zh, CASE_STATUS_NAMES[state.status].zh, String(events.length), next === "无 none" ? "" : next]
      })
    )
  )
  const full = mediated.states.find((s) => s.state.confirmation !== undefined) ?? mediated.states[0]
  if (full !== undefined) {
    const timeline = `${renderTable([{ title: "#", align: "right" }, { title: "date 日期" }, { title: "event 事件" }, { title: "detail 摘要" }], timelineRows(full.events as never))}${caseStatusLine(full.id, full.state, calendar)}\n`
    write(`mediation-${full.id}.txt`, timeline)
    print(`\ntimeline of case ${full.id}:\n${timeline}`)
  }

  // 6. credit: a village's second quarter, the fund paid out to the 分.
  print(heading(6, "村级信用积分季度分配", "a village credit quarter payout"))
  const village = street[street.length - 1] as (typeof street)[number]
  const quarter = quarterBefore(AS_OF)
  const { villagers, entries } = creditQuarter(r, 150, quarter.from, quarter.to)
  let ledger = Ledger.empty()
  const refused: Array<string> = []
  for (const [i, e] of entries.entries()) {
    const a = appendEntry(ledger, [rongchengVillageScheme], e)
    if (Result.isFailure(a)) refused.push(recordError(`entry ${i + 1}`, "key", String(e.key), a.failure))
    else ledger = a.success.ledger
  }
  const fund = Money.yuan("20000.00")
  const pay = ledgerPayout(ledger, rongchengVillageScheme, fund, quarter.from, quarter.to, new Map(villagers.map((v) => [v.person, v.name])))
  print(`${village.name}, ${quarter.label} (${quarter.from} – ${quarter.to}): ${entries.length} ledger entries, ${refused.length} refused:\n${refused.map((l) => `  ${l}\n`).join("")}\n`)
  let payees = 0
  if (Result.isSuccess(pay)) {
    const { payout, lines } = pay.success
    payees = lines.filter((l) => l.amount !== "0.00").length
    write(`credit-payout-${quarter.label}.csv`, csvDocument(PAYOUT_CSV, lines, headers))
    const top = [...lines].sort((a, b) => Number(b.amount) - Number(a.amount) || (a.person < b.person ? -1 : 1)).slice(0, 12)
    const table = payoutTable(payout, top).split("\n")
    print(`${table.slice(0, -2).join("\n")}\n… ${lines.length} villagers in all\n${payoutTable(payout, lines).split("\n").at(-2) ?? ""}\n`)
    const explained = lines.find((l) => l.amount !== "0.00")
    if (explained !== undefined) print(`rule 分配规则: the fund in proportion to the quarter's points, floored to the 分, the remaining 分 by largest remainder（最大余数法）\n`)
  } else print(`payout refused: ${describeError(pay.failure)}\n`)

  const note = provisionalNote(provisional)
  if (note !== "") print(`\n${note}\n`)
  const milliseconds = Math.round(performance.now() - started)
  print(`\n== files written 写出的文件 ${"=".repeat(40)}\n${files.map((f) => `  ${f}`).join("\n")}\n\ndone in ${(milliseconds / 1000).toFixed(1)} s (seed ${seed}, as of ${AS_OF}; run again with the same seed and --as-of for the same files)\n`)
  return {
    out,
    seed,
    asOf: AS_OF,
    provisional,
    files,
    counts: {
      communities: street.length,
      households: homes.length,
      determined: results.size,
      olderPeople: older,
      occurrences: schedule.occurrences.length,
      cases: cases.length,
      ledgerEntries: entries.length,
      payees
    },
    caseload: summary,
    milliseconds
  }
}

