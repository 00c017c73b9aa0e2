/**
 * iCalendar export (RFC 5545) of a schedule, for a caseworker's calendar app:
 *
 * - a VEVENT per publication day (all-day `DATE` values: `DTSTART;VALUE=DATE` and the next day as
 *   `DTEND`, so no time zone can shift it) and per 公示 window (posting day to last day);
 * - a VTODO per occurrence with its `DUE` date;
 * - UIDs built from community, duty and occurrence key (`hushan/licang.monthly-affairs/2025-05@…`),
 *   so re-importing a new export (e.g. after a calendar update moved a day) updates the entries
 *   instead of adding new ones; raise `sequence` with each re-issue;
 * - TEXT escaped and lines folded at 75 octets, CRLF line ends; every text (names, contents, titles)
 *   passes through core's `maskPersonalNumbers` first, so a phone number typed into a duty's
 *   contents never reaches a calendar app;
 * - a 公示 window's `DTEND` is the day after its last day ({@link publicNoticePeriod}), because an
 *   all-day event's `DTEND` is exclusive (RFC 5545 §3.6.1): the event covers exactly the days the
 *   notice text prints (公示期 2025-07-07 至 2025-07-14 → `DTSTART` 20250707, `DTEND` 20250715);
 * - `PRODID` names the product that wrote the file with its installed version, read from
 *   package.json (`-//minzheng//disclosure 0.1.0//ZH` for disclosure 0.1.0); an application that
 *   exports through this package passes its own (`prodId`).
 *
 * @module
 */
import { addDays, decode, formatCitation, formatCitationEn, type InvalidInput, invalidInput, maskPersonalNumbers } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { CHANNELS, DISCLOSURE_CATEGORIES } from "../duty/vocabulary.js"
import { describeCadence } from "../duty/cadence.js"
import { escapeText, foldLine, icalDate } from "../internal/ical-text.js"
import { type Schedule, ScheduleSchema } from "../schedule/schedule.js"
import { NON_WORKING_DAY_POLICIES } from "../schedule/non-working-day-policy.js"
import { attemptResult } from "../internal/attempt.js"
import { decodeInput } from "../internal/preflight.js"
import { DISCLOSURE_VERSION } from "../internal/version.js"

