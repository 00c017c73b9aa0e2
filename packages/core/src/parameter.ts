/**
 * Parameters over time (after OpenFisca's parameter files): an amount or threshold that differs
 * by region and changes by date is never a literal in rule code. It is a series of dated entries
 * per region code, each with its source; `null` ends a series. A policy bundle is a named,
 * versioned set of series that a run validates as a whole before it starts.
 *
 * ```json
 * { "dibao.urbanStandard": { "label": { "zh": "城市低保标准", "en": "urban dibao standard" },
 *     "unit": "CNY/month",
 *     "values": { "370200": [ { "effectiveFrom": "2024-07-01", "value": "1050.00",
 *         "source": { "document": "青岛市民政局 …", "note": "illustrative" }, "illustrative": true } ] } } }
 * ```
 *
 * @module
 */
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { CitationSchema, type Citation } from "./citation.js"
import { isIsoDate, IsoDateSchema, type IsoDate } from "./date.js"
import { closestName as closestKnown } from "./csv.js"
import { decode, issue } from "./decode.js"
import type { Issue } from "./issue.js"
import { InvalidInput, ParameterMissing, PolicyBundleIncomplete } from "./errors.js"
import { type RegionCode, RegionCodeSchema, regionChain, isRegionCode } from "./region.js"
import { isZodSchema } from "./internal/zod-schema.js"
import type { Bilingual } from "./text.js"

const BilingualSchema = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) })

