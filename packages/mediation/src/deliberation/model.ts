/**
 * The vocabularies of the two deliberation workflows, each value with its Chinese term: the roles
 * and steps of 议事协商 七步工作法 (`consultation.ts`, seed 001 岱岳区) and the stages and
 * question handlings of the 阳光报告会 (`sunshine-report.ts`, seed 001 平原县). Constants only:
 * the workflows and the internal state guard both import this file, so dependencies point one way.
 *
 * @module
 */

/**
 * The seven fixed member roles of "7+X" and the X roles, each with its Chinese term.
 *
 * @example
 * ```ts
 * import { CONSULTATION_ROLE_NAMES } from "@minzheng/mediation"
 * CONSULTATION_ROLE_NAMES["legal-adviser"].zh //=> "法律顾问"
 * ```
 * @category models
 * @since 0.1.0
 */
export const CONSULTATION_ROLE_NAMES = {
  "two-committees": { zh: "村(居)“两委”成员", en: "member of the Party branch or village/residents' committee" },
  "supervisory-committee": { zh: "监督委员会成员", en: "member of the supervisory committee" },
  "party-member-representative": { zh: "党员代表", en: "Party member representative" },
  "resident-representative": { zh: "居民代表", en: "resident representative" },
  "deputies-and-members": { zh: "“两代表一委员”", en: "people's congress deputy, Party congress delegate or CPPCC member" },
  "township-cadre": { zh: "县乡包村(居)干部", en: "county or township cadre in charge of the village" },
  "legal-adviser": { zh: "法律顾问", en: "legal adviser" },
  stakeholder: { zh: "利益相关方", en: "stakeholder (X)" },
  department: { zh: "职能部门", en: "government department (X)" }
} as const

/**
 * The seven fixed roles that must be at a consultation meeting.
 *
 * @example
 * ```ts
 * import { FIXED_CONSULTATION_ROLES } from "@minzheng/mediation"
 * FIXED_CONSULTATION_ROLES.length //=> 7
 * ```
 * @category models
 * @since 0.1.0
 */
export const FIXED_CONSULTATION_ROLES = [
  "two-committees",
  "supervisory-committee",
  "party-member-representative",
  "resident-representative",
  "deputies-and-members",
  "township-cadre",
  "legal-adviser"
] as const

/**
 * The seven steps, each with its Chinese term; `rejected` ends a topic that failed review.
 *
 * @example
 * ```ts
 * import { CONSULTATION_STEP_NAMES } from "@minzheng/mediation"
 * CONSULTATION_STEP_NAMES.publicised.zh //=> "结果公示"
 * ```
 * @category models
 * @since 0.1.0
 */
export const CONSULTATION_STEP_NAMES = {
  new: { zh: "未提出", en: "not proposed" },
  proposed: { zh: "提出议题", en: "topic proposed" },
  reviewed: { zh: "审查议题", en: "topic reviewed" },
  rejected: { zh: "审查未通过", en: "rejected at review" },
  "consensus-gathered": { zh: "汇聚共识", en: "consensus gathered" },
  "meeting-held": { zh: "召开会议", en: "meeting held" },
  supervised: { zh: "督导落实", en: "implementation supervised" },
  publicised: { zh: "结果公示", en: "result publicised" },
  filed: { zh: "备案归档", en: "filed" }
} as const

/**
 * How a question was handled, each with its Chinese term: 当场答复 (answered on the spot), 当场解决
 * (settled on the spot), 事后答复 (answered later) and 县乡协调解决 (resolved with the county or
 * township) — the last two go on the ledger with 四定 and are closed one by one.
 *
 * @example
 * ```ts
 * import { QUESTION_HANDLING_NAMES } from "@minzheng/mediation"
 * QUESTION_HANDLING_NAMES["county-township-coordination"].zh //=> "县乡协调解决"
 * ```
 * @category models
 * @since 0.1.0
 */
export const QUESTION_HANDLING_NAMES = {
  "answered-on-spot": { zh: "当场答复", en: "answered on the spot" },
  "resolved-on-spot": { zh: "当场解决", en: "settled on the spot" },
  "answer-later": { zh: "事后答复", en: "answered later" },
  "county-township-coordination": { zh: "县乡协调解决", en: "resolved with the county or township" }
} as const

