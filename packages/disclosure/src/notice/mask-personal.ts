/**
 * 按字段类型脱敏 (masking by field type): a personal value masked under a checked masking policy,
 * using the one-per-type functions of `mask.ts` (through the same dispatcher `buildNotice` uses).
 *
 * @module
 */
import { decode, InvalidInput, issue } from "@minzheng/core"
import * as Result from "effect/Result"
import { maskWith } from "../internal/mask-with.js"
import { MAX_PERSONAL_VALUE as MAX_VALUE, requireText } from "../internal/text.js"
import type { PersonalFieldType } from "./field-type.js"
import { type MaskingPolicy, MaskingPolicySchema } from "./masking-policy.js"

/**
 * Masks a value of a personal field type under a policy.
 *
 * @example
 * ```ts
 * import { maskPersonal, DEFAULT_MASKING_POLICY } from "@minzheng/disclosure"
 * maskPersonal("citizen-id", "11010519491231002X", DEFAULT_MASKING_POLICY) //=> "110105********002X"
 * maskPersonal("phone", "13812341234", DEFAULT_MASKING_POLICY) //=> "138****1234"
 * ```
 * @throws `InvalidInput` for a policy looser than the bounds, an unknown type, or a value that is
 * not text or longer than 1,000 characters (broken preconditions: decode a policy from outside with
 * `MaskingPolicySchema` first)
 * @category masking
 * @since 0.1.0
 */
export const maskPersonal = (type: PersonalFieldType, value: string, policy: MaskingPolicy): string => {
  const p = decode(MaskingPolicySchema, policy)
  if (Result.isFailure(p)) throw p.failure
  const v = requireText(value, "value")
  if (v.length > MAX_VALUE) throw new InvalidInput({ issues: [issue(["value"], "too_big", `个人信息字段不能超过 ${MAX_VALUE} 个字符`, `a personal field has at most ${MAX_VALUE} characters`)] })
  return maskWith(type, v, p.success)
}
