/**
 * The body of `buildNotice`: refuses personal data it cannot place and masks every personal cell.
 */
import { findPersonalNumbers, type Issue, invalidInput, issue, IsoDateSchema, Money, PERSONAL_NUMBER_KINDS, type WorkCalendar } from "@minzheng/core"
import * as Result from "effect/Result"
import type * as z from "zod/mini"
import { FIELD_TYPES, type FieldType } from "../notice/field-type.js"
import type { MaskingPolicy } from "../notice/masking-policy.js"
import type { MaskedNotice, NoticeInputSchema } from "../notice/model.js"
import { checkPublicNoticeLength, type PublicNoticeKind } from "../schedule/public-notice-period.js"
import { maskWith } from "./mask-with.js"

// Keys and headers that name personal or sensitive data: refused under a public field type.
const PERSONAL_KEY = /^(name|fullname|personname|realname|phone|mobile|tel|telephone|address|addr|idcard|idno|idnumber|citizenid|account|bankaccount|cardno|cardnumber|income|salary|wage|illness|disease|disability|health|diagnosis)$/
const PERSONAL_LABEL = ["姓名", "身份证", "身份号码", "电话", "手机", "住址", "家庭地址", "账号", "账户", "卡号", "户主", "收入", "工资", "疾病", "病情", "残疾", "健康"]
// Never on a notice whatever the type (the spec: never income details, illnesses or disabilities).
const SENSITIVE_KEY = /^(income|salary|wage|illness|disease|disability|health|diagnosis)$/
const SENSITIVE_LABEL = ["收入", "工资", "疾病", "病情", "残疾", "健康"]
// Free text is searched by core's one detector of personal numbers (phones with separators,
// +86/0086 and full-width digits, landlines, 15/18-digit IDs written in groups, bank cards by
// Luhn): `138-1234-5678`, `+8613812341234` or `身份证 110105 19491231 002X` in a remark is refused,
// never printed. The issue names the kind of number, never the number.
const personalNumberIssue = (path: ReadonlyArray<string | number>, text: string): Issue | undefined => {
  const found = findPersonalNumbers(text)
  if (found.length === 0) return undefined
  const kinds = [...new Set(found.map((m) => m.kind))]
  return cellIssue(
    [...path],
    `文本中含有${kinds.map((k) => PERSONAL_NUMBER_KINDS[k].zh).join("、")}：请删去，或改用对应的个人信息字段类型（脱敏后公示）`,
    `the text holds a ${kinds.map((k) => PERSONAL_NUMBER_KINDS[k].en).join(", ")}: remove it or use the personal field type (masked before publication)`,
    "personal_number"
  )
}

const YUAN = /^(\d{1,15})(?:\.(\d{1,2}))?$/
const PHONE = /^\+?[0-9][0-9 ()-]{5,24}$/
const BANK = /^[0-9][0-9 ]{7,40}$/
const CITIZEN_ID = /^(\d{15}|\d{17}[\dXx])$/

const cellIssue = (path: Array<string | number>, zh: string, en: string, code = "invalid_cell"): Issue => issue(path, code, zh, en)

const formatCell = (type: FieldType, value: unknown, path: Array<string | number>, policy: MaskingPolicy, issues: Issue[]): string => {
  const str = typeof value === "string" ? value : undefined
  switch (type) {
    case "text":
    case "community":
    case "programme":
      if (str === undefined || str.length > 500) return void issues.push(cellIssue(path, "应为不超过 500 字的文本", "expected text of at most 500 characters")), ""
      {
        const found = personalNumberIssue(path, str)
        if (found !== undefined) return void issues.push(found), ""
      }
      return str
    case "integer": {
      if (typeof value !== "number" || !Number.isSafeInteger(value)) return void issues.push(cellIssue(path, "应为整数", "expected an integer")), ""
      // An 11-digit "integer" is a mobile number, a 15-digit one an old ID: refused like text.
      const found = personalNumberIssue(path, String(value))
      if (found !== undefined) return void issues.push(found), ""
      return String(value)
    }
    case "money": {
      // Core's MoneyInput: a Money, or a decimal string in 元. A notice shows whole 分, never a
      // negative amount. A string is checked and formatted by hand (decimal.js per cell cost ~10×
      // more in the 10,000-row bench), never through a float.
      if (Money.isMoney(value)) {
        if (value.isNegative() || !value.isWholeFen()) return void issues.push(cellIssue(path, "金额应不小于 0 且精确到分", "an amount must be non-negative, in whole 分")), ""
        return value.toString()
      }
      const m = str === undefined ? null : YUAN.exec(str)
      if (m === null) return void issues.push(cellIssue(path, "金额应不小于 0、精确到分，以元为单位的十进制字符串，如 \"1050.00\"", "an amount must be a non-negative Money or decimal string in yuan, whole 分, e.g. \"1050.00\"")), ""
      return `${m[1]!.replace(/^0+(?=\d)/, "")}.${(m[2] ?? "").padEnd(2, "0")}`
    }
    case "date": {
      const d = IsoDateSchema.safeParse(value)
      if (!d.success) return void issues.push(cellIssue(path, "不是有效的日期（应为 YYYY-MM-DD）", "not a valid date (expected YYYY-MM-DD)")), ""
      return d.data
    }
    case "person-name":
      if (str === undefined || str.trim().length === 0 || str.length > 40) return void issues.push(cellIssue(path, "姓名应为 1 至 40 个字符", "a name must be 1 to 40 characters")), ""
      return maskWith(type, str, policy)
    case "citizen-id":
      if (str === undefined || !CITIZEN_ID.test(str)) return void issues.push(cellIssue(path, "公民身份号码应为 15 或 18 位", "a citizen ID number has 15 or 18 characters")), ""
      return maskWith(type, str.toUpperCase(), policy)
    case "phone":
      if (str === undefined || !PHONE.test(str)) return void issues.push(cellIssue(path, "电话号码格式不正确", "not a phone number")), ""
      return maskWith(type, str, policy)
    case "address":
      if (str === undefined || str.trim().length === 0 || str.length > 300) return void issues.push(cellIssue(path, "住址应为 1 至 300 个字符", "an address must be 1 to 300 characters")), ""
      return maskWith(type, str, policy)
    case "bank-account":
      if (str === undefined || !BANK.test(str)) return void issues.push(cellIssue(path, "银行账号格式不正确", "not a bank account number")), ""
      return maskWith(type, str, policy)
  }
}

