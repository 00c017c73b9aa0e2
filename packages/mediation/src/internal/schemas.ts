/**
 * Small zod building blocks shared by the package's schemas (not public).
 */
import * as z from "zod/mini"

/** Text of 1 to `max` characters once trimmed (trimmed first, then measured). */
export const trimmedText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max))

export const IdSchema = trimmedText(64)
export const NameSchema = trimmedText(200)
export const TextSchema = trimmedText(20_000)

const AMOUNT = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/

/** Whether `u` is an amount string as {@link AmountSchema} accepts it. */
export const isAmount = (u: unknown): boolean => typeof u === "string" && AMOUNT.test(u)

/** An amount in 元 kept as its decimal string, so events stay plain JSON. */
export const AmountSchema = z.string().check(
  z.refine((s: string) => AMOUNT.test(s), {
    params: { zh: "金额应为非负十进制字符串（单位：元，至多两位小数），如 \"1200.00\"", en: "an amount must be a non-negative decimal string in 元 with at most 2 decimals, e.g. \"1200.00\"" }
  })
)

export const uniqueBy = <T>(items: ReadonlyArray<T>, key: (t: T) => string): boolean => new Set(items.map(key)).size === items.length
