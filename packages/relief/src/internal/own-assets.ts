/**
 * The members' own declared property, summed: part of the household's (审核确认办法第十四条), so
 * the decoders check it never exceeds the household's.
 *
 * @internal
 * @module
 */
import { fenOf } from "./fen.js"

/** The members' own declared assets, summed (分 and units). */
export const ownAssetTotals = (members: ReadonlyArray<{ readonly assets?: { readonly financial: string; readonly residentialUnits: number; readonly nonResidentialUnits?: number } | undefined }>) => {
  let declared = false
  let financialFen = 0
  let residential = 0
  let nonResidential = 0
  for (const m of members) {
    if (m.assets === undefined) continue
    declared = true
    financialFen += fenOf(m.assets.financial)
    residential += m.assets.residentialUnits
    nonResidential += m.assets.nonResidentialUnits ?? 0
  }
  return { declared, financialFen, residential, nonResidential }
}

