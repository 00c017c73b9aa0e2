/**
 * Flags several commands share, each checked when the command line is parsed (a bad value is a
 * usage error, exit code 2).
 *
 * @internal
 * @module
 */
import { isIsoDate, isRegionCode, type IsoDate, type RegionCode } from "@minzheng/core"
import { Flag } from "effect/cli"
import { INPUT_FORMATS } from "../io/records.js"

export const dateFlag = (name: string, description: string) =>
  Flag.String(name).pipe(
    Flag.withDescription(description),
    Flag.withMetavar("YYYY-MM-DD"),
    Flag.filter(isIsoDate, (s) => `not a valid date (YYYY-MM-DD): ${s}`),
    Flag.map((s) => s as IsoDate)
  )

export const regionFlag = Flag.String("region").pipe(
  Flag.withDescription("region code (GB/T 2260, six digits), e.g. 370213"),
  Flag.withMetavar("CODE"),
  Flag.filter(isRegionCode, (s) => `not a region code (six digits, GB/T 2260): ${s}`),
  Flag.map((s) => s as RegionCode)
)

export const jsonFlag = Flag.Boolean("json").pipe(Flag.withDescription("machine output: JSON (NDJSON for record streams) on stdout"), Flag.withDefault(false))

export const outFlag = Flag.String("out").pipe(
  Flag.withAlias("o"),
  Flag.withDescription("write the output to this file instead of stdout"),
  Flag.withMetavar("FILE"),
  Flag.optional
)

export const formatFlag = Flag.Literals("format", INPUT_FORMATS).pipe(
  Flag.withDescription("input format (default: from the file extension; NDJSON for stdin)"),
  Flag.optional
)

export const policyFlag = Flag.String("policy").pipe(
  Flag.withDescription("a built-in bundle id (qingdao-licang, …) or a policy bundle .json file"),
  Flag.withMetavar("BUNDLE")
)
