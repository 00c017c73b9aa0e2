/**
 * 社会救助“一件事” catalogue (seed 003, 即墨 “14+N+1”): the cross-department assistance items a
 * family should be told about once relief has determined its 低保, 特困, 低保边缘 and 刚性支出困难
 * status — 医疗救助, 教育救助, 住房救助, 就业救助, 临时救助 (支出型), 法律援助, 司法救助, the two
 * disability allowances — each on its national text, plus 即墨's local items marked as local
 * practice.
 *
 * Seed 003: “依托‘社会救助一件事’机制，将民政、人社、住建、医保等部门14项救助帮扶业务纳入‘社会救助
 * 一件事’线下申请救助事项，将教育、民政、司法、人社等部门17项救助帮扶业务纳入线上申请救助事项，逐步
 * 形成多元一体的‘14+N+1’‘大救助’服务体系”. The report names the departments, not the 14 and 17
 * items, nor what “N” and “+1” stand for: the items below are those the national texts name, and
 * each item's channel follows its department as the report groups them.
 *
 * @module
 */
import type { Bilingual, Citation } from "@minzheng/core"
import { REFERRAL_SOURCES as S } from "./sources.js"
import type { Channel, Department, ReferralContext, ReferralFinding, ReferralItem, ReferralMember, ReferralStrength } from "./referral-item.js"

/**
 * 即墨's channels by department (seed 003): offline for 民政、人社、住建、医保, online for 教育、民政、
 * 司法、人社. Departments the report does not name get no channel.
 *
 * @example
 * ```ts
 * import { JIMO_CHANNELS } from "@minzheng/relief"
 * JIMO_CHANNELS["human-resources"] //=> ["offline", "online"]
 * ```
 * @category referrals
 * @since 0.1.0
 */
export const JIMO_CHANNELS: Readonly<Record<Department, ReadonlyArray<Channel>>> = {
  "civil-affairs": ["offline", "online"],
  "human-resources": ["offline", "online"],
  housing: ["offline"],
  "medical-security": ["offline"],
  education: ["online"],
  justice: ["online"],
  "judicial-organs": []
}

const names = (ms: ReadonlyArray<ReferralMember>): Bilingual => ({
  zh: ms.map((m) => m.label.zh).join("、"),
  en: ms.map((m) => m.label.en).join(", ")
})

const find = (
  ms: ReadonlyArray<ReferralMember>,
  strength: ReferralStrength,
  zh: (who: string) => string,
  en: (who: string) => string,
  citations: ReadonlyArray<Citation>
): ReadonlyArray<ReferralFinding> => {
  if (ms.length === 0) return []
  const who = names(ms)
  return [{ memberIds: ms.map((m) => m.member.id), strength, reason: { zh: zh(who.zh), en: en(who.en) }, citations }]
}

const inSet = (c: ReferralContext, set: ReadonlySet<string>) => c.members.filter((m) => set.has(m.member.id))
const union = (...sets: ReadonlyArray<ReadonlySet<string>>): ReadonlySet<string> => new Set(sets.flatMap((s) => [...s]))

const national = (
  item: Omit<ReferralItem, "local" | "regions" | "channels" | "channelCitations">
): ReferralItem => ({ ...item, local: false, regions: null, channels: JIMO_CHANNELS[item.department], channelCitations: JIMO_CHANNELS[item.department].length > 0 ? [S.seedJimoOneThing] : [] })

