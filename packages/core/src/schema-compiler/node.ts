/**
 * The schema compiler on Node: zod's `compile` (zod ≥ 4.6), which generates a fast parser for a
 * schema and falls back to the runtime parser for any input the fast path refuses — so a refusal
 * always carries the runtime's issues, path for path. Chosen through the `#schema-compiler` import
 * of core's package.json (condition `node`); elsewhere `portable.ts` gives none.
 *
 * @internal
 */
import { compile } from "zod/mini"

export const compileSchema: (<S>(schema: S) => S) | undefined = compile as <S>(schema: S) => S
