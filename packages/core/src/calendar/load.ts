/**
 * Loading further calendar years at run time. The built-in data ends with the last State Council
 * notice the package ships; an office that has next year's notice before the package does loads it
 * from a file in one of two formats, validated as a whole:
 *
 * - **minzheng calendar-year JSON** — {@link CalendarYearData} as JSON, described by the published
 *   JSON Schema {@link CALENDAR_YEAR_JSON_SCHEMA} (`@minzheng/core/calendar-year.schema.json`):
 *   `{ "year": 2027, "source": { "document": "…", "number": "国办发明电〔…〕…号" },
 *   "holidays": [{ "name": { "zh": "元旦", "en": "New Year's Day" }, "from": "2027-01-01", "to": "2027-01-01" }],
 *   "workdays": ["2027-…"] }`.
 * - **holiday-cn JSON** (the open data set at github.com/NateScarlet/holiday-cn, one file per year):
 *   `{ "year": 2027, "papers": ["https://www.gov.cn/…"], "days": [{ "name": "元旦", "date": "2027-01-01", "isOffDay": true }] }`.
 *
 * A file with a contradictory day (both off and on, a make-up working day that is not a weekend
 * day, overlapping holiday periods), a duplicated day or a day outside its year is one typed
 * {@link InvalidInput} listing every problem. Days may spill into the seven days bordering the
 * year: a notice's 元旦 holiday can start on 31 December of the year before (2023's did).
 *
 * @module
 */
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { dayOfWeek, isIsoDate, type IsoDate } from "../date.js"
import { decode, issue } from "../decode.js"
import { InvalidInput } from "../errors.js"
import { dateUnchecked as fromDayNumber, dayNumberUnchecked as toDayNumber } from "../internal/day-number.js"
import type { Issue } from "../issue.js"
import { type CalendarYearData, CalendarYearDataSchema } from "./model.js"

const SPILL_DAYS = 7
/** Years one calendar file may hold: the 2020–2199 range the calendar supports. */
const MAX_YEARS_PER_FILE = 180

const HOLIDAY_NAMES_EN: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: "Spring Festival",
  清明节: "Qingming Festival",
  清明: "Qingming Festival",
  劳动节: "Labour Day",
  端午节: "Dragon Boat Festival",
  端午: "Dragon Boat Festival",
  中秋节: "Mid-Autumn Festival",
  中秋: "Mid-Autumn Festival",
  国庆节: "National Day",
  "国庆节、中秋节": "National Day and Mid-Autumn Festival",
  "中秋节、国庆节": "Mid-Autumn Festival and National Day",
  抗战胜利纪念日: "Victory Day"
}

const inYear = (date: string, year: number): boolean => {
  const n = toDayNumber(date as IsoDate)
  return n >= toDayNumber(`${year}-01-01` as IsoDate) - SPILL_DAYS && n <= toDayNumber(`${year}-12-31` as IsoDate) + SPILL_DAYS
}

const wrongYear = (path: ReadonlyArray<string | number>, date: string, year: number): Issue =>
  issue(path, "calendar_wrong_year", `${date} 不属于 ${year} 年（含前后 ${SPILL_DAYS} 天）`, `${date} is not in ${year} (or the ${SPILL_DAYS} days around it)`)

