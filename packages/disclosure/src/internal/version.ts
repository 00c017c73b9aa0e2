/**
 * The version of `@minzheng/disclosure`, from its package.json: inlined by the bundler into
 * `dist/`, read from the file when the sources run — so the `PRODID` of an exported calendar
 * always names the version that was installed (never a version typed twice).
 */
import pkg from "../../package.json" with { type: "json" }

/** `version` of `@minzheng/disclosure`'s package.json. */
export const DISCLOSURE_VERSION: string = (pkg as { readonly version: string }).version
