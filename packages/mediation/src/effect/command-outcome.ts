/**
 * What a workflow command run against the store produced.
 *
 * @module
 */
import type { StoredEvent } from "@minzheng/core"

/**
 * The outcome of a command run against the store: the case id, its new state, the events as
 * stored (with versions and timestamps) and the case's new version.
 *
 * @example
 * ```ts
 * import type { CommandOutcome } from "@minzheng/mediation"
 * const describe = (o: CommandOutcome<{ step: string }, unknown>) => `${o.caseId} v${o.version}`
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CommandOutcome<S, E> {
  readonly caseId: string
  readonly state: S
  readonly events: ReadonlyArray<StoredEvent<E>>
  readonly version: number
}