/**
 * Zod schema of {@link ICalendarOptions}.
 *
 * @example
 * ```ts
 * import { ICalendarOptionsSchema } from "@minzheng/disclosure"
 * ICalendarOptionsSchema.safeParse({ stamp: "2025-01-01T00:00:00Z" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ICalendarOptionsSchema = z.strictObject({
  stamp: z.string().check(
    z.refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(s) && !Number.isNaN(Date.parse(s)), {
      params: { zh: "应为 UTC 时间，如 2025-01-01T00:00:00Z", en: "expected a UTC instant such as 2025-01-01T00:00:00Z" }
    })
  ),
  uidDomain: z.optional(
    z.string().check(z.refine((s) => /^[A-Za-z0-9.-]{1,100}$/.test(s), { params: { zh: "域名只能含字母、数字、点和连字符", en: "a domain may hold only letters, digits, dots and hyphens" } }))
  ),
  calendarName: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  language: z.optional(z.literal(["zh", "en"])),
  todos: z.optional(z.boolean()),
  sequence: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000))),
  prodId: z.optional(z.string().check(z.minLength(1), z.maxLength(200)))
})

/**
 * Options of {@link toICalendar}.
 *
 * - `stamp`: the export's instant (`DTSTAMP`, UTC), given by the caller so output is reproducible;
 * - `uidDomain`: the UID suffix (default `disclosure.minzheng`);
 * - `calendarName`: `X-WR-CALNAME`; `language`: summaries in `zh` (default) or `en`;
 * - `todos`: add VTODOs (default `true`); `sequence`: `SEQUENCE` of every component (default 0);
 * - `prodId`: `PRODID`, the product that wrote the file (RFC 5545 §3.7.3; default
 *   `-//minzheng//disclosure <version>//ZH`, the version from this package's package.json): an
 *   application passes its own name and version, e.g. `-//minzheng//cli 0.1.0//ZH`.
 *
 * @example
 * ```ts
 * import type { ICalendarOptions } from "@minzheng/disclosure"
 * const options: ICalendarOptions = { stamp: "2025-01-01T00:00:00Z", calendarName: "虎山社区 居务公开 2025", prodId: "-//虎山社区//台账 2.3//ZH" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type ICalendarOptions = z.input<typeof ICalendarOptionsSchema>

const stampValue = (iso: string): string => `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`

/**
 * Exports a schedule as an iCalendar (RFC 5545) text: a VEVENT per publication day and 公示
 * window, a VTODO per occurrence, stable UIDs, all-day DATE values, escaped and folded lines.
 *
 * @param schedule - a schedule from {@link scheduleCommunities} (untrusted input is validated)
 * @param options - the export's stamp and presentation
 * @returns the `.ics` text, CRLF line ends; or `InvalidInput` listing every problem with the
 * schedule or options. The throwing twin is {@link toICalendarUnsafe}.
 * @example
 * ```ts
 * import { scheduleCommunitiesUnsafe, toICalendar, LICANG_DUTIES } from "@minzheng/disclosure"
 * import { Result } from "@minzheng/core"
 * const s = scheduleCommunitiesUnsafe({ communities: [{ id: "hushan", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2025-05-01", to: "2025-05-31" })
 * const ics = Result.getOrThrow(toICalendar(s, { stamp: "2025-01-01T00:00:00Z" }))
 * ics.includes("DTSTART;VALUE=DATE:20250512") //=> true
 * ics.includes("UID:hushan/licang.monthly-affairs/2025-05@disclosure.minzheng") //=> true
 * Result.getOrThrow(toICalendar(s, { stamp: "2025-01-01T00:00:00Z", prodId: "-//虎山社区//台账 2.3//ZH" })).split("\r\n")[2] //=> "PRODID:-//虎山社区//台账 2.3//ZH"
 * Result.isFailure(toICalendar(s, { stamp: "yesterday" })) //=> true
 * ```
 * @category icalendar
 * @since 0.1.0
 */
export const toICalendar = (schedule: Schedule, options: ICalendarOptions): Result.Result<string, InvalidInput> =>
  attemptResult<string, InvalidInput>(() => toICalendarUnsafe(schedule, options))

/**
 * {@link toICalendar}, throwing its typed error.
 *
 * @throws `InvalidInput` listing every problem with the schedule or options
 * @example
 * ```ts
 * import { scheduleCommunitiesUnsafe, toICalendarUnsafe, LICANG_DUTIES } from "@minzheng/disclosure"
 * const s = scheduleCommunitiesUnsafe({ communities: [{ id: "hushan", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2025-05-01", to: "2025-05-31" })
 * toICalendarUnsafe(s, { stamp: "2025-01-01T00:00:00Z" }).startsWith("BEGIN:VCALENDAR\r\n") //=> true
 * ```
 * @category icalendar
 * @since 0.1.0
 */
