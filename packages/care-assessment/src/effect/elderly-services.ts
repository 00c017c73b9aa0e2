/**
 * The Effect layer of the service lists and care plans: {@link entitledServicesEffect} and
 * {@link makeCarePlanEffect} call the pure functions and fail with their typed errors; a missing
 * date is core's `Today`.
 *
 * @module
 */
import { decodeEffect, type InvalidInput, type IsoDate, IsoDateSchema, type ParameterMissing, Today } from "@minzheng/core"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import { type CarePlan, type CarePlanOptions, makeCarePlan } from "../care-plan/care-plan.js"
import { entitledServices, type ServiceEntitlements } from "../elderly-services/entitled-services.js"

/**
 * The services a person is entitled to (see {@link entitledServices}), on `asOf` or, when absent,
 * on core's `Today`.
 *
 * @example
 * ```ts
 * import { entitledServicesEffect, NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
 * import { isoDateUnsafe, todayLayer } from "@minzheng/core"
 * import { Effect } from "effect"
 * const e = Effect.runSync(entitledServicesEffect(NATIONAL_BASIC_ELDERLY_SERVICES_2023, { birthDate: "1945-06-01" }).pipe(Effect.provide(todayLayer(isoDateUnsafe("2025-06-01")))))
 * e.entitled.some((s) => s.item === "high-age-allowance") //=> true
 * ```
 * @category effect
 * @since 0.1.0
 */
export const entitledServicesEffect = (list: unknown, person: unknown, asOf?: unknown): Effect.Effect<ServiceEntitlements, InvalidInput | ParameterMissing> =>
  Effect.gen(function* () {
    const date: IsoDate = asOf === undefined ? yield* Effect.service(Today) : yield* decodeEffect(IsoDateSchema, asOf)
    const r = entitledServices(list, person, date)
    return Result.isSuccess(r) ? r.success : yield* Effect.fail(r.failure)
  })

/**
 * A care plan (see {@link makeCarePlan}) as an Effect failing with `InvalidInput`.
 *
 * @example
 * ```ts
 * import { makeCarePlanEffect } from "@minzheng/care-assessment"
 * import { Effect } from "effect"
 * const plan = Effect.runSync(makeCarePlanEffect({
 *   person: { birthDate: "1947-03-12", identity: "dibao" },
 *   assessment: { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", level: "moderate" },
 *   setting: "home", needs: ["daily-living"], asOf: "2025-06-01"
 * }))
 * plan.monthlyFreeHours //=> 30
 * ```
 * @category effect
 * @since 0.1.0
 */
export const makeCarePlanEffect = (request: unknown, options: CarePlanOptions = {}): Effect.Effect<CarePlan, InvalidInput> =>
  Effect.suspend(() => {
    const r = makeCarePlan(request, options)
    return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)
  })
