/**
 * Scheme objects already known to be valid: those `decodeScheme` / `defineScheme` returned and
 * those a guard has decoded once. Lets every public function check its scheme versions at the
 * cost of a WeakSet lookup after the first time.
 */
export const knownSchemes = new WeakSet<object>()
