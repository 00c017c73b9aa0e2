import fc from "fast-check"

// Near-valid households. Every field is a slot holding a valid value and a defect (a value just
// outside the rule, absent, present as undefined); every object a slot for an undeclared key.
// A run materialises the household with zero, one or two chosen slots defective, so each rule of
// the schema is tested on its own, next to an otherwise valid household, on both sides.
const ABSENT = Symbol("absent")
class Slot {
  constructor(
    readonly good: unknown,
    readonly bad: unknown
  ) {}
}
class Template {
  constructor(
    readonly fields: Record<string, unknown>,
    readonly extra: Slot
  ) {}
}
const field = (valid: fc.Arbitrary<unknown>, invalid: fc.Arbitrary<unknown>) =>
  fc.tuple(valid, fc.oneof({ weight: 3, arbitrary: invalid }, fc.constant(ABSENT), fc.constant(undefined))).map(([g, b]) => new Slot(g, b))
/** An optional field: its valid value, or absent (`absentWeight` to 1). */
const opt = (valid: fc.Arbitrary<unknown>, invalid: fc.Arbitrary<unknown>, absentWeight = 1) =>
  field(fc.oneof({ weight: 1, arbitrary: valid }, { weight: absentWeight, arbitrary: fc.constant(ABSENT) }), invalid)
const junk = fc.oneof(fc.constantFrom(null, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "", " ", "x", true, [], {}), fc.anything({ maxDepth: 1 }))
const extraKey = fc.constantFrom("income", "illness", "__proto__", "constructor", "toString", "Id", "")
const objectOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.tuple(fc.record(fields), fc.tuple(extraKey, junk)).map(([r, extra]) => new Template(r, new Slot(null, extra)))
const arrayOf = (item: fc.Arbitrary<unknown>, maxLength = 4) => fc.array(item, { maxLength })

export const slots = (t: unknown): number =>
  t instanceof Slot
    ? 1 + slots(t.good)
    : t instanceof Template
      ? Object.values(t.fields).reduce((n: number, v) => n + slots(v), 1)
      : Array.isArray(t)
        ? t.reduce((n: number, v) => n + slots(v), 0)
        : 0
/** Builds the value, with the slots numbered in `defective` (in walk order) taking their defect. */
export const materialise = (t: unknown, defective: ReadonlySet<number>, counter = { n: 0 }): unknown => {
  if (t instanceof Slot) return materialise(defective.has(counter.n++) ? t.bad : t.good, defective, counter)
  if (t instanceof Template) {
    const o: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(t.fields)) {
      const x = materialise(v, defective, counter)
      if (x !== ABSENT) o[k] = x
    }
    const extra = materialise(t.extra, defective, counter) as [string, unknown] | null
    if (extra !== null) Object.defineProperty(o, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true })
    return o
  }
  return Array.isArray(t) ? t.map((v) => materialise(v, defective, counter)) : t
}

