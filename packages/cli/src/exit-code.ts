/**
 * The exit codes of the `minzheng` command: what a script calling it can rely on.
 *
 * @module
 */

/**
 * 退出码 (exit codes) of the `minzheng` command, each with its meaning in Chinese and English.
 *
 * - `0` ok — every record was processed;
 * - `1` records failed — the run finished, but some records were reported as errors (one line each on stderr);
 * - `2` usage — an unknown command or flag, a missing or malformed flag value;
 * - `3` invalid input or policy — an input that is not a record stream (a bad policy bundle, an
 *   incomplete bundle for the region and date, a bad duty set, an unreadable JSON document);
 * - `4` I/O — a file that cannot be read or written;
 * - `70` internal — a bug: run again with `--debug` for the stack trace and report it.
 *
 * @example
 * ```ts
 * import { EXIT_CODES } from "@minzheng/cli"
 * EXIT_CODES.recordsFailed.code //=> 1
 * ```
 * @category exit codes
 * @since 0.1.0
 */
export const EXIT_CODES: ExitCodeTable = {
  ok: { code: 0, zh: "成功：全部记录已处理", en: "ok: every record was processed" },
  recordsFailed: { code: 1, zh: "部分记录出错（每条一行，见标准错误输出）", en: "some records failed (one line each on stderr)" },
  usage: { code: 2, zh: "用法错误：未知命令或选项、缺少或错误的选项值", en: "usage error: unknown command or flag, missing or malformed flag value" },
  invalidInput: { code: 3, zh: "输入或政策参数无效（如参数包不完整）", en: "invalid input or policy (e.g. an incomplete policy bundle)" },
  io: { code: 4, zh: "文件无法读取或写入", en: "a file cannot be read or written" },
  internal: { code: 70, zh: "内部错误：请加 --debug 重试并报告", en: "internal error: rerun with --debug and report it" }
}

/**
 * One exit code with its meaning.
 *
 * @example
 * ```ts
 * import type { ExitCodeInfo } from "@minzheng/cli"
 * const usage: ExitCodeInfo<2> = { code: 2, zh: "用法错误", en: "usage error" }
 * ```
 * @category exit codes
 * @since 0.1.0
 */
export interface ExitCodeInfo<C extends number> {
  /** The process exit code. */
  readonly code: C
  /** Its meaning in Chinese. */
  readonly zh: string
  /** Its meaning in English. */
  readonly en: string
}

/**
 * The table of {@link EXIT_CODES}.
 *
 * @example
 * ```ts
 * import { EXIT_CODES, type ExitCodeTable } from "@minzheng/cli"
 * const table: ExitCodeTable = EXIT_CODES
 * table.io.code //=> 4
 * table.io.zh //=> "文件无法读取或写入"
 * ```
 * @category exit codes
 * @since 0.1.0
 */
export interface ExitCodeTable {
  /** `0`: every record was processed. */
  readonly ok: ExitCodeInfo<0>
  /** `1`: the run finished but some records failed. */
  readonly recordsFailed: ExitCodeInfo<1>
  /** `2`: an unknown command or flag, a missing or malformed flag value. */
  readonly usage: ExitCodeInfo<2>
  /** `3`: an invalid input document or policy bundle. */
  readonly invalidInput: ExitCodeInfo<3>
  /** `4`: a file cannot be read or written. */
  readonly io: ExitCodeInfo<4>
  /** `70`: a bug; rerun with `--debug`. */
  readonly internal: ExitCodeInfo<70>
}

/**
 * The name of an exit code: a key of {@link EXIT_CODES}.
 *
 * @example
 * ```ts
 * import type { ExitCodeName } from "@minzheng/cli"
 * const name: ExitCodeName = "usage"
 * ```
 * @category exit codes
 * @since 0.1.0
 */
export type ExitCodeName = keyof ExitCodeTable

/**
 * A numeric exit code of the `minzheng` command (`0`, `1`, `2`, `3`, `4` or `70`).
 *
 * @example
 * ```ts
 * import type { ExitCode } from "@minzheng/cli"
 * const code: ExitCode = 3
 * ```
 * @category exit codes
 * @since 0.1.0
 */
export type ExitCode = ExitCodeTable[ExitCodeName]["code"]