// 《社会救助暂行办法》第二十八条：“下列人员可以申请相关医疗救助：（一）最低生活保障家庭成员；（二）特困供养
// 人员；（三）县级以上人民政府规定的其他特殊困难人员。” 第二十九条：医疗救助 subsidises the individual
// contribution to basic medical insurance and the out-of-pocket costs left after insurance.
// 《关于改革完善社会救助制度的意见》二（一）2：“对不符合低保或特困供养条件的低收入家庭和刚性支出较大导致
// 基本生活出现严重困难的家庭，根据实际需要给予相应的医疗、住房、教育、就业等专项社会救助”.
const medical = national({
  id: "medical-assistance",
  name: { zh: "医疗救助", en: "medical assistance" },
  department: "medical-security",
  legalBasis: [S.medicalWho, S.medicalForms, S.lowIncomeSpecial],
  whoQualifies: {
    zh: "最低生活保障家庭成员、特困供养人员，以及县级以上人民政府规定的其他特殊困难人员",
    en: "members of dibao households, tekun persons, and other people in special hardship named by the county"
  },
  howToApply: {
    zh: "向乡镇人民政府、街道办事处提出，经审核、公示后由县级医疗保障部门审批；最低生活保障家庭成员和特困供养人员由县级医疗保障部门直接办理",
    en: "apply to the township or street office; the county medical-security department approves after review and notice, and handles dibao and tekun members directly"
  },
  applyCitations: [S.medicalApply],
  assess: (c) => [
    ...find(
      inSet(c, c.dibao),
      "qualifies",
      (who) => `${who}为最低生活保障家庭成员，可申请医疗救助（资助参加基本医疗保险的个人缴费，补助保险报销后难以承担的自负费用）`,
      (who) => `${who}: members of a dibao household, may apply for medical assistance (insurance contribution and out-of-pocket costs)`,
      [S.medicalWho, S.medicalForms]
    ),
    ...find(
      c.members.filter((m) => c.tekun.has(m.member.id) && !c.dibao.has(m.member.id)),
      "qualifies",
      (who) => `${who}为特困供养人员，可申请医疗救助（资助参加基本医疗保险的个人缴费，补助保险报销后难以承担的自负费用）`,
      (who) => `${who}: tekun, may apply for medical assistance (insurance contribution and out-of-pocket costs)`,
      [S.medicalWho, S.medicalForms]
    ),
    ...find(
      inSet(c, c.lowIncome),
      "may-qualify",
      (who) => `${who}所在家庭为低保边缘家庭或刚性支出困难家庭，可根据实际需要申请医疗救助`,
      (who) => `${who}: in a dibao-edge or rigid-expenditure household, may get medical assistance as needed`,
      [S.lowIncomeSpecial, S.medicalWho]
    )
  ]
})

const COMPULSORY = new Set(["primary", "junior-secondary"])
const LATER = new Set(["senior-secondary", "vocational-secondary", "higher-vocational", "undergraduate", "postgraduate"])

// 《社会救助暂行办法》第三十三条：“国家对在义务教育阶段就学的最低生活保障家庭成员、特困供养人员，给予教育
// 救助。对在高中教育（含中等职业教育）、普通高等教育阶段就学的最低生活保障家庭成员、特困供养人员，以及不能
// 入学接受义务教育的残疾儿童，根据实际情况给予适当教育救助。” 第三十六条：“申请教育救助，应当按照国家有关
// 规定向就读学校提出”. 2020 意见 二（三）9 adds 学前教育 and speaks of “适龄残疾未成年人”; the school
// age taken here is six (《义务教育法》第十一条, recalled, not read in the sources).
const education = national({
  id: "education-assistance",
  name: { zh: "教育救助", en: "education assistance" },
  department: "education",
  legalBasis: [S.educationWho, S.educationOther, S.educationPreschool],
  whoQualifies: {
    zh: "在义务教育阶段就学的最低生活保障家庭成员、特困供养人员；在学前、高中（含中职）、普通高等教育阶段就学的上述人员和不能入学接受义务教育的残疾儿童，根据实际情况给予",
    en: "dibao and tekun members in compulsory education; as circumstances allow, those in preschool, senior secondary or higher education, and disabled children unable to attend school"
  },
  howToApply: { zh: "向就读学校提出，按规定程序审核、确认后由学校实施", en: "apply to the school attended; it reviews and grants" },
  applyCitations: [S.educationApply],
  assess: (c) => {
    const poor = union(c.dibao, c.tekun)
    const students = (set: ReadonlySet<string>, levels: ReadonlySet<string>) =>
      c.members.filter((m) => set.has(m.member.id) && m.member.education !== undefined && levels.has(m.member.education))
    const preschool = new Set(["preschool"])
    const anyLevel = new Set([...COMPULSORY, ...LATER, "preschool"])
    const outOfSchool = c.members.filter(
      (m) => m.member.disability !== undefined && m.member.education === undefined && m.age !== null && m.age >= 6 && m.age < 18
    )
    return [
      ...find(students(poor, COMPULSORY), "qualifies", (who) => `${who}在义务教育阶段就学，家庭享受最低生活保障或本人为特困人员，应给予教育救助`, (who) => `${who}: in compulsory education on dibao or tekun`, [S.educationWho]),
      ...find(students(poor, LATER), "may-qualify", (who) => `${who}在高中或高等教育阶段就学，家庭享受最低生活保障或本人为特困人员，可根据实际情况给予适当教育救助`, (who) => `${who}: in senior secondary or higher education on dibao or tekun`, [S.educationOther]),
      ...find(students(poor, preschool), "may-qualify", (who) => `${who}在学前教育阶段，家庭享受最低生活保障或本人为特困人员，可给予相应的教育救助`, (who) => `${who}: in preschool on dibao or tekun`, [S.educationPreschool]),
      ...find(students(c.lowIncome, anyLevel), "may-qualify", (who) => `${who}在校就读，家庭为低保边缘家庭或刚性支出困难家庭，可根据实际需要申请教育救助`, (who) => `${who}: a student in a dibao-edge or rigid-expenditure household`, [S.lowIncomeSpecial]),
      ...find(outOfSchool, "may-qualify", (who) => `${who}为未入学的适龄残疾儿童，可根据实际情况给予适当教育救助（如送教上门）`, (who) => `${who}: a disabled child of school age not in school`, [S.educationOther, S.educationPreschool])
    ]
  }
})

