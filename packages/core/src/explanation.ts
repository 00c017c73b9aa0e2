/**
 * Explanation trees: which rules fired, on which inputs, with which parameters, with which
 * outcome, and why — each node citing its source. Plain JSON data, renderable as a short
 * Chinese text a caseworker can hand to an applicant.
 *
 * @module
 */
import { type Citation, CitationSchema, formatCitation, formatCitationEn } from "./citation.js"
import { InvalidInput } from "./errors.js"
import type { Bilingual } from "./text.js"

/**
 * A JSON value: what explanation inputs, parameters and outcomes hold.
 *
 * @example
 * ```ts
 * import type { Json } from "@minzheng/core"
 * const v: Json = { income: "820.00", members: 3, eligible: true }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Json = string | number | boolean | null | ReadonlyArray<Json> | { readonly [key: string]: Json }

/**
 * One node of an explanation tree.
 *
 * - `rule`: a stable identifier of the rule (`dibao.income-test`).
 * - `label`: what the rule decides, in Chinese and English.
 * - `outcome`: its result (a boolean for a test, an amount as a string for a computation).
 * - `inputs` / `parameters`: the facts and the policy values it used.
 * - `citations`: the articles it applies; `children`: the rules it was made of.
 * - `provisional`: set when the result rests on projected (not yet published) data.
 * - `outcomeLabel`: the outcome in words, when the outcome is a code (a level id such as
 *   `"moderate"`): the renderers show `outcomeLabel.zh` / `.en` in its place, so Chinese text
 *   never shows an English code.
 *
 * @example
 * ```ts
 * import type { Explanation } from "@minzheng/core"
 * const node: Explanation = {
 *   rule: "dibao.income-test",
 *   label: { zh: "家庭人均收入低于当地低保标准", en: "per-capita income below the local standard" },
 *   outcome: true,
 *   inputs: { perCapitaIncome: "650.00" },
 *   parameters: { standard: "1050.00" },
 *   citations: [{ document: "最低生活保障审核确认办法", number: "民发〔2021〕57号", article: "第十条" }],
 *   children: []
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Explanation {
  readonly rule: string
  readonly label: Bilingual
  readonly outcome: Json
  readonly inputs: { readonly [key: string]: Json }
  readonly parameters: { readonly [key: string]: Json }
  readonly citations: ReadonlyArray<Citation>
  readonly children: ReadonlyArray<Explanation>
  readonly provisional?: true
  readonly outcomeLabel?: Bilingual
}

/**
 * Builds an explanation node; `inputs`, `parameters`, `citations` and `children` default to empty.
 *
 * @example
 * ```ts
 * import { explain } from "@minzheng/core"
 * const node = explain({
 *   rule: "tekun.age",
 *   label: { zh: "年满60周岁", en: "aged 60 or over" },
 *   outcome: true,
 *   inputs: { age: 72 },
 *   citations: [{ document: "特困人员认定办法", article: "第二条" }]
 * })
 * node.children //=> []
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const explain = (node: {
  readonly rule: string
  readonly label: Bilingual
  readonly outcome: Json
  readonly inputs?: { readonly [key: string]: Json }
  readonly parameters?: { readonly [key: string]: Json }
  readonly citations?: ReadonlyArray<Citation>
  readonly children?: ReadonlyArray<Explanation>
  readonly provisional?: boolean
  readonly outcomeLabel?: Bilingual
}): Explanation => {
  // Built from rule code on hot paths (relief builds ~50 nodes per household): a cheap shallow
  // check (the renderers check whole trees), shared frozen empties, no spreads.
  if (!isShallowNode(node)) assertNode(node, false)
  const children = node.children ?? NONE
  let provisional = node.provisional === true
  if (!provisional) for (let k = 0; k < children.length; k++) if ((children[k] as Explanation).provisional === true) provisional = true
  const out: { -readonly [K in keyof Explanation]: Explanation[K] } = {
    rule: node.rule,
    label: node.label,
    outcome: node.outcome,
    inputs: node.inputs ?? EMPTY,
    parameters: node.parameters ?? EMPTY,
    citations: node.citations ?? NONE,
    children
  }
  if (provisional) out.provisional = true
  if (node.outcomeLabel !== undefined) out.outcomeLabel = node.outcomeLabel
  return out
}

const NONE: ReadonlyArray<never> = Object.freeze([])
const EMPTY: { readonly [key: string]: Json } = Object.freeze({})

// The common case, checked without allocating: the fields are there and of the right kind.
const isShallowNode = (u: unknown): boolean => {
  if (typeof u !== "object" || u === null) return false
  const n = u as Record<string, unknown>
  const label = n.label as { zh?: unknown; en?: unknown } | null | undefined
  if (typeof n.rule !== "string" || typeof label !== "object" || label === null || typeof label.zh !== "string" || typeof label.en !== "string") return false
  if (!("outcome" in n)) return false
  if (n.outcomeLabel !== undefined && !isText(n.outcomeLabel)) return false
  const cites = n.citations
  if (cites !== undefined) {
    if (!Array.isArray(cites)) return false
    for (let k = 0; k < cites.length; k++) if (!isCitationLike(cites[k])) return false
  }
  const kids = n.children
  if (kids !== undefined) {
    if (!Array.isArray(kids)) return false
    for (let k = 0; k < kids.length; k++) if (typeof kids[k] !== "object" || kids[k] === null) return false
  }
  return true
}

const outcomeZh = (o: Json): string => {
  if (o === true) return "是"
  if (o === false) return "否"
  if (o === null) return "无"
  if (typeof o === "string" || typeof o === "number") return String(o)
  return JSON.stringify(o)
}

/**
 * Renders an explanation tree as short Chinese text: one line per node, indented by depth, each
 * with its outcome and citations. Provisional results are marked 【临时】.
 *
 * @example
 * ```ts
 * import { explain, renderExplanationZh } from "@minzheng/core"
 * const text = renderExplanationZh(
 *   explain({
 *     rule: "dibao.income-test",
 *     label: { zh: "家庭人均收入低于当地低保标准", en: "income test" },
 *     outcome: true,
 *     citations: [{ document: "最低生活保障审核确认办法", article: "第十条" }]
 *   })
 * )
 * text //=> "家庭人均收入低于当地低保标准：是。依据：《最低生活保障审核确认办法》第十条"
 * renderExplanationZh(explain({ rule: "level", label: { zh: "能力等级", en: "level" }, outcome: "moderate", outcomeLabel: { zh: "能力中度受损", en: "moderately impaired" } }))
 * //=> "能力等级：能力中度受损"
 * ```
 * @category formatting
 * @since 0.1.0
 */
