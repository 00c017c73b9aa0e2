import { InvalidInput } from "@minzheng/core"
import {
  buildNoticeUnsafe,
  DEFAULT_MASKING_POLICY,
  dibaoNoticeUnsafe,
  dibaoNoticeEffect,
  maskAddress,
  maskDigits,
  maskingPolicyLayer,
  maskPersonal,
  maskPersonName,
  type MaskingPolicy,
  renderNoticeHtml,
  renderNoticeMarkdown,
  renderNoticeText
} from "@minzheng/disclosure"
import { Effect, Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const period = { from: "2025-09-26", to: "2025-10-09" }
const refusal = (f: () => unknown): InvalidInput => {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInput)
    return e as InvalidInput
  }
  throw new Error("expected a refusal")
}

describe("masking by field type (the spec's examples)", () => {
  it("keeps the surname: 张三丰 → 张**, 欧阳娜 → 欧阳*", () => {
    expect(maskPersonName("张三丰")).toBe("张**")
    expect(maskPersonName("欧阳娜")).toBe("欧阳*")
    expect(maskPersonName("欧阳娜娜")).toBe("欧阳**")
    expect(maskPersonName("李四")).toBe("李*")
    expect(maskPersonName("欧阳")).toBe("欧*")
  })
  it("keeps the first 6 and last 4 characters of a citizen ID, or fewer under a stricter policy", () => {
    expect(maskPersonal("citizen-id", "11010519491231002X", DEFAULT_MASKING_POLICY)).toBe("110105********002X")
    expect(maskPersonal("citizen-id", "11010519491231002X", { ...DEFAULT_MASKING_POLICY, citizenId: { head: 0, tail: 4 } })).toBe("**************002X")
  })
  it("shows a mobile number as 138****1234", () => {
    expect(maskPersonal("phone", "13812341234", DEFAULT_MASKING_POLICY)).toBe("138****1234")
    expect(maskPersonal("phone", "0532-88886666", DEFAULT_MASKING_POLICY)).toBe("053*-****6666")
  })
  it("masks a short number whole rather than reveal it", () => {
    expect(maskDigits("8888666", 3, 4)).toBe("*******")
  })
  it("cuts an address to the community, or to the building under that policy", () => {
    expect(maskAddress("李沧区虎山路街道虎山社区12号楼3单元501室")).toBe("李沧区虎山路街道虎山社区***")
    expect(maskAddress("李沧区虎山路街道虎山社区12号楼3单元501室", "building")).toBe("李沧区虎山路街道虎山社区12号楼***")
    expect(maskAddress("平原县桃园街道西杨村3组15号")).toBe("平原县桃园街道西杨村***")
    expect(maskAddress("李沧区新村路5号")).toBe("***")
  })
  it("keeps only the last 4 digits of a bank account", () => {
    expect(maskPersonal("bank-account", "6222021234567890", DEFAULT_MASKING_POLICY)).toBe("************7890")
  })
})

describe("the masking policy is data, and only ever stricter", () => {
  it("refuses a policy that would show 10 digits of an ID", () => {
    const e = refusal(() => buildNoticeUnsafe({ title: "t", issuer: "i", period, columns: [], rows: [] }, { ...DEFAULT_MASKING_POLICY, citizenId: { head: 10, tail: 4 } } as MaskingPolicy))
    expect(e.issues[0]?.path).toEqual(["policy", "citizenId", "head"])
  })
  it("applies a stricter local policy provided as a layer", () => {
    const layer = maskingPolicyLayer({ ...DEFAULT_MASKING_POLICY, personName: { keep: "none" } })
    const n = Effect.runSync(Effect.provide(dibaoNoticeEffect({ issuer: "虎山社区", period, rows: [{ headOfHousehold: "张三丰", membersCovered: 3, monthlyAmount: "1580.00", community: "虎山社区", programme: "urban" }] }), layer))
    expect(n.rows[0]?.[0]).toBe("***")
  })
})

