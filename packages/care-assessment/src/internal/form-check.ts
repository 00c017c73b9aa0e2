/**
 * Checking a response set against an instrument, on two paths that must agree:
 * - {@link fastCheck}, compiled per instrument: walks a well-formed form once, by hand, with no
 *   issue bookkeeping (items matched by position first, options by a short scan), and gives up
 *   (`undefined`) at the first thing it does not like;
 * - {@link fullCheck}: the listing path, run only when the fast path gave up; it reads the whole
 *   form and lists every problem at once (or accepts forms the fast path declined to judge).
 *
 * {@link checkForm} runs the first, then the second. Both fill the caller's `chosen` buffer and
 * return the same {@link Checked} for a form the fast path accepts (a property test holds them to
 * it).
 *
 * @internal
 * @module
 */
import { type IsoDate, isIsoDate, issue, type Issue } from "@minzheng/core"
import type { LoadedInstrument } from "../instrument/model.js"
import { RISK_EVENT_NAMES } from "../scoring/risk-events.js"
import { ICD10, isDementia, isMentalIllness } from "./icd10.js"
import { isRecord, kindOf } from "./guard.js"

/** What the checks found, before scoring. */
export interface Checked {
  /** Per item position: chosen option position, -1 when missing (the caller's buffer). */
  readonly chosen: Int32Array
  readonly missing: number
  readonly coma: boolean
  readonly comaByAnswer: boolean
  readonly dementia: boolean
  readonly mentalIllness: boolean
  readonly riskTotal: number
  readonly riskMax: number
  readonly assessedOn: IsoDate | null
  /** The sum of the chosen options' scores (missing items count 0). */
  readonly total: number
  /** Per domain position: the sum of its chosen options' scores (a fresh array, the caller's to keep). */
  readonly domainScores: Array<number>
}

/** What the checks need of an instrument, compiled once when it is loaded. */
export interface FormValidator {
  readonly ins: LoadedInstrument
  readonly id: string
  /** Per position: the item id when the lookup by that id gives this position (it always does for a loaded instrument). */
  readonly itemIdAt: ReadonlyArray<string | undefined>
  /** Per item position: its option ids, in order (unique within the item once loaded). */
  readonly optionIds: ReadonlyArray<ReadonlyArray<string>>
  /**
   * The options whose id is one character (< 128), by item position and that character: at
   * `p * 128 + charCode`, the option's position times 65536 plus its score, or -1. GB/T 42195's
   * option ids are the scores "0"–"4", so the fast path finds an answer's option and its score
   * with one table read; longer ids ("coma") are compared one by one.
   */
  readonly oneCharOptions: Int32Array
  /** The item and option positions of the answer that means coma, or -1. */
  readonly comaItem: number
  readonly comaOption: number
  /** The instrument rates a person in a coma directly (missing items then accepted). */
  readonly comaRule: boolean
  /** Option scores in one table: the score of option `o` of the item at position `p` is at `p * stride + o`. */
  readonly scoreTable: Int32Array
  readonly stride: number
  /** Per item position: its domain position. */
  readonly itemDomain: Int32Array
  readonly domainCount: number
}

const oneCharTable = (ins: LoadedInstrument): Int32Array => {
  const t = new Int32Array(ins.data.items.length * 128).fill(-1)
  ins.data.items.forEach((it, p) => {
    it.options.forEach((o, j) => {
      const c = o.id.charCodeAt(0)
      // ids are unique within an item once loaded, so each one-character id has its own cell;
      // positions (≤ 20 options) and scores (0–1000) fit the two halves
      if (o.id.length === 1 && c < 128) t[p * 128 + c] = j * 65536 + (ins.optionScore[p]?.[j] ?? 0)
    })
  })
  return t
}