export const renderExplanationZh = (node: Explanation): string => {
  assertNode(node, true)
  return renderZh(node, 0)
}

const renderZh = (node: Explanation, depth: number): string => {
  const cites = node.citations.length > 0 ? `。依据：${node.citations.map((c) => formatCitation(c)).join("；")}` : ""
  const mark = node.provisional ? "【临时】" : ""
  const line = `${"  ".repeat(depth)}${mark}${node.label.zh}：${node.outcomeLabel?.zh ?? outcomeZh(node.outcome)}${cites}`
  return [line, ...node.children.map((c) => renderZh(c, depth + 1))].join("\n")
}

/**
 * Renders an explanation tree as short English text, one line per node.
 *
 * @example
 * ```ts
 * import { explain, renderExplanationEn } from "@minzheng/core"
 * renderExplanationEn(explain({ rule: "x", label: { zh: "年满60周岁", en: "aged 60 or over" }, outcome: true }))
 * //=> "aged 60 or over: yes"
 * ```
 * @category formatting
 * @since 0.1.0
 */
export const renderExplanationEn = (node: Explanation): string => {
  assertNode(node, true)
  return renderEn(node, 0)
}

const renderEn = (node: Explanation, depth: number): string => {
  const o = node.outcomeLabel?.en ?? (node.outcome === true ? "yes" : node.outcome === false ? "no" : outcomeZh(node.outcome))
  const cites = node.citations.length > 0 ? ` (${node.citations.map(formatCitationEn).join("; ")})` : ""
  const mark = node.provisional ? "[provisional] " : ""
  const line = `${"  ".repeat(depth)}${mark}${node.label.en}: ${o}${cites}`
  return [line, ...node.children.map((c) => renderEn(c, depth + 1))].join("\n")
}

const isText = (u: unknown): boolean =>
  typeof u === "object" && u !== null && typeof (u as { zh?: unknown }).zh === "string" && typeof (u as { en?: unknown }).en === "string"

const isCitationLike = (c: unknown): boolean =>
  typeof c === "object" && c !== null && typeof (c as { document?: unknown }).document === "string"

// `deep` checks the whole tree (once, before rendering); `explain` checks only the node it builds
// (its children were built by `explain` already), so building a tree stays linear and cheap.
const nodeProblem = (u: unknown, complete: boolean, deep: boolean, depth: number): string | undefined => {
  if (depth > 200) return "too deep"
  if (typeof u !== "object" || u === null) return "not an object"
  const n = u as Record<string, unknown>
  if (typeof n.rule !== "string") return "rule"
  if (!isText(n.label)) return "label"
  if (!("outcome" in n)) return "outcome"
  if (n.outcomeLabel !== undefined && !isText(n.outcomeLabel)) return "outcomeLabel"
  const cites = n.citations
  if (cites !== undefined || complete) {
    if (!Array.isArray(cites) || !cites.every(deep ? (c) => CitationSchema.safeParse(c).success : isCitationLike)) return "citations"
  }
  const kids = n.children
  if (kids !== undefined || complete) {
    if (!Array.isArray(kids)) return "children"
    for (const k of kids) {
      if (!deep) {
        if (typeof k !== "object" || k === null) return "children"
        continue
      }
      const p = nodeProblem(k, true, true, depth + 1)
      if (p !== undefined) return `children.${p}`
    }
  }
  return undefined
}

const assertNode = (u: unknown, complete: boolean): void => {
  const problem = nodeProblem(u, complete, complete, 0)
  if (problem !== undefined) {
    throw new InvalidInput({
      issues: [{ path: ["explanation"], code: "invalid_explanation", zh: `不是有效的说明节点（${problem}）`, en: `not a valid explanation node (${problem})` }]
    })
  }
}