/**
 * Zod schema of one dated entry of a parameter series.
 *
 * @example
 * ```ts
 * import { ParameterEntrySchema } from "@minzheng/core"
 * ParameterEntrySchema.parse({ effectiveFrom: "2024-07-01", value: "1050.00", source: { document: "x" } }).value //=> "1050.00"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ParameterEntrySchema = z
  .strictObject({
    effectiveFrom: IsoDateSchema,
    value: z.unknown().check(z.refine((v) => v !== undefined, { params: { zh: "缺少取值（停止适用请用 null）", en: "missing value (use null to end a series)" } })),
    source: CitationSchema,
    illustrative: z.optional(z.boolean()),
    carriedForward: z.optional(z.boolean())
  })
  .check(
    z.refine((e) => !(e.illustrative === true && e.carriedForward === true), {
      params: {
        zh: "同一取值不能既是示例数据又是沿用值",
        en: "a value cannot be both illustrative and carried forward"
      },
      path: ["carriedForward"]
    })
  )

/**
 * One dated entry: from `effectiveFrom` on, the value is `value` (or, for `null`, the parameter no
 * longer applies), according to `source`. `illustrative` marks a figure that is not cited.
 * `carriedForward` marks a value whose text has run out (its own period ended, e.g. "十四五期间")
 * with no successor found: the value is carried forward from `source` so that runs after the end
 * still resolve, and every explanation says so ({@link CARRIED_FORWARD_NOTE}). A locality
 * overrides it with its own dated entry.
 *
 * @example
 * ```ts
 * import type { ParameterEntry } from "@minzheng/core"
 * const e: ParameterEntry = { effectiveFrom: "2024-07-01" as any, value: "1050.00", source: { document: "x" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ParameterEntry {
  readonly effectiveFrom: IsoDate
  readonly value: unknown
  readonly source: Citation
  readonly illustrative?: boolean
  readonly carriedForward?: boolean
}

/**
 * Zod schema of a parameter series: its label, unit and entries per region code.
 *
 * @example
 * ```ts
 * import { ParameterSeriesSchema } from "@minzheng/core"
 * ParameterSeriesSchema.safeParse({ values: { "370200": [] } }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ParameterSeriesSchema = z.strictObject({
  label: z.optional(BilingualSchema),
  unit: z.optional(z.string()),
  description: z.optional(z.string()),
  values: z.record(RegionCodeSchema, z.array(ParameterEntrySchema))
})

/**
 * A parameter series: entries per region code ({@link NATIONWIDE} for the national default).
 *
 * @example
 * ```ts
 * import type { ParameterSeries } from "@minzheng/core"
 * const s: ParameterSeries = { unit: "days", values: { "000000": [{ effectiveFrom: "2021-07-01" as any, value: 7, source: { document: "最低生活保障审核确认办法", article: "第十九条" } }] } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ParameterSeries {
  readonly label?: Bilingual
  readonly unit?: string
  readonly description?: string
  readonly values: Readonly<Record<string, ReadonlyArray<ParameterEntry>>>
}

/**
 * Zod schema of a {@link PolicyBundle}.
 *
 * @example
 * ```ts
 * import { PolicyBundleSchema } from "@minzheng/core"
 * PolicyBundleSchema.safeParse({ id: "x", version: "1", label: { zh: "示例", en: "example" }, parameters: {} }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const PolicyBundleSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    version: z.string().check(z.minLength(1)),
    label: BilingualSchema,
    extends: z.optional(z.string().check(z.minLength(1))),
    derivedFrom: z.optional(z.string().check(z.minLength(1))),
    illustrative: z.optional(z.boolean()),
    description: z.optional(z.string()),
    parameters: z.record(z.string().check(z.minLength(1)), ParameterSeriesSchema)
  })
  .check(z.superRefine((b, ctx) => {
    for (const [name, series] of Object.entries(b.parameters)) {
      for (const [region, entries] of Object.entries(series.values)) {
        const seen = new Set<string>()
        entries.forEach((e, i) => {
          if (seen.has(e.effectiveFrom)) {
            ctx.addIssue({
              code: "custom",
              path: ["parameters", name, "values", region, i, "effectiveFrom"],
              params: { zh: `生效日期 ${e.effectiveFrom} 重复`, en: `effective date ${e.effectiveFrom} appears twice` }
            })
          }
          seen.add(e.effectiveFrom)
        })
      }
    }
  }))

/**
 * A policy bundle: a named, versioned set of parameter series (e.g. `qingdao-licang-2024`).
 * `illustrative` marks a bundle whose figures are examples unless an entry cites a source.
 *
 * @example
 * ```ts
 * import { definePolicyBundleUnsafe } from "@minzheng/core"
 * const bundle = definePolicyBundleUnsafe({
 *   id: "example",
 *   version: "2025.1",
 *   label: { zh: "示例参数包", en: "example bundle" },
 *   illustrative: true,
 *   parameters: {
 *     "notice.days": { unit: "days", values: { "000000": [{ effectiveFrom: "2021-07-01", value: 7, source: { document: "最低生活保障审核确认办法", article: "第十九条" } }] } }
 *   }
 * })
 * bundle.id //=> "example"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface PolicyBundle {
  readonly id: string
  readonly version: string
  readonly label: Bilingual
  /**
   * Input only: the id of a base bundle to start from (JSON `"extends"`, resolved by
   * {@link definePolicyBundle} against `options.bases`). A defined bundle never carries it: it
   * holds the merged series and names its base in `derivedFrom`.
   */
  readonly extends?: string
  /** The id of the bundle this one was derived from ({@link derivePolicyBundle}, JSON `"extends"`). */
  readonly derivedFrom?: string
  readonly illustrative?: boolean
  readonly description?: string
  readonly parameters: Readonly<Record<string, ParameterSeries>>
}

/**
 * Options of {@link definePolicyBundle}.
 *
 * @example
 * ```ts
 * import type { DefinePolicyBundleOptions } from "@minzheng/core"
 * const options: DefinePolicyBundleOptions = { bases: [], knownParameters: ["dibao.standard.urban"] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface DefinePolicyBundleOptions {
  /** The bundles a JSON `"extends": "<id>"` may name (e.g. a package's shipped bundles). */
  readonly bases?: ReadonlyArray<PolicyBundle>
  /**
   * Parameter names a derived bundle may add beyond those of its base (e.g. every parameter a
   * package reads). Any other name is refused, with the nearest known name offered: a misspelt
   * override silently ignored would leave the base's value deciding.
   */
  readonly knownParameters?: ReadonlyArray<string>
}

/** The words of a parameter name, lower-cased and sorted: `dibao.urbanStandard` → `dibao standard urban`. */
const words = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[.\s_-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase())
    .sort()
    .join(" ")

/** The known parameter nearest a misspelt one: a close spelling, or the same words in another order. */
const nearestParameter = (name: string, known: ReadonlyArray<string>): string | undefined => {
  const close = closestKnown(name, known)
  if (close !== undefined) return close
  const w = words(name)
  return known.find((k) => words(k) === w)
}

const sortEntries = (entries: ReadonlyArray<ParameterEntry>): ParameterEntry[] =>
  [...entries].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0))

