/**
 * The version of `@minzheng/cli`, from its package.json: inlined by the bundler into `dist/`,
 * read from the file when the sources run (tests, `pnpm demo`) — so `minzheng --version` and the
 * files the command writes always show the version that was installed.
 *
 * @module
 */
import pkg from "../package.json" with { type: "json" }

/**
 * The version `minzheng --version` prints and generated files carry: `version` of
 * `@minzheng/cli`'s package.json.
 *
 * @example
 * ```ts
 * import { CLI_VERSION } from "@minzheng/cli"
 * import pkg from "@minzheng/cli/package.json" with { type: "json" }
 * CLI_VERSION === pkg.version //=> true
 * ```
 * @category running
 * @since 0.1.0
 */
export const CLI_VERSION: string = (pkg as { readonly version: string }).version