/** Cross-checks of one year's data, after its shape is valid. */
const checkYear = (y: CalendarYearData, at: (kind: "holiday" | "workday", i: number) => ReadonlyArray<string | number>): Issue[] => {
  const issues: Issue[] = []
  const off = new Map<number, number>() // day number -> holiday index
  y.holidays.forEach((p, i) => {
    if (!inYear(p.from, y.year) || !inYear(p.to, y.year)) issues.push(wrongYear(at("holiday", i), `${p.from}–${p.to}`, y.year))
    const from = toDayNumber(p.from as IsoDate)
    const to = toDayNumber(p.to as IsoDate)
    if (to - from > 31) {
      issues.push(issue(at("holiday", i), "calendar_holiday_too_long", `假期 ${p.from}–${p.to} 超过 31 天`, `holiday ${p.from}–${p.to} is longer than 31 days`))
      return
    }
    for (let n = from; n <= to; n++) {
      const other = off.get(n)
      if (other !== undefined) {
        const d = fromDayNumber(n)
        issues.push(issue(at("holiday", i), "calendar_duplicate_day", `${d} 重复出现在两个假期中（另见第 ${other + 1} 个假期）`, `${d} appears in two holiday periods (see also period ${other + 1})`))
        break
      }
      off.set(n, i)
    }
  })
  const work = new Set<number>()
  y.workdays.forEach((d, i) => {
    const n = toDayNumber(d as IsoDate)
    if (!inYear(d, y.year)) issues.push(wrongYear(at("workday", i), d, y.year))
    if (work.has(n)) issues.push(issue(at("workday", i), "calendar_duplicate_day", `调休上班日 ${d} 重复`, `make-up working day ${d} appears twice`))
    work.add(n)
    if (off.has(n)) issues.push(issue(at("workday", i), "calendar_contradiction", `${d} 既是假期又是调休上班日`, `${d} is both a holiday and a make-up working day`))
    if (dayOfWeek(d as IsoDate) < 6) {
      issues.push(issue(at("workday", i), "calendar_contradiction", `调休上班日 ${d} 不是周末（工作日本来就上班）`, `make-up working day ${d} is not a weekend day (a weekday is a working day anyway)`))
    }
  })
  return issues
}

const fail = (issues: ReadonlyArray<Issue>): Result.Result<never, InvalidInput> => Result.fail(new InvalidInput({ issues }))

