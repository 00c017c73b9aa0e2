/**
 * End-to-end test of the page in a real headless Chromium (Debian's `chromium` package, driven by
 * playwright-core): builds the page, serves dist/ on 127.0.0.1, fills in the form like an assessor
 * would and checks the level, the level change and the 峡山 cost split the page shows.
 *
 * Expected values are worked out by hand from GB/T 42195-2022 as the domain specification gives it
 * (shared/domain/care-instruments.md §1.2–1.4) and the 峡山 rules (seed 001), not by running the
 * packages.
 *
 * Without /usr/bin/chromium it installs Debian's package (as root); only if that fails does it skip,
 * saying why, with exit code 0. Every wait is bounded; the server and the browser stop by themselves.
 *
 *   pnpm --filter @minzheng-examples/web-care-assessment test:e2e
 *
 * Env: E2E_CHROMIUM (another Chromium binary), E2E_SCREENSHOT (where to write the screenshot).
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { dirname, extname, join, normalize, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { chromium, type BrowserContext, type Page } from "playwright-core"
import { build } from "vite"

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..")
const DIST = join(ROOT, "dist")
const CHROMIUM = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium"
const SCREENSHOT = process.env.E2E_SCREENSHOT ?? "/tmp/web-care-assessment.png"
const WHOLE_RUN_MS = 120_000
const INSTALL_MS = 600_000
const STEP_MS = 15_000
// Flags for this machine's closed network: without the background-networking ones Chromium keeps
// trying (and failing) to reach Google's hosts.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
]

let passed = 0
let failed = 0
const check = (name: string, ok: boolean, detail = ""): void => {
  if (ok) passed++
  else failed++
  console.log(`${ok ? "✓" : "✗"} ${name}${ok || detail === "" ? "" : ` — ${detail}`}`)
}

/** Finds Chromium, installing Debian's package if it is missing; null (and why) when it cannot. */
const ensureChromium = (): { path: string } | { skip: string } => {
  if (existsSync(CHROMIUM)) return { path: CHROMIUM }
  if (process.env.E2E_CHROMIUM !== undefined) return { skip: `E2E_CHROMIUM=${CHROMIUM} does not exist` }
  if (process.getuid?.() !== 0) return { skip: `${CHROMIUM} is missing and this user is not root, so apt-get cannot install it (run: apt-get install -y chromium)` }
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package (apt-get, up to ${INSTALL_MS / 60_000} minutes)…`)
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  const run = (args: ReadonlyArray<string>): boolean => {
    const r = spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], timeout: INSTALL_MS, env })
    return r.status === 0
  }
  if (!run(["update"]) || !run(["install", "-y", "chromium"]) || !existsSync(CHROMIUM)) {
    return { skip: `${CHROMIUM} is missing and "apt-get install chromium" failed` }
  }
  return { path: CHROMIUM }
}

/**
 * Best effort: a Chinese font, so the screenshot shows characters rather than boxes. The checks
 * read the page's text and pass without one.
 */
const ensureChineseFont = (): void => {
  const fonts = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8", timeout: 10_000 })
  if (fonts.status === 0 && fonts.stdout.trim() !== "") return
  if (process.getuid?.() === 0) {
    const r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "fonts-wqy-microhei"], {
      stdio: ["ignore", "ignore", "inherit"],
      timeout: INSTALL_MS,
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
    })
    if (r.status === 0) return
  }
  console.log("note: no Chinese font found (apt-get install fonts-wqy-microhei): the screenshot will show boxes for Chinese text")
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon"
}

/** A static file server for dist/ on 127.0.0.1, on a free port. */
const serve = async (): Promise<{ server: Server; url: string }> => {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname)
    const file = normalize(join(DIST, path.endsWith("/") ? `${path}index.html` : path))
    if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found")
      return
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file))
  })
  server.keepAliveTimeout = 1_000
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", resolve)
  })
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}

/** Checks the given option of each item, by clicking its label as a person would. */
const answer = async (page: Page, answers: Readonly<Record<string, string>>): Promise<void> => {
  for (const [item, option] of Object.entries(answers)) await page.click(`label[for="item-${item}-${option}"]`)
}

const text = async (page: Page, selector: string): Promise<string> => ((await page.textContent(selector, { timeout: STEP_MS })) ?? "").replace(/\s+/g, " ").trim()
const attr = async (page: Page, selector: string, name: string): Promise<string | null> => page.getAttribute(selector, name, { timeout: STEP_MS })

// A man of 80 who needs some help (scores by hand from the item tables, care-instruments.md §1.2):
//   B.1 自理能力       4 + 4 + 3 + 4 + 3 + 3 + 4 + 4 = 29 / 32
//   B.2 基础运动能力   4 + 4 + 3 + 2             = 13 / 15
//   B.3 精神状态       4 + 3 + 4 + 3 + 4 + 4 + 1 + 0 + 2 = 25 / 28
//   B.4 感知觉与社会参与 1 + 1 + 3 + 2 + 3         = 10 / 15
//   total 29 + 13 + 25 + 10 = 77, in 66–89: 能力轻度受损（轻度失能） (§1.3).
const KNOWN_ANSWERS: Readonly<Record<string, string>> = {
  eating: "4", grooming: "4", bathing: "3", "upper-dressing": "4", "lower-dressing": "3", bladder: "3", bowel: "4", toileting: "4",
  "bed-mobility": "4", "bed-chair-transfer": "4", walking: "3", stairs: "2",
  "time-orientation": "4", "place-orientation": "3", "person-orientation": "4", memory: "3", comprehension: "4", expression: "4",
  aggression: "1", depression: "0", consciousness: "2",
  vision: "1", hearing: "1", "daily-affairs": "3", transport: "2", "social-interaction": "3"
}

const scenario = async (page: Page, url: string): Promise<void> => {
  const pageErrors: Array<string> = []
  page.on("pageerror", (e) => pageErrors.push(e.message))
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text())
  })
  await page.goto(url, { timeout: STEP_MS })
  await page.waitForSelector("body[data-ready='true']", { timeout: STEP_MS })

  check("the form lists the 26 items of GB/T 42195-2022 in its four domains", (await page.locator("fieldset.item").count()) === 26 && (await page.locator("fieldset.domain").count()) === 4)
  check(
    "each item offers every option of the standard (B.2.4 上下楼梯 has four, 3 to 0; B.3.9 意识水平 lists 昏迷 apart)",
    (await page.locator("input[name='item-stairs']").count()) === 4 && (await page.locator("#item-consciousness-coma").count()) === 1
  )
  check("an empty form shows a provisional level", (await attr(page, "#level", "data-provisional")) === "true")

  await answer(page, KNOWN_ANSWERS)
  check("all 26 answered: the total is 77", (await text(page, "#total")) === "77", await text(page, "#total"))
  const level = await text(page, "#level")
  check("77 points is 能力轻度受损（轻度失能）", (await attr(page, "#level", "data-level")) === "mild" && level.includes("能力轻度受损（轻度失能）"), level)
  check("the level is final, not provisional", (await attr(page, "#level", "data-provisional")) === "false")
  check("the domain scores are 29, 13, 25 and 10", (await text(page, "#result-domains")).replace(/ /g, "").match(/29\/32.*13\/15.*25\/28.*10\/15/) !== null, await text(page, "#result-domains"))
  check("the explanation names the total and cites the standard", (await text(page, "#result-explanation")).includes("总分（各项得分之和）：77") && (await text(page, "#result-explanation")).includes("GB/T 42195-2022"))

  // 峡山: a 低保 recipient in an institution is covered from 中度失能 up; 轻度 gets no institution rule.
  await page.selectOption("#identity", "dibao")
  await page.selectOption("#setting", "institution")
  await page.fill("#monthly-cost", "3000.00")
  check("峡山: a mildly disabled 低保 recipient in an institution gets no cost share", (await page.locator("#entitlement-none").count()) === 1, await text(page, "#result-entitlement"))

  // 等级变更: a dementia diagnosis (ICD-10 F00–F03) raises the level one step: mild → moderate.
  await page.fill("#diagnoses", "F03")
  check("a dementia diagnosis (F03) raises the level one step to 能力中度受损（中度失能）", (await attr(page, "#level", "data-level")) === "moderate", await text(page, "#level"))
  check("the total stays 77 after the raise", (await text(page, "#total")) === "77")
  // seed 001: 低保户、贫困户中度以上失能 入住养老机构，政府承担80%，个人承担20%: of 3,000.00 元, 2,400.00 and 600.00.
  check("峡山: the government pays 2,400.00 元 of 3,000.00 元 (80%)", (await text(page, "#cost-government")) === "2,400.00 元", await text(page, "#cost-government"))
  check("峡山: the person pays 600.00 元 (20%)", (await text(page, "#cost-person")) === "600.00 元", await text(page, "#cost-person"))
  await page.screenshot({ path: SCREENSHOT, fullPage: true, timeout: STEP_MS })
  const top = SCREENSHOT.replace(/\.png$/, "-top.png")
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: top, timeout: STEP_MS })
  console.log(`  screenshots: ${SCREENSHOT} (whole page), ${top} (first screen)`)

  await page.fill("#monthly-cost", "3000.005")
  check("a cost with a fraction of a 分 is refused beside the field, in Chinese and English", (await attr(page, "#monthly-cost", "aria-invalid")) === "true" && (await text(page, "#monthly-cost-error")).includes("精确到分"), await text(page, "#monthly-cost-error"))
  await page.fill("#monthly-cost", "3000.00")

  // 昏迷: rated 能力完全丧失（完全失能） directly, whatever the scores (§1.4 rule 1).
  await page.click("label[for='item-consciousness-coma']")
  check("answering 昏迷 gives 能力完全丧失（完全失能） directly", (await attr(page, "#level", "data-level")) === "complete", await text(page, "#level"))

  await page.click("#clear-form")
  await page.waitForFunction(() => document.querySelector("#level")?.getAttribute("data-provisional") === "true", undefined, { timeout: STEP_MS })
  await page.click("#fill-example")
  // examples/care-assessment-form's person: total 55, in 46–65.
  check("the example answers score 55, 能力中度受损（中度失能）", (await text(page, "#total")) === "55" && (await attr(page, "#level", "data-level")) === "moderate", `${await text(page, "#total")} ${await text(page, "#level")}`)
  check("no script error in the page", pageErrors.length === 0, pageErrors.join(" | "))
}

const main = async (): Promise<number> => {
  const browserBinary = ensureChromium()
  if ("skip" in browserBinary) {
    console.log(`SKIPPED web-care-assessment e2e: ${browserBinary.skip}.`)
    return 0
  }
  ensureChineseFont()
  // Armed after the installs (which have their own time limit): the build, the server and the browser.
  setTimeout(() => {
    console.error(`web-care-assessment e2e: still running after ${WHOLE_RUN_MS / 1000} s, giving up`)
    process.exit(1)
  }, WHOLE_RUN_MS).unref()
  console.log("building the page (vite build)…")
  await build({ root: ROOT, logLevel: "warn" })
  if (!existsSync(join(DIST, "index.html"))) throw new Error("vite build wrote no dist/index.html")

  const { server, url } = await serve()
  const userDataDir = mkdtempSync(join(tmpdir(), "web-care-assessment-chromium-"))
  let context: BrowserContext | undefined
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: browserBinary.path,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 900 },
      locale: "zh-CN",
      timeout: STEP_MS
    })
    context.setDefaultTimeout(STEP_MS)
    const page = context.pages()[0] ?? (await context.newPage())
    console.log(`serving dist/ at ${url}; Chromium ${context.browser()?.version() ?? ""}`.trimEnd())
    await scenario(page, url)
  } finally {
    await context?.close().catch(() => undefined)
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    rmSync(userDataDir, { recursive: true, force: true })
  }
  console.log(`\n${passed} passed, ${failed} failed`)
  return failed === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e)
    console.log(`\n${passed} passed, ${failed + 1} failed`)
    process.exit(1)
  }
)
