/**
 * Which メリット scheme bounds the 増減率: `continuous` 継続事業 ±40% (default), `timber` 立木の伐採 ±35%,
 * `lumpSumSmall` 一括有期事業 with 確定保険料 40万–100万 ±30%, `special` 特例メリット ±45%.
 */
export type MeritScheme = 'continuous' | 'timber' | 'lumpSumSmall' | 'special';

/**
 * The メリット schemes of {@link meritRate}, each with its bound on the 増減率. Frozen.
 *
 * @example
 * ```ts
 * import { MERIT_SCHEMES } from 'jp-labor-insurance';
 * console.log(MERIT_SCHEMES); //=> [ 'continuous', 'timber', 'lumpSumSmall', 'special' ]
 * ```
 */
export const MERIT_SCHEMES: readonly MeritScheme[] = Object.freeze(['continuous', 'timber', 'lumpSumSmall', 'special']);

/**
 * True when `value` is one of {@link MERIT_SCHEMES}.
 *
 * @example
 * ```ts
 * import { isMeritScheme } from 'jp-labor-insurance';
 * console.log(isMeritScheme('timber'), isMeritScheme('other')); //=> true false
 * ```
 * @group Type guards
 */
export function isMeritScheme(value: unknown): value is MeritScheme {
  return typeof value === 'string' && (MERIT_SCHEMES as readonly string[]).includes(value);
}
