/**
 * CSV households: one row per member (or per extra income of a member), rows of a household
 * consecutive, household fields read from its first row. Parsed line by line, so memory stays
 * constant whatever the file size.
 *
 * @module
 */
import { type Issue, invalidInput, issue, parseCsvLine } from "@minzheng/core"
import type { HouseholdInput } from "../household/household.js"

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
 * Splits one CSV line with core's RFC 4180 parser; a quoted field left open at the end of the line
 * (a line break inside a field) is refused: the household reader works line by line. @internal
 */
export const splitCsvLine = (line: string): string[] => {
  const cells = parseCsvLine(line)
  if (cells === null) {
    throw invalidInput([issue(["line"], "unterminated_quote", "CSV 行中的引号未闭合（字段内不能换行）", "a quoted field is not closed on this line (no line breaks inside fields)")])
  }
  return cells
}

const bool = (s: string | undefined): boolean | string | undefined => (s === undefined || s === "" ? undefined : s === "true" || s === "1" ? true : s === "false" || s === "0" ? false : s)
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
      const m: Record<string, unknown> = { id, relationship: r.relationship }
      const set = (k: string, v: unknown) => {
        if (v !== undefined && v !== "") m[k] = v
      }
      set("name", r.name)
      set("birthDate", r.birth_date)
      set("citizenId", r.citizen_id)
      if ((r.disability_category ?? "") !== "") m.disability = { category: r.disability_category, grade: int(r.disability_grade) }
      set("seriousIllness", bool(r.serious_illness))
      set("employed", bool(r.employed))
      set("labourCapacity", r.labour_capacity)
      set("education", r.education)
      set("selfCareLevel", r.self_care_level)
      set("livesTogether", bool(r.lives_together))
      members.push(m)
    }
    if ((r.income_category ?? "") !== "") incomes.push({ member: id, category: r.income_category, amount: r.income_amount })
  }
  const vehicles = (first.vehicle_value ?? "") === "" ? [] : [{ value: first.vehicle_value }]
  return {
    id: first.household_id,
    residence: { region: first.region, area: first.area },
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
