/**
 * The identities social assistance has already found in hardship (经济困难): every status of the
 * 低收入人口 of 国办发〔2023〕39号 (低保对象、特困人员、防止返贫监测对象、低保边缘家庭成员、刚性支出困难
 * 家庭成员) and 淄博's 农村建档立卡贫困家庭、即时帮扶人口. A 临时救助对象 is not counted: 临时救助 is
 * one-off help, not a finding of lasting hardship. Shared by the service lists and the care plans.
 *
 * @internal
 * @module
 */
import type { CareIdentity } from "../entitlement/decision-table.js"

/** @internal */
export const HARDSHIP_IDENTITIES: ReadonlySet<CareIdentity> = new Set<CareIdentity>([
  "tekun",
  "dibao",
  "poverty-monitored",
  "dibao-edge",
  "rigid-expenditure",
  "poverty-registered",
  "instant-assistance"
])
