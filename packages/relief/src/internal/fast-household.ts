/**
 * A hand-written validator for the household shape that accepts exactly what `HouseholdSchema`
 * (zod) accepts and returns an equal value — the same transforms (citizen IDs trimmed and upper-
 * cased), the same defaults, the same key presence (an optional key given as `undefined` stays,
 * inherited properties are read as zod reads them) — and `undefined` for anything else, so the
 * caller falls back to zod only to produce the full bilingual issue list. The equivalence is a
 * fast-check property in `test/fast-decode.test.ts`.
 *
 * Why: zod decoding cost ≈ 140 µs per 3-person household (measured: the 10⁶-household NDJSON batch
 * spent most of its 176 s in it); this check does the same work without building issues, contexts
 * or intermediate payloads. It reads the same constant tables as the schemas (enum values, the
 * date, region and citizen-ID predicates of core), so a changed vocabulary changes both — except
 * the keys, relationships, income categories and areas every household has, written as switches
 * for speed and held to the schemas' own lists by `test/fast-decode.test.ts`.
 *
 * @internal
 * @module
 */
import { isIsoDate, isRegionCode, isValidCitizenId, parseCitizenId } from "@minzheng/core"
import { TEKUN_SELF_CARE_LEVELS } from "@minzheng/care-assessment"
import * as Result from "effect/Result"
import type { Household } from "../household/household-schema.js"
import { VEHICLE_EXEMPTION_NAMES } from "../household/assets.js"
import { ABSENCE_NAMES, CIRCUMSTANCE_NAMES, DISABILITY_CATEGORIES, EDUCATION_LEVELS, INCAPACITY_NAMES, LABOUR_CAPACITY_NAMES } from "../household/member.js"
import { RIGID_EXPENDITURE_NAMES } from "../household/rigid-expenditure.js"
import { YUAN, yuanOrNull } from "./yuan.js"
import { fenOf } from "./fen.js"
import { ownAssetTotals } from "./own-assets.js"

type Obj = Record<string, unknown>
/** The one value no field can hold: "this field is invalid". */
const BAD: unique symbol = Symbol("invalid")
type Check = (v: unknown) => unknown

const setOf = (xs: ReadonlyArray<string>): ReadonlySet<unknown> => new Set<unknown>(xs)

const isObject = (u: unknown): u is Obj => typeof u === "object" && u !== null && !Array.isArray(u)

/** `.strict()`: every enumerable key zod's `for…in` sees must be declared. */
const onlyKeys = (o: Obj, allowed: ReadonlySet<unknown>): boolean => {
  for (const k in o) if (!allowed.has(k)) return false
  return true
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

const text1: Check = (v) => (typeof v === "string" && v.length >= 1 ? v : BAD)
const yuan: Check = (v) => {
  if (typeof v === "string") return YUAN.test(v) ? v : BAD
  const s = yuanOrNull(v)
  return s === null ? BAD : s
}
const month: Check = (v) => (typeof v === "string" && MONTH.test(v) ? v : BAD)
const date: Check = (v) => (isIsoDate(v) ? v : BAD)
const region: Check = (v) => (isRegionCode(v) ? v : BAD)
const bool: Check = (v) => (v === true || v === false ? v : BAD)
const citizenId: Check = (v) => {
  if (typeof v !== "string") return BAD
  const t = v.trim().toUpperCase()
  return isValidCitizenId(t) ? t : BAD
}
const oneOf = (values: ReadonlyArray<string>): Check => {
  const s = setOf(values)
  return (v) => (s.has(v) ? v : BAD)
}
const int = (min: number, max = Number.MAX_SAFE_INTEGER): Check => (v) => (typeof v === "number" && Number.isSafeInteger(v) && v >= min && v <= max ? v : BAD)
const arrayOf =
  (item: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return BAD
    const out: unknown[] = new Array(v.length)
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i])
      if (r === BAD) return BAD
      out[i] = r
    }
    return out
  }

/** A field as zod's object reads it: required, optional (a present `undefined` is kept) or defaulted. */
interface Field {
  readonly key: string
  readonly check: Check
  readonly mode: "required" | "optional" | "default"
  readonly fallback?: () => unknown
}
const req = (key: string, check: Check): Field => ({ key, check, mode: "required" })
const opt = (key: string, check: Check): Field => ({ key, check, mode: "optional" })

