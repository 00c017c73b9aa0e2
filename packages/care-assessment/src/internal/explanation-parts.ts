/**
 * The parts of an assessment's explanation that depend only on the instrument (and on a score
 * or level drawn from a small range), built once per instrument so the explained path assembles
 * a tree from shared, frozen pieces instead of building labels, rule ids and inputs per form.
 *
 * @internal
 * @module
 */
import type { Bilingual, Citation, Explanation, Json } from "@minzheng/core"
import type { LoadedInstrument } from "../instrument/model.js"
import { type DomainScore, type ItemScore, LEVEL_ADJUSTMENT_RULE_NAMES, type LevelAdjustment } from "../scoring/model.js"
import { node } from "./node.js"

type Inputs = { readonly [key: string]: Json }

/** Bilingual labels of the level-changing rules (the public names). */
export const ADJ_LABELS = LEVEL_ADJUSTMENT_RULE_NAMES

const frozen = <T extends object>(x: T): T => Object.freeze(x)
const NO_CITATIONS: ReadonlyArray<Citation> = frozen([])
const EMPTY: Inputs = frozen({})

/** Instrument-only parts of the explanation and of the result. */
export interface ExplanationParts {
  /** Per item, per option: the item's node and score. */
  readonly itemNodes: ReadonlyArray<ReadonlyArray<Explanation>>
  readonly itemScores: ReadonlyArray<ReadonlyArray<ItemScore>>
  /** Per item, for an unanswered item: its node (index 1: provisional) and score. */
  readonly missingNodes: ReadonlyArray<readonly [Explanation, Explanation]>
  readonly missingScores: ReadonlyArray<ItemScore>
  /** Per item: its place among its domain's items (the domain node's children); per domain: how many items it has. */
  readonly placeInDomain: Int32Array
  readonly domainSize: Int32Array
  /** Per domain: rule id, label, citations; per domain and score: the domain score and the node inputs. */
  readonly domainRule: ReadonlyArray<string>
  readonly domainLabel: ReadonlyArray<Bilingual>
  readonly domainCitations: ReadonlyArray<ReadonlyArray<Citation>>
  readonly domainScore: ReadonlyArray<ReadonlyArray<DomainScore>>
  readonly domainInputs: ReadonlyArray<ReadonlyArray<Inputs>>
  /** Per domain (position in the instrument): its position in a domain-table key, or the domains the key reads. */
  readonly tableDomains: ReadonlyArray<number>
  readonly totalRule: string
  readonly totalInputs: Inputs
  readonly totalCitations: ReadonlyArray<Citation>
  readonly prelimRule: string
  readonly prelimLabel: Bilingual
  readonly prelimCitations: ReadonlyArray<Citation>
  /** Per total (total-bands rule): the preliminary node's inputs. */
  readonly prelimInputsByTotal: ReadonlyArray<Inputs>
  /** Per preliminary level rank + 1 (0: no level): the preliminary node's parameters. */
  readonly prelimParameters: ReadonlyArray<Inputs>
  /** The coma node (index 0: by the coma field, 1: by the coma answer), when the instrument has a coma rule. */
  readonly comaNodes: readonly [Explanation, Explanation] | undefined
  /** The dementia and mental-illness nodes, at index 2 × (diagnosed) + (fired): a diagnosis fires nothing when there is no preliminary level. */
  readonly dementiaNodes: ReadonlyArray<Explanation> | undefined
  readonly mentalNodes: ReadonlyArray<Explanation> | undefined
  readonly riskRule: string
  readonly raiseCitations: ReadonlyArray<Citation>
  readonly adjustments: { readonly [K in LevelAdjustment["rule"]]: LevelAdjustment }
  readonly changeRule: string
  readonly changeCitations: ReadonlyArray<Citation>
  readonly changeParameters: Inputs
  readonly levelRule: string
  /** Per final level rank + 1 (0: no level): the root node's label. */
  readonly levelLabel: ReadonlyArray<Bilingual>
  readonly levelCitations: ReadonlyArray<Citation>
}