// 《社会救助暂行办法》第三十七条：“国家对符合规定标准的住房困难的最低生活保障家庭、分散供养的特困人员，给予
// 住房救助。” 第三十九条：“住房困难标准和救助标准，由县级以上地方人民政府……确定、公布。” Relief knows only
// whether the household owns a home; a household with none is told to ask (the standard is local).
const housing = national({
  id: "housing-assistance",
  name: { zh: "住房救助", en: "housing assistance" },
  department: "housing",
  legalBasis: [S.housingWho, S.housingStandard, S.lowIncomeSpecial],
  whoQualifies: {
    zh: "符合规定标准的住房困难的最低生活保障家庭、分散供养的特困人员",
    en: "dibao households in housing difficulty by the local standard, and tekun persons supported at home"
  },
  howToApply: {
    zh: "城镇家庭经由乡镇人民政府、街道办事处或者直接向县级住房保障部门提出；农村家庭按县级以上人民政府有关规定办理",
    en: "urban households apply through the township or street office or to the county housing-security department; rural households as the county provides"
  },
  applyCitations: [S.housingApply],
  assess: (c) => {
    if (c.household.assets.residentialUnits > 0) return []
    return [
      ...find(inSet(c, union(c.dibao, c.tekun)), "may-qualify", (who) => `${who}享受最低生活保障或为特困人员，家庭无自有住房；符合当地住房困难标准的可申请住房救助（公租房、租赁补贴或农村危房改造）`, (who) => `${who}: on dibao or tekun with no home of their own; housing assistance if the local standard is met`, [S.housingWho, S.housingStandard]),
      ...find(inSet(c, c.lowIncome), "may-qualify", (who) => `${who}所在家庭为低保边缘家庭或刚性支出困难家庭且无自有住房，可根据实际需要申请住房救助`, (who) => `${who}: a dibao-edge or rigid-expenditure household with no home`, [S.lowIncomeSpecial, S.housingStandard])
    ]
  }
})

const isSevere = (m: ReferralMember) => {
  const d = m.member.disability
  return d !== undefined && (d.grade <= 2 || (d.grade === 3 && (d.category === "intellectual" || d.category === "mental")))
}

/**
 * Able to work: the recorded 劳动能力 when given; otherwise presumed from the ages 《特困人员认定办法》
 * 第五条 treats as 无劳动能力 (under 16, 60 and over) and a severe disability, serious illness or
 * full-time study.
 */
const ableToWork = (m: ReferralMember): "recorded" | "presumed" | false => {
  const cap = m.member.labourCapacity
  if (cap !== undefined) return cap === "none" ? false : "recorded"
  if (m.age === null || m.age < 16 || m.age >= 60) return false
  if (isSevere(m) || m.member.seriousIllness === true || m.member.education !== undefined) return false
  return "presumed"
}

