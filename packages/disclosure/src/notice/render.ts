/**
 * Renderings of a masked notice: plain text (for printing), Markdown (escaped so a mask `*` stays
 * a star, not emphasis) and HTML (every text escaped). Each takes only a {@link MaskedNotice}.
 *
 * @module
 */
import { invalidInput, issue, maskPersonalNumbers } from "@minzheng/core"
import type { MaskedNotice } from "./model.js"

/**
 * Rendering options: header language (default `zh`).
 *
 * @example
 * ```ts
 * import type { RenderOptions } from "@minzheng/disclosure"
 * const options: RenderOptions = { language: "en" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface RenderOptions {
  readonly language?: "zh" | "en"
}

const requireMasked = (n: unknown): MaskedNotice => {
  const m = n as MaskedNotice | null | undefined
  if (
    m === null ||
    typeof m !== "object" ||
    m.masked !== true ||
    !Array.isArray(m.columns) ||
    !Array.isArray(m.rows) ||
    typeof m.title !== "string" ||
    typeof m.issuer !== "string" ||
    typeof m.period !== "object" ||
    m.period === null ||
    m.title.length > 200 ||
    m.issuer.length > 200 ||
    (m.footer !== undefined && (typeof m.footer !== "string" || m.footer.length > 2000)) ||
    !m.rows.every((r) => Array.isArray(r) && r.length === m.columns.length && r.every((c) => typeof c === "string" && c.length <= 2000)) ||
    !m.columns.every((c) => typeof c === "object" && c !== null && typeof c.label === "object" && c.label !== null && typeof c.label.zh === "string" && typeof c.label.en === "string")
  ) {
    throw invalidInput([issue(["notice"], "not_masked", "只能输出已脱敏的公示", "only a notice masked by buildNotice can be rendered")])
  }
  return m
}

const heads = (lang: "zh" | "en") =>
  lang === "zh" ? { issuer: "公示单位", period: "公示期", to: "至" } : { issuer: "Issued by", period: "Notice period", to: "to" }

// Every text a renderer prints goes through core's `maskPersonalNumbers` as well: buildNotice
// already refuses a number in free text, so this guards a MaskedNotice assembled by hand.
const oneLine = (s: string): string => maskPersonalNumbers(s).replace(/[\r\n]+/g, " ")

/**
 * Renders a masked notice as plain text, one row per line, cells separated by ` | `. Every text is
 * passed through core's `maskPersonalNumbers` on the way out.
 *
 * @throws `InvalidInput` when given anything but a masked notice
 * @example
 * ```ts
 * import { buildNoticeUnsafe, renderNoticeText } from "@minzheng/disclosure"
 * const n = buildNoticeUnsafe({ title: "低保公示", issuer: "虎山社区", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [{ key: "head", label: { zh: "户主", en: "head" }, type: "person-name" }], rows: [{ head: "张三丰" }] })
 * renderNoticeText(n) //=> "低保公示\n公示单位：虎山社区\n公示期：2025-09-26 至 2025-10-09\n\n户主\n张**\n"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const renderNoticeText = (notice: MaskedNotice, options: RenderOptions = {}): string => {
  const n = requireMasked(notice)
  const lang = (options as RenderOptions | null | undefined)?.language === "en" ? "en" : "zh"
  const h = heads(lang)
  const sep = lang === "zh" ? "：" : ": "
  const lines = [oneLine(n.title), `${h.issuer}${sep}${oneLine(n.issuer)}`, `${h.period}${sep}${n.period.from} ${h.to} ${n.period.to}`, ""]
  lines.push(n.columns.map((c) => oneLine(c.label[lang])).join(" | "))
  for (const r of n.rows) lines.push(r.map(oneLine).join(" | "))
  if (n.footer !== undefined) lines.push("", maskPersonalNumbers(n.footer))
  return `${lines.join("\n")}\n`
}

const md = (s: string): string => oneLine(s).replace(/[\\`*_[\]{}<>|#~!]/g, "\\$&")

/**
 * Renders a masked notice as Markdown: a heading, the issuer and period, and a table; every text
 * is escaped (so `张**` shows as written).
 *
 * @throws `InvalidInput` when given anything but a masked notice
 * @example
 * ```ts
 * import { buildNoticeUnsafe, renderNoticeMarkdown } from "@minzheng/disclosure"
 * const n = buildNoticeUnsafe({ title: "低保公示", issuer: "虎山社区", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [{ key: "head", label: { zh: "户主", en: "head" }, type: "person-name" }], rows: [{ head: "张三丰" }] })
 * renderNoticeMarkdown(n).includes("| 张\\*\\* |") //=> true
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const renderNoticeMarkdown = (notice: MaskedNotice, options: RenderOptions = {}): string => {
  const n = requireMasked(notice)
  const lang = (options as RenderOptions | null | undefined)?.language === "en" ? "en" : "zh"
  const h = heads(lang)
  const sep = lang === "zh" ? "：" : ": "
  const lines = [`# ${md(n.title)}`, "", `${h.issuer}${sep}${md(n.issuer)}  `, `${h.period}${sep}${n.period.from} ${h.to} ${n.period.to}`, ""]
  lines.push(`| ${n.columns.map((c) => md(c.label[lang])).join(" | ")} |`, `| ${n.columns.map(() => "---").join(" | ")} |`)
  for (const r of n.rows) lines.push(`| ${r.map(md).join(" | ")} |`)
  if (n.footer !== undefined) lines.push("", md(n.footer))
  return `${lines.join("\n")}\n`
}

const html = (s: string): string => maskPersonalNumbers(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

/**
 * Renders a masked notice as an HTML fragment (`<article>` with a `<table>`); every text escaped.
 *
 * @throws `InvalidInput` when given anything but a masked notice
 * @example
 * ```ts
 * import { buildNoticeUnsafe, renderNoticeHtml } from "@minzheng/disclosure"
 * const n = buildNoticeUnsafe({ title: "<低保公示>", issuer: "虎山社区", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [{ key: "head", label: { zh: "户主", en: "head" }, type: "person-name" }], rows: [{ head: "张三丰" }] })
 * renderNoticeHtml(n).includes("<h1>&lt;低保公示&gt;</h1>") //=> true
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const renderNoticeHtml = (notice: MaskedNotice, options: RenderOptions = {}): string => {
  const n = requireMasked(notice)
  const lang = (options as RenderOptions | null | undefined)?.language === "en" ? "en" : "zh"
  const h = heads(lang)
  const sep = lang === "zh" ? "：" : ": "
  const out = [
    `<article class="minzheng-notice" lang="${lang === "zh" ? "zh-CN" : "en"}">`,
    `<h1>${html(n.title)}</h1>`,
    `<p>${h.issuer}${sep}${html(n.issuer)}<br>${h.period}${sep}${html(n.period.from)} ${h.to} ${html(n.period.to)}</p>`,
    "<table>",
    `<thead><tr>${n.columns.map((c) => `<th>${html(c.label[lang])}</th>`).join("")}</tr></thead>`,
    "<tbody>",
    ...n.rows.map((r) => `<tr>${r.map((c) => `<td>${html(c)}</td>`).join("")}</tr>`),
    "</tbody>",
    "</table>"
  ]
  if (n.footer !== undefined) out.push(`<p>${html(n.footer)}</p>`)
  out.push("</article>")
  return `${out.join("\n")}\n`
}
