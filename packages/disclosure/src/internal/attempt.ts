/**
 * Runs a pure function that throws only typed errors as an Effect: its typed errors become
 * failures; anything else (a bug) stays a defect.
 */
import { CalendarYearNotCovered, InvalidInput } from "@minzheng/core"
import { Effect } from "effect"

export const attempt = <A>(f: () => A): Effect.Effect<A, InvalidInput | CalendarYearNotCovered> =>
  Effect.suspend(() => {
    try {
      return Effect.succeed(f())
    } catch (e) {
      if (e instanceof InvalidInput || e instanceof CalendarYearNotCovered) return Effect.fail(e)
      return Effect.die(e)
    }
  })