/** An entry with its illustrative status written out, so it keeps it in a bundle with another flag. */
const materialise = (bundle: { readonly illustrative?: boolean | undefined }, e: ParameterEntry): ParameterEntry =>
  e.illustrative !== undefined || e.carriedForward === true ? e : { ...e, illustrative: bundle.illustrative === true }

/**
 * Validates a bundle's shape (real dates, region codes, citations, no duplicate dates) and sorts
 * each series by date. A bundle with `"extends": "<id>"` starts from that base bundle (found in
 * `options.bases`): its entries are merged into the base's series by parameter, region and date
 * (the derived entry wins on the same date; the base's history stays), and every entry keeps its
 * own illustrative status. A derived bundle may only name parameters its base has (or
 * `options.knownParameters` lists).
 *
 * @returns the bundle, or one {@link InvalidInput} listing every problem (the throwing form is
 * {@link definePolicyBundleUnsafe})
 * @example
 * ```ts
 * import { definePolicyBundle, definePolicyBundleUnsafe, Result } from "@minzheng/core"
 * const national = definePolicyBundleUnsafe({
 *   id: "national", version: "1", label: { zh: "全国", en: "national" },
 *   parameters: { "notice.days": { values: { "000000": [{ effectiveFrom: "2021-07-01", value: 7, source: { document: "最低生活保障审核确认办法", article: "第十九条" } }] } } }
 * })
 * const county = definePolicyBundle(
 *   { id: "county", version: "2026.1", label: { zh: "某县", en: "a county" }, extends: "national",
 *     parameters: { "notice.days": { values: { "370303": [{ effectiveFrom: "2026-01-01", value: 10, source: { document: "某县低保实施细则" } }] } } } },
 *   { bases: [national] }
 * )
 * Result.isSuccess(county) && Object.keys(county.success.parameters["notice.days"]!.values).sort() //=> ["000000", "370303"]
 * const typo = definePolicyBundle({ id: "t", version: "1", label: { zh: "错", en: "typo" }, extends: "national", parameters: { "notice.day": { values: {} } } }, { bases: [national] })
 * typo._tag === "Failure" && typo.failure.issues[0]?.zh //=> "基础参数包 national 中没有参数 notice.day，是否为 notice.days？"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const definePolicyBundle = (input: unknown, options: DefinePolicyBundleOptions = {}): Result.Result<PolicyBundle, InvalidInput> => {
  const r = decode(PolicyBundleSchema, input)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const own = r.success as unknown as PolicyBundle
  if (own.extends === undefined) {
    const parameters: Record<string, ParameterSeries> = {}
    for (const [name, series] of Object.entries(own.parameters)) {
      const values: Record<string, ParameterEntry[]> = {}
      for (const [region, entries] of Object.entries(series.values)) values[region] = sortEntries(entries)
      parameters[name] = { ...series, values }
    }
    return Result.succeed({ ...own, parameters })
  }
  const bases = options.bases ?? []
  if (!Array.isArray(bases) || bases.some((b) => typeof b !== "object" || b === null || typeof (b as PolicyBundle).parameters !== "object")) {
    return Result.fail(new InvalidInput({ issues: [issue(["options", "bases"], "invalid_bases", "bases 应为参数包数组", "bases must be an array of policy bundles")] }))
  }
  const base: PolicyBundle | undefined = (bases as ReadonlyArray<PolicyBundle>).find((b) => b.id === own.extends)
  if (base === undefined) {
    const ids = (bases as ReadonlyArray<PolicyBundle>).map((b) => b.id)
    const known = ids.length === 0 ? "（未提供可继承的参数包）" : `（可继承：${ids.join("、")}）`
    const knownEn = ids.length === 0 ? " (no base bundles were given)" : ` (known: ${ids.join(", ")})`
    return Result.fail(
      new InvalidInput({ issues: [issue(["extends"], "unknown_base", `未知的基础参数包 ${own.extends}${known}`, `unknown base bundle ${own.extends}${knownEn}`)] })
    )
  }
  const allowed = [...Object.keys(base.parameters), ...(options.knownParameters ?? [])]
  const problems: Issue[] = []
  for (const name of Object.keys(own.parameters)) {
    if (allowed.includes(name)) continue
    const near = nearestParameter(name, allowed)
    problems.push(
      issue(
        ["parameters", name],
        "unknown_parameter",
        `基础参数包 ${base.id} 中没有参数 ${name}${near === undefined ? "" : `，是否为 ${near}？`}`,
        `base bundle ${base.id} has no parameter ${name}${near === undefined ? "" : `; did you mean ${near}?`}`
      )
    )
  }
  if (problems.length > 0) return Result.fail(new InvalidInput({ issues: problems }))
  const parameters: Record<string, ParameterSeries> = {}
  for (const [name, series] of Object.entries(base.parameters)) {
    const values: Record<string, ParameterEntry[]> = {}
    for (const [region, entries] of Object.entries(series.values)) values[region] = entries.map((e) => materialise(base, e))
    parameters[name] = { ...series, values }
  }
  for (const [name, series] of Object.entries(own.parameters)) {
    const { values: ownValues, ...fields } = series
    const merged: Record<string, ReadonlyArray<ParameterEntry>> = { ...(parameters[name]?.values ?? {}) }
    for (const [region, entries] of Object.entries(ownValues)) {
      const byDate = new Map<string, ParameterEntry>((merged[region] ?? []).map((e) => [e.effectiveFrom, e]))
      for (const e of entries) byDate.set(e.effectiveFrom, materialise(own, e))
      merged[region] = [...byDate.values()]
    }
    parameters[name] = { ...(parameters[name] ?? {}), ...fields, values: merged }
  }
  for (const series of Object.values(parameters)) {
    const values = series.values as Record<string, ReadonlyArray<ParameterEntry>>
    for (const [region, entries] of Object.entries(values)) values[region] = sortEntries(entries)
  }
  const { extends: base_, ...rest } = own
  return Result.succeed({ ...rest, derivedFrom: base_ ?? base.id, parameters })
}

/**
 * {@link definePolicyBundle}, throwing its {@link InvalidInput}: for bundles written in the program
 * (module-level constants, tests).
 *
 * @throws {@link InvalidInput} listing every problem
 * @example
 * ```ts
 * import { definePolicyBundleUnsafe } from "@minzheng/core"
 * definePolicyBundleUnsafe({ id: "empty", version: "1", label: { zh: "空", en: "empty" }, parameters: {} }).version //=> "1"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const definePolicyBundleUnsafe = (input: unknown, options: DefinePolicyBundleOptions = {}): PolicyBundle => {
  const r = definePolicyBundle(input, options)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * One dated value of a derived bundle ({@link derivePolicyBundle}).
 *
 * @example
 * ```ts
 * import type { LocalParameterValue } from "@minzheng/core"
 * const v: LocalParameterValue = { value: "1100.00", source: { document: "某县民政局关于调整城乡低保标准的通知" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface LocalParameterValue {
  readonly value: unknown
  readonly source: Citation
  /** Defaults to the derivation's `effectiveFrom`. */
  readonly effectiveFrom?: string
  readonly illustrative?: boolean
  readonly carriedForward?: boolean
}

