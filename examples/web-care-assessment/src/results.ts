/**
 * The result panel: the level, the domain scores, the entitlement with its cost split and the
 * explanations, each rendered from what the packages return (no score or share is computed here).
 */
import { type Assessment, type EntitlementDecision, type Instrument, LICANG_CATALOGUE } from "@minzheng/care-assessment"
import { type Explanation, type Issue, renderExplanationZh } from "@minzheng/core"
import { bilingual, h, replace } from "./dom.js"
import { explanationList } from "./explanation-list.js"

const levelName = (ins: Instrument, id: string | null): { zh: string; en: string } => {
  const level = ins.levels.find((l) => l.id === id)
  return level === undefined ? { zh: "无等级", en: "no level" } : level.name
}

/** The level, the total and what changed the level, or how far a partial form can still move. */
export const renderSummary = (target: HTMLElement, a: Assessment, ins: Instrument): void => {
  const name = levelName(ins, a.level)
  const range = a.levelRange
  replace(
    target,
    h(
      "p",
      { id: "level", class: "level", "data-level": a.level ?? "", "data-provisional": a.provisional ? "true" : "false" },
      a.provisional ? h("span", { class: "badge" }, "暂定") : null,
      bilingual(name.zh, name.en)
    ),
    h("p", { class: "total" }, bilingual("总分", "total"), " ", h("strong", { id: "total" }, String(a.total)), ` / ${a.maxTotal}`),
    a.preliminaryLevel !== a.level && a.preliminaryLevel !== null
      ? h("p", { class: "note" }, bilingual(`按总分初步等级为${levelName(ins, a.preliminaryLevel).zh}`, `preliminary level by total: ${levelName(ins, a.preliminaryLevel).en}`))
      : null,
    a.adjustments.length > 0 ? h("p", { class: "adjustments-title", id: "adjustments-title" }, bilingual("等级变更，因为：", "level changed because:")) : null,
    a.adjustments.length > 0
      ? h("ul", { class: "adjustments", "aria-labelledby": "adjustments-title" }, ...a.adjustments.map((x) => h("li", {}, bilingual(x.label.zh, x.label.en))))
      : null,
    a.provisional && range !== undefined
      ? h(
          "p",
          { class: "note", id: "missing" },
          bilingual(
            `还有 ${a.missing.length} 项未答（暂按 0 分计）；全部作答后等级在「${levelName(ins, range.best).zh}」至「${levelName(ins, range.worst).zh}」之间。`,
            `${a.missing.length} item(s) unanswered (counted as 0 for now); once answered the level lies between ${levelName(ins, range.best).en} and ${levelName(ins, range.worst).en}.`
          )
        )
      : null
  )
}

/** The score of each domain against its maximum. */
export const renderDomainScores = (target: HTMLElement, a: Assessment, ins: Instrument): void => {
  const rows = a.domains.map((d) => {
    const domain = ins.domains.find((x) => x.id === d.domain)
    return h(
      "tr",
      { "data-domain": d.domain },
      h("th", { scope: "row" }, bilingual(`${domain?.clause ?? ""} ${domain?.name.zh ?? d.domain}`, domain?.name.en ?? "")),
      h("td", {}, h("meter", { min: 0, max: d.max, value: d.score, "aria-hidden": "true" }), ` ${d.score} / ${d.max}`)
    )
  })
  replace(
    target,
    h("table", { class: "domain-scores" }, h("caption", {}, bilingual("各一级指标得分", "score by domain")), h("tbody", {}, ...rows))
  )
}

/** What an issue at path [field, i] is about: the i-th entry of that field, quoted, or nothing. */
export const issueSubject = (issue: Issue, entries: Readonly<Record<string, ReadonlyArray<string>>>): string => {
  const field = issue.path[0]
  const at = issue.path[1]
  const entry = typeof field === "string" && typeof at === "number" ? entries[field]?.[at] : undefined
  return entry === undefined ? "" : `“${entry}”：`
}

/** Typed errors from the packages, each in Chinese with the English message as a hint. */
export const renderIssues = (target: HTMLElement, issues: ReadonlyArray<Issue>, entries: Readonly<Record<string, ReadonlyArray<string>>> = {}): void => {
  if (issues.length === 0) return replace(target)
  replace(target, h("ul", { class: "issues" }, ...issues.map((i) => h("li", {}, bilingual(`${issueSubject(i, entries)}${i.zh}`, i.en)))))
}

const percent = (share: string): string => `${(Number(share) * 100).toFixed(0)}%`

const serviceName = (id: string): string => {
  const s = LICANG_CATALOGUE.services.find((x) => x.id === id)
  return s === undefined ? id : `${s.name.zh}（${s.name.en}）`
}

/** The entitlements the decision table gave, with the cost split of each that shares a cost. */
export const renderEntitlement = (target: HTMLElement, decision: EntitlementDecision): void => {
  if (decision.entitlements.length === 0) {
    replace(target, h("p", { id: "entitlement-none" }, bilingual("不符合该政策的任何待遇规则", "no rule of this policy applies")))
    return
  }
  replace(
    target,
    ...decision.entitlements.map((e) => {
      const split = e.costSplit
      const hours = e.then.monthlyFreeHours
      const services = e.then.services ?? []
      return h(
        "article",
        { class: "entitlement", "data-rule": e.rule },
        h("p", { class: "entitlement-label" }, e.illustrative ? h("span", { class: "badge warn", title: "illustrative" }, "示例值") : null, bilingual(e.label.zh, e.label.en)),
        split === undefined
          ? null
          : h(
              "table",
              { class: "cost-split", id: "cost-split" },
              h("caption", {}, bilingual("每月费用分担", "monthly cost split")),
              h(
                "tbody",
                {},
                h("tr", {}, h("th", { scope: "row" }, bilingual("月费用", "monthly cost")), h("td", { id: "cost-total" }, split.total.format())),
                h("tr", {}, h("th", { scope: "row" }, bilingual(`政府承担 ${percent(split.shares.government)}`, "government")), h("td", { id: "cost-government" }, split.government.format())),
                h("tr", {}, h("th", { scope: "row" }, bilingual(`个人承担 ${percent(split.shares.person)}`, "person")), h("td", { id: "cost-person" }, split.person.format()))
              )
            ),
        split === undefined && e.then.costShare !== undefined
          ? h("p", { class: "note" }, bilingual(`政府承担 ${percent(e.then.costShare.government)}，个人承担 ${percent(e.then.costShare.person)}（填写月费用可算出金额）`, "enter the monthly cost to see the amounts"))
          : null,
        hours === undefined ? null : h("p", {}, bilingual(`每月免费护理 ${hours} 小时`, `${hours} free care hours a month`)),
        services.length === 0 ? null : h("p", { class: "note" }, `服务内容 Services：${services.map(serviceName).join("、")}`)
      )
    })
  )
}

/** A message in place of the entitlement (form not complete, or a fact to correct). */
export const renderEntitlementPending = (target: HTMLElement, zh: string, en: string): void => {
  replace(target, h("p", { class: "note", id: "entitlement-pending" }, bilingual(zh, en)))
}

/** One explanation as a list, and the same tree as core's plain-text rendering for copying into a file. */
export const explanationBlock = (title: { zh: string; en: string }, node: Explanation, open: boolean): HTMLElement =>
  h(
    "details",
    { class: "explanation-block", open },
    h("summary", {}, bilingual(title.zh, title.en)),
    explanationList(node),
    h("details", { class: "plain" }, h("summary", {}, bilingual("纯文本", "plain text (renderExplanationZh)")), h("pre", {}, renderExplanationZh(node)))
  )
