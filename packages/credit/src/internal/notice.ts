/**
 * Runs disclosure's `buildNoticeUnsafe` (which throws core's `InvalidInput`) as a `Result`; anything
 * else it might throw is a bug and is rethrown.
 */
import { InvalidInput } from "@minzheng/core"
import type { MaskedNotice } from "@minzheng/disclosure"
import * as Result from "effect/Result"

export const noticeOrFailure = (build: () => MaskedNotice): Result.Result<MaskedNotice, InvalidInput> => {
  try {
    return Result.succeed(build())
  } catch (e) {
    if (e instanceof InvalidInput) return Result.fail(e)
    throw e
  }
}