// 《社会救助暂行办法》第四十二条：“国家对最低生活保障家庭中有劳动能力并处于失业状态的成员，通过贷款贴息、
// 社会保险补贴、岗位补贴、培训补贴、费用减免、公益性岗位安置等办法，给予就业救助。” 第四十三条：“最低生活
// 保障家庭有劳动能力的成员均处于失业状态的，县级以上地方人民政府应当采取有针对性的措施，确保该家庭至少有
// 一人就业。” 第四十四条：“申请就业救助的，应当向住所地街道、社区公共就业服务机构提出”.
const employment = national({
  id: "employment-assistance",
  name: { zh: "就业救助", en: "employment assistance" },
  department: "human-resources",
  legalBasis: [S.employmentWho, S.employmentZeroJob, S.lowIncomeSpecial],
  whoQualifies: { zh: "最低生活保障家庭中有劳动能力并处于失业状态的成员", en: "members of dibao households able to work and unemployed" },
  howToApply: {
    zh: "向住所地街道、社区公共就业服务机构提出，核实后登记，免费提供就业岗位信息、职业介绍、职业指导等服务",
    en: "apply to the public employment service of the street or community where you live; registration and job services are free"
  },
  applyCitations: [S.employmentApply],
  assess: (c) => {
    const jobless = (set: ReadonlySet<string>) => c.members.filter((m) => set.has(m.member.id) && ableToWork(m) !== false && m.member.employed !== true)
    const dibaoJobless = jobless(c.dibao)
    const dibaoAble = c.members.filter((m) => c.dibao.has(m.member.id) && ableToWork(m) !== false)
    const zeroJob = dibaoAble.length > 0 && dibaoAble.every((m) => m.member.employed !== true)
    const recorded = dibaoJobless.filter((m) => ableToWork(m) === "recorded")
    const presumed = dibaoJobless.filter((m) => ableToWork(m) === "presumed")
    const tail = zeroJob ? { zh: "；家庭有劳动能力的成员均未就业，应确保至少一人就业", en: "; no able member works: at least one is to be helped into work" } : { zh: "", en: "" }
    const cites = zeroJob ? [S.employmentWho, S.employmentZeroJob] : [S.employmentWho]
    return [
      ...find(recorded, "qualifies", (who) => `${who}有劳动能力、处于失业状态，家庭享受最低生活保障，可申请就业救助${tail.zh}`, (who) => `${who}: able to work, unemployed, on dibao${tail.en}`, cites),
      ...find(presumed, "may-qualify", (who) => `${who}处于劳动年龄、未登记劳动能力且未就业，家庭享受最低生活保障，经认定有劳动能力的可申请就业救助${tail.zh}`, (who) => `${who}: of working age, labour capacity not recorded, unemployed, on dibao${tail.en}`, cites),
      ...find(jobless(c.lowIncome), "may-qualify", (who) => `${who}所在家庭为低保边缘家庭或刚性支出困难家庭且未就业，可根据实际需要申请就业救助`, (who) => `${who}: unemployed in a dibao-edge or rigid-expenditure household`, [S.lowIncomeSpecial])
    ]
  }
})

// 《社会救助暂行办法》第四十七条：临时救助 for a 低保 household “因生活必需支出突然增加超出家庭承受能力，导致
// 基本生活暂时出现严重困难”; 2020 意见 二（四）15 distinguishes 急难型 and 支出型 临时救助 (“实施支出型临时
// 救助，按照审核审批程序办理”). A household relief already found in 刚性支出 hardship, or a 低保 household
// with rigid expenditure on record, is told about 支出型 临时救助 unless one was determined already.
const temporaryExpenditure = national({
  id: "temporary-assistance-expenditure",
  name: { zh: "临时救助（支出型）", en: "temporary assistance (expenditure type)" },
  department: "civil-affairs",
  legalBasis: [S.temporaryExpenditure, S.temporaryTypes],
  whoQualifies: {
    zh: "因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的家庭",
    en: "households whose necessary spending rose beyond what they can bear, leaving them in temporary serious hardship"
  },
  howToApply: { zh: "向乡镇人民政府、街道办事处提出，经审核、公示后审批", en: "apply to the township or street office; approval after review and notice" },
  applyCitations: [S.singleWindow],
  assess: (c) => {
    if (c.household.incident !== undefined) return []
    const rigid = c.eligible("rigid-expenditure")
    const dibaoSpending = c.dibao.size > 0 && c.household.rigidExpenditures.length > 0
    if (!rigid && !dibaoSpending) return []
    const ms = c.members.filter((m) => m.counted)
    return find(ms, "may-qualify", () => `家庭${rigid ? "因刚性支出导致生活困难" : "享受最低生活保障且有医疗、教育等刚性支出"}，支出突然增加超出承受能力的，可申请支出型临时救助`, () => (rigid ? "rigid expenditure causes hardship: expenditure-type temporary assistance" : "a dibao household with rigid expenditure: expenditure-type temporary assistance"), [S.temporaryExpenditure, S.temporaryTypes])
  }
})

