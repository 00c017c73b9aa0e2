/**
 * CSV households: one row per member (or per extra income of a member), rows of a household
 * consecutive, household fields read from its first row. Parsed line by line, so memory stays
 * constant whatever the file size.
 *
 * @module
 */
import { type CsvColumn, type InvalidInput, type Issue, invalidInput, issue, matchCsvHeader, parseCsvLine } from "@minzheng/core"
import { TEKUN_SELF_CARE_LEVEL_NAMES } from "@minzheng/care-assessment"
import type { Result } from "effect"
import { INCOME_CATEGORY_NAMES } from "../household/income.js"
import type { HouseholdInput } from "../household/household.js"
import { DISABILITY_CATEGORY_NAMES, EDUCATION_LEVEL_NAMES, LABOUR_CAPACITY_NAMES, RELATIONSHIP_NAMES } from "../household/member.js"

/**
 * The CSV columns a batch reads (header names). `income_amount` is a monthly average in 元.
 *
 * @example
 * ```ts
 * import { CSV_COLUMNS } from "@minzheng/relief"
 * CSV_COLUMNS[0] //=> "household_id"
 * ```
 * @category batch
 * @since 0.1.0
 */
export const CSV_COLUMNS = [
  "household_id",
  "region",
  "area",
  "financial_assets",
  "residential_units",
  "non_residential_units",
  "vehicle_value",
  "member_id",
  "name",
  "relationship",
  "birth_date",
  "citizen_id",
  "disability_category",
  "disability_grade",
  "serious_illness",
  "employed",
  "labour_capacity",
  "education",
  "self_care_level",
  "lives_together",
  "income_category",
  "income_amount"
] as const

/**
 * The CSV columns with their Chinese headers and the other headers accepted for them: a file may
 * use the English names, the Chinese headers or the aliases, in any order (case, spacing,
 * full-width forms and a unit such as `（元）` are ignored). `required` columns must be present, and
 * one of `birth_date` or `citizen_id` ({@link CSV_REQUIRE_ONE_OF}); an unknown header is an error
 * naming the nearest known one — never a column silently ignored.
 *
 * | column | 中文表头 | also accepted |
 * | --- | --- | --- |
 * | household_id | 家庭编号 | 户编号, 户号 |
 * | region | 行政区划代码 | 区划代码、行政区划 |
 * | area | 城乡类别 | 城乡 |
 * | financial_assets | 金融资产 | 家庭金融资产 |
 * | residential_units | 住房套数 | 住房数量 |
 * | non_residential_units | 非居住类房产套数 | 非住房套数 |
 * | vehicle_value | 车辆价值 | 机动车价值 |
 * | member_id | 成员编号 | |
 * | name | 姓名 | |
 * | relationship | 与申请人关系 | 关系 |
 * | birth_date | 出生日期 | |
 * | citizen_id | 公民身份号码 | 身份证号, 身份证号码 |
 * | disability_category | 残疾类别 | |
 * | disability_grade | 残疾等级 | |
 * | serious_illness | 是否重病 | 重病 |
 * | employed | 是否就业 | 就业 |
 * | labour_capacity | 劳动能力 | |
 * | education | 在校教育阶段 | 在读学段 |
 * | self_care_level | 自理能力 | 生活自理能力 |
 * | lives_together | 是否共同生活 | 共同生活 |
 * | income_category | 收入类别 | 收入类型 |
 * | income_amount | 月收入金额 | 收入金额, 月均收入 |
 *
 * @example
 * ```ts
 * import { CSV_HEADERS } from "@minzheng/relief"
 * CSV_HEADERS.find((c) => c.name === "vehicle_value")?.zh //=> "车辆价值"
 * ```
 * @category batch
 * @since 0.1.0
 */
