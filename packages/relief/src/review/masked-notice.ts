/**
 * The masked 公示 as a case event stores it: exactly what `@minzheng/disclosure`'s renderers accept,
 * so no unmasked name is ever kept in a case. Shared by the 低保 and 特困 workflows.
 *
 * @internal
 * @module
 */
import { type MaskedNotice, NoticeColumnSchema } from "@minzheng/disclosure"
import * as z from "zod/mini"

/** Zod schema of a masked notice inside a `notice-started` event. @internal */
export const MaskedNoticeSchema = z.strictObject({
  masked: z.literal(true),
  title: z.string(),
  issuer: z.string(),
  period: z.strictObject({ from: z.string(), to: z.string() }),
  columns: z.array(NoticeColumnSchema),
  rows: z.array(z.array(z.string())),
  footer: z.exactOptional(z.string())
})

/** A plain copy of a masked notice for an event (no shared arrays). @internal */
export const storedNotice = (n: MaskedNotice) => ({
  masked: true as const,
  title: n.title,
  issuer: n.issuer,
  period: { from: n.period.from, to: n.period.to },
  columns: [...n.columns],
  rows: n.rows.map((r) => [...r]),
  ...(n.footer === undefined ? {} : { footer: n.footer })
})
