/**
 * An explanation tree (core's `Explanation`) as a nested list: each node's Chinese label, its
 * outcome, the English label as a hint and the citation. A citation of the same document as its
 * parent's shows only the clause, so 26 items do not repeat the standard's title 26 times.
 */
import { type Citation, type Explanation, formatCitation, type Json } from "@minzheng/core"
import { h } from "./dom.js"

const outcomeText = (o: Json): string => {
  if (o === true) return "是"
  if (o === false) return "否"
  if (o === null) return "—"
  if (Array.isArray(o)) return o.length === 0 ? "无" : o.map(outcomeText).join("、")
  if (typeof o === "object") return JSON.stringify(o)
  return String(o)
}

const citationText = (c: Citation, parent: ReadonlyArray<Citation>): string => {
  const sameDocument = parent.some((p) => p.document === c.document && p.number === c.number)
  if (!sameDocument || c.article === undefined) return formatCitation(c)
  return `${c.article}${c.note === undefined ? "" : `（${c.note}）`}`
}

const item = (node: Explanation, parentCitations: ReadonlyArray<Citation>): HTMLLIElement => {
  const cites = node.citations.map((c) => citationText(c, parentCitations)).join("；")
  const li = h(
    "li",
    { class: node.provisional === true ? "node provisional" : "node" },
    node.provisional === true ? h("span", { class: "badge", title: "provisional" }, "临时") : null,
    h("span", { class: "label" }, node.label.zh),
    "：",
    h("strong", { class: "outcome" }, outcomeText(node.outcome)),
    " ",
    h("span", { class: "hint", lang: "en" }, node.label.en),
    cites === "" ? null : h("span", { class: "cite" }, `依据：${cites}`)
  )
  if (node.children.length > 0) {
    const ul = h("ul")
    for (const child of node.children) ul.appendChild(item(child, node.citations.length > 0 ? node.citations : parentCitations))
    li.appendChild(ul)
  }
  return li
}

/** Renders an explanation tree as a nested list. */
export const explanationList = (root: Explanation): HTMLUListElement => h("ul", { class: "explanation" }, item(root, []))