/**
 * What {@link derivePolicyBundle} changes: a new id and label, and dated values for one region.
 *
 * @example
 * ```ts
 * import type { PolicyBundleOverrides } from "@minzheng/core"
 * const o: PolicyBundleOverrides = {
 *   id: "zhangdian-2026", label: { zh: "张店区", en: "Zhangdian" }, region: "370303", effectiveFrom: "2026-01-01",
 *   values: { "dibao.standard.urban": { value: "1100.00", source: { document: "张店区城乡低保标准通知" } } }
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface PolicyBundleOverrides {
  readonly id: string
  /** Defaults to the base bundle's version. */
  readonly version?: string
  readonly label: Bilingual
  readonly description?: string
  /** The region (six-digit code) every value applies to. */
  readonly region: string
  /** The date from which each value applies unless it names its own. */
  readonly effectiveFrom: string
  /** Parameter name → one value, or several dated values. */
  readonly values: Readonly<Record<string, LocalParameterValue | ReadonlyArray<LocalParameterValue>>>
}

/**
 * A bundle derived from another with a few dated local values: the base's series stay (history
 * included) and each value is added for `region` from its date. The same as a JSON bundle with
 * `"extends"` (see {@link definePolicyBundle}): names the base does not have are refused, with the
 * nearest one offered.
 *
 * @returns the derived bundle, or one {@link InvalidInput} listing every problem (the throwing form
 * is {@link derivePolicyBundleUnsafe})
 * @example
 * ```ts
 * import { definePolicyBundleUnsafe, derivePolicyBundle, Result } from "@minzheng/core"
 * const national = definePolicyBundleUnsafe({
 *   id: "national", version: "1", label: { zh: "全国", en: "national" },
 *   parameters: { "notice.days": { values: { "000000": [{ effectiveFrom: "2021-07-01", value: 7, source: { document: "最低生活保障审核确认办法", article: "第十九条" } }] } } }
 * })
 * const county = derivePolicyBundle(national, {
 *   id: "county-2026", label: { zh: "某县", en: "a county" }, region: "370303", effectiveFrom: "2026-01-01",
 *   values: { "notice.days": { value: 10, source: { document: "某县低保实施细则" } } }
 * })
 * Result.isSuccess(county) && county.success.parameters["notice.days"]!.values["370303"]!.length //=> 1
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const derivePolicyBundle = (
  base: PolicyBundle,
  overrides: PolicyBundleOverrides,
  options: Pick<DefinePolicyBundleOptions, "knownParameters"> = {}
): Result.Result<PolicyBundle, InvalidInput> => {
  if (typeof base !== "object" || base === null || typeof base.id !== "string" || typeof base.parameters !== "object" || base.parameters === null) {
    return Result.fail(new InvalidInput({ issues: [issue(["base"], "invalid_bundle", "不是参数包", "not a policy bundle")] }))
  }
  if (typeof overrides !== "object" || overrides === null || typeof overrides.values !== "object" || overrides.values === null) {
    return Result.fail(new InvalidInput({ issues: [issue(["overrides"], "invalid_overrides", "覆盖值应为对象（含 values）", "overrides must be an object with values")] }))
  }
  const parameters: Record<string, unknown> = {}
  for (const [name, v] of Object.entries(overrides.values)) {
    const list: ReadonlyArray<unknown> = Array.isArray(v) ? v : [v]
    const entries = list.map((e) =>
      typeof e === "object" && e !== null ? { ...e, effectiveFrom: (e as LocalParameterValue).effectiveFrom ?? overrides.effectiveFrom } : e
    )
    parameters[name] = { values: { [overrides.region]: entries } }
  }
  const json: Record<string, unknown> = {
    id: overrides.id,
    version: overrides.version ?? base.version,
    label: overrides.label,
    extends: base.id,
    parameters
  }
  if (overrides.description !== undefined) json["description"] = overrides.description
  const r = definePolicyBundle(json, { bases: [base], ...(options.knownParameters === undefined ? {} : { knownParameters: options.knownParameters }) })
  if (Result.isSuccess(r)) return r
  return Result.fail(new InvalidInput({ issues: r.failure.issues.map((i) => ({ ...i, path: callerPath(i.path) })) }))
}

/**
 * A problem's path in the JSON a derivation builds, as the caller wrote it:
 * `parameters.<name>.values.<region>.<i>…` → `values.<name>.<i>…`, `parameters.<name>` → `values.<name>`.
 */