export const CSV_HEADERS: ReadonlyArray<CsvColumn & { readonly name: (typeof CSV_COLUMNS)[number] }> = [
  { name: "household_id", zh: "家庭编号", aliases: ["户编号", "户号"], required: true },
  { name: "region", zh: "行政区划代码", aliases: ["区划代码", "行政区划"], required: true },
  { name: "area", zh: "城乡类别", aliases: ["城乡"], required: true },
  { name: "financial_assets", zh: "金融资产", aliases: ["家庭金融资产"], required: true },
  { name: "residential_units", zh: "住房套数", aliases: ["住房数量"], required: true },
  { name: "non_residential_units", zh: "非居住类房产套数", aliases: ["非住房套数"] },
  { name: "vehicle_value", zh: "车辆价值", aliases: ["机动车价值"] },
  { name: "member_id", zh: "成员编号", required: true },
  { name: "name", zh: "姓名" },
  { name: "relationship", zh: "与申请人关系", aliases: ["关系"], required: true },
  { name: "birth_date", zh: "出生日期" },
  { name: "citizen_id", zh: "公民身份号码", aliases: ["身份证号", "身份证号码"] },
  { name: "disability_category", zh: "残疾类别" },
  { name: "disability_grade", zh: "残疾等级" },
  { name: "serious_illness", zh: "是否重病", aliases: ["重病"] },
  { name: "employed", zh: "是否就业", aliases: ["就业"] },
  { name: "labour_capacity", zh: "劳动能力" },
  { name: "education", zh: "在校教育阶段", aliases: ["在读学段"] },
  { name: "self_care_level", zh: "自理能力", aliases: ["生活自理能力"] },
  { name: "lives_together", zh: "是否共同生活", aliases: ["共同生活"] },
  { name: "income_category", zh: "收入类别", aliases: ["收入类型"] },
  { name: "income_amount", zh: "月收入金额", aliases: ["收入金额", "月均收入"] }
]

/**
 * Columns of which at least one must be in the header: a member's age comes from the birth date or
 * the citizen ID number.
 *
 * @example
 * ```ts
 * import { CSV_REQUIRE_ONE_OF } from "@minzheng/relief"
 * CSV_REQUIRE_ONE_OF //=> [["birth_date", "citizen_id"]]
 * ```
 * @category batch
 * @since 0.1.0
 */
export const CSV_REQUIRE_ONE_OF: ReadonlyArray<ReadonlyArray<string>> = [["birth_date", "citizen_id"]]

/**
 * Reads a household CSV's header: for each cell, the column it names (`null` for an empty cell),
 * or one `InvalidInput` listing every unknown column (with the nearest known name), duplicate and
 * missing required column.
 *
 * @example
 * ```ts
 * import { matchHouseholdCsvHeader } from "@minzheng/relief"
 * import { Result } from "@minzheng/core"
 * const r = matchHouseholdCsvHeader(["household_id", "region", "area", "financial_assets", "residential_units", "vehicle_valeu", "member_id", "relationship", "birth_date"])
 * Result.isFailure(r) && r.failure.issues.map((i) => i.zh) //=> ["vehicle_valeu: 未知列，是否为 vehicle_value？"]
 * ```
 * @category batch
 * @since 0.1.0
 */
export const matchHouseholdCsvHeader = (header: ReadonlyArray<string>): Result.Result<ReadonlyArray<string | null>, InvalidInput> =>
  matchCsvHeader(header, CSV_HEADERS, CSV_REQUIRE_ONE_OF)

/**
 * Splits one CSV line with core's RFC 4180 parser; a quoted field left open at the end of the line
 * (a line break inside a field) is refused: the household reader works line by line. @internal
 */
export const splitCsvLine = (line: string): string[] => {
  const cells = parseCsvLine(line)
  if (cells === undefined) {
    throw invalidInput([issue(["line"], "unterminated_quote", "CSV 行中的引号未闭合（字段内不能换行）", "a quoted field is not closed on this line (no line breaks inside fields)")])
  }
  return cells
}

const TRUE = new Set(["true", "1", "是", "有", "TRUE", "True"])
const FALSE = new Set(["false", "0", "否", "无", "FALSE", "False"])
const bool = (s: string | undefined): boolean | string | undefined => (s === undefined || s === "" ? undefined : TRUE.has(s) ? true : FALSE.has(s) ? false : s)

// Chinese values an office writes (申请人, 城市, 肢体残疾 …) read as the codes; anything else is
// left as written, so decoding names it.
const valueTable = (names: Readonly<Record<string, { readonly zh: string }>>, extra: Record<string, string> = {}): ReadonlyMap<string, string> =>
  new Map([...Object.entries(names).flatMap(([code, n]) => n.zh.split("、").map((zh) => [zh, code] as [string, string])), ...Object.entries(extra)])