/**
 * The stages of a meeting, each with its Chinese term.
 *
 * @example
 * ```ts
 * import { SUNSHINE_STAGE_NAMES } from "@minzheng/mediation"
 * SUNSHINE_STAGE_NAMES.reported.zh //=> "一述"
 * ```
 * @category models
 * @since 0.1.0
 */
export const SUNSHINE_STAGE_NAMES = {
  new: { zh: "未安排", en: "not scheduled" },
  scheduled: { zh: "已安排", en: "scheduled" },
  reported: { zh: "一述", en: "report given" },
  questioned: { zh: "两问", en: "questions and ideas" },
  evaluated: { zh: "三评", en: "evaluations" },
  "ledger-open": { zh: "四定，问题台账未销号", en: "ledger items still open" },
  closed: { zh: "全部销号", en: "all ledger items closed" }
} as const

/**
 * What a villager brings to the 两问 of a sunshine report meeting (请群众提问、向群众问计), each with
 * its Chinese term.
 *
 * @example
 * ```ts
 * import { LEDGER_ITEM_KIND_NAMES } from "@minzheng/mediation"
 * LEDGER_ITEM_KIND_NAMES.idea.zh //=> "意见建议"
 * ```
 * @category models
 * @since 0.1.0
 */
export const LEDGER_ITEM_KIND_NAMES = {
  question: { zh: "问题", en: "question" },
  idea: { zh: "意见建议", en: "idea or suggestion" }
} as const

/**
 * Who is evaluated at the 三评 (对村委会主任、“两委”成员、党员进行评价, seed 001), each with its
 * Chinese term.
 *
 * @example
 * ```ts
 * import { EVALUATION_SUBJECT_NAMES } from "@minzheng/mediation"
 * EVALUATION_SUBJECT_NAMES.director.zh //=> "村委会主任"
 * ```
 * @category models
 * @since 0.1.0
 */
export const EVALUATION_SUBJECT_NAMES = {
  director: { zh: "村委会主任", en: "village committee director" },
  "committee-members": { zh: "“两委”成员", en: "members of the two committees" },
  "party-members": { zh: "党员", en: "Party members" }
} as const

/**
 * The commands of the 议事协商 七步工作法 by `type`, each with the step's Chinese and English name.
 *
 * @example
 * ```ts
 * import { CONSULTATION_COMMAND_NAMES } from "@minzheng/mediation"
 * CONSULTATION_COMMAND_NAMES["gather-consensus"].zh //=> "汇聚共识"
 * ```
 * @category models
 * @since 0.1.0
 */
export const CONSULTATION_COMMAND_NAMES = {
  propose: { zh: "提出议题", en: "propose a topic" },
  review: { zh: "审查议题", en: "review the topic" },
  "gather-consensus": { zh: "汇聚共识", en: "gather consensus" },
  "hold-meeting": { zh: "召开会议", en: "hold the meeting" },
  supervise: { zh: "督导落实", en: "supervise implementation" },
  publish: { zh: "结果公示", en: "publicise the result" },
  file: { zh: "备案归档", en: "file" }
} as const

/**
 * The commands of the 阳光报告会 by `type`, each with the step's Chinese and English name.
 *
 * @example
 * ```ts
 * import { SUNSHINE_COMMAND_NAMES } from "@minzheng/mediation"
 * SUNSHINE_COMMAND_NAMES["close-item"].zh //=> "销号"
 * ```
 * @category models
 * @since 0.1.0
 */
export const SUNSHINE_COMMAND_NAMES = {
  schedule: { zh: "安排报告会", en: "schedule the meeting" },
  report: { zh: "一述", en: "give the report" },
  "raise-question": { zh: "两问", en: "raise a question or idea" },
  evaluate: { zh: "三评", en: "evaluate" },
  fix: { zh: "四定", en: "fix target, measures, person and deadline" },
  conclude: { zh: "结束报告会", en: "conclude the meeting" },
  "close-item": { zh: "销号", en: "close a ledger item" }
} as const
