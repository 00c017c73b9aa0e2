/**
 * `@minzheng/credit`: village credit-point schemes (信用积分) and their append-only ledgers, tiers,
 * fund payouts exact to the 分, the 信用超市, appeals and 信用修复, incentives by tier, the public
 * board, 社会组织 credit lists (民政部令第60号) and rating checklists.
 *
 * @packageDocumentation
 */
export * from "./errors.js"
export * from "./scheme/vocabulary.js"
export * from "./scheme/scheme.js"
export * from "./scheme/scheme-lookup.js"
export * from "./scheme/rongcheng-village.js"
export * from "./scheme/taishan-time-bank.js"
export * from "./ledger/entry.js"
export * from "./ledger/ledger.js"
export * from "./ledger/append.js"
export * from "./ledger/score.js"
export * from "./ledger/balance.js"
export * from "./ledger/appeal.js"
export * from "./payout/payout.js"
export * from "./supermarket/supermarket.js"
export * from "./incentives/incentives.js"
export * from "./board/public-board.js"
export * from "./organisation/parameters.js"
export * from "./organisation/org-credit-list.js"
export * from "./rating/checklist.js"
export * from "./rating/elderly-care-institution.js"
export * from "./rating/star-attendant.js"
export * from "./effect/credit-ledger.js"
export type { CreditLedgerShape, CreditStoreError, Expired } from "./effect/credit-ledger-model.js"
export { decodeLedgerEvent, LEDGER_EVENT_TYPE_NAMES, type LedgerEvent, loadLedger, type LoadedLedger } from "./effect/ledger-events.js"
export { makeStoreCreditLedger, type StoreCreditLedgerOptions } from "./effect/store-credit-ledger.js"
