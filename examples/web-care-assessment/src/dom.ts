/**
 * A few lines of DOM building, so the page needs no framework. Text always goes in as text nodes
 * (never `innerHTML`), so nothing typed into the form can inject markup.
 */

type Child = Node | string | number | null | undefined | false
type Attrs = Readonly<Record<string, string | number | boolean | undefined>>

/** Creates an element with attributes (`false`/`undefined` leave one out, `true` sets it empty) and children. */
export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: ReadonlyArray<Child>): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    el.setAttribute(name, value === true ? "" : String(value))
  }
  append(el, children)
  return el
}

/** Appends children, turning strings and numbers into text nodes and skipping empty ones. */
export const append = (parent: Node, children: ReadonlyArray<Child>): void => {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    parent.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c)
  }
}

/** Replaces an element's content. */
export const replace = (parent: Element, ...children: ReadonlyArray<Child>): void => {
  parent.replaceChildren()
  append(parent, children)
}

/** Chinese text followed by its English hint (marked `lang="en"` for screen readers). */
export const bilingual = (zh: string, en: string): DocumentFragment => {
  const f = document.createDocumentFragment()
  append(f, [zh, " ", h("span", { class: "hint", lang: "en" }, en)])
  return f
}

/** The element with this id, or an error naming it (the page's HTML and this code must agree). */
export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id)
  if (el === null) throw new Error(`#${id} is missing from index.html`)
  return el as T
}
