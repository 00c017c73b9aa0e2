/**
 * `minzheng policy check`: resolves every relief parameter of a bundle for a region and a date,
 * and lists what is missing, which values are illustrative and which are carried forward past
 * their text's own period (沿用：原文期限已届满，尚未见新规定).
 *
 * @internal
 * @module
 */
import { CARRIED_FORWARD_NOTE, formatCitation, resolveParameters } from "@minzheng/core"
import { RELIEF_PARAMETERS, validateReliefBundle } from "@minzheng/relief"
import { Effect, Result } from "effect"
import { Command } from "effect/cli"
import { CliFailure } from "../cli-failure.js"
import { printError, printOut } from "../io/output.js"
import { renderTable } from "../io/table.js"
import { describeError, describeIssues } from "../internal/describe.js"
import { BUILTIN_BUNDLES, loadPolicy } from "../internal/policy-source.js"
import { dateFlag, jsonFlag, policyFlag, regionFlag } from "./flags.js"

const valueText = (v: unknown): string => JSON.stringify(v) ?? String(v)

/** The Chinese label of a relief parameter by its bundle name (the name itself when unknown). */
const LABEL_ZH = new Map<string, string>(Object.values(RELIEF_PARAMETERS).map((d) => [d.name, d.label.zh]))

const check = Command.make(
  "check",
  { policy: policyFlag, region: regionFlag, asOf: dateFlag("as-of", "the date the parameters must hold on"), json: jsonFlag },
  ({ policy, region, asOf, json }) =>
    Effect.gen(function* () {
      const bundle = yield* loadPolicy(policy)
      const r = resolveParameters(bundle, RELIEF_PARAMETERS, region, asOf)
      const head = `policy ${bundle.id}@${bundle.version} for ${region} on ${asOf}`
      if (Result.isFailure(r)) {
        const problems = r.failure.problems
        if (json) {
          yield* printOut(
            `${JSON.stringify({ bundle: bundle.id, version: bundle.version, region, asOf, complete: false, problems: problems.map((p) => ({ tag: p._tag, message: p.message, messageZh: p.messageZh, ...(p._tag === "ParameterMissing" ? { parameter: p.name, reason: p.reason } : { issues: p.issues }) })) })}\n`
          )
        }
        for (const p of problems) {
          yield* printError(p._tag === "ParameterMissing" ? `${head}, parameter ${p.name}: ${describeError(p)}` : `${head}: ${describeIssues(p.issues)}`)
        }
        return yield* Effect.fail(new CliFailure({ exitCode: 3, message: `${head}: incomplete, ${problems.length} problem(s)`, reported: true }))
      }
      const params = Object.values(r.success)
      const illustrative = params.filter((p) => p.illustrative).length
      // The values whose text's own period has ended with no successor found: relief's BundleReport.
      const report = validateReliefBundle(bundle, region, asOf)
      const carriedForward = Result.isSuccess(report) ? report.success.carriedForward : params.filter((p) => p.kind === "carried-forward").map((p) => p.name)
      if (json) {
        yield* printOut(
          `${JSON.stringify({
            bundle: bundle.id,
            version: bundle.version,
            region,
            asOf,
            complete: true,
            parameters: params.map((p) => ({
              name: p.name,
              value: p.value,
              region: p.region,
              effectiveFrom: p.effectiveFrom,
              illustrative: p.illustrative,
              carriedForward: carriedForward.includes(p.name),
              source: p.source
            })),
            carriedForward: carriedForward.map((name) => ({ parameter: name, label: LABEL_ZH.get(name) ?? name, note: CARRIED_FORWARD_NOTE }))
          })}\n`
        )
        return
      }
      const table = renderTable(
        [{ title: "parameter 参数" }, { title: "value 取值", width: 34 }, { title: "region" }, { title: "from 起" }, { title: "source 来源", width: 40 }],
        params.map((p) => [p.name, valueText(p.value), p.region, p.effectiveFrom, `${p.illustrative ? "[示例] " : carriedForward.includes(p.name) ? "[沿用] " : ""}${formatCitation(p.source)}`])
      )
      const carried = carriedForward.map((name) => `${name}（${LABEL_ZH.get(name) ?? name}）：${CARRIED_FORWARD_NOTE.zh}\n`).join("")
      yield* printOut(
        `${table}\n${carried}${head}: complete — ${params.length} parameters, ${illustrative} illustrative, ${carriedForward.length} carried forward（参数齐全，其中示例值 ${illustrative} 项，沿用 ${carriedForward.length} 项）\n`
      )
    })
).pipe(
  Command.withDescription(
    "Resolve every relief parameter of a policy bundle for a region and a date: exit 0 when the bundle is complete (listing the values carried forward past their text's period: 沿用：原文期限已届满，尚未见新规定), 3 with one line per missing or invalid parameter."
  ),
  Command.withExamples([
    { command: "minzheng policy check --policy qingdao-licang --region 370213 --as-of 2025-03-15", description: "check a built-in bundle" },
    { command: "minzheng policy check --policy ./my-bundle.json --region 370202 --as-of 2025-07-01 --json", description: "check your own bundle file, JSON output" }
  ])
)

/** `minzheng policy` */
export const policyCommand = Command.make("policy").pipe(
  Command.withDescription(`Policy bundles (参数包). Built-in bundles: ${[...BUILTIN_BUNDLES.keys()].join(", ")}.`),
  Command.withSubcommands([check])
)
