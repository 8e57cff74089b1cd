// A Shift_JIS (CP932 / Windows-31J) encoder for reports: the inverse of Node's TextDecoder('shift_jis'),
// built once at run time by decoding every 2-byte code (Node has no Shift_JIS TextEncoder).
import { UsageError } from './io.js';

let table: Map<number, number> | undefined;

/** Pointer of a 2-byte code in the WHATWG index (lead − 0x81/0xC1) × 188 + (trail − 0x40/0x41). */
const pointerOf = (lead: number, trail: number): number => (lead - (lead < 0xa0 ? 0x81 : 0xc1)) * 188 + (trail - (trail < 0x7f ? 0x40 : 0x41));

/**
 * Code point → 2-byte code. Where CP932 has two codes for one character (NEC-selected IBM extensions,
 * pointers 8272–8835), the other one is used, as the WHATWG Shift_JIS encoder does.
 */
function buildTable(): Map<number, number> {
  const decoder = new TextDecoder('shift_jis');
  const map = new Map<number, number>();
  const late: [number, number][] = [];
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead <= 0xdf) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const s = decoder.decode(pair);
      const cp = s.codePointAt(0)!;
      if (s.length !== 1 || cp === 0xfffd) continue;
      const code = (lead << 8) | trail;
      const p = pointerOf(lead, trail);
      if (p >= 8272 && p <= 8835) late.push([cp, code]);
      else if (!map.has(cp)) map.set(cp, code);
    }
  }
  for (const [cp, code] of late) if (!map.has(cp)) map.set(cp, code);
  return map;
}

/**
 * Encodes text as Shift_JIS: ASCII as is, U+00A5 ¥ → 0x5C and U+203E ‾ → 0x7E, 半角カナ U+FF61–FF9F →
 * 0xA1–0xDF, other characters by the decode table inverted. A character with no Shift_JIS form (an emoji,
 * 𠮷 …) is a {@link UsageError} `UNENCODABLE_CHARACTER` (nothing is replaced silently); use UTF-8 then.
 */
export function encodeShiftJis(text: string, where = ''): Uint8Array {
  let t: Map<number, number>;
  try {
    t = table ??= buildTable();
  } catch {
    throw new UsageError('this Node.js has no Shift_JIS decoder (built without full ICU); use --output-encoding utf8-bom', 'UNENCODABLE_CHARACTER');
  }
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out[n++] = cp;
    else if (cp === 0xa5) out[n++] = 0x5c;
    else if (cp === 0x203e) out[n++] = 0x7e;
    else if (cp >= 0xff61 && cp <= 0xff9f) out[n++] = cp - 0xff61 + 0xa1;
    else {
      const code = t.get(cp);
      if (code === undefined) {
        throw new UsageError(
          `the character '${ch}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})${where} has no Shift_JIS form; use --output-encoding utf8-bom`,
          'UNENCODABLE_CHARACTER',
        );
      }
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    }
  }
  return out.subarray(0, n);
}
