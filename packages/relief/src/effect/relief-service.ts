/**
 * The Effect shell: the policy bundle as a service, the determination date from core's `Today`,
 * and a decode → resolve → determine program with typed errors. It calls the pure core and
 * reimplements nothing.
 *
 * @module
 */
import { InvalidInput, type PolicyBundle, type PolicyBundleIncomplete, Today, issue } from "@minzheng/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import type { HouseholdDetermination } from "../determination/determination.js"
import { determine } from "../determination/determine.js"
import { decodeHousehold } from "../household/household.js"
import { resolveReliefPolicy } from "../params/policy.js"

/**
 * The service supplying the policy bundle relief determinations use.
 *
 * @example
 * ```ts
 * import { ReliefPolicySource, LICANG_BUNDLE } from "@minzheng/relief"
 * const layer = ReliefPolicySource.layer(LICANG_BUNDLE)
 * ```
 * @category effect
 * @since 0.1.0
 */
export class ReliefPolicySource extends Context.Service<ReliefPolicySource, { readonly bundle: PolicyBundle }>()("@minzheng/relief/ReliefPolicySource") {
  /**
   * A layer serving one bundle.
   *
   * @example
   * ```ts
   * import { ReliefPolicySource, JIMO_BUNDLE } from "@minzheng/relief"
   * ReliefPolicySource.layer(JIMO_BUNDLE)
   * ```
   */
  static layer(bundle: PolicyBundle): Layer.Layer<ReliefPolicySource> {
    return Layer.succeed(ReliefPolicySource, { bundle })
  }
}

/**
 * Decodes an untrusted household, resolves the bundle for its region and `Today`, and determines
 * every programme: fails with `InvalidInput` (every problem listed) or `PolicyBundleIncomplete`
 * (every missing parameter listed).
 *
 * @example
 * ```ts
 * import { determineEffect, ReliefPolicySource, LICANG_BUNDLE } from "@minzheng/relief"
 * import { todayLayer, isoDateUnsafe } from "@minzheng/core"
 * import { Effect, Layer } from "effect"
 * const program = determineEffect({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "a", relationship: "applicant", birthDate: "1980-01-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * const layer = Layer.mergeAll(ReliefPolicySource.layer(LICANG_BUNDLE), todayLayer(isoDateUnsafe("2025-03-15")))
 * Effect.runSync(Effect.provide(program, layer)).programmes.dibao.amount.toString() //=> "1050.00"
 * ```
 * @category effect
 * @since 0.1.0
 */
export const determineEffect = (
  input: unknown,
  options: { readonly explain?: boolean } = {}
): Effect.Effect<HouseholdDetermination, InvalidInput | PolicyBundleIncomplete, ReliefPolicySource> =>
  Effect.gen(function* () {
    const explain = (options as { explain?: unknown } | null)?.explain
    if (typeof options !== "object" || options === null || (explain !== undefined && typeof explain !== "boolean")) {
      return yield* Effect.fail(new InvalidInput({ issues: [issue(["options"], "invalid_options", "选项应为对象，explain 为布尔值", "options must be an object with a boolean explain")] }))
    }
    const source = yield* ReliefPolicySource
    const today = yield* Today
    const decoded = decodeHousehold(input)
    if (Result.isFailure(decoded)) return yield* Effect.fail(decoded.failure)
    const policy = resolveReliefPolicy(source.bundle, decoded.success.residence.region, today)
    if (Result.isFailure(policy)) return yield* Effect.fail(policy.failure)
    const r = determine(decoded.success, policy.success, { explain: explain !== false })
    if (Result.isFailure(r)) return yield* Effect.fail(r.failure)
    return r.success
  })
