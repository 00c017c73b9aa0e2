/**
 * The mediation workflows on the three case stores (issue 17), in the same run and in interleaved rounds
 * (memory, SQLite, PostgreSQL, memory, …), each round on a fresh store: appends/s — commands
 * through the workflow (load the case, decide, append), one writer, the worked examples of
 * test/stores-cases.ts over 50 case ids each — and replay events/s (every case loaded and
 * replayed through the workflow). Median (min–max). PostgreSQL is the server at MINZHENG_PG_URL,
 * left out with a note when it is unset:
 *
 *   export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)"
 *   pnpm --filter @minzheng/mediation bench:stores
 */
import { benchWorkflowsOnStores } from "../../../scripts/test/stores.js"
import { adapters, drivers } from "../test/stores-cases.js"

await benchWorkflowsOnStores("mediation: mediation cases, 议事协商 topics, 阳光报告会", adapters, drivers, { rounds: 7, cases: 50 })
