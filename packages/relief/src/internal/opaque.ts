/**
 * Types an exported zod schema by what it decodes (`ZodMiniType<Output, Input>`) instead of its
 * builder chain, so the public declaration (and its documentation) shows the data, not zod's
 * internal enum maps.
 *
 * @internal
 * @module
 */
import type * as z from "zod/mini"

export const opaque = <S extends z.ZodMiniType>(schema: S): z.ZodMiniType<z.output<S>, z.input<S>> =>
  schema as unknown as z.ZodMiniType<z.output<S>, z.input<S>>