export const toICalendarUnsafe = (schedule: Schedule, options: ICalendarOptions): string => {
  const s = decodeInput(ScheduleSchema, schedule)
  const o = decode(ICalendarOptionsSchema, options)
  if (Result.isFailure(s) || Result.isFailure(o)) {
    const issues = [
      ...(Result.isFailure(s) ? s.failure.issues.map((i) => ({ ...i, path: ["schedule", ...i.path] })) : []),
      ...(Result.isFailure(o) ? o.failure.issues.map((i) => ({ ...i, path: ["options", ...i.path] })) : [])
    ]
    throw invalidInput(issues)
  }
  const { dutySet, communities, occurrences, policy } = s.success
  const { stamp, uidDomain = "disclosure.minzheng", calendarName, language = "zh", todos = true, sequence = 0, prodId = `-//minzheng//disclosure ${DISCLOSURE_VERSION}//ZH` } = o.success
  const zh = language === "zh"
  const dtstamp = stampValue(stamp)
  const duties = new Map(dutySet.duties.map((d) => [d.id, d]))
  const names = new Map(communities.map((c) => [c.id, c.name]))
  const text = (s: string): string => escapeText(maskPersonalNumbers(s))
  const lines: string[] = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${escapeText(prodId)}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
  if (calendarName !== undefined) lines.push(`X-WR-CALNAME:${text(calendarName)}`)
  for (const occ of occurrences) {
    const duty = duties.get(occ.dutyId)
    const title = duty === undefined ? occ.dutyId : zh ? duty.title.zh : duty.title.en
    const community = names.get(occ.communityId) ?? occ.communityId
    const sep = zh ? "：" : ": "
    const isNotice = occ.kind === "public-notice" && occ.noticeEnd !== undefined
    const summary = `${community}${sep}${title}${isNotice ? (zh ? "（公示期）" : " (public notice)") : ""}`
    const description: string[] = []
    if (duty !== undefined) {
      const cadence = describeCadence(duty.cadence)
      description.push(`${zh ? "公开内容" : "Contents"}${sep}${duty.contents.join(zh ? "、" : ", ")}`)
      description.push(`${zh ? "频次" : "Cadence"}${sep}${zh ? cadence.zh : cadence.en}`)
      description.push(`${zh ? "公开形式" : "Channels"}${sep}${duty.channels.map((c) => (zh ? CHANNELS[c].zh : CHANNELS[c].en)).join(zh ? "、" : ", ")}`)
      description.push(`${zh ? "依据" : "Source"}${sep}${zh ? formatCitation(duty.citation) : formatCitationEn(duty.citation)}`)
    }
    if (occ.moved) {
      const p = NON_WORKING_DAY_POLICIES[policy]
      description.push(zh ? `原定 ${occ.nominal} 非工作日，${p.zh}：${occ.due}` : `${occ.nominal} is not a working day; ${p.en}: ${occ.due}`)
    }
    if (isNotice) description.push(zh ? `公示期：${occ.due} 至 ${occ.noticeEnd}，期满后方可作出决定` : `notice period: ${occ.due} to ${occ.noticeEnd}; decide only after it ends`)
    if (occ.provisional) description.push(zh ? "【临时】依据推算的工作日历" : "[provisional] based on a projected calendar")
    const desc = text(description.join("\n"))
    const categories = duty === undefined ? "" : duty.categories.map((c) => text(zh ? DISCLOSURE_CATEGORIES[c].zh : DISCLOSURE_CATEGORIES[c].en)).join(",")
    const end = isNotice && occ.noticeEnd !== undefined ? occ.noticeEnd : occ.due
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(`${occ.uid}@${uidDomain}`)}`,
      `DTSTAMP:${dtstamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${icalDate(occ.due)}`,
      `DTEND;VALUE=DATE:${icalDate(addDays(end, 1))}`,
      `SUMMARY:${text(summary)}`,
      `DESCRIPTION:${desc}`
    )
    if (categories !== "") lines.push(`CATEGORIES:${categories}`)
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT")
    if (todos) {
      lines.push(
        "BEGIN:VTODO",
        `UID:${escapeText(`${occ.uid}/todo@${uidDomain}`)}`,
        `DTSTAMP:${dtstamp}`,
        `SEQUENCE:${sequence}`,
        `DUE;VALUE=DATE:${icalDate(occ.due)}`,
        `SUMMARY:${text(`${zh ? "待办" : "To do"}${sep}${summary}`)}`,
        `DESCRIPTION:${desc}`,
        "STATUS:NEEDS-ACTION",
        "END:VTODO"
      )
    }
  }
  lines.push("END:VCALENDAR")
  return `${lines.map(foldLine).join("\r\n")}\r\n`
}