/** Compiles the validator of a loaded instrument. */
export const compileFormValidator = (ins: LoadedInstrument): FormValidator => {
  const data = ins.data
  const comaAnswer = data.adjustments.coma?.answer
  const comaItem = comaAnswer === undefined ? -1 : (ins.itemIndex.get(comaAnswer.item) ?? -1)
  const comaOption = comaAnswer === undefined || comaItem < 0 ? -1 : (ins.optionIndex[comaItem]?.get(comaAnswer.option) ?? -1)
  return {
    ins,
    id: data.id,
    itemIdAt: data.items.map((it, i) => (ins.itemIndex.get(it.id) === i ? it.id : undefined)),
    optionIds: data.items.map((it) => it.options.map((o) => o.id)),
    oneCharOptions: oneCharTable(ins),
    comaItem,
    comaOption,
    comaRule: data.adjustments.coma !== undefined,
    ...scoreTableOf(ins),
    itemDomain: ins.itemDomain,
    domainCount: data.domains.length
  }
}

const scoreTableOf = (ins: LoadedInstrument): { readonly scoreTable: Int32Array; readonly stride: number } => {
  const stride = Math.max(1, ...ins.optionScore.map((s) => s.length))
  const scoreTable = new Int32Array(ins.optionScore.length * stride)
  ins.optionScore.forEach((s, p) => scoreTable.set(s, p * stride))
  return { scoreTable, stride }
}

// A loop, not `new Array(n).fill(0)`: the builtin costs several times more for a handful of domains.
// (Not a literal `[0, 0, 0, 0]` either: its elements are shared copy-on-write, copied at the first add.)
const zeros = (n: number): Array<number> => {
  const a = new Array<number>(n)
  for (let i = 0; i < n; i++) a[i] = 0
  return a
}

/**
 * The last `assessedOn` found valid: a batch repeats a handful of dates, and comparing ten
 * characters is cheaper than checking the date again. (Only strings `isIsoDate` accepted are kept.)
 */
let lastValidDate: string | undefined

/** Total and domain scores of the chosen options (the listing path; the fast path adds as it goes). */
const scoresOf = (v: FormValidator, chosen: Int32Array): { readonly total: number; readonly domainScores: Array<number> } => {
  const domainScores = zeros(v.domainCount)
  let total = 0
  for (let p = 0; p < chosen.length; p++) {
    const o = chosen[p]!
    if (o < 0) continue
    const s = v.scoreTable[p * v.stride + o]!
    total += s
    domainScores[v.itemDomain[p]!]! += s
  }
  return { total, domainScores }
}

const RISK_KEY_SET: ReadonlySet<string> = new Set(Object.keys(RISK_EVENT_NAMES))
const TOP_KEYS: ReadonlySet<string> = new Set(["instrument", "assessedOn", "answers", "coma", "diagnoses", "riskEvents"])

const isRiskKey = (k: string): boolean => k === "fall" || k === "choking" || k === "wandering" || k === "other" || k === "suicide-self-harm"

/**
 * The fast path: the {@link Checked} of a form with no problem, or `undefined` as soon as
 * anything is off (the full path then lists the problems).
 */