describe("unknown personal fields are refused, not passed through", () => {
  const columns = [{ key: "head", label: { zh: "户主", en: "head of household" }, type: "person-name" as const }]
  it("refuses a field the notice does not declare", () => {
    const e = refusal(() => buildNoticeUnsafe({ title: "公示", issuer: "虎山社区", period, columns, rows: [{ head: "张三丰", idNumber: "11010519491231002X" }] }))
    expect(e.issues.map((i) => i.code)).toEqual(["unknown_field"])
    expect(e.message).not.toContain("11010519491231002X")
  })
  it("refuses a column of ID numbers declared as plain text", () => {
    const e = refusal(() => buildNoticeUnsafe({ title: "公示", issuer: "虎山社区", period, columns: [{ key: "idNo", label: { zh: "身份证号", en: "ID" }, type: "text" }], rows: [] }))
    expect(e.issues[0]?.code).toBe("undeclared_personal_field")
  })
  it("refuses an income or illness column whatever its type", () => {
    const e = refusal(() =>
      buildNoticeUnsafe({ title: "公示", issuer: "虎山社区", period, columns: [{ key: "income", label: { zh: "家庭收入", en: "income" }, type: "money" }, { key: "note", label: { zh: "疾病情况", en: "illness" }, type: "text" }], rows: [] })
    )
    expect(e.issues.map((i) => i.code)).toEqual(["sensitive_field", "sensitive_field"])
  })
  it("refuses a free-text cell holding a mobile number, without repeating it", () => {
    const e = refusal(() => buildNoticeUnsafe({ title: "公示", issuer: "虎山社区", period, columns: [{ key: "remark", label: { zh: "备注", en: "remark" }, type: "text" }], rows: [{ remark: "联系13812341234" }] }))
    expect(e.issues[0]?.path).toEqual(["rows", 0, "remark"])
    expect(JSON.stringify(e.issues)).not.toContain("13812341234")
  })
  it("refuses a 低保 row that carries income or disability details", () => {
    const e = refusal(() =>
      dibaoNoticeUnsafe({ issuer: "虎山社区", period, rows: [{ headOfHousehold: "张三丰", membersCovered: 3, monthlyAmount: "1580.00", community: "虎山社区", programme: "urban", income: "800", disability: "二级" } as never] })
    )
    expect(e.issues[0]?.code).toBe("unrecognized_keys")
  })
})

describe("a printed 低保 公示", () => {
  const notice = dibaoNoticeUnsafe({
    title: "虎山社区2025年9月最低生活保障公示",
    issuer: "虎山社区居民委员会",
    period,
    rows: [
      { headOfHousehold: "张三丰", membersCovered: 3, monthlyAmount: "1580.00", community: "虎山社区", programme: "urban" },
      { headOfHousehold: "欧阳娜娜", membersCovered: 1, monthlyAmount: "610.5", community: "虎山社区", programme: "urban" }
    ],
    footer: "公示期内如有异议，请向虎山路街道办事处反映。"
  })
  it("shows only the masked head, members, monthly amount, community and programme", () => {
    expect(notice.rows).toEqual([
      ["张**", "3", "1580.00", "虎山社区", "城市低保"],
      ["欧阳**", "1", "610.50", "虎山社区", "城市低保"]
    ])
  })
  it("renders as plain text for the notice board", () => {
    expect(renderNoticeText(notice)).toBe(
      [
        "虎山社区2025年9月最低生活保障公示",
        "公示单位：虎山社区居民委员会",
        "公示期：2025-09-26 至 2025-10-09",
        "",
        "户主 | 保障人数 | 月保障金额（元） | 村（社区） | 救助项目",
        "张** | 3 | 1580.00 | 虎山社区 | 城市低保",
        "欧阳** | 1 | 610.50 | 虎山社区 | 城市低保",
        "",
        "公示期内如有异议，请向虎山路街道办事处反映。",
        ""
      ].join("\n")
    )
  })
  it("escapes the mask stars in Markdown so they are not read as emphasis", () => {
    expect(renderNoticeMarkdown(notice)).toContain("| 张\\*\\* | 3 | 1580.00 | 虎山社区 | 城市低保 |")
  })
  it("escapes HTML", () => {
    const n = buildNoticeUnsafe({ title: "<script>alert(1)</script>", issuer: "A&B", period, columns: [{ key: "c", label: { zh: "社区", en: "c" }, type: "community" }], rows: [{ c: "\"虎山\"" }] })
    const html = renderNoticeHtml(n)
    expect(html).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>")
    expect(html).toContain("<td>&quot;虎山&quot;</td>")
    expect(html).not.toContain("<script>")
  })
  it("refuses to render anything that did not come from buildNoticeUnsafe", () => {
    expect(() => renderNoticeHtml({ title: "x" } as never)).toThrow(InvalidInput)
  })
})