const SOCIAL_ASSISTANCE = ["dibao", "dibao-single-person", "tekun", "temporary-assistance", "gradual-exit"] as const

// 《法律援助法》第二条：“本法所称法律援助，是国家建立的为经济困难公民和符合法定条件的其他当事人无偿提供法律
// 咨询、代理、刑事辩护等法律服务的制度”; 第四十二条：“法律援助申请人有材料证明属于下列人员之一的，免予核查
// 经济困难状况：……（二）社会救助、司法救助或者优抚对象”. 2020 意见 二（三）13：“加强法律援助，依法为
// 符合条件的社会救助对象提供法律援助服务”.
const legalAid = national({
  id: "legal-aid",
  name: { zh: "法律援助", en: "legal aid" },
  department: "justice",
  legalBasis: [S.legalAidDefinition, S.legalAidExempt, S.legalAidAndJudicial],
  whoQualifies: { zh: "经济困难公民和符合法定条件的其他当事人；社会救助对象免予核查经济困难状况", en: "citizens in financial difficulty; social-assistance recipients are exempt from the means check" },
  howToApply: {
    zh: "诉讼事项向办案机关所在地的法律援助机构申请；非诉讼事项向争议处理机关所在地或者事由发生地的法律援助机构申请",
    en: "for a lawsuit, to the legal-aid office where the case is handled; otherwise where the dispute is handled or arose"
  },
  applyCitations: [S.legalAidApply],
  assess: (c) => {
    if (!SOCIAL_ASSISTANCE.some((p) => c.eligible(p))) return []
    const ms = c.members.filter((m) => m.counted || c.dibao.has(m.member.id) || c.tekun.has(m.member.id))
    return find(ms, "qualifies", () => "家庭为社会救助对象，遇有法律纠纷需要法律咨询、代理、刑事辩护的，可申请法律援助，凭救助证明免予核查经济困难状况", () => "social-assistance recipients: legal aid without a means check when a legal matter arises", [S.legalAidExempt])
  }
})

// 2020 意见 二（三）13：“积极开展司法救助，帮助受到侵害但无法获得有效赔偿的生活困难当事人摆脱生活困境”.
// The only injury relief knows of is a recorded traffic accident (临时救助 incident); the family is told to
// ask the court or procuratorate handling the case.
const judicialAssistance: ReferralItem = {
  id: "judicial-assistance",
  name: { zh: "司法救助", en: "judicial assistance" },
  department: "judicial-organs",
  local: false,
  regions: null,
  legalBasis: [S.legalAidAndJudicial],
  whoQualifies: { zh: "受到侵害但无法获得有效赔偿的生活困难当事人", en: "people in hardship harmed by others who cannot obtain effective compensation" },
  howToApply: { zh: "向办理案件的人民法院或人民检察院提出", en: "apply to the court or procuratorate handling the case" },
  applyCitations: [S.legalAidAndJudicial],
  channels: [],
  channelCitations: [],
  assess: (c) => {
    if (c.household.incident?.cause !== "traffic-accident") return []
    const hardship = c.dibao.size > 0 || c.tekun.size > 0 || c.lowIncome.size > 0 || c.eligible("temporary-assistance")
    if (!hardship) return []
    return find(c.members.filter((m) => m.counted), "may-qualify", () => "家庭因交通事故陷入生活困难，无法获得有效赔偿的，可向办理案件的司法机关申请司法救助", () => "hardship after a traffic accident: judicial assistance where no effective compensation is obtained", [S.legalAidAndJudicial])
  }
}