export const fastCheck = (v: FormValidator, input: unknown, provisional: boolean, chosen: Int32Array): Checked | undefined => {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return undefined
  const form = input as { readonly [k: string]: unknown }
  // The fields are read in the walk over the keys (which gives up on a key the form does not have):
  // `form[k]` inside `for…in` reads by the key's slot, whatever the form's shape, where named reads
  // of fields a form may or may not carry (forms come in several shapes) cost a lookup each.
  // (A field the walk does not see, such as a non-enumerable one, reads as absent here; the full
  // path then judges the form.)
  let named: unknown
  let on: unknown
  let comaField: unknown
  let dx: unknown
  let ev: unknown
  let answers: unknown
  for (const k in form) {
    const value = form[k]
    if (k === "answers") answers = value
    else if (k === "assessedOn") on = value
    else if (k === "instrument") named = value
    else if (k === "riskEvents") ev = value
    else if (k === "diagnoses") dx = value
    else if (k === "coma") comaField = value
    else return undefined
  }
  // The instrument passed to `assess` decides; a form may name it too, and then it must be the same one.
  if (named !== undefined && named !== v.id) return undefined
  let assessedOn: IsoDate | null = null
  if (on !== undefined) {
    if (on !== lastValidDate) {
      if (!isIsoDate(on)) return undefined
      lastValidDate = on
    }
    assessedOn = on as IsoDate
  }
  if (comaField !== undefined && typeof comaField !== "boolean") return undefined
  let dementia = false
  let mentalIllness = false
  if (dx !== undefined) {
    if (!Array.isArray(dx) || dx.length > 50) return undefined
    for (let i = 0; i < dx.length; i++) {
      const code: unknown = dx[i]
      if (typeof code !== "string" || !ICD10.test(code)) return undefined
      if (isDementia(code)) dementia = true
      if (isMentalIllness(code)) mentalIllness = true
    }
  }
  let riskTotal = 0
  let riskMax = 0
  if (ev !== undefined) {
    if (typeof ev !== "object" || ev === null || Array.isArray(ev)) return undefined
    const events = ev as { readonly [k: string]: unknown }
    for (const k in events) {
      if (!isRiskKey(k)) return undefined
      const n = events[k]
      if (n === undefined) continue
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > 1000) return undefined
      riskTotal += n
      if (n > riskMax) riskMax = n
    }
  }
  if (!Array.isArray(answers) || answers.length > 200) return undefined
  const len = answers.length
  const n = chosen.length
  const itemIdAt = v.itemIdAt
  const optionIds = v.optionIds
  const oneCharOptions = v.oneCharOptions
  const itemIndex = v.ins.itemIndex
  const comaItem = v.comaItem
  const comaOption = v.comaOption
  const scoreTable = v.scoreTable
  const stride = v.stride
  const itemDomain = v.itemDomain
  const domainScores = zeros(v.domainCount)
  let total = 0
  let comaByAnswer = false
  // While every answer i names item i (the order forms are usually in), no two answers can name
  // one item: `chosen` needs neither clearing nor a duplicate check. The first answer out of place
  // clears the rest of the buffer, and from then on every answer is checked against it.
  let inOrder = true
  for (let i = 0; i < len; i++) {
    const a: unknown = answers[i]
    if (typeof a !== "object" || a === null || Array.isArray(a)) return undefined
    const answer = a as { readonly [k: string]: unknown }
    for (const k in answer) if (k !== "item" && k !== "option") return undefined
    const option = answer.option
    if (typeof option !== "string") return undefined
    const item = answer.item
    let pos: number
    // (equal to an item id, `item` is a string)
    if (inOrder && i < n && item === itemIdAt[i]) pos = i
    else {
      if (typeof item !== "string") return undefined
      pos = i < n && item === itemIdAt[i] ? i : (itemIndex.get(item) ?? -1)
      if (pos < 0) return undefined
      if (inOrder) {
        chosen.fill(-1, i)
        inOrder = false
      }
      if ((chosen[pos] ?? 0) >= 0) return undefined
    }
    let o: number
    let score: number
    const c = option.charCodeAt(0)
    if (option.length === 1 && c < 128) {
      // a one-character id: its cell of the table (-1: the item has no such option)
      const cell = oneCharOptions[pos * 128 + c]!
      if (cell < 0) return undefined
      o = cell >> 16
      score = cell & 0xffff
    } else {
      const opts = optionIds[pos]!
      o = 0
      while (o < opts.length && opts[o] !== option) o++
      if (o === opts.length) return undefined
      score = scoreTable[pos * stride + o]!
    }
    chosen[pos] = o
    total += score
    domainScores[itemDomain[pos]!]! += score
    if (pos === comaItem && o === comaOption) comaByAnswer = true
  }
  // Every answer filled a different item (a second answer to one item gave up above).
  if (inOrder && len < n) chosen.fill(-1, len)
  const missing = n - len
  const coma = comaField === true || comaByAnswer
  if (missing > 0 && !provisional && !(coma && v.comaRule)) return undefined
  return { chosen, missing, coma, comaByAnswer, dementia, mentalIllness, riskTotal, riskMax, assessedOn, total, domainScores }
}

