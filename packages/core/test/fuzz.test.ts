/**
 * Every public function of core fed arbitrary JSON returns or throws only core's typed errors —
 * never a TypeError.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as core from "@minzheng/core"

const json = fc.oneof(fc.anything(), fc.jsonValue(), fc.constantFrom("2025-10-01", "370213", "11010519491231002X", "12.50", 7, { days: 7 }, null, undefined))

const calls: Record<string, (a: unknown, b: unknown, c: unknown, e: unknown) => unknown> = {
  isoDate: (a) => core.isoDate(a),
  findPersonalNumbers: (a) => core.findPersonalNumbers(a as never),
  parseCalendarFile: (a) => core.parseCalendarFile(a),
  parseCalendarYearJson: (a) => core.parseCalendarYearJson(a),
  parseHolidayCnJson: (a) => core.parseHolidayCnJson(a),
  maskPersonalNumbers: (a) => core.maskPersonalNumbers(a as never),
  containsPersonalNumber: (a) => core.containsPersonalNumber(a as never),
  maskPersonalNumber: (a) => core.maskPersonalNumber(a as never),
  isoDateUnsafe: (a) => core.isoDateUnsafe(a as string),
  addDays: (a, b) => core.addDays(a as never, b as never),
  addMonths: (a, b) => core.addMonths(a as never, b as never),
  addYears: (a, b) => core.addYears(a as never, b as never),
  daysBetween: (a, b) => core.daysBetween(a as never, b as never),
  compareDates: (a, b) => core.compareDates(a as never, b as never),
  dayOfWeek: (a) => core.dayOfWeek(a as never),
  yearOf: (a) => core.yearOf(a as never),
  ageOn: (a, b, c) => core.ageOn(a as never, b as never, c as never),
  toDayNumber: (a) => core.toDayNumber(a as never),
  fromDayNumber: (a) => core.fromDayNumber(a as never),
  isWorkingDay: (a) => core.isWorkingDayUnsafe(a as never),
  isWorkingDayWithCalendar: (a, b) => core.isWorkingDayUnsafe(a as never, b as never),
  nextWorkingDay: (a) => core.nextWorkingDayUnsafe(a as never),
  addWorkingDays: (a, b) => core.addWorkingDaysUnsafe(a as never, b as never),
  workingDaysBetween: (a, b) => core.workingDaysBetweenUnsafe(a as never, b as never),
  describe: (a) => core.chinaCalendar.describeUnsafe(a as never),
  covers: (a) => core.chinaCalendar.covers(a as never),
  isProvisional: (a, b) => core.chinaCalendar.isProvisional(a as never, b as never),
  withProjection: (a) => core.chinaCalendar.withProjection(a as never),
  extend: (a) => core.chinaCalendar.extend(a as never),
  withLocalRestDays: (a) => core.chinaCalendar.withLocalRestDays(a as never),
  makeCalendar: (a) => core.WorkCalendar.make(a as never),
  projectCalendarYear: (a) => core.projectCalendarYear(a as never),
  qingmingDay: (a) => core.qingmingDay(a as never),
  lunarDate: (a) => core.lunarDate(a as never),
  addPeriod: (a, b, c, e) => core.addPeriodUnsafe(a as never, b as never, c as never, e as never),
  explainPeriod: (a, b) => core.explainPeriodUnsafe(a as never, b as never),
  parseCitizenId: (a, b) => core.parseCitizenId(a, b as never),
  isValidCitizenId: (a) => core.isValidCitizenId(a),
  maskCitizenId: (a, b) => core.maskCitizenId(a as never, b as never),
  citizenIdCheckCharacter: (a) => core.citizenIdCheckCharacter(a as never),
  ageFromCitizenId: (a, b) => core.ageFromCitizenId(a, b as never),
  regionCode: (a) => core.regionCode(a),
  regionChain: (a) => core.regionChain(a as never),
  parentRegion: (a) => core.parentRegion(a as never),
  regionLevel: (a) => core.regionLevel(a as never),
  isWithinRegion: (a, b) => core.isWithinRegion(a as never, b as never),
  moneyYuan: (a) => core.Money.yuan(a as never),
  moneyFen: (a) => core.Money.fen(a as never),
  moneyOps: (a, b) => core.Money.yuan("10.00").plus(a as never).times(b as never),
  moneyRound: (a) => core.Money.yuan("10.005").round(a as never),
  moneyDivide: (a, b) => core.Money.yuan("10.00").dividedBy(a as never, b as never),
  moneySum: (a) => core.Money.sum(a as never),
  allocate: (a, b, c) => core.allocate(a as never, b as never, c as never),
  allocateMoney: (a, b) => core.allocate(core.Money.yuan("100.00"), a as never, b as never),
  allocateUnits: (a, b) => core.allocateUnits(a as never, b as never),
  parseCsvLine: (a) => core.parseCsvLine(a as never),
  formatCsvLine: (a) => core.formatCsvLine(a as never),
  definePolicyBundle: (a) => core.definePolicyBundleUnsafe(a),
  parameterAt: (a, b, c) => core.parameterAt(a as never, core.defineParameter("x", core.MoneySchema, { label: { zh: "x", en: "x" }, unit: "x" }), b as never, c as never),
  resolveParameters: (a, b, c) => core.resolveParameters(a as never, {}, b as never, c as never),
  decode: (a) => core.decode(core.PolicyBundleSchema, a),
  formatCitation: (a) => core.formatCitation(a as never),
  explain: (a) => core.explain(a as never),
  renderExplanationZh: (a) => core.renderExplanationZh(a as never),
  renderExplanationEn: (a) => core.renderExplanationEn(a as never),
  formatPath: (a) => core.formatPath(a as never),
  mostSpecific: (a, b) => core.mostSpecific(a as never, b as never),
  todayLayer: (a) => core.todayLayer(a as never)
}

describe("arbitrary JSON never escapes as a TypeError", () => {
  it.each(Object.keys(calls))("%s", (name) => {
    const call = calls[name] as (a: unknown, b: unknown, c: unknown, e: unknown) => unknown
    fc.assert(
      fc.property(json, json, json, json, (a, b, c, e) => {
        try {
          call(a, b, c, e)
          return true
        } catch (error) {
          if (core.isCoreError(error)) return true
          throw error
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) }
    )
    expect(true).toBe(true)
  })
})
