// After tsup: the CommonJS declarations (dist/*.d.cts) import `effect`, which is an ES module
// only. Under `module: node16` TypeScript then refuses them (TS1479) unless the consumer sets
// skipLibCheck. Declarations only ever need types, so each import of an ESM-only package becomes
// a type-only import with `resolution-mode: "import"` — valid CommonJS declarations that resolve
// effect's own types. Run by each package's build: `tsup && node ../../scripts/fix-dcts.mjs`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

const ESM_ONLY = /^(effect|@effect\/[^/'"]+)(\/[^'"]*)?$/
const dist = join(process.cwd(), "dist")
if (!existsSync(dist)) process.exit(0)
let changed = 0
for (const f of readdirSync(dist).filter((n) => n.endsWith(".d.cts"))) {
  const path = join(dist, f)
  const text = readFileSync(path, "utf8")
  const out = text.replace(/^import (type )?([^'";]+?) from ['"]([^'"]+)['"];?$/gm, (line, _type, what, spec) =>
    ESM_ONLY.test(spec) ? `import type ${what} from '${spec}' with { "resolution-mode": "import" };` : line
  ).replace(/^export (type )?(\{[^}]*\}|\*(?: as \w+)?) from ['"]([^'"]+)['"];?$/gm, (line, _type, what, spec) =>
    ESM_ONLY.test(spec) ? `export type ${what} from '${spec}' with { "resolution-mode": "import" };` : line
  )
  if (out !== text) {
    writeFileSync(path, out)
    changed++
  }
}
if (changed > 0) console.log(`fix-dcts: ${changed} CommonJS declaration file(s) import effect as types with resolution-mode "import"`)
