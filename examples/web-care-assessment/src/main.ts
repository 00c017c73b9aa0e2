/**
 * The page: a GB/T 42195-2022 form scored as it is filled in, with the 峡山 entitlement that
 * follows from the level. `assess` and `determineEntitlements` run here in the browser, straight
 * from the packages' sources (see vite.config.ts).
 */
import { assess, determineEntitlements, GBT_42195, XIASHAN_POLICY } from "@minzheng/care-assessment"
import type { Issue } from "@minzheng/core"
import { Result } from "@minzheng/core"
import { byId, replace } from "./dom.js"
import { EXAMPLE_ANSWERS } from "./example-answers.js"
import { fillAnswers, readResponses, renderDomains, renderEntitlementChoices, renderRiskEvents } from "./form.js"
import { explanationBlock, issueSubject, renderDomainScores, renderEntitlement, renderEntitlementPending, renderIssues, renderSummary } from "./results.js"
import "./style.css"

const instrument = GBT_42195.data
const policy = XIASHAN_POLICY

const form = byId<HTMLFormElement>("assessment-form")
const identity = byId<HTMLSelectElement>("identity")
const setting = byId<HTMLSelectElement>("setting")
const monthlyCost = byId<HTMLInputElement>("monthly-cost")
const diagnoses = byId<HTMLInputElement>("diagnoses")
const progress = byId("progress")
const summary = byId("result-summary")
const domainScores = byId("result-domains")
const errors = byId("result-errors")
const entitlement = byId("result-entitlement")
const explanation = byId("result-explanation")

renderDomains(byId("domains"), instrument)
renderRiskEvents(byId("risk-events"))
renderEntitlementChoices(identity, setting)

/**
 * Shows the issues of one field beside it (and marks it invalid for assistive technology);
 * `entries` quotes what an issue at path [field, i] is about (the i-th code typed into the field).
 */
const fieldIssues = (input: HTMLInputElement, issues: ReadonlyArray<Issue>, entries: Readonly<Record<string, ReadonlyArray<string>>> = {}): void => {
  const box = byId(input.getAttribute("aria-describedby") ?? "")
  input.setAttribute("aria-invalid", issues.length > 0 ? "true" : "false")
  box.hidden = issues.length === 0
  box.textContent = issues.map((i) => `${issueSubject(i, entries)}${i.zh}（${i.en}）`).join("；")
}

const update = (): void => {
  const { responses, answered } = readResponses(form, instrument)
  progress.textContent = `已答 ${answered} / ${instrument.items.length} 项 · ${answered} of ${instrument.items.length} items answered`
  // provisional: a partly filled form still gets a level (missing items count 0) and the range it can still reach.
  const scored = assess(GBT_42195, responses, { provisional: true })
  if (Result.isFailure(scored)) {
    const issues = scored.failure.issues
    const entries = { diagnoses: responses.diagnoses ?? [] }
    fieldIssues(diagnoses, issues.filter((i) => i.path[0] === "diagnoses"), entries)
    renderIssues(errors, issues, entries)
    replace(summary)
    replace(domainScores)
    replace(explanation)
    renderEntitlementPending(entitlement, "请先更正上面的问题", "correct the problems above first")
    return
  }
  fieldIssues(diagnoses, [])
  renderIssues(errors, [])
  const a = scored.success
  renderSummary(summary, a, instrument)
  renderDomainScores(domainScores, a, instrument)
  const blocks = [explanationBlock({ zh: "能力等级", en: "level" }, a.explanation, true)]
  fieldIssues(monthlyCost, [])
  if (a.provisional || a.level === null) {
    renderEntitlementPending(entitlement, "全部 26 项作答后给出待遇", "the entitlement follows once all 26 items are answered")
  } else {
    const cost = monthlyCost.value.trim()
    const facts = { identity: identity.value, level: a.level, setting: setting.value, ...(setting.value === "institution" && cost !== "" ? { monthlyCost: cost } : {}) }
    const decided = determineEntitlements(policy, facts)
    if (Result.isFailure(decided)) {
      fieldIssues(monthlyCost, decided.failure.issues.filter((i) => i.path[0] === "monthlyCost"))
      renderIssues(errors, decided.failure.issues)
      renderEntitlementPending(entitlement, "请先更正待遇信息", "correct the entitlement facts first")
    } else {
      renderEntitlement(entitlement, decided.success)
      blocks.push(explanationBlock({ zh: `待遇（${policy.name.zh}）`, en: `entitlement (${policy.name.en})` }, decided.success.explanation, true))
    }
  }
  replace(explanation, ...blocks)
}

form.addEventListener("input", update)
form.addEventListener("change", update)
// "reset" fires before the fields are cleared: score once they are.
form.addEventListener("reset", () => setTimeout(update, 0))
byId("fill-example").addEventListener("click", () => {
  fillAnswers(form, EXAMPLE_ANSWERS)
  update()
})
monthlyCost.disabled = setting.value !== "institution"
setting.addEventListener("change", () => {
  monthlyCost.disabled = setting.value !== "institution"
})
update()
document.body.dataset.ready = "true"