const strictObject = (fields: ReadonlyArray<Field>): Check => {
  const allowed = setOf(fields.map((f) => f.key))
  return (v) => {
    if (!isObject(v) || !onlyKeys(v, allowed)) return BAD
    const out: Obj = {}
    for (const f of fields) {
      const x = v[f.key]
      if (x === undefined) {
        if (f.mode === "required") return BAD
        if (f.mode === "default") out[f.key] = (f.fallback as () => unknown)()
        else if (f.key in v) out[f.key] = undefined
        continue
      }
      const r = f.check(x)
      if (r === BAD) return BAD
      out[f.key] = r
    }
    return out
  }
}

const disability = strictObject([req("category", oneOf(DISABILITY_CATEGORIES)), req("grade", int(1, 4))])

// The shapes every household has (the household, its members, incomes and assets) are written
// out field by field below — the same rules, in the same order, as the `strictObject` tables they
// mirror, but with property names fixed in the code, so the engine reads and builds them with
// inline caches instead of a lookup by name per field. The others use the tables.

/**
 * An optional field: absent stays absent, a present `undefined` stays, anything else is checked.
 * (The member's many optional fields are written out at their sites instead, each `in` test with
 * its own property name.)
 */
const optional = (v: Obj, key: string, x: unknown, check: Check, out: Obj): boolean => {
  if (x === undefined) {
    if (key in v) out[key] = undefined
    return true
  }
  const r = check(x)
  if (r === BAD) return false
  out[key] = r
  return true
}

const vehicleExemption = oneOf(Object.keys(VEHICLE_EXEMPTION_NAMES))
const VEHICLE_KEYS = setOf(["value", "exemption"])
const vehicle: Check = (v) => {
  if (!isObject(v) || !onlyKeys(v, VEHICLE_KEYS)) return BAD
  const value = yuan(v.value)
  if (value === BAD) return BAD
  const out: Obj = { value }
  return optional(v, "exemption", v.exemption, vehicleExemption, out) ? out : BAD
}
const vehicles = arrayOf(vehicle)
const units = int(0)

/** The keys of the assets (see {@link isMemberKey}). */
export const isAssetsKey = (k: string): boolean => k === "financial" || k === "vehicles" || k === "residentialUnits" || k === "nonResidentialUnits"
const assets: Check = (v) => {
  if (!isObject(v)) return BAD
  for (const k in v) if (!isAssetsKey(k)) return BAD
  const financial = yuan(v.financial)
  if (financial === BAD) return BAD
  const vs = v.vehicles === undefined ? [] : vehicles(v.vehicles)
  if (vs === BAD) return BAD
  const residentialUnits = units(v.residentialUnits)
  if (residentialUnits === BAD) return BAD
  const nonResidentialUnits = v.nonResidentialUnits === undefined ? 0 : units(v.nonResidentialUnits)
  if (nonResidentialUnits === BAD) return BAD
  return { financial, vehicles: vs, residentialUnits, nonResidentialUnits }
}

/**
 * The relationships, as a switch (see {@link isMemberKey}: every member reads one, and a switch
 * compares an internalized string by identity). `test/fast-decode.test.ts` holds it to
 * `RELATIONSHIPS`; a value it lacked would only send households to zod.
 */
export const isRelationship = (v: unknown): boolean => {
  switch (v) {
    case "applicant":
    case "spouse":
    case "child":
    case "parent":
    case "grandparent":
    case "grandchild":
    case "sibling":
    case "other":
      return true
    default:
      return false
  }
}
const relationship: Check = (v) => (isRelationship(v) ? v : BAD)
const sex = oneOf(["male", "female"])
const absence = oneOf(Object.keys(ABSENCE_NAMES))
const education = oneOf(EDUCATION_LEVELS)
const labourCapacity = oneOf(Object.keys(LABOUR_CAPACITY_NAMES))
const selfCareLevel = oneOf(TEKUN_SELF_CARE_LEVELS)
const incapacity = oneOf(Object.keys(INCAPACITY_NAMES))
const circumstances = arrayOf(oneOf(Object.keys(CIRCUMSTANCE_NAMES)))
/**
 * The keys of the shapes every household has, as switches: a for…in key is an internalized string,
 * and a switch compares it by identity with each literal — 2.5× faster than a `Set` look-up
 * (measured: 15 against 37 ns for a five-key member). `test/fast-decode.test.ts` holds each to the
 * schema's own keys.
 */