/** Builds the parts of a loaded instrument. */
export const buildExplanationParts = (ins: LoadedInstrument): ExplanationParts => {
  const data = ins.data
  const id = data.id
  const itemNodes = data.items.map((it) =>
    it.options.map((opt) =>
      frozen(node(`${id}.item.${it.id}`, frozen({ zh: `${it.clause} ${it.name.zh}：${opt.text.zh}`, en: `${it.clause} ${it.name.en}: ${opt.text.en}` }), opt.score, frozen({ option: opt.id }), frozen([it.citation])))
    )
  )
  const itemScores = data.items.map((it) => it.options.map((opt) => frozen({ item: it.id, clause: it.clause, option: opt.id, score: opt.score })))
  const missingNodes = data.items.map((it) => {
    const label = frozen({ zh: `${it.clause} ${it.name.zh}（未评）`, en: `${it.clause} ${it.name.en} (not answered)` })
    const make = (provisional: boolean): Explanation => frozen(node(`${id}.item.${it.id}`, label, 0, frozen({ option: null }), frozen([it.citation]), undefined, undefined, provisional))
    return frozen([make(false), make(true)] as const)
  })
  const missingScores = data.items.map((it) => frozen({ item: it.id, clause: it.clause, option: null, score: 0 }))
  const placeInDomain = new Int32Array(data.items.length)
  const domainSize = new Int32Array(data.domains.length)
  for (let p = 0; p < data.items.length; p++) {
    const d = ins.itemDomain[p] ?? 0
    placeInDomain[p] = domainSize[d] ?? 0
    domainSize[d] = (domainSize[d] ?? 0) + 1
  }
  const domainScore = data.domains.map((d, i) => {
    const scores: DomainScore[] = []
    for (let s = 0; s <= (ins.domainMax[i] ?? 0); s++) {
      const band = d.bands?.find((b) => s >= b.min && s <= b.max)
      scores.push(frozen({ domain: d.id, score: s, max: ins.domainMax[i] ?? 0, ...(band === undefined ? {} : { grade: band.grade }) }))
    }
    return scores
  })
  const domainInputs = domainScore.map((scores) => scores.map((ds) => frozen({ max: ds.max, ...(ds.grade === undefined ? {} : { grade: ds.grade }) })))
  const rule = data.levelRule
  const tableDomains = rule.kind === "domain-table" ? rule.domains.map((d) => data.domains.findIndex((x) => x.id === d)) : []
  const prelimInputsByTotal: Inputs[] = []
  for (let t = 0; t <= ins.maxTotal; t++) prelimInputsByTotal.push(frozen({ total: t }))
  const prelimParameters = [EMPTY, ...data.levels.map((l) => {
    const band = rule.kind === "total-bands" ? rule.bands.find((b) => b.level === l.id) : undefined
    return band === undefined ? EMPTY : frozen({ band: `${band.min}–${band.max}` })
  })]
  const adj = data.adjustments
  const coma = adj.coma
  const comaName = coma === undefined ? undefined : data.levels[ins.levelRank.get(coma.level) ?? -1]?.name
  const comaNodes =
    coma === undefined
      ? undefined
      : frozen(
          [false, true].map((byAnswer) =>
            frozen(node(`${id}.adjust.coma`, frozen({ zh: `昏迷，直接评定为${comaName?.zh ?? ""}`, en: `coma: rated ${comaName?.en ?? ""} directly` }), true, frozen({ coma: true, byAnswer }), frozen([coma.citation])))
          ) as [Explanation, Explanation]
        )
  const raise = adj.raise
  const raiseCitations = raise === undefined ? NO_CITATIONS : frozen([raise.citation])
  const onOff = (rule: "dementia" | "mental-illness", key: string): ReadonlyArray<Explanation> =>
    frozen([false, true].flatMap((input) => [false, true].map((on) => frozen(node(`${id}.adjust.${rule}`, ADJ_LABELS[rule], on, frozen({ [key]: input }), raiseCitations)))))
  return {
    itemNodes,
    itemScores,
    missingNodes,
    missingScores,
    placeInDomain,
    domainSize,
    domainRule: data.domains.map((d) => `${id}.domain.${d.id}`),
    domainLabel: data.domains.map((d) => frozen({ zh: `${d.clause} ${d.name.zh}得分`, en: `${d.clause} ${d.name.en} score` })),
    domainCitations: data.domains.map((d) => frozen([d.citation])),
    domainScore,
    domainInputs,
    tableDomains,
    totalRule: `${id}.total`,
    totalInputs: frozen({ max: ins.maxTotal }),
    totalCitations: frozen([data.citation]),
    prelimRule: `${id}.preliminary-level`,
    prelimLabel: frozen(
      rule.kind === "none"
        ? { zh: `初步等级：${rule.reason.zh}`, en: `preliminary level: ${rule.reason.en}` }
        : { zh: "初步等级（按分数段）", en: "preliminary level (by score band)" }
    ),
    prelimCitations: frozen([rule.citation]),
    prelimInputsByTotal,
    prelimParameters,
    comaNodes,
    dementiaNodes: raise?.dementia === true ? onOff("dementia", "dementia") : undefined,
    mentalNodes: raise?.mentalIllness === true ? onOff("mental-illness", "mentalIllness") : undefined,
    riskRule: `${id}.adjust.risk-events`,
    raiseCitations,
    adjustments: frozen({
      coma: frozen({ rule: "coma", label: ADJ_LABELS.coma }),
      dementia: frozen({ rule: "dementia", label: ADJ_LABELS.dementia }),
      "mental-illness": frozen({ rule: "mental-illness", label: ADJ_LABELS["mental-illness"] }),
      "risk-events": frozen({ rule: "risk-events", label: ADJ_LABELS["risk-events"] })
    }),
    changeRule: `${id}.level-change`,
    changeCitations: raise === undefined && coma === undefined ? NO_CITATIONS : frozen([(raise ?? coma)!.citation]),
    changeParameters:
      raise === undefined ? EMPTY : frozen({ stacking: raise.stacking, ...(raise.noRaiseFrom === undefined ? {} : { noRaiseFrom: raise.noRaiseFrom }) }),
    levelRule: `${id}.level`,
    levelLabel: [
      frozen({ zh: `${data.name.zh}：能力等级`, en: `${data.name.en}: level` }),
      ...data.levels.map((l) => frozen({ zh: `${data.name.zh}：能力等级 ${l.name.zh}`, en: `${data.name.en}: level ${l.name.en}` }))
    ],
    levelCitations: frozen([data.citation])
  }
}