const VALUES: Readonly<Record<string, ReadonlyMap<string, string>>> = {
  area: new Map([["城市", "urban"], ["城镇", "urban"], ["农村", "rural"]]),
  relationship: valueTable(RELATIONSHIP_NAMES, { 本人: "applicant", 户主: "applicant", 丈夫: "spouse", 妻子: "spouse", 儿子: "child", 女儿: "child", 父亲: "parent", 母亲: "parent" }),
  disability_category: valueTable(DISABILITY_CATEGORY_NAMES, { 视力: "visual", 听力: "hearing", 言语: "speech", 肢体: "physical", 智力: "intellectual", 精神: "mental", 多重: "multiple" }),
  education: valueTable(EDUCATION_LEVEL_NAMES, { 高中: "senior-secondary", 中职: "vocational-secondary", 大专: "higher-vocational" }),
  labour_capacity: valueTable(LABOUR_CAPACITY_NAMES),
  self_care_level: valueTable(TEKUN_SELF_CARE_LEVEL_NAMES, { 全自理: "capable", 部分丧失: "partially-lost", 完全丧失: "fully-lost" }),
  income_category: valueTable(INCOME_CATEGORY_NAMES)
}
const GRADES: ReadonlyMap<string, string> = new Map([["一级", "1"], ["二级", "2"], ["三级", "3"], ["四级", "4"]])
const val = (column: string, s: string | undefined): string | undefined => (s === undefined ? s : (VALUES[column]?.get(s) ?? s))
const int = (s: string | undefined): number | string | undefined => (s === undefined || s === "" ? undefined : /^\d+$/.test(s) ? Number(s) : s)

/**
 * Rows must be a non-empty array of objects whose CSV columns hold text: values are read with
 * regular expressions, so a foreign object (whose `toString` may throw) never reaches them.
 */
const checkRows = (rows: unknown): void => {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw invalidInput([issue(["rows"], "invalid_type", "CSV 行应为非空数组", "CSV rows must be a non-empty array")])
  }
  const issues: Issue[] = []
  for (let i = 0; i < rows.length; i++) {
    const r: unknown = rows[i]
    if (typeof r !== "object" || r === null || Array.isArray(r)) {
      issues.push(issue(["rows", i], "invalid_type", "CSV 行应为以列名为键的对象", "a CSV row must be an object keyed by column name"))
      continue
    }
    for (const column of CSV_COLUMNS) {
      const v = (r as Record<string, unknown>)[column]
      if (v !== undefined && typeof v !== "string") issues.push(issue(["rows", i, column], "invalid_type", `列 ${column} 应为文本`, `column ${column} must be text`))
    }
  }
  if (issues.length > 0) throw invalidInput(issues)
}

/** Builds the household JSON from its CSV rows (values left as text where invalid, so decoding reports them). @internal */
export const householdFromCsvRows = (rows: ReadonlyArray<Readonly<Record<string, string>>>): HouseholdInput => {
  checkRows(rows)
  const first = rows[0] as Record<string, string>
  const members: Record<string, unknown>[] = []
  const seen = new Set<string>()
  const incomes: Record<string, unknown>[] = []
  for (const r of rows) {
    const id = r.member_id ?? ""
    if (!seen.has(id)) {
      seen.add(id)
      const m: Record<string, unknown> = { id, relationship: val("relationship", r.relationship) }
      const set = (k: string, v: unknown) => {
        if (v !== undefined && v !== "") m[k] = v
      }
      set("name", r.name)
      set("birthDate", r.birth_date)
      set("citizenId", r.citizen_id)
      if ((r.disability_category ?? "") !== "") {
        m.disability = { category: val("disability_category", r.disability_category), grade: int(GRADES.get(r.disability_grade ?? "") ?? r.disability_grade) }
      }
      set("seriousIllness", bool(r.serious_illness))
      set("employed", bool(r.employed))
      set("labourCapacity", val("labour_capacity", r.labour_capacity))
      set("education", val("education", r.education))
      set("selfCareLevel", val("self_care_level", r.self_care_level))
      set("livesTogether", bool(r.lives_together))
      members.push(m)
    }
    if ((r.income_category ?? "") !== "") incomes.push({ member: id, category: val("income_category", r.income_category), amount: r.income_amount })
  }
  const vehicles = (first.vehicle_value ?? "") === "" ? [] : [{ value: first.vehicle_value }]
  return {
    id: first.household_id,
    residence: { region: first.region, area: val("area", first.area) },
    members,
    incomes,
    assets: {
      financial: first.financial_assets,
      residentialUnits: int(first.residential_units),
      nonResidentialUnits: int(first.non_residential_units) ?? 0,
      vehicles
    }
  } as unknown as HouseholdInput
}
