// Legal citations as the contract lists them: string[], deduplicated.

/**
 * A list of legal citations, deduplicated and without empty entries, from strings or lists (a rate
 * period gives one string today; a list is taken as it is). @internal
 */
export function legalBasisList(...parts: readonly (string | readonly string[] | undefined)[]): string[] {
  const out = new Set<string>();
  for (const p of parts) {
    if (typeof p === 'string') {
      if (p !== '') out.add(p);
    } else if (p !== undefined) {
      for (const s of p) if (s !== '') out.add(s);
    }
  }
  return [...out];
}