const callerPath = (path: ReadonlyArray<string | number>): ReadonlyArray<string | number> => {
  if (path[0] !== "parameters") return path
  return path[2] === "values" ? ["values", path[1] as string, ...path.slice(4)] : ["values", ...path.slice(1)]
}

/**
 * {@link derivePolicyBundle}, throwing its {@link InvalidInput}.
 *
 * @throws {@link InvalidInput} listing every problem
 * @example
 * ```ts
 * import { definePolicyBundleUnsafe, derivePolicyBundleUnsafe } from "@minzheng/core"
 * const base = definePolicyBundleUnsafe({ id: "base", version: "1", label: { zh: "基础", en: "base" }, parameters: { "a.b": { values: {} } } })
 * derivePolicyBundleUnsafe(base, { id: "d", label: { zh: "派生", en: "derived" }, region: "370303", effectiveFrom: "2026-01-01", values: {} }).derivedFrom //=> "base"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const derivePolicyBundleUnsafe = (
  base: PolicyBundle,
  overrides: PolicyBundleOverrides,
  options: Pick<DefinePolicyBundleOptions, "knownParameters"> = {}
): PolicyBundle => {
  const r = derivePolicyBundle(base, overrides, options)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * A parameter a rule needs: its name in bundles, its label and unit, and the zod schema its raw
 * value must satisfy (e.g. `MoneySchema` to get {@link Money}).
 *
 * @example
 * ```ts
 * import { defineParameter, MoneySchema } from "@minzheng/core"
 * const urbanStandard = defineParameter("dibao.urbanStandard", MoneySchema, {
 *   label: { zh: "城市低保标准", en: "urban dibao standard" },
 *   unit: "CNY/month"
 * })
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ParameterDefinition<V> {
  readonly name: string
  readonly label: Bilingual
  readonly unit: string
  readonly schema: z.core.$ZodType<V, unknown>
}

/**
 * Declares a parameter a rule needs.
 *
 * @throws {@link InvalidInput} for a missing name, a non-schema or a label/unit of the wrong shape
 *
 * @example
 * ```ts
 * import { defineParameter } from "@minzheng/core"
 * import * as z from "zod/mini"
 * const noticeDays = defineParameter("dibao.noticeDays", z.number().check(z.int(), z.positive()), {
 *   label: { zh: "公示天数", en: "public-notice days" },
 *   unit: "days"
 * })
 * noticeDays.name //=> "dibao.noticeDays"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const defineParameter = <S extends z.core.$ZodType>(
  name: string,
  schema: S,
  meta: { readonly label: Bilingual; readonly unit: string }
): ParameterDefinition<z.output<S>> => {
  const m = meta as { label?: { zh?: unknown; en?: unknown } | null; unit?: unknown } | null
  const okMeta = typeof m === "object" && m !== null && typeof m.unit === "string" && typeof m.label === "object" && m.label !== null && typeof m.label.zh === "string" && typeof m.label.en === "string"
  const okSchema = isZodSchema(schema)
  if (typeof name !== "string" || name === "" || !okSchema || !okMeta) {
    throw new InvalidInput({
      issues: [issue([], "invalid_parameter_definition", "参数定义应为：名称、zod 模式、{ label: { zh, en }, unit }", "a parameter definition takes a name, a zod schema and { label: { zh, en }, unit }")]
    })
  }
  return { name, schema: schema as unknown as z.core.$ZodType<z.output<S>, unknown>, label: meta.label, unit: meta.unit }
}

/**
 * A parameter's value for a region and date, with where it came from.
 *
 * @example
 * ```ts
 * import type { ResolvedParameter } from "@minzheng/core"
 * const r: ResolvedParameter<number> = {
 *   name: "dibao.noticeDays", value: 7, region: "000000" as any, effectiveFrom: "2021-07-01" as any,
 *   source: { document: "最低生活保障审核确认办法", article: "第十九条" }, illustrative: false, kind: "cited"
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ResolvedParameter<V> {
  readonly name: string
  readonly value: V
  /** The region code whose series supplied the value (the asked one or an ancestor). */
  readonly region: RegionCode
  readonly effectiveFrom: IsoDate
  readonly source: Citation
  readonly illustrative: boolean
  /** Where the value stands: cited, illustrative, or carried forward past its text's period. */
  readonly kind: ParameterValueKind
}

