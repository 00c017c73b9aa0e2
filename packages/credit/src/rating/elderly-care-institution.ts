/**
 * 养老机构等级 (elderly-care institution grades) by GB/T 37276-2018《养老机构等级划分与评定》, as
 * reported in the domain specification: 1,000 points in four parts — 环境 120, 设施设备 130,
 * 运营管理 150, 服务 600 — and grade minimum totals 一级 360, 二级 450, 三级 570, 四级 780, 五级 900. The
 * standard also requires a minimum in every part for each grade; those figures could not be read
 * here, so `minPerSection` is `null` (not checked) until they are supplied from the standard.
 *
 * @module
 */
import type { Checklist } from "./checklist.js"

/**
 * The GB/T 37276-2018 structure as a checklist (per-part minimums not set, see the module summary).
 *
 * @example
 * ```ts
 * import { elderlyCareInstitutionChecklist } from "@minzheng/credit"
 * elderlyCareInstitutionChecklist.grades.map((g) => g.minTotal) //=> [900, 780, 570, 450, 360]
 * ```
 * @category ratings
 * @since 0.1.0
 */
export const elderlyCareInstitutionChecklist: Checklist = {
  id: "gbt-37276-2018",
  label: { zh: "养老机构等级划分与评定", en: "grading of elderly-care institutions" },
  source: { document: "GB/T 37276-2018 养老机构等级划分与评定", note: "分值结构与各级总分据领域规范转述；各部分最低分未核实" },
  illustrative: false,
  sections: [
    { id: "environment", label: { zh: "环境", en: "environment" }, maxPoints: 120 },
    { id: "facilities", label: { zh: "设施设备", en: "facilities and equipment" }, maxPoints: 130 },
    { id: "management", label: { zh: "运营管理", en: "operations and management" }, maxPoints: 150 },
    { id: "service", label: { zh: "服务", en: "services" }, maxPoints: 600 }
  ],
  grades: [
    { id: "grade-5", label: { zh: "五级", en: "grade 5" }, minTotal: 900, minPerSection: null },
    { id: "grade-4", label: { zh: "四级", en: "grade 4" }, minTotal: 780, minPerSection: null },
    { id: "grade-3", label: { zh: "三级", en: "grade 3" }, minTotal: 570, minPerSection: null },
    { id: "grade-2", label: { zh: "二级", en: "grade 2" }, minTotal: 450, minPerSection: null },
    { id: "grade-1", label: { zh: "一级", en: "grade 1" }, minTotal: 360, minPerSection: null }
  ]
}