// 国发〔2015〕52号 二（一）：“困难残疾人生活补贴主要补助残疾人因残疾产生的额外生活支出，对象为低保家庭中的残疾
// 人，有条件的地方可逐步扩大到低收入残疾人及其他困难残疾人。” 2020 意见 二（三）13：“鼓励有条件的地方将困难
// 残疾人生活补贴延伸至低收入家庭”.
const disabilityLiving = national({
  id: "disability-living-allowance",
  name: { zh: "困难残疾人生活补贴", en: "living allowance for disabled people in hardship" },
  department: "civil-affairs",
  legalBasis: [S.disabilityAllowances, S.legalAidAndJudicial],
  whoQualifies: { zh: "低保家庭中的残疾人；有条件的地方扩大到低收入残疾人及其他困难残疾人", en: "disabled members of dibao households; where local rules extend it, low-income disabled people" },
  howToApply: { zh: "向户籍所在地乡镇人民政府（街道办事处）社会救助统一受理窗口申请", en: "apply at the single social-assistance window of the township or street office" },
  applyCitations: [S.singleWindow, S.oneWindow],
  assess: (c) => {
    const disabled = (set: ReadonlySet<string>) => c.members.filter((m) => set.has(m.member.id) && m.member.disability !== undefined)
    return [
      ...find(disabled(c.dibao), "qualifies", (who) => `${who}为低保家庭中的持证残疾人，可申领困难残疾人生活补贴`, (who) => `${who}: disabled, on dibao`, [S.disabilityAllowances]),
      ...find(disabled(c.lowIncome), "may-qualify", (who) => `${who}为低收入家庭中的残疾人，当地已将困难残疾人生活补贴扩大到低收入家庭的，可申领`, (who) => `${who}: disabled in a low-income household, where the local rules extend it`, [S.disabilityAllowances, S.legalAidAndJudicial])
    ]
  }
})

// 国发〔2015〕52号 二（一）：“重度残疾人护理补贴主要补助残疾人因残疾产生的额外长期照护支出，对象为残疾等级被
// 评定为一级、二级且需要长期照护的重度残疾人，有条件的地方可扩大到非重度智力、精神残疾人或其他残疾人……长期
// 照护是指因残疾产生的特殊护理消费品和照护服务支出持续6个月以上时间。” Not means-tested. A recorded loss of
// self-care or 失能 is read as a need for long-term care; without it the family is told to ask.
const severeDisabilityCare = national({
  id: "severe-disability-care-allowance",
  name: { zh: "重度残疾人护理补贴", en: "care allowance for severely disabled people" },
  department: "civil-affairs",
  legalBasis: [S.disabilityAllowances],
  whoQualifies: {
    zh: "残疾等级被评定为一级、二级且需要长期照护的重度残疾人；有条件的地方扩大到非重度智力、精神残疾人",
    en: "people with a grade 1 or 2 disability who need long-term care; where local rules extend it, other intellectual or mental disabilities"
  },
  howToApply: { zh: "向户籍所在地乡镇人民政府（街道办事处）社会救助统一受理窗口申请", en: "apply at the single social-assistance window of the township or street office" },
  applyCitations: [S.singleWindow, S.oneWindow],
  assess: (c) => {
    const needsCare = (m: ReferralMember) =>
      m.member.selfCareLevel === "partially-lost" || m.member.selfCareLevel === "fully-lost" || m.member.incapacity !== undefined
    const grade12 = c.members.filter((m) => m.member.disability !== undefined && m.member.disability.grade <= 2)
    const otherMental = c.members.filter((m) => {
      const d = m.member.disability
      return d !== undefined && d.grade >= 3 && (d.category === "intellectual" || d.category === "mental")
    })
    return [
      ...find(grade12.filter(needsCare), "qualifies", (who) => `${who}为一级或二级残疾人且生活自理能力受损、需要长期照护，可申领重度残疾人护理补贴`, (who) => `${who}: grade 1–2 disability needing long-term care`, [S.disabilityAllowances]),
      ...find(grade12.filter((m) => !needsCare(m)), "may-qualify", (who) => `${who}为一级或二级残疾人，需要长期照护（照护支出持续6个月以上）的，可申领重度残疾人护理补贴`, (who) => `${who}: grade 1–2 disability; eligible if long-term care is needed`, [S.disabilityAllowances]),
      ...find(otherMental, "may-qualify", (who) => `${who}为非重度智力或精神残疾人，当地已扩大护理补贴范围的可申领`, (who) => `${who}: non-severe intellectual or mental disability, where local rules extend the allowance`, [S.disabilityAllowances])
    ]
  }
})

const JIMO = ["370215"] as const