const push = (out: Array<Issue> | undefined, i: Issue): Array<Issue> => {
  const list = out ?? []
  list.push(i)
  return list
}

/**
 * The full path: reads the whole form and lists every problem (unknown fields, answers for
 * items the instrument does not have, options an item does not allow, items answered twice,
 * items not answered), or gives the {@link Checked} of a form with none.
 */
export const fullCheck = (v: FormValidator, input: unknown, provisional: boolean, chosen: Int32Array): Checked | Array<Issue> => {
  const ins = v.ins
  let issues: Array<Issue> | undefined
  if (!isRecord(input)) {
    return [issue([], "invalid_type", `评估记录应为对象，收到 ${kindOf(input)}`, `a response set must be an object, got ${kindOf(input)}`)]
  }
  for (const k in input) {
    if (!TOP_KEYS.has(k)) issues = push(issues, issue([k], "unrecognized_key", `未知字段 ${k}`, `unknown field ${k}`))
  }
  const id = v.id
  // `instrument` is optional: the instrument passed in decides. A form that names another one is refused.
  if (input.instrument !== undefined && input.instrument !== id) {
    issues = push(
      issues,
      typeof input.instrument === "string"
        ? issue(["instrument"], "instrument_mismatch", `评估记录所填评估工具 ${input.instrument} 与所用工具 ${id} 不符`, `the form names instrument ${input.instrument}, not ${id}`)
        : issue(["instrument"], "invalid_type", "评估工具编号应为文字", "the instrument id must be a string")
    )
  }
  let assessedOn: IsoDate | null = null
  if (input.assessedOn !== undefined) {
    if (isIsoDate(input.assessedOn)) assessedOn = input.assessedOn
    else issues = push(issues, issue(["assessedOn"], "invalid_date", "评估日期无效（应为 YYYY-MM-DD）", "not a valid assessment date (YYYY-MM-DD)"))
  }
  let coma = false
  if (input.coma !== undefined) {
    if (typeof input.coma === "boolean") coma = input.coma
    else issues = push(issues, issue(["coma"], "invalid_type", "昏迷应为是/否", "coma must be true or false"))
  }
  let dementia = false
  let mentalIllness = false
  const dx = input.diagnoses
  if (dx !== undefined) {
    if (!Array.isArray(dx) || dx.length > 50) {
      issues = push(issues, issue(["diagnoses"], "invalid_type", "疾病诊断应为 ICD-10 编码列表（至多 50 项）", "diagnoses must be a list of ICD-10 codes (at most 50)"))
    } else {
      for (let i = 0; i < dx.length; i++) {
        const code: unknown = dx[i]
        if (typeof code !== "string" || !ICD10.test(code)) {
          issues = push(issues, issue(["diagnoses", i], "invalid_icd10", "不是有效的 ICD-10 编码（如 F01、F32.1）", "not a valid ICD-10 code (e.g. F01, F32.1)"))
        } else {
          if (isDementia(code)) dementia = true
          if (isMentalIllness(code)) mentalIllness = true
        }
      }
    }
  }
  let riskTotal = 0
  let riskMax = 0
  const ev = input.riskEvents
  if (ev !== undefined) {
    if (!isRecord(ev)) {
      issues = push(issues, issue(["riskEvents"], "invalid_type", "照护风险事件应为对象", "riskEvents must be an object"))
    } else {
      for (const k in ev) {
        const n = ev[k]
        if (!RISK_KEY_SET.has(k)) issues = push(issues, issue(["riskEvents", k], "unrecognized_key", `未知的风险事件 ${k}`, `unknown risk event ${k}`))
        else if (n === undefined) continue
        else if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > 1000) {
          issues = push(issues, issue(["riskEvents", k], "invalid_count", "次数应为 0–1000 的整数", "a count must be a whole number 0–1000"))
        } else {
          riskTotal += n
          if (n > riskMax) riskMax = n
        }
      }
    }
  }
  const answers = input.answers
  const n = chosen.length
  chosen.fill(-1)
  let comaByAnswer = false
  if (!Array.isArray(answers)) {
    issues = push(issues, issue(["answers"], "invalid_type", "答案应为列表", "answers must be a list"))
  } else if (answers.length > 200) {
    issues = push(issues, issue(["answers"], "too_big", "答案过多（至多 200 项）", "too many answers (at most 200)"))
  } else {
    for (let i = 0; i < answers.length; i++) {
      const a: unknown = answers[i]
      if (!isRecord(a)) {
        issues = push(issues, issue(["answers", i], "invalid_type", "每项答案应为 { item, option }", "each answer must be { item, option }"))
        continue
      }
      for (const k in a) {
        if (k !== "item" && k !== "option") issues = push(issues, issue(["answers", i, k], "unrecognized_key", `未知字段 ${k}`, `unknown field ${k}`))
      }
      const item = a.item
      const option = a.option
      if (typeof item !== "string") {
        issues = push(issues, issue(["answers", i, "item"], "invalid_type", "缺少指标编号", "the item id is missing"))
        continue
      }
      const pos = ins.itemIndex.get(item)
      if (pos === undefined) {
        issues = push(issues, issue(["answers", i, "item"], "unknown_item", `评估工具中没有指标 ${item}`, `the instrument has no item ${item}`))
        continue
      }
      if (typeof option !== "string") {
        issues = push(issues, issue(["answers", i, "option"], "invalid_type", "缺少选项", "the option is missing"))
        continue
      }
      const o = ins.optionIndex[pos]?.get(option)
      if (o === undefined) {
        const allowed = ins.data.items[pos]?.options.map((x) => x.id).join(", ") ?? ""
        issues = push(issues, issue(["answers", i, "option"], "option_not_allowed", `指标 ${item} 不允许选项 ${option}（可选：${allowed}）`, `item ${item} does not allow option ${option} (allowed: ${allowed})`))
        continue
      }
      if ((chosen[pos] ?? -1) >= 0) {
        issues = push(issues, issue(["answers", i, "item"], "duplicate_item", `指标 ${ins.data.items[pos]?.id ?? item} 重复作答`, `item ${ins.data.items[pos]?.id ?? item} is answered twice`))
        continue
      }
      chosen[pos] = o
      if (pos === v.comaItem && o === v.comaOption) comaByAnswer = true
    }
  }
  let missing = 0
  for (let p = 0; p < n; p++) if ((chosen[p] ?? -1) < 0) missing++
  const inComa = coma || comaByAnswer
  // A person in a coma is rated directly (“直接评定”), so the other items need not be answered.
  if (missing > 0 && !provisional && !(inComa && v.comaRule)) {
    const ids: string[] = []
    const names: string[] = []
    for (let p = 0; p < n; p++) {
      if ((chosen[p] ?? -1) >= 0) continue
      const it = ins.data.items[p]
      ids.push(it?.id ?? String(p))
      names.push(it?.name.zh ?? String(p))
    }
    issues = push(
      issues,
      issue(["answers"], "missing_items", `缺少 ${missing} 项指标：${names.join("、")}`, `${missing} item(s) not answered: ${ids.join(", ")}`)
    )
  }
  if (issues !== undefined) return issues
  return { chosen, missing, coma: inComa, comaByAnswer, dementia, mentalIllness, riskTotal, riskMax, assessedOn, ...scoresOf(v, chosen) }
}

/** The fast path, then (only when it gave up) the full path: the {@link Checked}, or every problem. */
export const checkForm = (v: FormValidator, input: unknown, provisional: boolean, chosen: Int32Array): Checked | Array<Issue> =>
  fastCheck(v, input, provisional, chosen) ?? fullCheck(v, input, provisional, chosen)