const id = fc.constantFrom("a", "a", "a", "b")
const text = fc.oneof(fc.constantFrom("李四", "王五", "x"), fc.string({ minLength: 1, maxLength: 4 }))
const yuan = fc.oneof(fc.constantFrom("0", "0.5", "865.50", "1234567890123.99"), fc.integer({ min: 0, max: 999_999 }).map((f) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, "0")}`))
const badYuan = fc.constantFrom("-1", "1.234", "12345678901234", "1.", ".5", "1,000", " 1", 12.5)
const date = fc.constantFrom("1950-01-01", "2024-02-29", "1980-06-15", "2012-04-20", "1949-12-31", "2199-12-31", "1900-01-01")
const badDate = fc.constantFrom("2025-02-29", "1899-12-31", "2200-01-01", "2025-13-01", "2025-1-01", "20250101")
const month = fc.constantFrom("2024-08", "2024-10", "2025-01", "2025-02", "2025-03")
const badMonth = fc.constantFrom("2025-13", "2025-00", "2025-1", "2025/01")
// 11010519491231002X is a valid ID (born 1949-12-31); the variants check trimming and case.
const cid = fc.constantFrom("11010519491231002X", " 11010519491231002x ", "11010519491231002x")
const badCid = fc.constantFrom("110105194912310021", "1101051949123100", "11010519491331002X")
const bool = fc.boolean()
const badBool = fc.constantFrom("true", 1, 0, null)
const disability = objectOf({
  category: field(fc.constantFrom("visual", "hearing", "speech", "physical", "intellectual", "mental", "multiple"), fc.constantFrom("blind", "")),
  grade: field(fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, 5, 1.5, "2"))
})
// Members: the applicant first, the others with other ids and relationships (each still mutated
// like any field); a citizen ID usually alone, sometimes with a birth date that may disagree.
const memberOf = (ids: fc.Arbitrary<string>, relationships: fc.Arbitrary<string>, wrong: string) => objectOf({
  id: field(ids, fc.constantFrom("", 1, "a")),
  name: opt(text, fc.constantFrom("", 7)),
  relationship: field(relationships, fc.constantFrom("self", "", wrong)),
  citizenId: fc.oneof({ weight: 8, arbitrary: fc.constant(ABSENT) }, { weight: 1, arbitrary: field(cid, badCid) }),
  birthDate: field(date, badDate),
  sex: opt(fc.constantFrom("male", "female"), fc.constantFrom("m", "")),
  hukouRegion: opt(fc.constantFrom("370213", "370215", "110105", "000000"), fc.constantFrom("370000x", "990000", "370013")),
  absence: opt(fc.constantFrom("clergy-away", "in-prison", "compulsory-rehabilitation", "declared-missing", "province-excluded"), fc.constantFrom("away"), 6),
  livesTogether: opt(bool, badBool),
  canLiveIndependently: opt(bool, badBool),
  disability: opt(disability, junk),
  seriousIllness: opt(bool, badBool),
  education: opt(fc.constantFrom("preschool", "primary", "junior-secondary", "senior-secondary", "vocational-secondary", "higher-vocational", "undergraduate", "postgraduate"), fc.constantFrom("phd")),
  labourCapacity: opt(fc.constantFrom("full", "partial", "none"), fc.constantFrom("some")),
  employed: opt(bool, badBool),
  selfCareLevel: opt(fc.constantFrom("capable", "partially-lost", "fully-lost"), fc.constantFrom("lost")),
  incapacity: opt(fc.constantFrom("mild", "moderate", "severe"), fc.constantFrom("none")),
  circumstances: opt(arrayOf(fc.constantFrom("orphan", "single-parent-child", "elderly-alone", "guardianship-lacking", "de-facto-unsupported-child"), 2), fc.constantFrom(["orphan", "x"], "orphan")),
  tekun: opt(bool, badBool),
  dibaoRecipient: opt(bool, badBool)
})
const members = fc
  .tuple(memberOf(fc.constant("a"), fc.constant("applicant"), "spouse"), fc.subarray(["b", "c", "d"]))
  .chain(([applicant, others]) =>
    fc.tuple(fc.constant(applicant), ...others.map((o) => memberOf(fc.constant(o), fc.constantFrom("spouse", "child", "parent", "grandparent", "grandchild", "sibling", "other"), "applicant")))
  )
export const nearValidHousehold = objectOf({
  id: field(fc.constantFrom("h1", "LC-1"), fc.constantFrom("", 1)),
  residence: field(objectOf({ region: field(fc.constantFrom("370213", "440605"), fc.constantFrom("37021", "")), area: field(fc.constantFrom("urban", "rural"), fc.constantFrom("city")) }), junk),
  members: field(members, fc.constantFrom([], [null])),
  incomes: field(
    arrayOf(
      objectOf({
        member: field(id, fc.constantFrom("", 3)),
        category: field(fc.constantFrom("wages", "business", "property", "transfer-in", "transfer-out", "other", "reward", "basic-pension", "preferential-care"), fc.constantFrom("salary")),
        amount: field(yuan, badYuan),
        month: opt(month, badMonth)
      })
    ),
    junk
  ),
  assets: field(
    objectOf({
      financial: field(yuan, badYuan),
      vehicles: field(arrayOf(objectOf({ value: field(yuan, badYuan), exemption: field(fc.constantFrom("disability-mobility", "livelihood", "medical"), fc.constantFrom("work")) }), 2), junk),
      residentialUnits: field(fc.integer({ min: 0, max: 3 }), fc.constantFrom(-1, 1.5, "1")),
      nonResidentialUnits: field(fc.integer({ min: 0, max: 2 }), fc.constantFrom(-1, 0.5))
    }),
    junk
  ),
  rigidExpenditures: field(
    arrayOf(
      objectOf({
        kind: field(fc.constantFrom("living", "medical", "education", "rehabilitation", "other"), fc.constantFrom("food")),
        member: field(id, fc.constantFrom("")),
        month: field(month, badMonth),
        amount: field(yuan, badYuan)
      }),
      2
    ),
    junk
  ),
  legalSupporters: field(
    arrayOf(
      objectOf({
        name: field(text, fc.constantFrom("")),
        relationship: field(fc.constantFrom("spouse", "child", "parent", "grandparent", "grandchild", "sibling", "other"), fc.constantFrom("applicant")),
        birthDate: field(date, badDate),
        tekun: field(bool, badBool),
        dibaoRecipient: field(bool, badBool),
        disability: field(disability, junk),
        annualIncome: field(yuan, badYuan),
        assetsWithinLowIncomeRules: field(bool, badBool),
        noLegalCapacity: field(bool, badBool),
        declaredMissing: field(bool, badBool),
        imprisoned: field(bool, badBool)
      }),
      2
    ),
    junk
  ),
  incident: opt(
    objectOf({
      type: field(fc.constantFrom("emergency", "expenditure"), fc.constantFrom("sudden")),
      cause: field(fc.constantFrom("fire", "traffic-accident", "sudden-illness", "disaster", "medical", "education", "other"), fc.constantFrom("flood")),
      severity: field(fc.constantFrom("general", "serious", "major"), fc.constantFrom("minor")),
      date: field(date, badDate),
      expenditure: field(yuan, badYuan)
    }),
    junk
  ),
  previous: opt(
    objectOf({
      programme: field(fc.constantFrom("dibao", "tekun"), fc.constantFrom("edge")),
      since: field(date, badDate),
      monthlyAmount: field(yuan, badYuan),
      gradualExitFrom: field(date, badDate)
    }),
    junk
  )
})

