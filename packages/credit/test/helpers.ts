import { isoDateUnsafe } from "@minzheng/core"
import { appendEntryUnsafe, Ledger, rongchengVillageScheme, type Scheme } from "@minzheng/credit"

export const schemes = [rongchengVillageScheme]
export const d = isoDateUnsafe
export const collector = { id: "c-01", role: "collector" } as const
export const committee = { id: "v-01", role: "village-committee" } as const

export const award = (key: string, person: string, item: string, date: string, extra: Record<string, unknown> = {}) => ({
  kind: "award",
  key,
  person,
  item,
  date,
  recorder: collector,
  approver: committee,
  evidenceId: `ev-${key}`,
  ...extra
})
export const deduction = (key: string, person: string, item: string, date: string) => ({
  kind: "deduction",
  key,
  person,
  item,
  date,
  recorder: collector,
  approver: committee,
  evidenceId: `ev-${key}`
})
export const build = (inputs: ReadonlyArray<unknown>, s: ReadonlyArray<Scheme> = schemes) => inputs.reduce<Ledger>((l, i) => appendEntryUnsafe(l, s, i).ledger, Ledger.empty())