export const isMemberKey = (k: string): boolean => {
  switch (k) {
    case "id":
    case "name":
    case "relationship":
    case "citizenId":
    case "birthDate":
    case "sex":
    case "hukouRegion":
    case "absence":
    case "livesTogether":
    case "canLiveIndependently":
    case "disability":
    case "seriousIllness":
    case "education":
    case "labourCapacity":
    case "employed":
    case "selfCareLevel":
    case "incapacity":
    case "circumstances":
    case "tekun":
    case "dibaoRecipient":
    case "assets":
      return true
    default:
      return false
  }
}
/** How many keys a member enumerates, or −1 when one of them is not a member key. */
const memberKeyCount = (o: Obj): number => {
  let n = 0
  for (const k in o) {
    if (!isMemberKey(k)) return -1
    n++
  }
  return n
}
/**
 * A member. A field that is absent stays absent and one present as `undefined` stays — but telling
 * the two apart (`key in v`) for each of the ~20 optional fields a member lacks cost a third of the
 * decode. So the first pass skips those tests and counts the fields it found defined; when that
 * is every key the object enumerates (always, for parsed JSON) no test could have found one, else
 * the member is decoded again with them (`exact`). (Where a field is read from a property the
 * object does not enumerate — never in parsed JSON — a key holding `undefined` may be left out
 * rather than kept as `undefined`: the same data for every rule. Income entries and the household
 * itself use the same count.)
 */
const member = (v: unknown, exact = false): unknown => {
  if (!isObject(v)) return BAD
  const keys = memberKeyCount(v)
  if (keys < 0) return BAD
  // id and relationship are required: two defined fields
  let defined = 2
  const id = text1(v.id)
  if (id === BAD) return BAD
  const out: Obj = { id }
  let x: unknown = v.name
  if (x !== undefined) {
    if ((x = text1(x)) === BAD) return BAD
    defined++
    out.name = x
  } else if (exact && "name" in v) out.name = undefined
  const r = relationship(v.relationship)
  if (r === BAD) return BAD
  out.relationship = r
  if ((x = v.citizenId) !== undefined) {
    if ((x = citizenId(x)) === BAD) return BAD
    defined++
    out.citizenId = x
  } else if (exact && "citizenId" in v) out.citizenId = undefined
  if ((x = v.birthDate) !== undefined) {
    if ((x = date(x)) === BAD) return BAD
    defined++
    out.birthDate = x
  } else if (exact && "birthDate" in v) out.birthDate = undefined
  if ((x = v.sex) !== undefined) {
    if ((x = sex(x)) === BAD) return BAD
    defined++
    out.sex = x
  } else if (exact && "sex" in v) out.sex = undefined
  if ((x = v.hukouRegion) !== undefined) {
    if ((x = region(x)) === BAD) return BAD
    defined++
    out.hukouRegion = x
  } else if (exact && "hukouRegion" in v) out.hukouRegion = undefined
  if ((x = v.absence) !== undefined) {
    if ((x = absence(x)) === BAD) return BAD
    defined++
    out.absence = x
  } else if (exact && "absence" in v) out.absence = undefined
  if ((x = v.livesTogether) !== undefined) {
    if ((x = bool(x)) === BAD) return BAD
    defined++
    out.livesTogether = x
  } else if (exact && "livesTogether" in v) out.livesTogether = undefined
  if ((x = v.canLiveIndependently) !== undefined) {
    if ((x = bool(x)) === BAD) return BAD
    defined++
    out.canLiveIndependently = x
  } else if (exact && "canLiveIndependently" in v) out.canLiveIndependently = undefined
  if ((x = v.disability) !== undefined) {
    if ((x = disability(x)) === BAD) return BAD
    defined++
    out.disability = x
  } else if (exact && "disability" in v) out.disability = undefined
  if ((x = v.seriousIllness) !== undefined) {
    if ((x = bool(x)) === BAD) return BAD
    defined++
    out.seriousIllness = x
  } else if (exact && "seriousIllness" in v) out.seriousIllness = undefined
  if ((x = v.education) !== undefined) {
    if ((x = education(x)) === BAD) return BAD
    defined++
    out.education = x
  } else if (exact && "education" in v) out.education = undefined
  if ((x = v.labourCapacity) !== undefined) {
    if ((x = labourCapacity(x)) === BAD) return BAD
    defined++
    out.labourCapacity = x
  } else if (exact && "labourCapacity" in v) out.labourCapacity = undefined
  if ((x = v.employed) !== undefined) {
    if ((x = bool(x)) === BAD) return BAD
    defined++
    out.employed = x
  } else if (exact && "employed" in v) out.employed = undefined
  if ((x = v.selfCareLevel) !== undefined) {
    if ((x = selfCareLevel(x)) === BAD) return BAD
    defined++
    out.selfCareLevel = x
  } else if (exact && "selfCareLevel" in v) out.selfCareLevel = undefined
  if ((x = v.incapacity) !== undefined) {
    if ((x = incapacity(x)) === BAD) return BAD
    defined++
    out.incapacity = x
  } else if (exact && "incapacity" in v) out.incapacity = undefined
  if ((x = v.circumstances) !== undefined) {
    if ((x = circumstances(x)) === BAD) return BAD
    defined++
    out.circumstances = x
  } else if (exact && "circumstances" in v) out.circumstances = undefined
  if ((x = v.tekun) !== undefined) {
    if ((x = bool(x)) === BAD) return BAD
    defined++
    out.tekun = x
  } else if (exact && "tekun" in v) out.tekun = undefined
  if ((x = v.dibaoRecipient) !== undefined) {
    if ((x = bool(x)) === BAD) return BAD
    defined++
    out.dibaoRecipient = x
  } else if (exact && "dibaoRecipient" in v) out.dibaoRecipient = undefined
  if ((x = v.assets) !== undefined) {
    if ((x = assets(x)) === BAD) return BAD
    defined++
    out.assets = x
  } else if (exact && "assets" in v) out.assets = undefined
  return exact || defined === keys ? out : member(v, true)
}

