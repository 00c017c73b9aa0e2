/**
 * Types an exported zod schema by what it decodes (`ZodType<Output, Input>`) instead of its
 * builder chain, so the public declaration (and its documentation) shows the data, not zod's
 * internal enum maps.
 *
 * @internal
 * @module
 */
import type { z } from "zod"

export const opaque = <S extends z.ZodType>(schema: S): z.ZodType<z.output<S>, z.input<S>> =>
  schema as unknown as z.ZodType<z.output<S>, z.input<S>>