/**
 * The three kinds of parameter value: `cited` (a text in force says it), `illustrative` (an
 * example figure, not cited) and `carried-forward` (the text's own period has run out and no
 * successor has been found; the value is carried forward and marked).
 *
 * @example
 * ```ts
 * import type { ParameterValueKind } from "@minzheng/core"
 * const kind: ParameterValueKind = "carried-forward"
 * ```
 * @category models
 * @since 0.1.0
 */
export type ParameterValueKind = "cited" | "illustrative" | "carried-forward"

/**
 * What every explanation, decision text and policy check says of a carried-forward value.
 *
 * @example
 * ```ts
 * import { CARRIED_FORWARD_NOTE } from "@minzheng/core"
 * CARRIED_FORWARD_NOTE.zh //=> "沿用：原文期限已届满，尚未见新规定"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const CARRIED_FORWARD_NOTE = {
  zh: "沿用：原文期限已届满，尚未见新规定",
  en: "carried forward: the text's own period has ended and no successor has been found"
} as const

/**
 * The Chinese and English names of each {@link ParameterValueKind}, for explanations and policy
 * checks.
 *
 * @example
 * ```ts
 * import { PARAMETER_VALUE_KINDS } from "@minzheng/core"
 * PARAMETER_VALUE_KINDS.illustrative.zh //=> "示例数据"
 * PARAMETER_VALUE_KINDS["carried-forward"].zh //=> "沿用：原文期限已届满，尚未见新规定"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const PARAMETER_VALUE_KINDS: Readonly<Record<ParameterValueKind, { readonly zh: string; readonly en: string }>> = {
  cited: { zh: "有出处", en: "cited" },
  illustrative: { zh: "示例数据", en: "illustrative" },
  "carried-forward": CARRIED_FORWARD_NOTE
}

const lookupRaw = (
  bundle: PolicyBundle,
  name: string,
  region: RegionCode,
  date: IsoDate
): Result.Result<{ entry: ParameterEntry; region: RegionCode }, ParameterMissing> => {
  const series = bundle.parameters[name]
  let seen = false
  if (series !== undefined) {
    // The most specific region with an entry on or before the date wins; a local series that
    // starts later than the date leaves the date to its parent region's series (a locality
    // overrides from its own effective date on, not before it).
    for (const code of regionChain(region)) {
      const entries = series.values[code]
      if (entries === undefined || entries.length === 0) continue
      seen = true
      let found: ParameterEntry | undefined
      for (const e of entries) {
        if (e.effectiveFrom <= date) found = e
        else break
      }
      if (found === undefined) continue
      if (found.value === null) return Result.fail(new ParameterMissing({ name, region, date, reason: "ended" }))
      return Result.succeed({ entry: found, region: code })
    }
  }
  return Result.fail(new ParameterMissing({ name, region, date, reason: seen ? "before-first-entry" : "not-defined" }))
}

const checkArgs = (bundle: unknown, region: unknown, date: unknown): void => {
  const issues = []
  if (typeof bundle !== "object" || bundle === null || typeof (bundle as PolicyBundle).parameters !== "object") {
    issues.push(issue(["bundle"], "invalid_bundle", "不是政策参数包", "not a policy bundle"))
  }
  if (!isRegionCode(region)) issues.push(issue(["region"], "invalid_region", "不是有效的行政区划代码", "not a valid region code"))
  if (!isIsoDate(date)) issues.push(issue(["date"], "invalid_date", "不是有效的日期", "not a valid date"))
  if (issues.length > 0) throw new InvalidInput({ issues })
}

/**
 * Looks up one parameter for a region and date: the latest entry on or before the date, from the
 * most specific region that has one (a local series that starts after the date leaves it to the
 * parent region's series); decoded with the definition's schema.
 *
 * @returns the resolved value, or {@link ParameterMissing} / {@link InvalidInput} (value of the
 * wrong shape, with the path of the entry)
 * @example
 * ```ts
 * import { definePolicyBundleUnsafe, defineParameter, parameterAt, regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * import * as z from "zod/mini"
 * const days = defineParameter("notice.days", z.int(), { label: { zh: "公示天数", en: "notice days" }, unit: "days" })
 * const bundle = definePolicyBundleUnsafe({
 *   id: "b", version: "1", label: { zh: "示例", en: "example" },
 *   parameters: { "notice.days": { values: { "000000": [{ effectiveFrom: "2021-07-01", value: 7, source: { document: "最低生活保障审核确认办法", article: "第十九条" } }] } } }
 * })
 * const r = parameterAt(bundle, days, regionCodeUnsafe("370213"), isoDateUnsafe("2025-01-01"))
 * Result.isSuccess(r) && r.success.value //=> 7
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const parameterAt = <V>(
  bundle: PolicyBundle,
  definition: ParameterDefinition<V>,
  region: RegionCode,
  date: IsoDate
): Result.Result<ResolvedParameter<V>, ParameterMissing | InvalidInput> => {
  checkArgs(bundle, region, date)
  const raw = lookupRaw(bundle, definition.name, region, date)
  if (Result.isFailure(raw)) return Result.fail(raw.failure)
  const { entry, region: from } = raw.success
  const illustrative = entry.carriedForward !== true && (entry.illustrative === true || (bundle.illustrative === true && entry.illustrative !== false))
  const decoded = decode(definition.schema, entry.value)
  if (Result.isFailure(decoded)) {
    return Result.fail(
      new InvalidInput({
        issues: decoded.failure.issues.map((i) => ({ ...i, path: ["parameters", definition.name, "values", from, entry.effectiveFrom, ...i.path] }))
      })
    )
  }
  return Result.succeed({
    name: definition.name,
    value: decoded.success,
    region: from,
    effectiveFrom: entry.effectiveFrom,
    source: entry.source,
    illustrative,
    kind: entry.carriedForward === true ? "carried-forward" : illustrative ? "illustrative" : "cited"
  })
}

/**
 * {@link parameterAt}, throwing the typed error.
 *
 * @throws {@link ParameterMissing} or {@link InvalidInput}
 * @example
 * ```ts
 * import { definePolicyBundleUnsafe, defineParameter, parameterAtUnsafe, regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * import * as z from "zod/mini"
 * const days = defineParameter("notice.days", z.int(), { label: { zh: "公示天数", en: "notice days" }, unit: "days" })
 * const bundle = definePolicyBundleUnsafe({
 *   id: "b", version: "1", label: { zh: "示例", en: "example" },
 *   parameters: { "notice.days": { values: { "000000": [{ effectiveFrom: "2021-07-01", value: 7, source: { document: "x" } }] } } }
 * })
 * parameterAtUnsafe(bundle, days, regionCodeUnsafe("370213"), isoDateUnsafe("2025-01-01")).value //=> 7
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const parameterAtUnsafe = <V>(bundle: PolicyBundle, definition: ParameterDefinition<V>, region: RegionCode, date: IsoDate): ResolvedParameter<V> => {
  const r = parameterAt(bundle, definition, region, date)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * The resolved values of a record of parameter definitions.
 *
 * @example
 * ```ts
 * import type { ParameterDefinition, ResolvedParameters } from "@minzheng/core"
 * type R = ResolvedParameters<{ days: ParameterDefinition<number> }>
 * // R = { days: ResolvedParameter<number> }
 * ```
 * @category models
 * @since 0.1.0
 */