/**
 * Reads one year of minzheng calendar-year JSON ({@link CalendarYearData}) and checks it whole:
 * the shape, then every day in its year, no day twice, no day both off and on, make-up working
 * days on weekends only.
 *
 * @returns the year's data, or {@link InvalidInput} listing every problem
 * @example
 * ```ts
 * import { parseCalendarYearJson } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = parseCalendarYearJson({
 *   year: 2030, source: { document: "本单位录入的通知" },
 *   holidays: [{ name: { zh: "元旦", en: "New Year's Day" }, from: "2030-01-01", to: "2030-01-01" }],
 *   workdays: ["2030-01-02"]
 * })
 * Result.isFailure(r) && r.failure.issues.map((i) => i.code) //=> ["calendar_contradiction"]
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const parseCalendarYearJson = (u: unknown): Result.Result<CalendarYearData, InvalidInput> => {
  // A file may name its schema for editors; that key is not data.
  let input = u
  if (typeof u === "object" && u !== null && !Array.isArray(u) && Object.hasOwn(u, "$schema")) {
    const { $schema: _schema, ...rest } = u as Record<string, unknown>
    input = rest
  }
  const r = decode(CalendarYearDataSchema, input)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const y = r.success as CalendarYearData
  const issues = checkYear(y, (kind, i) => (kind === "holiday" ? ["holidays", i] : ["workdays", i]))
  return issues.length > 0 ? fail(issues) : Result.succeed(y)
}

const HolidayCnSchema = z.object({
  $schema: z.optional(z.string()),
  $id: z.optional(z.string()),
  year: z.number().check(z.int(), z.minimum(1900), z.maximum(2199)),
  papers: z.optional(z.array(z.string())),
  days: z.array(
    z.object({
      name: z.string().check(z.minLength(1)),
      date: z.string().check(z.refine(isIsoDate, { params: { zh: "不是有效的日期（应为 YYYY-MM-DD）", en: "not a valid date (expected YYYY-MM-DD)" } })),
      isOffDay: z.boolean()
    })
  )
})

/**
 * Reads one year in the holiday-cn format (`{ year, papers, days: [{ name, date, isOffDay }] }`,
 * github.com/NateScarlet/holiday-cn) into {@link CalendarYearData}: consecutive off days of one
 * name become a holiday period, on days become make-up working days, the first paper is the
 * source's address. Checked like {@link parseCalendarYearJson}, with paths into `days`.
 *
 * @returns the year's data, or {@link InvalidInput} listing every problem
 * @example
 * ```ts
 * import { parseHolidayCnJson } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = parseHolidayCnJson({
 *   year: 2026, papers: ["https://www.gov.cn/zhengce/content/202511/content_7047091.htm"],
 *   days: [
 *     { name: "元旦", date: "2026-01-01", isOffDay: true },
 *     { name: "元旦", date: "2026-01-02", isOffDay: true },
 *     { name: "元旦", date: "2026-01-03", isOffDay: true },
 *     { name: "元旦", date: "2026-01-04", isOffDay: false }
 *   ]
 * })
 * Result.isSuccess(r) && r.success.holidays //=> [{ name: { zh: "元旦", en: "New Year's Day" }, from: "2026-01-01", to: "2026-01-03" }]
 * Result.isSuccess(r) && r.success.workdays //=> ["2026-01-04"]
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const parseHolidayCnJson = (u: unknown): Result.Result<CalendarYearData, InvalidInput> => {
  const r = decode(HolidayCnSchema, u)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const { year, papers, days } = r.success
  const issues: Issue[] = []
  const byDate = new Map<string, number>()
  days.forEach((d, i) => {
    const prev = byDate.get(d.date)
    if (prev !== undefined) {
      const other = days[prev]
      const contradiction = other !== undefined && other.isOffDay !== d.isOffDay
      issues.push(
        contradiction
          ? issue(["days", i, "isOffDay"], "calendar_contradiction", `${d.date} 同时标为放假和上班（另见 days[${prev}]）`, `${d.date} is marked both off and on (see also days[${prev}])`)
          : issue(["days", i, "date"], "calendar_duplicate_day", `${d.date} 重复（另见 days[${prev}]）`, `${d.date} appears twice (see also days[${prev}])`)
      )
    } else byDate.set(d.date, i)
    if (!inYear(d.date, year)) issues.push(wrongYear(["days", i, "date"], d.date, year))
    if (!d.isOffDay && dayOfWeek(d.date as IsoDate) < 6) {
      issues.push(issue(["days", i, "isOffDay"], "calendar_contradiction", `调休上班日 ${d.date} 不是周末（工作日本来就上班）`, `make-up working day ${d.date} is not a weekend day (a weekday is a working day anyway)`))
    }
  })
  if (issues.length > 0) return fail(issues)
  const off = days.filter((d) => d.isOffDay).sort((a, b) => (a.date < b.date ? -1 : 1))
  const holidays: Array<{ name: { zh: string; en: string }; from: string; to: string }> = []
  for (const d of off) {
    const last = holidays[holidays.length - 1]
    if (last !== undefined && last.name.zh === d.name && toDayNumber(d.date as IsoDate) === toDayNumber(last.to as IsoDate) + 1) last.to = d.date
    else holidays.push({ name: { zh: d.name, en: HOLIDAY_NAMES_EN[d.name] ?? d.name }, from: d.date, to: d.date })
  }
  const workdays = days.filter((d) => !d.isOffDay).map((d) => d.date).sort()
  const paper = papers?.[0]
  const data: CalendarYearData = {
    year,
    source: {
      document: `国务院办公厅关于${year}年部分节假日安排的通知`,
      ...(paper !== undefined && paper !== "" ? { url: paper } : {}),
      note: "holiday-cn"
    },
    holidays,
    workdays
  }
  return parseCalendarYearJson(data)
}

/**
 * Reads a calendar file's JSON in either format: holiday-cn (it has `days`) or minzheng
 * calendar-year JSON (it has `holidays`). A single year or an array of years.
 *
 * @returns the years, or {@link InvalidInput} listing every problem of every year (paths start
 * with the year's index in an array)
 * @example
 * ```ts
 * import { parseCalendarFile, chinaCalendar, isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = parseCalendarFile({ year: 2027, source: { document: "测试用日历" }, holidays: [], workdays: [] })
 * const calendar = Result.isSuccess(r) ? chinaCalendar.extend(r.success) : chinaCalendar
 * calendar.covers(isoDateUnsafe("2027-03-01")) //=> true
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const parseCalendarFile = (u: unknown): Result.Result<ReadonlyArray<CalendarYearData>, InvalidInput> => {
  const one = (v: unknown, path: ReadonlyArray<string | number>): Result.Result<CalendarYearData, InvalidInput> => {
    const o = typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
    const r =
      o !== undefined && Array.isArray(o["days"])
        ? parseHolidayCnJson(v)
        : o !== undefined && Array.isArray(o["holidays"])
          ? parseCalendarYearJson(v)
          : fail([
              issue(
                [],
                "calendar_format",
                "不是日历文件：应为 minzheng 日历年 JSON（含 holidays）或 holiday-cn JSON（含 days）",
                "not a calendar file: expected minzheng calendar-year JSON (with holidays) or holiday-cn JSON (with days)"
              )
            ])
    return Result.isFailure(r) && path.length > 0
      ? fail(r.failure.issues.map((i) => ({ ...i, path: [...path, ...i.path] })))
      : r
  }
  if (!Array.isArray(u)) {
    const r = one(u, [])
    return Result.isFailure(r) ? Result.fail(r.failure) : Result.succeed([r.success])
  }
  if (u.length > MAX_YEARS_PER_FILE) {
    return fail([issue([], "calendar_too_many_years", `一个日历文件最多 ${MAX_YEARS_PER_FILE} 年，此文件有 ${u.length} 项`, `a calendar file holds at most ${MAX_YEARS_PER_FILE} years; this one has ${u.length} items`)])
  }
  const years: CalendarYearData[] = []
  const issues: Issue[] = []
  const seen = new Map<number, number>()
  u.forEach((v, i) => {
    const r = one(v, [i])
    if (Result.isFailure(r)) issues.push(...r.failure.issues)
    else {
      const prev = seen.get(r.success.year)
      if (prev !== undefined) issues.push(issue([i, "year"], "calendar_duplicate_year", `${r.success.year} 年重复（另见第 ${prev} 项）`, `year ${r.success.year} appears twice (see also item ${prev})`))
      seen.set(r.success.year, i)
      years.push(r.success)
    }
  })
  return issues.length > 0 ? fail(issues) : Result.succeed(years)
}

/**
 * The JSON Schema (draft 2020-12) of minzheng calendar-year JSON, also published as
 * `@minzheng/core/calendar-year.schema.json` for editors and other languages. The cross-checks
 * of {@link parseCalendarYearJson} (contradictions, duplicates, the year) go beyond what a schema
 * can say.
 *
 * @example
 * ```ts
 * import { CALENDAR_YEAR_JSON_SCHEMA } from "@minzheng/core"
 * CALENDAR_YEAR_JSON_SCHEMA.required //=> ["year", "source", "holidays", "workdays"]
 * ```
 * @category calendar
 * @since 0.1.0
 */
