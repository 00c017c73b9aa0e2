import { isoDateUnsafe, type IsoDate } from "@minzheng/core"
import { handleMediationCommand, initialMediationState, mediationFlags, type MediationCaseFlags, type MediationEvent, type MediationState } from "@minzheng/mediation"
import { Result } from "effect"

export const d = isoDateUnsafe

export const committee = { id: "chengyang-sme", name: "城阳区中小企业协会人民调解委员会", kind: "social-organisation", region: "370214", hostOrganisation: "城阳区中小企业协会" } as const

export const zhang = { kind: "person", id: "p1", name: "张三", citizenId: "11010519491231002X", phone: "13812345678" } as const
export const company = { kind: "organisation", id: "o1", name: "青岛某商贸有限公司", representative: "李四" } as const
export const li = { kind: "person", id: "p2", name: "李四" } as const

export const startCommand = (date: string, overrides: Record<string, unknown> = {}) => ({
  type: "start",
  date,
  source: "application",
  applicationForm: "written",
  category: "contract",
  committee,
  parties: [zhang, company],
  summary: "张三为青岛某商贸有限公司供货，货款 12000 元逾期未付",
  amountInvolved: "12000.00",
  ...overrides
})

export const contents = (deadline: string, obligorId = "o1") => ({
  facts: "双方于2024年签订供货合同，张三已交货，公司未付货款",
  issues: "货款支付及逾期责任",
  responsibilities: "公司应按约支付货款，张三同意免除逾期利息",
  terms: [{ obligorId, description: "支付货款", amount: "12000.00", manner: "银行转账", deadline }]
})

/** Runs commands in order, failing the test on the first refusal; returns the state and all events. */
export const run = (commands: ReadonlyArray<unknown>, from: MediationState = initialMediationState): { state: MediationState; events: MediationEvent[] } => {
  let state = from
  const events: MediationEvent[] = []
  for (const c of commands) {
    const r = handleMediationCommand(state, c)
    if (Result.isFailure(r)) throw new Error(`command ${JSON.stringify(c)} refused: ${r.failure.message}`)
    state = r.success.state
    events.push(...r.success.events)
  }
  return { state, events }
}

/** Commands that take a two-party contract case to a written agreement in effect on `effectiveOn`. */
export const toAgreement = (startOn: string, effectiveOn: string, deadline = "2025-12-31", extra: Record<string, unknown> = {}) => [
  startCommand(startOn, extra),
  { type: "accept", date: startOn, registrationNumber: "城中调〔2025〕1号" },
  { type: "assign-mediators", date: startOn, selection: "committee-assigned", mediators: [{ id: "m1", name: "王调解" }] },
  { type: "hold-session", date: startOn, openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1", "o1"], rightsExplained: true, record: "告知权利义务；双方陈述；调解员释法说理" },
  { type: "draft-agreement", date: effectiveOn, contents: contents(deadline) },
  { type: "sign-agreement", date: effectiveOn, signature: { by: "party", partyId: "p1", method: "fingerprint" } },
  { type: "sign-agreement", date: effectiveOn, signature: { by: "party", partyId: "o1", method: "seal" } },
  { type: "sign-agreement", date: effectiveOn, signature: { by: "mediator", mediatorId: "m1" } },
  { type: "sign-agreement", date: effectiveOn, signature: { by: "committee-seal" } }
]

export const asDate = (s: string): IsoDate => isoDateUnsafe(s)

/** `mediationFlags`, its typed failure thrown (for tests whose dates the calendar covers). */
export const flagsOf = (...args: Parameters<typeof mediationFlags>): MediationCaseFlags => {
  const r = mediationFlags(...args)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
