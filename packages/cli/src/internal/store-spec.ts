/**
 * Where a command keeps its cases: `--store` names a SQLite file (`sqlite:PATH`, or a bare path as
 * before) or a PostgreSQL database (`postgres://…` / `postgresql://…`); without it, an in-memory
 * store lives for the run only. The store packages load only when named, so `--help` and in-memory
 * runs start without them (docs/cli.md, "Performance").
 *
 * @internal
 * @module
 */
import type { CaseStore, CaseStoreFailure } from "@minzheng/core"
import { CliFailure } from "../cli-failure.js"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"

/** A parsed `--store`. */
export type StoreSpec =
  | { readonly kind: "sqlite"; readonly path: string; readonly shown: string }
  | { readonly kind: "postgres"; readonly url: string; readonly shown: string }

/** The connection string with any password replaced by `***`, for messages. */
const withoutPassword = (url: string): string => url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, "$1:***@")

/** Reads a `--store` value: `postgres://…`, `postgresql://…`, `sqlite:PATH` or a bare file path; an empty one is a usage error. */
export const parseStoreSpec = (spec: string): Effect.Effect<StoreSpec, CliFailure> => {
  if (/^postgres(ql)?:\/\//i.test(spec)) return Effect.succeed({ kind: "postgres", url: spec, shown: withoutPassword(spec) })
  const path = spec.startsWith("sqlite:") ? spec.slice("sqlite:".length) : spec
  if (path.trim() === "") {
    return Effect.fail(new CliFailure({ exitCode: 2, message: `--store ${JSON.stringify(spec)}: name a file (sqlite:FILE) or a database (postgres://…)` }))
  }
  return Effect.succeed({ kind: "sqlite", path, shown: path })
}

/** The case-store layer of a `--store`. */
export const storeLayer = (spec: StoreSpec): Effect.Effect<Layer.Layer<CaseStore, CaseStoreFailure>> =>
  spec.kind === "sqlite"
    ? Effect.map(
        Effect.promise(() => import("@minzheng/store-sqlite")),
        (m) => m.sqliteCaseStoreLayer(spec.path)
      )
    : Effect.map(
        Effect.promise(() => import("@minzheng/store-postgres")),
        (m) => m.postgresCaseStoreLayer({ connectionString: spec.url, poolSize: 2 })
      )
