/**
 * Free text in the case documents hides no personal number: a phone or citizen ID typed into the
 * dispute summary, a session record, the visit notes or the agreement's facts is masked by core's
 * `maskPersonalNumbers` in the document data and in its Chinese text (issue 15).
 */
import {
  agreementDocument,
  followUpDocument,
  registrationDocument,
  renderAgreementZh,
  renderFollowUpZh,
  renderRegistrationZh,
  renderSessionRecordZh,
  sessionRecordDocument
} from "@minzheng/mediation"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { contents, run, startCommand, toAgreement } from "./fixtures.js"

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(String(r.failure))
  return r.success
}

// The forms the issue found printed in full, each with the digits that must not appear.
const HIDDEN: ReadonlyArray<readonly [string, string]> = [
  ["联系电话 138-1234-5678", "12345678"],
  ["手机 138 1234 1234", "12341234"],
  ["+8613812341234", "13812341234"],
  ["身份证 110105 19491231 002X", "19491231"],
  ["身份证号１１０１０５１９４９１２３１００２Ｘ", "１９４９１２３１"]
]
const text = HIDDEN.map(([t]) => t).join("；")
const noneShown = (s: string) => {
  for (const [, digits] of HIDDEN) expect(s).not.toContain(digits)
  expect(s.replace(/\D/g, "")).not.toContain("13812345678")
}

describe("numbers written into free text are masked in every case document", () => {
  const commands = toAgreement("2025-03-03", "2025-03-11", "2025-04-30")
  const withText = [
    startCommand("2025-03-03", { summary: `货款纠纷；${text}` }),
    ...commands.slice(1, 3),
    { ...(commands[3] as object), record: `当事人陈述：${text}` },
    { type: "draft-agreement", date: "2025-03-11", contents: { ...contents("2025-04-30"), facts: `张三（${text}）已交货` } },
    ...commands.slice(5),
    { type: "record-follow-up", date: "2025-05-06", visitor: "王调解", performance: "performed", notes: `回访电话 ${text}` }
  ]
  const state = run(withText).state

  it("调解登记: the dispute summary (data and text)", () => {
    const doc = ok(registrationDocument(state))
    noneShown(JSON.stringify(doc))
    const zh = renderRegistrationZh(doc)
    noneShown(zh)
    expect(zh).toContain("138****5678")
    expect(zh).toContain("110105********002X")
  })

  it("调解笔录: the session record", () => {
    const doc = ok(sessionRecordDocument(state, 0))
    noneShown(JSON.stringify(doc))
    noneShown(renderSessionRecordZh(doc))
  })

  it("回访记录: the visit notes", () => {
    const doc = ok(followUpDocument(state, 0))
    noneShown(JSON.stringify(doc))
    noneShown(renderFollowUpZh(doc))
  })

  it("调解协议书: the facts — also on the copy with the parties' ID numbers in full", () => {
    noneShown(renderAgreementZh(ok(agreementDocument(state))))
    const full = renderAgreementZh(ok(agreementDocument(state, { idNumbers: "full" })))
    expect(full).toContain("身份证号：11010519491231002X") // the party's own field, which the copy legally needs
    expect(full).not.toContain("19491231 002X")
    expect(full).toContain("张三（")
  })

  it("a document built by hand is masked by its renderer too", () => {
    const doc = ok(sessionRecordDocument(state, 0))
    noneShown(renderSessionRecordZh({ ...doc, record: text, attending: ["13812345678"] }))
  })

  it("property: a phone written with any separators in a session record never prints in full", () => {
    const sep = fc.constantFrom("", " ", "-", "　", "—", ".")
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), sep, sep, (n, a, b) => {
        const digits = `139${String(n).padStart(8, "0")}`
        const phone = `${digits.slice(0, 3)}${a}${digits.slice(3, 7)}${b}${digits.slice(7)}`
        const doc = ok(sessionRecordDocument(state, 0))
        const out = renderSessionRecordZh({ ...doc, record: `电话：${phone}。` })
        expect(out.replace(/\D/g, "")).not.toContain(digits)
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) }
    )
  })
})
