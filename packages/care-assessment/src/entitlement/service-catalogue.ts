/**
 * 服务目录 (service catalogue): the care functions a local model offers and the service items under
 * them, to which a person's entitled hours are assigned. Shipped: the five functions of the 李沧
 * 社区长照体系 (seed 000) with the service items the 峡山 policy names (seed 001).
 *
 * @module
 */
import { type Bilingual, type Citation, type InvalidInput, invalidInput, issue, type Issue } from "@minzheng/core"
import * as Result from "effect/Result"
import { isRecord } from "../internal/guard.js"
import { CARE_SOURCES } from "../sources.js"

/**
 * A service catalogue: functions, services (each under one function) and whether the list is
 * complete (`complete: false` when the source names only some items).
 *
 * @example
 * ```ts
 * import { LICANG_CATALOGUE } from "@minzheng/care-assessment"
 * LICANG_CATALOGUE.functions.map((f) => f.name.zh) //=> ["生活照顾", "健康养生", "康复", "医疗", "护理"]
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export interface ServiceCatalogue {
  readonly id: string
  readonly name: Bilingual
  readonly citation: Citation
  readonly functions: ReadonlyArray<{ readonly id: string; readonly name: Bilingual }>
  readonly services: ReadonlyArray<{ readonly id: string; readonly name: Bilingual; readonly function: string; readonly citation: Citation }>
  readonly complete: boolean
  readonly notes: ReadonlyArray<string>
}

/**
 * The 李沧 five-function catalogue (五大功能：生活照顾、健康养生、康复、医疗、护理, seed 000) with the
 * five of the 峡山 policy's 28 home-care service items the seed names (清洁、进食、更衣、代购、给药,
 * seed 001). Which function each item falls under is this package's reading, not the seeds'.
 *
 * @example
 * ```ts
 * import { LICANG_CATALOGUE } from "@minzheng/care-assessment"
 * LICANG_CATALOGUE.services.map((s) => s.name.zh) //=> ["清洁", "进食", "更衣", "代购", "给药"]
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const LICANG_CATALOGUE: ServiceCatalogue = {
  id: "licang-five-functions",
  name: { zh: "李沧区社区长照体系五大功能", en: "Licang community long-term-care: five functions" },
  citation: CARE_SOURCES.licang,
  functions: [
    { id: "daily-living", name: { zh: "生活照顾", en: "daily-living care" } },
    { id: "wellness", name: { zh: "健康养生", en: "health and wellness" } },
    { id: "rehabilitation", name: { zh: "康复", en: "rehabilitation" } },
    { id: "medical", name: { zh: "医疗", en: "medical care" } },
    { id: "nursing", name: { zh: "护理", en: "nursing" } }
  ],
  services: [
    { id: "cleaning", name: { zh: "清洁", en: "cleaning" }, function: "daily-living", citation: CARE_SOURCES.xiashan },
    { id: "feeding", name: { zh: "进食", en: "help with eating" }, function: "daily-living", citation: CARE_SOURCES.xiashan },
    { id: "dressing", name: { zh: "更衣", en: "help with dressing" }, function: "daily-living", citation: CARE_SOURCES.xiashan },
    { id: "shopping", name: { zh: "代购", en: "shopping errands" }, function: "daily-living", citation: CARE_SOURCES.xiashan },
    { id: "medication", name: { zh: "给药", en: "giving medication" }, function: "nursing", citation: CARE_SOURCES.xiashan }
  ],
  complete: false,
  notes: [
    "峡山政策共 28 项服务内容，种子材料只列出 5 项（清洁、进食、更衣、代购、给药）；其余 23 项待《峡山区关于深入推进精准扶贫健全完善特殊困难群体帮扶救助体系的意见》原文补全。",
    "各服务项归入五大功能的对应关系为本包的理解，非种子原文。"
  ]
}

/**
 * Hours assigned to services, grouped by function, with what is left of the entitlement.
 *
 * @example
 * ```ts
 * import type { HourAssignment } from "@minzheng/care-assessment"
 * const left = (a: HourAssignment) => a.remaining
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export interface HourAssignment {
  readonly entitled: number
  readonly assigned: number
  readonly remaining: number
  readonly byFunction: ReadonlyArray<{ readonly function: string; readonly name: Bilingual; readonly hours: number; readonly services: ReadonlyArray<{ readonly service: string; readonly hours: number }> }>
}

/**
 * Assigns a month's entitled free hours to services of a catalogue: each request names a service
 * and hours (a multiple of 0.5); unknown services, bad hours and a total beyond the entitlement are
 * all reported at once.
 *
 * @param catalogue - a {@link ServiceCatalogue}
 * @param entitled - free hours a month (from an entitlement)
 * @param requests - `[{ service, hours }]` (untrusted JSON)
 * @returns the {@link HourAssignment}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { assignHours, LICANG_CATALOGUE } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * const r = assignHours(LICANG_CATALOGUE, 30, [{ service: "cleaning", hours: 10 }, { service: "medication", hours: 4.5 }])
 * Result.isSuccess(r) && r.success.remaining //=> 15.5
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const assignHours = (catalogue: ServiceCatalogue, entitled: number, requests: unknown): Result.Result<HourAssignment, InvalidInput> => {
  const issues: Issue[] = []
  if (typeof entitled !== "number" || !Number.isFinite(entitled) || entitled < 0 || !Number.isInteger(entitled * 2)) {
    issues.push(issue(["entitled"], "invalid_hours", "应享小时数应为非负且为 0.5 的整数倍", "entitled hours must be non-negative multiples of 0.5"))
  }
  if (!isRecord(catalogue) || !Array.isArray(catalogue.services) || !Array.isArray(catalogue.functions)) {
    return Result.fail(invalidInput([...issues, issue(["catalogue"], "invalid_catalogue", "服务目录无效", "not a valid service catalogue")]))
  }
  const serviceFn = new Map(catalogue.services.map((s) => [s.id, s.function]))
  const halfHours = new Map<string, Map<string, number>>()
  let total = 0
  if (!Array.isArray(requests)) issues.push(issue(["requests"], "invalid_type", "服务申请应为列表", "requests must be a list"))
  else {
    requests.forEach((r: unknown, i) => {
      if (!isRecord(r)) return void issues.push(issue(["requests", i], "invalid_type", "每项应为 { service, hours }", "each request must be { service, hours }"))
      const fn = typeof r.service === "string" ? serviceFn.get(r.service) : undefined
      if (fn === undefined) issues.push(issue(["requests", i, "service"], "unknown_service", `服务目录中没有 ${String(r.service)}`, `the catalogue has no service ${String(r.service)}`))
      const h = r.hours
      const ok = typeof h === "number" && Number.isFinite(h) && h > 0 && h <= 744 && Number.isInteger(h * 2)
      if (!ok) issues.push(issue(["requests", i, "hours"], "invalid_hours", "小时数应为正数且为 0.5 的整数倍", "hours must be positive multiples of 0.5"))
      if (fn === undefined || !ok) return
      const m = halfHours.get(fn) ?? new Map<string, number>()
      m.set(r.service as string, (m.get(r.service as string) ?? 0) + h * 2)
      halfHours.set(fn, m)
      total += h * 2
    })
  }
  if (issues.length === 0 && total > entitled * 2) {
    issues.push(issue(["requests"], "over_entitlement", `申请 ${total / 2} 小时，超过应享 ${entitled} 小时`, `${total / 2} hours requested, more than the ${entitled} entitled`))
  }
  if (issues.length > 0) return Result.fail(invalidInput(issues))
  const byFunction = catalogue.functions.map((f) => {
    const m = halfHours.get(f.id) ?? new Map<string, number>()
    const services = [...m].map(([service, hh]) => ({ service, hours: hh / 2 }))
    return { function: f.id, name: f.name, hours: services.reduce((s, x) => s + x.hours * 2, 0) / 2, services }
  })
  return Result.succeed({ entitled, assigned: total / 2, remaining: (entitled * 2 - total) / 2, byFunction })
}
