import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

/** A fixture file's path. */
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), "minzheng-cli-"))

/** The non-empty lines of a text. */
export const lines = (text: string): string[] => text.split("\n").filter((l) => l.trim() !== "")