/** Checks and masks a decoded notice (shared by `buildNotice` and `dibaoNotice`, whose input is already decoded). */
export const assembleNotice = (input: z.output<typeof NoticeInputSchema>, policy: MaskingPolicy, calendar: WorkCalendar, kind?: PublicNoticeKind): MaskedNotice => {
  const { title, issuer, period, columns, rows, footer } = input
  const issues: Issue[] = []
  if (period.from > period.to) issues.push(issue(["period", "to"], "invalid_period", "公示结束日期早于开始日期", "the notice period ends before it starts"))
  else if (kind !== undefined) {
    // A period too short is one more issue of the notice; a calendar year not covered is thrown as it is.
    const length = checkPublicNoticeLength(period, kind, calendar)
    if (Result.isFailure(length)) {
      if (length.failure._tag === "InvalidInput") issues.push(...length.failure.issues)
      else throw length.failure
    }
  }
  const keys = new Set<string>()
  columns.forEach((c, i) => {
    if (keys.has(c.key)) issues.push(issue(["columns", i, "key"], "duplicate_key", `字段 ${c.key} 重复`, `field ${c.key} appears twice`))
    keys.add(c.key)
    const lower = c.key.toLowerCase().replace(/_/g, "")
    const labels = `${c.label.zh}`
    for (const lang of ["zh", "en"] as const) {
      const found = personalNumberIssue(["columns", i, "label", lang], c.label[lang])
      if (found !== undefined) issues.push(found)
    }
    if (SENSITIVE_KEY.test(lower) || SENSITIVE_LABEL.some((w) => labels.includes(w))) {
      issues.push(issue(["columns", i], "sensitive_field", "收入、疾病、残疾、健康等信息不得公示", "income, illness, disability and health details may not be published"))
    } else if (!FIELD_TYPES[c.type].personal && (PERSONAL_KEY.test(lower) || PERSONAL_LABEL.some((w) => labels.includes(w)))) {
      issues.push(
        issue(["columns", i, "type"], "undeclared_personal_field", "该字段含个人信息，须声明为姓名、公民身份号码、电话、住址或银行账号类型", "this field holds personal data: declare it as person-name, citizen-id, phone, address or bank-account")
      )
    }
  })
  for (const [path, text] of [[["title"], title], [["issuer"], issuer], [["footer"], footer ?? ""]] as const) {
    const found = personalNumberIssue(path, text)
    if (found !== undefined) issues.push(found)
  }
  const out: string[][] = []
  rows.forEach((row, r) => {
    for (const k of Object.keys(row)) {
      if (!keys.has(k)) issues.push(issue(["rows", r, k], "unknown_field", "未声明的字段：个人信息不得未经脱敏直接公示", "an undeclared field: personal data may not pass through unmasked"))
    }
    out.push(
      columns.map((c) => {
        const v = Object.prototype.hasOwnProperty.call(row, c.key) ? row[c.key] : undefined
        if (v === undefined || v === null) {
          issues.push(issue(["rows", r, c.key], "missing_field", "缺少该字段", "missing field"))
          return ""
        }
        return formatCell(c.type, v, ["rows", r, c.key], policy, issues)
      })
    )
  })
  if (issues.length > 0) throw invalidInput(issues)
  return { masked: true, title, issuer, period, columns, rows: out, ...(footer === undefined ? {} : { footer }) }
}

