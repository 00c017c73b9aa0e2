/**
 * The store benchmark shared by @minzheng/store-sqlite and @minzheng/store-postgres: appends per
 * second (one writer, one event per append, spread over 100 cases) and replay events per second
 * (a projection reading every event with readAll in pages of 1,000), for each store in the same
 * run, in interleaved rounds (memory, SQLite, PostgreSQL, memory, …) so that a slow moment of the
 * machine hits them all alike. Each round opens a fresh, empty store. Reported: the median and
 * the range over the rounds.
 */
import type { CaseStoreShape } from "@minzheng/core"
import { Effect } from "effect"

export interface Subject {
  readonly name: string
  readonly open: () => Promise<{ readonly store: CaseStoreShape; readonly close: () => Promise<void> }>
}

const event = (i: number) => ({ type: "hold-session", date: "2025-03-05", record: `第 ${i} 次调解：双方到场，调解员释明权利义务。`, mediatorIds: ["m1"], attendingPartyIds: ["p1", "p2"] })

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US")

export const runBench = async (subjects: ReadonlyArray<Subject>, options: { rounds?: number; appends?: number; replays?: number } = {}): Promise<void> => {
  const rounds = options.rounds ?? 5
  const appends = options.appends ?? 5_000
  const replays = options.replays ?? 5
  const results = new Map(subjects.map((s) => [s.name, { appends: [] as number[], replay: [] as number[] }]))
  for (let round = 1; round <= rounds; round++) {
    for (const subject of subjects) {
      const { store, close } = await subject.open()
      try {
        const versions = new Array<number>(100).fill(0)
        let t = performance.now()
        for (let i = 0; i < appends; i++) {
          const c = i % 100
          await Effect.runPromise(store.append(`case-${c}`, versions[c] ?? 0, [event(i)]))
          versions[c] = (versions[c] ?? 0) + 1
        }
        results.get(subject.name)?.appends.push(appends / ((performance.now() - t) / 1000))
        t = performance.now()
        let read = 0
        for (let r = 0; r < replays; r++) {
          for (let after = 0; ; ) {
            const page = await Effect.runPromise(store.readAll({ after, limit: 1_000 }))
            if (page.length === 0) break
            read += page.length
            after = page[page.length - 1]?.position ?? after
          }
        }
        if (read !== appends * replays) throw new Error(`${subject.name}: replayed ${read} events, expected ${appends * replays}`)
        results.get(subject.name)?.replay.push(read / ((performance.now() - t) / 1000))
      } finally {
        await close()
      }
    }
    process.stderr.write(`round ${round}/${rounds} done\n`)
  }
  console.log(`\nCase stores: ${rounds} interleaved rounds, ${fmt(appends)} appends of one event each (100 cases), replay = readAll of every event ×${replays}; median (min–max)\n`)
  console.log("| store | appends/s | replay events/s |")
  console.log("| --- | ---: | ---: |")
  for (const [name, r] of results) {
    console.log(`| ${name} | ${fmt(median(r.appends))} (${fmt(Math.min(...r.appends))}–${fmt(Math.max(...r.appends))}) | ${fmt(median(r.replay))} (${fmt(Math.min(...r.replay))}–${fmt(Math.max(...r.replay))}) |`)
  }
}
