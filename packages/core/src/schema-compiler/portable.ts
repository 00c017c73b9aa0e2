/**
 * The schema compiler where none is wanted: browsers and other bundles that do not target Node.
 * `decode` then parses with zod's runtime parser, and a page does not carry zod's compiler (~24 KB
 * minified). Chosen through the `#schema-compiler` import of core's package.json; the Node twin is
 * `node.ts`.
 *
 * @internal
 */
export const compileSchema: (<S>(schema: S) => S) | undefined = undefined
