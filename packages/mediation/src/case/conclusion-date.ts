/**
 * When a mediation case concluded: read from its replayed state.
 *
 * @module
 */
import type { IsoDate } from "@minzheng/core"
import { requireMediationState } from "../internal/state-guard.js"
import type { MediationState } from "./state.js"

/**
 * The date a case concluded (agreement in effect, failure, withdrawal or refusal to accept).
 * `undefined` is the normal answer for a case not yet concluded (still registered or in
 * mediation) — never a failure.
 *
 * @example
 * ```ts
 * import { conclusionDate, initialMediationState } from "@minzheng/mediation"
 * conclusionDate(initialMediationState) //=> undefined
 * ```
 * @throws `InvalidInput` when `s` is not a case state
 * @category getters
 * @since 0.1.0
 */
export const conclusionDate = (s: MediationState): IsoDate | undefined => {
  requireMediationState(s)
  return s.agreement?.effectiveOn ?? s.failure?.date ?? s.withdrawal?.date ?? s.declined?.date
}
