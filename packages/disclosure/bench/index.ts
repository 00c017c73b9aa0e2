/**
 * Benchmarks of @minzheng/disclosure, each against a naive baseline run in the same process.
 *
 *   pnpm --filter @minzheng/disclosure bench
 */
import { CHINA_CALENDAR_DATA, chinaCalendar } from "@minzheng/core"
import { dibaoNoticeUnsafe, LICANG_DUTIES, renderNoticeHtml, ScheduleRequestSchema, scheduleCommunitiesUnsafe } from "../src/index.js"

const time = <T>(f: () => T, reps = 3): { ms: number; value: T } => {
  let best = Infinity
  let value = f()
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now()
    value = f()
    best = Math.min(best, performance.now() - t0)
  }
  return { ms: best, value }
}
const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(2))
const rows: string[][] = []
const row = (op: string, figure: string, baseline: string, ratio: string) => {
  rows.push([op, figure, baseline, ratio])
  console.log(`${op}\n  figure:   ${figure}\n  baseline: ${baseline}\n  ratio:    ${ratio}`)
}

// ---- 1. schedules: 10,000 communities × 李沧 duties × 2025 ----
const communities = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `社区${i}` }))
const request = (n: number) => ({ communities: communities(n), dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-12-31" })

// Naive baseline: per community, per duty, per month, step day by day from the 10th while the day
// is a weekend or a holiday (a weekday check plus holiday / 调休 string sets, as hand-written
// schedulers do). No validation.
const holidays = new Set<string>()
const workdays = new Set<string>()
for (const y of CHINA_CALENDAR_DATA) {
  for (const h of y.holidays) for (let t = Date.parse(h.from); t <= Date.parse(h.to); t += 86_400_000) holidays.add(new Date(t).toISOString().slice(0, 10))
  for (const w of y.workdays) workdays.add(w)
}
const naiveIsWorking = (d: Date) => {
  const s = d.toISOString().slice(0, 10)
  if (workdays.has(s)) return true
  if (holidays.has(s)) return false
  const wd = d.getUTCDay()
  return wd !== 0 && wd !== 6
}
const naiveSchedule = (cs: ReadonlyArray<{ id: string }>) => {
  const out: Array<{ uid: string; due: string }> = []
  for (const c of cs) {
    for (const duty of LICANG_DUTIES.duties) {
      if (duty.cadence.kind !== "monthly") continue
      for (let m = 0; m < 12; m++) {
        const d = new Date(Date.UTC(2025, m, duty.cadence.day ?? 10))
        while (!naiveIsWorking(d)) d.setUTCDate(d.getUTCDate() + 1)
        out.push({ uid: `${c.id}/${duty.id}/2025-${String(m + 1).padStart(2, "0")}`, due: d.toISOString().slice(0, 10) })
      }
    }
  }
  return out
}

const big = request(10_000)
const ours = time(() => scheduleCommunitiesUnsafe(big, chinaCalendar))
const naive = time(() => naiveSchedule(big.communities))
const naiveDue = new Map(naive.value.map((o) => [o.uid, o.due]))
const sameDays = naive.value.length === ours.value.occurrences.length && ours.value.occurrences.every((o) => naiveDue.get(o.uid) === o.due)
if (!sameDays) throw new Error("baseline and scheduler disagree")
const decodeOnly = time(() => ScheduleRequestSchema.parse(big))
row(
  "schedule 10,000 communities × 李沧 duties, 2025 (240,000 occurrences, validated)",
  `${fmt(ours.ms)} ms (${fmt(10_000 / (ours.ms / 1000))} communities/s; of which decode ${fmt(decodeOnly.ms)} ms)`,
  `${fmt(naive.ms)} ms (day-by-day stepping, weekday + holiday sets, no validation)`,
  `${(naive.ms / ours.ms).toFixed(2)}× (baseline time / ours)`
)
const small = time(() => scheduleCommunitiesUnsafe(request(100), chinaCalendar), 20)
row(
  "growth: per-community cost, 100 vs 10,000 communities",
  `${fmt((ours.ms / 10_000) * 1000)} µs at 10,000`,
  `${fmt((small.ms / 100) * 1000)} µs at 100`,
  `${(ours.ms / 10_000 / (small.ms / 100)).toFixed(2)} (≈1 means linear)`
)

// ---- 2. notices masked per second: a 10,000-row 低保 公示 ----
const surnames = ["张", "王", "李", "欧阳", "赵"]
const given = ["三丰", "娜娜", "伟", "秀英", "芳"]
const dibaoRows = Array.from({ length: 10_000 }, (_, i) => ({
  headOfHousehold: `${surnames[i % 5]}${given[(i * 7) % 5]}`,
  membersCovered: 1 + (i % 5),
  monthlyAmount: `${600 + (i % 900)}.50`,
  community: `社区${i % 121}`,
  programme: (i % 3 === 0 ? "rural" : "urban") as "rural" | "urban"
}))
const input = { issuer: "虎山社区居民委员会", period: { from: "2025-09-26", to: "2025-10-09" }, rows: dibaoRows }
// Naive baseline: hand-written masking of the same rows (surname = first character, no compound
// surnames, no validation, no refusal of unknown fields).
const naiveMask = () => dibaoRows.map((r) => [r.headOfHousehold[0] + "*".repeat(r.headOfHousehold.length - 1), String(r.membersCovered), r.monthlyAmount, r.community, r.programme === "urban" ? "城市低保" : "农村低保"])
const masked = time(() => dibaoNoticeUnsafe(input), 10)
const naiveMasked = time(() => naiveMask(), 10)
row(
  "mask a 10,000-row 低保 公示 (validated, policy-driven)",
  `${fmt(10_000 / (masked.ms / 1000))} rows/s (${fmt(masked.ms)} ms)`,
  `${fmt(10_000 / (naiveMasked.ms / 1000))} rows/s (hand-written masking, no validation)`,
  `${(naiveMasked.ms / masked.ms).toFixed(3)}× (baseline time / ours)`
)
const html = time(() => renderNoticeHtml(masked.value), 10)
row("render the masked 10,000-row notice as HTML", `${fmt(10_000 / (html.ms / 1000))} rows/s (${fmt(html.ms)} ms)`, "—", "—")

const rss = process.resourceUsage().maxRSS / 1024
console.log(`\npeak RSS: ${rss.toFixed(0)} MB`)
console.log("\n| operation | figure | baseline (same run) | ratio |\n| --- | --- | --- | --- |")
for (const r of rows) console.log(`| ${r.join(" | ")} |`)