// Written out, not computed on import (zod's JSON-Schema code would then ride into every bundle);
// test/calendar-load.test.ts checks it equals what zod derives from CalendarYearDataSchema.
export const CALENDAR_YEAR_JSON_SCHEMA: Readonly<Record<string, unknown>> = {
  "$id": "https://minzheng.dev/schema/calendar-year.schema.json",
  "title": "minzheng calendar year",
  "description": "One year of the China work-day calendar: holiday periods and make-up working days, with the notice they come from.",
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "year": {
      "type": "integer",
      "minimum": 1900,
      "maximum": 2199
    },
    "source": {
      "type": "object",
      "properties": {
        "document": {
          "type": "string",
          "minLength": 1
        },
        "number": {
          "type": "string",
          "minLength": 1
        },
        "article": {
          "type": "string",
          "minLength": 1
        },
        "url": {
          "type": "string",
          "minLength": 1
        },
        "note": {
          "type": "string",
          "minLength": 1
        }
      },
      "required": [
        "document"
      ],
      "additionalProperties": false
    },
    "holidays": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "name": {
            "type": "object",
            "properties": {
              "zh": {
                "type": "string",
                "minLength": 1
              },
              "en": {
                "type": "string",
                "minLength": 1
              }
            },
            "required": [
              "zh",
              "en"
            ],
            "additionalProperties": false
          },
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          }
        },
        "required": [
          "name",
          "from",
          "to"
        ],
        "additionalProperties": false
      }
    },
    "workdays": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "provisional": {
      "type": "boolean"
    },
    "$schema": {
      "type": "string"
    }
  },
  "required": [
    "year",
    "source",
    "holidays",
    "workdays"
  ],
  "additionalProperties": false
}
