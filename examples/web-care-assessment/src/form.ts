/**
 * The assessment form, built from the instrument data: one fieldset per domain (一级指标), one
 * radio group per item (二级指标) with every option the standard gives, its score and its text.
 * Nothing about GB/T 42195 is written here: a local team that loads its own instrument with
 * `loadInstrument` gets its own form from the same code.
 */
import { CARE_IDENTITY_NAMES, CARE_SETTING_NAMES, type Instrument, RISK_EVENT_NAMES, type ResponseSet } from "@minzheng/care-assessment"
import { bilingual, h } from "./dom.js"

/** The radio group name of an item. */
export const itemField = (itemId: string): string => `item-${itemId}`

/** The number input name of a risk event type. */
const riskField = (event: string): string => `risk-${event}`

/** Renders the domains and their items into `container`. */
export const renderDomains = (container: HTMLElement, ins: Instrument): void => {
  for (const domain of ins.domains) {
    const items = ins.items.filter((it) => it.domain === domain.id)
    const max = items.reduce((s, it) => s + Math.max(...it.options.map((o) => o.score)), 0)
    const fieldset = h(
      "fieldset",
      { class: "domain", "data-domain": domain.id },
      h("legend", {}, `${domain.clause} `, bilingual(domain.name.zh, domain.name.en), h("span", { class: "max" }, ` 0–${max} 分`))
    )
    for (const item of items) {
      const name = itemField(item.id)
      const definitionId = `${name}-definition`
      const group = h(
        "fieldset",
        { class: "item", "data-item": item.id, "aria-describedby": item.definition === undefined ? undefined : definitionId },
        h("legend", {}, h("span", { class: "clause" }, item.clause), " ", bilingual(item.name.zh, item.name.en)),
        item.definition === undefined ? null : h("p", { class: "definition", id: definitionId }, item.definition)
      )
      item.options.forEach((option) => {
        const id = `${name}-${option.id}`
        group.appendChild(
          h(
            "div",
            { class: "option" },
            h("input", { type: "radio", id, name, value: option.id, required: true }),
            h(
              "label",
              { for: id },
              h("span", { class: "score" }, String(option.score), h("span", { class: "sr-only" }, " 分")),
              h("span", { class: "text" }, bilingual(option.text.zh, option.text.en))
            )
          )
        )
      })
      fieldset.appendChild(group)
    }
    container.appendChild(fieldset)
  }
}

/** Renders one count field per care risk event type (近30天照护风险事件). */
export const renderRiskEvents = (container: HTMLElement): void => {
  container.appendChild(h("p", { class: "sub-legend" }, bilingual("近30天照护风险事件（次）", "Care risk events in the past 30 days (count)")))
  for (const [event, name] of Object.entries(RISK_EVENT_NAMES)) {
    const id = riskField(event)
    container.appendChild(
      h("label", { class: "field small", for: id }, bilingual(name.zh, name.en), h("input", { id, name: id, type: "number", min: 0, max: 1000, step: 1, inputmode: "numeric" }))
    )
  }
}

/** Fills the identity and setting choices from the package's name tables. */
export const renderEntitlementChoices = (identity: HTMLSelectElement, setting: HTMLSelectElement): void => {
  for (const [id, name] of Object.entries(CARE_IDENTITY_NAMES)) identity.appendChild(h("option", { value: id, selected: id === "dibao" }, `${name.zh} · ${name.en}`))
  for (const [id, name] of Object.entries(CARE_SETTING_NAMES)) setting.appendChild(h("option", { value: id }, `${name.zh} · ${name.en}`))
}

/** What the form holds: the response set to score and how many items are answered. */
export interface FormReading {
  readonly responses: ResponseSet
  readonly answered: number
}

/** Reads the form into a response set for `assess`. Empty fields are left out; the package checks the rest. */
export const readResponses = (form: HTMLFormElement, ins: Instrument): FormReading => {
  const data = new FormData(form)
  const answers: Array<{ item: string; option: string }> = []
  for (const item of ins.items) {
    const option = data.get(itemField(item.id))
    if (typeof option === "string" && option !== "") answers.push({ item: item.id, option })
  }
  const diagnoses = String(data.get("diagnoses") ?? "")
    .split(/[\s,，、;；]+/)
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== "")
  const riskEvents: Record<string, number> = {}
  for (const event of Object.keys(RISK_EVENT_NAMES)) {
    const raw = String(data.get(riskField(event)) ?? "").trim()
    if (raw !== "") riskEvents[event] = Number(raw)
  }
  const responses: ResponseSet = {
    instrument: ins.id,
    answers,
    ...(diagnoses.length > 0 ? { diagnoses } : {}),
    ...(Object.keys(riskEvents).length > 0 ? { riskEvents } : {})
  }
  return { responses, answered: answers.length }
}

/** Checks the given option of each item (the example answers). */
export const fillAnswers = (form: HTMLFormElement, answers: Readonly<Record<string, string>>): void => {
  for (const [item, option] of Object.entries(answers)) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${itemField(item)}"][value="${option}"]`)
    if (input !== null) input.checked = true
  }
}