const jimoLocal = (item: Omit<ReferralItem, "local" | "regions" | "channels" | "channelCitations" | "department">): ReferralItem => ({
  ...item,
  department: "civil-affairs",
  local: true,
  regions: JIMO,
  channels: [],
  channelCitations: []
})

const elderly = (c: ReferralContext, from: number) => c.members.filter((m) => m.age !== null && m.age >= from)

// Seed 003：“设立慈善‘救急难’专项基金，作为社会救助领域的有力补充” — told to a family that 临时救助 is
// helping, as 2020 意见 二（五）18 asks (“建立政府救助与慈善救助衔接机制”).
const jimoCharity = jimoLocal({
  id: "jimo-charity-emergency-fund",
  name: { zh: "慈善“救急难”专项基金", en: "charity emergency fund" },
  legalBasis: [S.seedJimoCharity, S.charityLink],
  whoQualifies: { zh: "遭遇急难、政府救助后仍有困难的家庭", en: "families in an emergency still in hardship after government help" },
  howToApply: { zh: "向镇街民政窗口咨询转介（种子报告未载明申请渠道）", en: "ask the township civil-affairs window (the report gives no channel)" },
  applyCitations: [S.seedJimoCharity],
  assess: (c) =>
    c.eligible("temporary-assistance")
      ? find(c.members.filter((m) => m.counted), "may-qualify", () => "家庭正在接受临时救助，救助后仍有困难的，可转介慈善“救急难”专项基金", () => "on temporary assistance: the charity emergency fund may add to it", [S.seedJimoCharity, S.charityLink])
      : []
})

// Seed 003：“建立健全80岁以上老年人体检补助和高龄补贴”; 《老年人权益保障法》第三十三条第二款：“国家鼓励地方
// 建立八十周岁以上低收入老年人高龄津贴制度。” 即墨's subsidy is not limited to low income in the report.
const jimoLongevity = jimoLocal({
  id: "jimo-longevity-allowance",
  name: { zh: "80岁以上老年人体检补助和高龄补贴", en: "health-check subsidy and longevity allowance at 80" },
  legalBasis: [S.seedJimoElderly, S.elderlyLongevity],
  whoQualifies: { zh: "80岁以上老年人", en: "people aged 80 and over" },
  howToApply: { zh: "向镇街民政窗口申请（种子报告未载明申请渠道）", en: "apply at the township civil-affairs window (the report gives no channel)" },
  applyCitations: [S.seedJimoElderly],
  assess: (c) => find(elderly(c, 80), "qualifies", (who) => `${who}年满80周岁，可享受即墨区体检补助和高龄补贴`, (who) => `${who}: aged 80 or more`, [S.seedJimoElderly])
})

// Seed 003：“每年投入600余万元为60岁以上老年人购买意外伤害保险”; 《老年人权益保障法》第二条：“本法所称老年人
// 是指六十周岁以上的公民。”
const jimoAccidentInsurance = jimoLocal({
  id: "jimo-elderly-accident-insurance",
  name: { zh: "老年人意外伤害保险", en: "accident insurance for older people" },
  legalBasis: [S.seedJimoElderly, S.elderlyAge],
  whoQualifies: { zh: "60岁以上老年人（由区政府统一购买）", en: "people aged 60 and over (bought by the district)" },
  howToApply: { zh: "无需申请，出险时向镇街民政窗口咨询理赔", en: "no application; ask the township window when a claim arises" },
  applyCitations: [S.seedJimoElderly],
  assess: (c) => find(elderly(c, 60), "qualifies", (who) => `${who}年满60周岁，已纳入即墨区老年人意外伤害保险，出险时可申请理赔`, (who) => `${who}: aged 60 or more, covered by the district's accident insurance`, [S.seedJimoElderly])
})

