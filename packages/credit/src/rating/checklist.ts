/**
 * 评定清单 (rating checklist): a rating scheme as data — sections with maximum points, grades with
 * a minimum total and optional per-section minimums — and the rule that grades a set of section
 * scores. Used for 养老机构等级 (GB/T 37276-2018) and 星级服务员 (seed 000).
 *
 * @module
 */
import { decode, explain, type Explanation, type InvalidInput, invalidInput, issue, type Citation, CitationSchema } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { BilingualSchema, IdSchema } from "../internal/schemas.js"

/**
 * Zod schema of a {@link Checklist}.
 *
 * @example
 * ```ts
 * import { ChecklistSchema, elderlyCareInstitutionChecklist } from "@minzheng/credit"
 * ChecklistSchema.safeParse(elderlyCareInstitutionChecklist).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ChecklistSchema = z.strictObject({
  id: IdSchema,
  label: BilingualSchema,
  source: CitationSchema,
  illustrative: z.boolean(),
  sections: z.array(z.strictObject({ id: IdSchema, label: BilingualSchema, maxPoints: z.number().check(z.positive()) })).check(z.minLength(1)),
  grades: z.array(
    z.strictObject({
      id: IdSchema,
      label: BilingualSchema,
      minTotal: z.number().check(z.minimum(0)),
      minPerSection: z.nullable(z.record(z.string(), z.number().check(z.minimum(0)))),
      note: z.optional(z.string())
    })
  ).check(z.minLength(1))
})

/**
 * A rating checklist (see the module summary). `minPerSection: null` means the per-section
 * minimums are not set (the standard's figures were not verified).
 *
 * @example
 * ```ts
 * import { elderlyCareInstitutionChecklist } from "@minzheng/credit"
 * elderlyCareInstitutionChecklist.sections.map((s) => s.maxPoints) //=> [120, 130, 150, 600]
 * ```
 * @category ratings
 * @since 0.1.0
 */
export type Checklist = z.output<typeof ChecklistSchema>

/**
 * The result of grading: the grade reached (or `null`), the total, and for each higher grade why
 * it was missed.
 *
 * @example
 * ```ts
 * import type { Rating } from "@minzheng/credit"
 * const g = (r: Rating) => r.grade?.label.zh ?? "未达等级"
 * ```
 * @category ratings
 * @since 0.1.0
 */
export interface Rating {
  readonly total: number
  readonly grade: Checklist["grades"][number] | null
  readonly explanation: Explanation
}

// Section scores by section id. (Classic zod's `.finite()` was a no-op: a zod 4 number already
// refuses Infinity and NaN.)
const SCORES = z.record(z.string(), z.number())

/**
 * Grades section scores against a checklist: the highest grade whose minimum total and every
 * per-section minimum are met. Each score must lie between 0 and its section's maximum.
 *
 * @returns the rating, or `InvalidInput` listing every problem (unknown or missing section, score
 * out of range)
 * @example
 * ```ts
 * import { rateChecklist, elderlyCareInstitutionChecklist } from "@minzheng/credit"
 * import { Result } from "@minzheng/core"
 * const r = rateChecklist(elderlyCareInstitutionChecklist, { environment: 100, facilities: 110, management: 120, service: 450 })
 * Result.isSuccess(r) && r.success.grade?.id //=> "grade-4"
 * ```
 * @category ratings
 * @since 0.1.0
 */
export const rateChecklist = (checklist: Checklist, scores: unknown): Result.Result<Rating, InvalidInput> => {
  const c = decode(ChecklistSchema, checklist)
  const s = decode(SCORES, scores)
  const problems = [...(Result.isFailure(c) ? c.failure.issues.map((i) => ({ ...i, path: ["checklist", ...i.path] })) : []), ...(Result.isFailure(s) ? s.failure.issues : [])]
  if (Result.isSuccess(c) && Result.isSuccess(s)) {
    for (const sec of c.success.sections) {
      const v = s.success[sec.id]
      if (v === undefined) problems.push(issue([sec.id], "missing", `缺少“${sec.label.zh}”得分`, `missing score for ${sec.id}`))
      else if (v < 0 || v > sec.maxPoints) problems.push(issue([sec.id], "out_of_range", `“${sec.label.zh}”得分应在 0–${sec.maxPoints} 之间`, `${sec.id} must be 0–${sec.maxPoints}`))
    }
    for (const k of Object.keys(s.success)) if (!c.success.sections.some((x) => x.id === k)) problems.push(issue([k], "unknown_section", `没有部分 ${k}`, `no section ${k}`))
  }
  if (problems.length > 0 || Result.isFailure(c) || Result.isFailure(s)) return Result.fail(invalidInput(problems))
  const cl = c.success
  const sc = s.success
  const total = cl.sections.reduce((a, x) => a + (sc[x.id] as number), 0)
  const grades = [...cl.grades].sort((a, b) => b.minTotal - a.minTotal)
  const children: Explanation[] = []
  let reached: Checklist["grades"][number] | null = null
  for (const g of grades) {
    const short = Object.entries(g.minPerSection ?? {}).filter(([k, min]) => (sc[k] ?? 0) < min)
    const ok = total >= g.minTotal && short.length === 0
    children.push(
      explain({
        rule: `rating.${cl.id}.${g.id}`,
        label: {
          zh: `${g.label.zh}：总分须≥${g.minTotal}（实得 ${total}）${g.minPerSection === null ? "；各部分最低分未设定" : short.length > 0 ? `；未达部分最低分：${short.map(([k, m]) => `${k}<${m}`).join("、")}` : "；各部分达到最低分"}`,
          en: `${g.label.en}: total ≥ ${g.minTotal} (got ${total})${short.length > 0 ? `; short in ${short.map(([k]) => k).join(", ")}` : ""}`
        },
        outcome: ok,
        parameters: { minTotal: g.minTotal, minPerSection: g.minPerSection },
        citations: [cl.source as Citation]
      })
    )
    if (ok) {
      reached = g
      break
    }
  }
  return Result.succeed({
    total,
    grade: reached,
    explanation: explain({
      rule: `rating.${cl.id}`,
      label: { zh: `${cl.label.zh}：总分 ${total}，评定为 ${reached?.label.zh ?? "未达任何等级"}`, en: `${cl.label.en}: total ${total}, ${reached?.label.en ?? "no grade"}` },
      outcome: reached?.id ?? null,
      inputs: sc,
      citations: [cl.source as Citation],
      children
    })
  })
}