/** The income categories, as a switch (see {@link isRelationship}); held to `INCOME_CATEGORIES` by test. */
export const isIncomeCategory = (v: unknown): boolean => {
  switch (v) {
    case "wages":
    case "business":
    case "property":
    case "transfer-in":
    case "transfer-out":
    case "other":
    case "preferential-care":
    case "family-planning":
    case "reward":
    case "social-assistance":
    case "basic-pension":
    case "social-insurance":
    case "old-age-allowance":
      return true
    default:
      return false
  }
}
const incomeCategory: Check = (v) => (isIncomeCategory(v) ? v : BAD)
/** The keys of an income entry (see {@link isMemberKey}). */
export const isIncomeKey = (k: string): boolean => k === "member" || k === "category" || k === "amount" || k === "month"
const incomeKeyCount = (o: Obj): number => {
  let n = 0
  for (const k in o) {
    if (!isIncomeKey(k)) return -1
    n++
  }
  return n
}
/** An income entry; as for a member, `"month" in v` is asked only when the key count says a key might hold `undefined`. */
const income: Check = (v) => {
  if (!isObject(v)) return BAD
  const keys = incomeKeyCount(v)
  if (keys < 0) return BAD
  const m = text1(v.member)
  if (m === BAD) return BAD
  const category = incomeCategory(v.category)
  if (category === BAD) return BAD
  const amount = yuan(v.amount)
  if (amount === BAD) return BAD
  const out: Obj = { member: m, category, amount }
  const x = v.month
  if (x !== undefined) {
    const r = month(x)
    if (r === BAD) return BAD
    out.month = r
  } else if (keys !== 3 && "month" in v) out.month = undefined
  return out
}
const rigid = strictObject([req("kind", oneOf(Object.keys(RIGID_EXPENDITURE_NAMES))), opt("member", text1), req("month", month), req("amount", yuan)])

const supporter = strictObject([
  opt("name", text1),
  req("relationship", oneOf(["spouse", "child", "parent", "grandparent", "grandchild", "sibling", "other"])),
  req("birthDate", date),
  opt("tekun", bool),
  opt("dibaoRecipient", bool),
  opt("disability", disability),
  opt("annualIncome", yuan),
  opt("assetsWithinLowIncomeRules", bool),
  opt("noLegalCapacity", bool),
  opt("declaredMissing", bool),
  opt("imprisoned", bool)
])

const incident = strictObject([
  req("type", oneOf(["emergency", "expenditure"])),
  req("cause", oneOf(["fire", "traffic-accident", "sudden-illness", "disaster", "medical", "education", "other"])),
  req("severity", oneOf(["general", "serious", "major"])),
  req("date", date),
  opt("expenditure", yuan)
])

const previous = strictObject([req("programme", oneOf(["dibao", "tekun"])), req("since", date), req("monthlyAmount", yuan), opt("gradualExitFrom", date)])