// Seed 003：“为城乡低保家庭失能失智老年人提供居家服务”; 《老年人权益保障法》第三十条第二款：“对生活长期不能
// 自理、经济困难的老年人，地方各级人民政府应当根据其失能程度等情况给予护理补贴。”
const jimoHomeCare = jimoLocal({
  id: "jimo-dibao-home-care",
  name: { zh: "低保家庭失能失智老年人居家服务", en: "home care for incapacitated older people on dibao" },
  legalBasis: [S.seedJimoElderly, S.elderlyCareAllowance],
  whoQualifies: { zh: "城乡低保家庭中的失能失智老年人", en: "incapacitated or demented older people in dibao households" },
  howToApply: { zh: "向镇街民政窗口申请（种子报告未载明申请渠道）", en: "apply at the township civil-affairs window (the report gives no channel)" },
  applyCitations: [S.seedJimoElderly],
  assess: (c) => {
    const ms = elderly(c, 60).filter(
      (m) => c.dibao.has(m.member.id) && (m.member.incapacity !== undefined || m.member.selfCareLevel === "partially-lost" || m.member.selfCareLevel === "fully-lost")
    )
    return find(ms, "qualifies", (who) => `${who}为低保家庭中的失能老年人，可享受即墨区居家服务`, (who) => `${who}: incapacitated, aged 60 or more, on dibao`, [S.seedJimoElderly])
  }
})

// Seed 003：“经济困难老年人补贴” (the report gives no test of 经济困难); 《老年人权益保障法》第三十七条第二款：
// “对经济困难的老年人，地方各级人民政府应当逐步给予养老服务补贴。” Read as: older members of a household
// relief found on 低保, 特困 or at the edge.
const jimoPoorElderly = jimoLocal({
  id: "jimo-poor-elderly-allowance",
  name: { zh: "经济困难老年人补贴", en: "allowance for older people in financial hardship" },
  legalBasis: [S.seedJimoElderly, S.elderlyServiceAllowance],
  whoQualifies: { zh: "经济困难的老年人（种子报告未载明认定标准）", en: "older people in financial hardship (the report gives no test)" },
  howToApply: { zh: "向镇街民政窗口申请（种子报告未载明申请渠道）", en: "apply at the township civil-affairs window (the report gives no channel)" },
  applyCitations: [S.seedJimoElderly],
  assess: (c) => {
    const poor = union(c.dibao, c.tekun, c.lowIncome)
    return find(elderly(c, 60).filter((m) => poor.has(m.member.id)), "may-qualify", (who) => `${who}年满60周岁，家庭经济困难（低保、特困或低保边缘），可申请即墨区经济困难老年人补贴`, (who) => `${who}: aged 60 or more in a household in hardship`, [S.seedJimoElderly, S.elderlyServiceAllowance])
  }
})

/**
 * The national items (医疗、教育、住房、就业救助, 支出型临时救助, 法律援助, 司法救助, 困难残疾人生活补贴,
 * 重度残疾人护理补贴), each cited to its text, with 即墨's channels.
 *
 * @example
 * ```ts
 * import { NATIONAL_REFERRAL_ITEMS } from "@minzheng/relief"
 * NATIONAL_REFERRAL_ITEMS.map((i) => i.id).includes("legal-aid") //=> true
 * ```
 * @category referrals
 * @since 0.1.0
 */
export const NATIONAL_REFERRAL_ITEMS: ReadonlyArray<ReferralItem> = [
  medical,
  education,
  housing,
  employment,
  temporaryExpenditure,
  legalAid,
  judicialAssistance,
  disabilityLiving,
  severeDisabilityCare
]

/**
 * 即墨's local items (seed 003), for households in 即墨 (region 370215) only: the charity
 * 救急难 fund, the longevity allowance at 80, accident insurance at 60, home care for
 * incapacitated older people on 低保 and the allowance for older people in hardship.
 *
 * @example
 * ```ts
 * import { JIMO_REFERRAL_ITEMS } from "@minzheng/relief"
 * JIMO_REFERRAL_ITEMS.every((i) => i.local && i.regions?.[0] === "370215") //=> true
 * ```
 * @category referrals
 * @since 0.1.0
 */
export const JIMO_REFERRAL_ITEMS: ReadonlyArray<ReferralItem> = [jimoCharity, jimoLongevity, jimoAccidentInsurance, jimoHomeCare, jimoPoorElderly]

/**
 * The shipped catalogue: the national items and 即墨's local ones.
 *
 * @example
 * ```ts
 * import { REFERRAL_CATALOGUE } from "@minzheng/relief"
 * REFERRAL_CATALOGUE.length //=> 14
 * ```
 * @see {@link referrals}
 * @category referrals
 * @since 0.1.0
 */
export const REFERRAL_CATALOGUE: ReadonlyArray<ReferralItem> = [...NATIONAL_REFERRAL_ITEMS, ...JIMO_REFERRAL_ITEMS]