export type ResolvedParameters<D extends Record<string, ParameterDefinition<unknown>>> = {
  readonly [K in keyof D]: D[K] extends ParameterDefinition<infer V> ? ResolvedParameter<V> : never
}

/**
 * Validates a bundle for a region and date against everything a run needs, and resolves it once:
 * every parameter present, in force and of the right shape — or one
 * {@link PolicyBundleIncomplete} listing every missing or invalid parameter. Resolve once per
 * batch, then evaluate households against the resolved values.
 *
 * @example
 * ```ts
 * import { definePolicyBundleUnsafe, defineParameter, resolveParameters, regionCodeUnsafe, isoDateUnsafe, MoneySchema } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * import * as z from "zod/mini"
 * const needs = {
 *   days: defineParameter("notice.days", z.int(), { label: { zh: "公示天数", en: "notice days" }, unit: "days" }),
 *   standard: defineParameter("dibao.standard", MoneySchema, { label: { zh: "低保标准", en: "dibao standard" }, unit: "CNY/month" })
 * }
 * const bundle = definePolicyBundleUnsafe({
 *   id: "b", version: "1", label: { zh: "示例", en: "example" },
 *   parameters: { "notice.days": { values: { "000000": [{ effectiveFrom: "2021-07-01", value: 7, source: { document: "x" } }] } } }
 * })
 * const r = resolveParameters(bundle, needs, regionCodeUnsafe("370213"), isoDateUnsafe("2025-01-01"))
 * Result.isFailure(r) && r.failure.problems.map((p) => p._tag) //=> ["ParameterMissing"]
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const resolveParameters = <D extends Record<string, ParameterDefinition<unknown>>>(
  bundle: PolicyBundle,
  definitions: D,
  region: RegionCode,
  date: IsoDate
): Result.Result<ResolvedParameters<D>, PolicyBundleIncomplete> => {
  checkArgs(bundle, region, date)
  const out: Record<string, ResolvedParameter<unknown>> = {}
  const problems: Array<ParameterMissing | InvalidInput> = []
  for (const [key, def] of Object.entries(definitions)) {
    const r = parameterAt(bundle, def, region, date)
    if (Result.isFailure(r)) problems.push(r.failure)
    else out[key] = r.success
  }
  if (problems.length > 0) return Result.fail(new PolicyBundleIncomplete({ bundle: bundle.id, problems }))
  return Result.succeed(out as ResolvedParameters<D>)
}
