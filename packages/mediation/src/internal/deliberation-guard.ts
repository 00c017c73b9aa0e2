/**
 * The shapes of the two deliberation states, as their deadline and ledger functions read them
 * (not public). The lists of allowed values come from `../deliberation/model.ts` and are built
 * on first use.
 */
import type { Issue } from "@minzheng/core"
import { CONSULTATION_STEP_NAMES, QUESTION_HANDLING_NAMES, SUNSHINE_STAGE_NAMES } from "../deliberation/model.js"
import { arrayOf, type Check, fieldIssues, fields, isArray, isDate, isObject, isString, oneOf, optional } from "./guard.js"

type Spec = ReadonlyArray<readonly [string, Check]>

const build = (): { readonly consultation: Spec; readonly sunshine: Spec } => ({
  consultation: [
    ["step", oneOf(Object.keys(CONSULTATION_STEP_NAMES))],
    // the deadline reads the `proposed` event's date
    ["history", arrayOf((e) => isObject(e) && isString(e["type"]) && (e["type"] !== "proposed" || isDate(e["date"])))],
    ["lastDate", optional(isDate)]
  ],
  sunshine: [
    ["stage", oneOf(Object.keys(SUNSHINE_STAGE_NAMES))],
    [
      "items",
      arrayOf(
        fields({
          itemId: isString,
          handling: oneOf(Object.keys(QUESTION_HANDLING_NAMES)),
          closedOn: optional(isDate),
          fourFixes: optional(fields({ deadline: isDate }))
        })
      )
    ],
    ["evaluations", isArray],
    ["heldOn", optional(isDate)],
    ["lastDate", optional(isDate)]
  ]
})

let specs: ReturnType<typeof build> | undefined

export const consultationStateIssues = (u: unknown, path: ReadonlyArray<string | number> = ["state"]): ReadonlyArray<Issue> =>
  fieldIssues(u, path, (specs ??= build()).consultation, "not_a_consultation_state", "不是有效的议事协商议题状态（应由事件重放得到）", "not a valid consultation topic state (replay its events to get one)")

export const sunshineStateIssues = (u: unknown, path: ReadonlyArray<string | number> = ["state"]): ReadonlyArray<Issue> =>
  fieldIssues(u, path, (specs ??= build()).sunshine, "not_a_sunshine_state", "不是有效的阳光报告会状态（应由事件重放得到）", "not a valid sunshine report meeting state (replay its events to get one)")
