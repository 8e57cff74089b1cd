/** Longest string shown whole; longer ones are cut and their length is given. */
const MAX_STRING = 40;
/** Longest rendering returned (a longer one is cut with `…`). */
const MAX_TOTAL = 120;
/** Keys or items shown from an object or array before `…`. */
const MAX_ITEMS = 4;

/**
 * Renders any value as a short, readable string for an error message, and never throws: bigint
 * (`12n`), Symbol, cyclic and null-prototype objects, Proxies whose traps throw, getters that throw
 * (getters are never called), functions, Dates (valid or not), NaN and -0 all get a rendering, and a
 * long string is cut to its first 40 characters with its length. The result is at most 120 characters.
 *
 * @param value - anything
 * @returns a rendering such as `"abc"`, `12n`, `-0`, `NaN`, `Date(2025-04-01T00:00:00.000Z)`,
 *   `{ wage: 1, category: "general" }` or `"1111111111111111111111111111111111111111…" (32000 chars)`
 * @internal
 */
export function formatValue(value: unknown): string {
  try {
    const s = render(value, 0, []);
    return s.length > MAX_TOTAL ? `${s.slice(0, MAX_TOTAL - 1)}…` : s;
  } catch {
    return '[unprintable value]';
  }
}

function quote(s: string): string {
  if (s.length <= MAX_STRING) return JSON.stringify(s);
  return `${JSON.stringify(s.slice(0, MAX_STRING))}… (${s.length} chars)`;
}

function render(value: unknown, depth: number, seen: object[]): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': {
      // Decimal rendering of a huge bigint is not linear; show its size instead.
      const hex = (value < 0n ? -value : value).toString(16);
      if (hex.length > 32) return `${value < 0n ? '-' : ''}bigint of ${hex.length * 4} bits`;
      return `${value}n`;
    }
    case 'symbol': {
      const d = Symbol.prototype.toString.call(value);
      return d.length > MAX_STRING ? `${d.slice(0, MAX_STRING)}…)` : d;
    }
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'function': {
      const d = Object.getOwnPropertyDescriptor(value, 'name');
      const name = d && typeof d.value === 'string' && d.value !== '' ? d.value.slice(0, MAX_STRING) : 'anonymous';
      return `[function ${name}]`;
    }
    default:
      break;
  }
  if (value === null) return 'null';
  const obj = value as object;
  if (seen.includes(obj)) return '[Circular]';
  const tag = Object.prototype.toString.call(obj);
  if (tag === '[object Date]') {
    const t = Date.prototype.getTime.call(obj);
    return Number.isNaN(t) ? 'Date(Invalid Date)' : `Date(${Date.prototype.toISOString.call(obj)})`;
  }
  if (depth >= 2) return Array.isArray(obj) ? '[…]' : '{…}';
  const inner = [...seen, obj];
  if (Array.isArray(obj)) {
    const n = obj.length;
    const items: string[] = [];
    for (let i = 0; i < Math.min(n, MAX_ITEMS); i++) {
      const d = Object.getOwnPropertyDescriptor(obj, i);
      items.push(d === undefined ? '<empty>' : 'value' in d ? render(d.value, depth + 1, inner) : '[getter]');
    }
    return `[${items.join(', ')}${n > MAX_ITEMS ? `, … (${n} items)` : ''}]`;
  }
  const proto: unknown = Object.getPrototypeOf(obj);
  let prefix = '';
  if (proto === null) prefix = '[null prototype] ';
  else if (proto !== Object.prototype) {
    const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    const name = ctor && typeof ctor.value === 'function' ? Object.getOwnPropertyDescriptor(ctor.value, 'name')?.value : undefined;
    prefix = `${typeof name === 'string' && name !== '' ? name.slice(0, MAX_STRING) : 'object'} `;
  }
  const keys = Reflect.ownKeys(obj);
  const parts: string[] = [];
  for (const k of keys.slice(0, MAX_ITEMS)) {
    const d = Object.getOwnPropertyDescriptor(obj, k);
    const key = typeof k === 'symbol' ? `[${render(k, depth + 1, inner)}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? k.slice(0, MAX_STRING) : quote(k);
    const shown = d === undefined ? 'undefined' : 'value' in d ? render(d.value, depth + 1, inner) : '[getter]';
    parts.push(`${key}: ${shown}`);
  }
  if (keys.length > MAX_ITEMS) parts.push(`… (${keys.length} keys)`);
  return `${prefix}{${parts.length > 0 ? ` ${parts.join(', ')} ` : ''}}`;
}