// The law: no masked output contains a run of the original's hidden characters (beyond what the
// kept part itself shows).
const leaks = (output: string, hidden: string, kept: ReadonlyArray<string>): boolean => {
  for (let i = 0; i < hidden.length; i++) {
    for (let j = i + 2; j <= hidden.length; j++) {
      const run = hidden.slice(i, j)
      if (output.includes(run) && !kept.some((k) => k.includes(run))) return true
    }
  }
  return false
}
const renderAll = (n: ReturnType<typeof buildNoticeUnsafe>) => [renderNoticeText(n), renderNoticeMarkdown(n), renderNoticeHtml(n)]

describe("masked output never contains the hidden characters (fast-check)", () => {
  const surname = fc.constantFrom("张", "王", "李", "欧阳", "司马")
  const given = fc.array(fc.constantFrom("三", "丰", "娜", "伟", "芳", "秀", "英"), { minLength: 1, maxLength: 3 }).map((a) => a.join(""))
  it("names: no given-name character reaches any rendering", () => {
    fc.assert(
      fc.property(surname, given, (s, g) => {
        const n = buildNoticeUnsafe({ title: "公示", issuer: "虎山社区", period, columns: [{ key: "head", label: { zh: "户主", en: "head" }, type: "person-name" }], rows: [{ head: s + g }] })
        return renderAll(n).every((out) => [...g].every((ch) => !out.includes(ch)))
      }),
      { numRuns: 100 }
    )
  })
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(""))
  it("citizen IDs: no run of the 8 hidden characters appears except inside the kept 6 + 4", () => {
    fc.assert(
      fc.property(digits(17), fc.constantFrom("0", "5", "X"), (body, check) => {
        const id = body + check
        const n = buildNoticeUnsafe({ title: "公示", issuer: "虎山社区", period, columns: [{ key: "id", label: { zh: "公民身份号码", en: "ID" }, type: "citizen-id" }], rows: [{ id }] })
        const cell = n.rows[0]![0]!
        return !leaks(cell, id.slice(6, 14), [id.slice(0, 6), id.slice(14)]) && renderAll(n).every((out) => !out.includes(id) && out.replace(/\\/g, "").includes(cell))
      }),
      { numRuns: 100 }
    )
  })
  it("phones and bank accounts: hidden digits never appear outside the kept ends", () => {
    fc.assert(
      fc.property(digits(10), digits(16), (p, b) => {
        const phone = `1${p}`
        const n = buildNoticeUnsafe({
          title: "公示", issuer: "虎山社区", period,
          columns: [{ key: "phone", label: { zh: "联系电话", en: "phone" }, type: "phone" }, { key: "bank", label: { zh: "银行账号", en: "bank" }, type: "bank-account" }],
          rows: [{ phone, bank: b }]
        })
        const [pc, bc] = [n.rows[0]![0]!, n.rows[0]![1]!]
        return (
          !leaks(pc, phone.slice(3, 7), [phone.slice(0, 3), phone.slice(7)]) &&
          !leaks(bc, b.slice(0, 12), [b.slice(12)]) &&
          renderAll(n).every((out) => !out.includes(phone) && !out.includes(b))
        )
      }),
      { numRuns: 100 }
    )
  })
  it("addresses: nothing after the community reaches the output", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("1", "2", "号", "楼", "单元", "室", "甲"), { minLength: 1, maxLength: 8 }).map((a) => a.join("")), (rest) => {
        const address = `李沧区虎山路街道虎山社区${rest}`
        const masked = maskAddress(address)
        return masked === "李沧区虎山路街道虎山社区***"
      }),
      { numRuns: 100 }
    )
  })
  it("every Result of building is all-or-nothing: one bad row refuses the whole notice", () => {
    const r = Result.try(() => buildNoticeUnsafe({ title: "公示", issuer: "虎山社区", period, columns: [{ key: "head", label: { zh: "户主", en: "head" }, type: "person-name" }], rows: [{ head: "张三" }, { head: 3 }] }))
    expect(Result.isFailure(r)).toBe(true)
  })
})
