import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { DEFAULT_MASKING_POLICY, renderNoticeHtml, renderNoticeMarkdown, renderNoticeText } from "@minzheng/disclosure"
import { publicBoard, starRatingNotice, starRatingPublicNotice } from "@minzheng/credit"
import { award, build, d, schemes } from "./helpers.js"

describe("the public board is a masked disclosure notice", () => {
  const l = build([award("a1", "p1", "frugal-ceremony", "2025-04-10"), award("a2", "p1", "elder-care", "2025-04-11"), award("a3", "p2", "elder-care", "2025-04-12")])
  const residents = [
    { person: "p1", name: "王秀英" },
    { person: "p2", name: "欧阳娜娜" },
    { person: "p3", name: "张三" }
  ]
  const board = () => {
    const b = publicBoard(l, schemes, residents, d("2025-06-30"), { issuer: "西霞口村民委员会", period: { from: "2025-07-01", to: "2025-07-07" } })
    if (Result.isFailure(b)) throw b.failure
    return b.success
  }
  it("prints as plain text: issuer, posting period, ranked masked rows", () => {
    expect(renderNoticeText(board().notice)).toBe(
      [
        "信用积分公示（截至 2025-06-30） · 村居信用积分方案（荣成“信用+”式，示例）",
        "公示单位：西霞口村民委员会",
        "公示期：2025-07-01 至 2025-07-07",
        "",
        "名次 | 姓名 | 信用分 | 信用等级 | 标识",
        "1 | 王** | 115 | AA级（诚信户） | ★★",
        "2 | 欧阳** | 105 | A级（守信户） | ★",
        "3 | 张* | 100 | A级（守信户） | ★",
        "",
        "信用积分截至 2025-06-30；对积分有异议的，可在异议期内向村民委员会提出。",
        ""
      ].join("\n")
    )
  })
  it("renders as Markdown with the masks escaped and as HTML with no full name anywhere", () => {
    const b = board()
    expect(renderNoticeMarkdown(b.notice)).toContain("| 1 | 王\\*\\* | 115 |")
    const html = renderNoticeHtml(b.notice)
    for (const r of residents) expect(html).not.toContain(r.name)
  })
  it("the title names the scheme in Chinese, never by its id", () => {
    expect(board().title).toBe("信用积分公示（截至 2025-06-30） · 村居信用积分方案（荣成“信用+”式，示例）")
    expect(board().title).not.toMatch(/[A-Za-z]/)
  })
  it("equal scores share a rank", () => {
    const b = publicBoard(build([award("a1", "p1", "elder-care", "2025-04-11"), award("a2", "p2", "elder-care", "2025-04-12")]), schemes, residents, d("2025-06-30"))
    expect(Result.isSuccess(b) && b.success.rows.map((r) => r.rank)).toEqual([1, 1, 3])
  })
  it("a blank name, a malformed ID and a looser masking policy are listed together", () => {
    const b = publicBoard(l, schemes, [{ person: "p1", name: "  ", citizenId: "123" }], d("2025-06-30"), { policy: { ...DEFAULT_MASKING_POLICY, personName: { keep: "full" } } as never })
    expect(Result.isFailure(b) && b.failure._tag === "InvalidInput" && b.failure.issues.map((i) => i.path[i.path.length - 1])).toEqual(["name", "citizenId", "keep"])
  })
})

describe("星级服务员 one-week 公示 (seed 000)", () => {
  it("a notice posted on Monday 22 December 2025 runs to Sunday the 28th and stands from the 29th", () => {
    const n = starRatingNotice(d("2025-12-22"))
    expect([n.lastDay, n.finalOn]).toEqual(["2025-12-28", "2025-12-29"])
  })
  it("the seed's 40 titles (11 five-star, 13 four-star, 9 three-star, 7 two-star) as a masked notice, highest grade first", () => {
    const grades = [...Array(11).fill("five-star"), ...Array(13).fill("four-star"), ...Array(9).fill("three-star"), ...Array(7).fill("two-star")].reverse()
    const surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"]
    const results = grades.map((grade, i) => ({ name: `${surnames[i % 8]}${"秀英建华"[i % 4]}${"明丽"[i % 2]}`, grade }))
    const r = starRatingPublicNotice({ issuer: "李沧区社会福利院", postedOn: "2025-12-22", results })
    if (Result.isFailure(r)) throw r.failure
    const n = r.success.notice
    expect(n.period).toEqual({ from: "2025-12-22", to: "2025-12-28" })
    expect(n.rows.length).toBe(40)
    expect(n.rows[0]?.[1]).toBe("五星级服务员")
    expect(n.rows[39]?.[1]).toBe("二星级服务员")
    expect(n.rows.every((row) => /^.\*\*$/.test(row[0] as string))).toBe(true)
    expect(n.footer).toBe("五星级服务员 11 人，四星级服务员 13 人，三星级服务员 9 人，二星级服务员 7 人。公示期至 2025-12-28；对评选结果有异议的，请在公示期内提出。")
  })
  it("an unknown grade and a missing issuer are reported together", () => {
    const r = starRatingPublicNotice({ postedOn: "2025-12-22", results: [{ name: "王芳", grade: "six-star" }] })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.issues.map((i) => i.path.join("."))).toEqual(["issuer"])
    const r2 = starRatingPublicNotice({ issuer: "福利院", postedOn: "2025-12-22", results: [{ name: "王芳", grade: "six-star" }] })
    expect(Result.isFailure(r2) && r2.failure.issues.map((i) => i.path.join("."))).toEqual(["results.0.grade"])
  })
})