/** The areas (the keys of `AREA_NAMES`; held to them by test). */
export const isArea = (v: unknown): boolean => v === "urban" || v === "rural"
const area: Check = (v) => (isArea(v) ? v : BAD)
/** The keys of the residence (see {@link isMemberKey}). */
export const isResidenceKey = (k: string): boolean => k === "region" || k === "area"
const residence: Check = (v) => {
  if (!isObject(v)) return BAD
  for (const k in v) if (!isResidenceKey(k)) return BAD
  const r = region(v.region)
  if (r === BAD) return BAD
  const a = area(v.area)
  return a === BAD ? BAD : { region: r, area: a }
}
// The two lists every household has get their own loops: one shared `arrayOf` loop calls many
// different item checks, so the engine cannot inline any of them (measured: a tenth of the decode).
const members: Check = (v) => {
  if (!Array.isArray(v) || v.length < 1) return BAD
  const out: unknown[] = new Array(v.length)
  for (let i = 0; i < v.length; i++) {
    const r = member(v[i])
    if (r === BAD) return BAD
    out[i] = r
  }
  return out
}
const incomes: Check = (v) => {
  if (!Array.isArray(v)) return BAD
  const out: unknown[] = new Array(v.length)
  for (let i = 0; i < v.length; i++) {
    const r = income(v[i])
    if (r === BAD) return BAD
    out[i] = r
  }
  return out
}
const rigidExpenditures = arrayOf(rigid)
const legalSupporters = arrayOf(supporter)

/** The keys of a household (see {@link isMemberKey}). */
export const isHouseholdKey = (k: string): boolean => {
  switch (k) {
    case "id":
    case "residence":
    case "members":
    case "incomes":
    case "assets":
    case "rigidExpenditures":
    case "legalSupporters":
    case "incident":
    case "previous":
      return true
    default:
      return false
  }
}
const householdKeyCount = (o: Obj): number => {
  let n = 0
  for (const k in o) {
    if (!isHouseholdKey(k)) return -1
    n++
  }
  return n
}
const shape: Check = (v) => {
  if (!isObject(v)) return BAD
  const keys = householdKeyCount(v)
  if (keys < 0) return BAD
  const id = text1(v.id)
  if (id === BAD) return BAD
  const res = residence(v.residence)
  if (res === BAD) return BAD
  const ms = members(v.members)
  if (ms === BAD) return BAD
  const inc = v.incomes === undefined ? [] : incomes(v.incomes)
  if (inc === BAD) return BAD
  const as = assets(v.assets)
  if (as === BAD) return BAD
  const rigidList = v.rigidExpenditures === undefined ? [] : rigidExpenditures(v.rigidExpenditures)
  if (rigidList === BAD) return BAD
  const supporters = v.legalSupporters === undefined ? [] : legalSupporters(v.legalSupporters)
  if (supporters === BAD) return BAD
  const out: Obj = { id, residence: res, members: ms, incomes: inc, assets: as, rigidExpenditures: rigidList, legalSupporters: supporters }
  const x = v.incident
  const y = v.previous
  if (x === undefined && y === undefined) {
    // every key the object enumerates is one of the seven others, each defined (always, for parsed
    // JSON): neither optional key is there as `undefined`, so neither needs its `in` test
    if (keys === 3 + (v.incomes !== undefined ? 1 : 0) + (v.rigidExpenditures !== undefined ? 1 : 0) + (v.legalSupporters !== undefined ? 1 : 0) + 1) return out
  }
  return optional(v, "incident", x, incident, out) && optional(v, "previous", y, previous, out) ? out : BAD
}

/** The first member with the id, or −1 (a scan: a household has a handful of members, and this runs for each of them). */
const indexOfId = (ms: Household["members"], id: string): number => {
  for (let i = 0; i < ms.length; i++) if ((ms[i] as Household["members"][number]).id === id) return i
  return -1
}

/** HouseholdSchema's `superRefine`, on the decoded value: true when it would add no issue. */
const consistent = (h: Household): boolean => {
  const ms = h.members
  let applicants = 0
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Household["members"][number]
    if (indexOfId(ms, m.id) !== i) return false
    if (m.relationship === "applicant") applicants++
    if (m.birthDate === undefined && m.citizenId === undefined) return false
    if (m.birthDate !== undefined && m.citizenId !== undefined) {
      const parsed = parseCitizenId(m.citizenId)
      if (Result.isSuccess(parsed) && parsed.success.birthDate !== m.birthDate) return false
    }
  }
  if (applicants !== 1) return false
  for (const e of h.incomes) if (indexOfId(ms, e.member) < 0) return false
  for (const e of h.rigidExpenditures) if (e.member !== undefined && indexOfId(ms, e.member) < 0) return false
  const own = ownAssetTotals(h.members)
  if (own.declared && (own.financialFen > fenOf(h.assets.financial) || own.residential > h.assets.residentialUnits || own.nonResidential > h.assets.nonResidentialUnits)) return false
  return true
}

/** The decoded household, or `undefined` when zod would report an issue. */
export const fastDecodeHousehold = (u: unknown): Household | undefined => {
  const r = shape(u)
  if (r === BAD) return undefined
  return consistent(r as Household) ? (r as Household) : undefined
}
