// `jp-labor-insurance rates show <fy>` and `rates diff <fy1> <fy2>`.
import type { ParseArgsConfig } from 'node:util';
import { availableFiscalYears, diffRates, rateDataStatus, ratesFor, type RateChange, type RatesOption } from '../index.js';
import { UsageError, json, lang, quoteArg, yen, type Io } from './io.js';
import { RATES_FILE_HELP, RATES_FILE_OPTION, ratesOption } from './rateFile.js';

export const RATES_HELP = `Usage:
  jp-labor-insurance rates show <fiscal-year> [--json] [--lang ja|en] [--rates <file.json>]
  jp-labor-insurance rates diff <from-fiscal-year> <to-fiscal-year> [--json] [--lang ja|en] [--rates <file.json>]
  jp-labor-insurance rates list [--json]
  jp-labor-insurance rates status [--json] [--lang ja|en]

show  the year's figures: 雇用保険率 (per category and share, per period), 労災保険率表, 非業務災害率,
      一般拠出金率, 介護(補償)等給付 limits, with legal basis and sources (--json: the whole table)
diff  every figure that changed, old → new, effective date and sources of the new figure — what a
      payroll vendor must update each April (also the changes during the later year)
list  the fiscal years the package ships
status  データの鮮度と欠落: 最終確認日, 状態別の件数, 既知の欠落 (出典のない期間・区分), 未確認の数値
      (how current the data is: last verification date, figures per status, known gaps, unconfirmed figures)

Options:
  --json                    machine-readable output
  --lang ja|en              language of the headings (default ja; names of industries and statutes stay
                            as the law writes them)
${RATES_FILE_HELP}
                            (show and diff: a custom year, or a custom table replacing a shipped year)
  -h, --help                show this help
`;

/** The options of `rates` (besides --json, --lang, --help). */
export const RATES_OPTIONS: NonNullable<ParseArgsConfig['options']> = { ...RATES_FILE_OPTION };

const unitOf = (c: RateChange) => (c.unit === 'per-mille' ? '‰' : c.unit === 'percent' ? '%' : '円');

function fy(text: string | undefined): number {
  if (text === undefined || !/^\d{4}$/.test(text)) throw new UsageError(`a fiscal year such as 2025 is required (got ${quoteArg(text ?? '')}); use rates --help`);
  return Number(text);
}

type Values = Record<string, string | boolean | string[] | undefined>;

/** `rates list`: the fiscal years shipped. */
function ratesList(asJson: boolean, io: Io): number {
  io.stdout(asJson ? json(availableFiscalYears()) : `${availableFiscalYears().join('\n')}\n`);
  return 0;
}

type Lang = 'ja' | 'en';

/** `rates status`: how current and complete the data is. */
function ratesStatus(asJson: boolean, language: Lang, io: Io): number {
  const s = rateDataStatus();
  if (asJson) {
    io.stdout(json(s));
    return 0;
  }
  const ja = language === 'ja';
  const end = (d: string | undefined) => (d === undefined || d === '9999-12-31' ? (ja ? '(出典が見つかるまで / until a source is found)' : '(until a source is found)') : d);
  const byStatus = Object.entries(s.byStatus)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const years = `FY${s.fiscalYears[0]}–FY${s.fiscalYears[s.fiscalYears.length - 1]}`;
  const out = ja
    ? [
        `料率データの状態 (rate data status)`,
        `  収録年度 (fiscal years): ${years}`,
        `  最終確認日 (last verified): ${s.latestVerified}  (最も古い確認日 / oldest: ${s.oldestVerified})`,
        `  数値 (figures): ${s.figureCount}  出典 (sources): ${s.sourceCount}`,
        `  状態別 (by status): ${byStatus}`,
        '',
        `既知の欠落 (known gaps): ${s.gaps.length}`,
      ]
    : [
        'Rate data status',
        `  fiscal years: ${years}`,
        `  last verified: ${s.latestVerified}  (oldest: ${s.oldestVerified})`,
        `  figures: ${s.figureCount}  sources: ${s.sourceCount}`,
        `  by status: ${byStatus}`,
        '',
        `known gaps: ${s.gaps.length}`,
      ];
  for (const g of s.gaps) {
    out.push(g.from !== undefined ? `  ${g.area} ${g.key}  ${g.from} .. ${end(g.to)}` : `  ${g.area} ${g.key}  ${g.name ?? ''}`, `      ${g.note}`);
  }
  out.push('', ja ? `未確認の数値 (unconfirmed figures): ${s.unconfirmed.length}` : `unconfirmed figures: ${s.unconfirmed.length}`);
  for (const f of s.unconfirmed) out.push(`  ${f.area} ${f.key}  ${f.from} .. ${end(f.to)}  ${f.value}`);
  out.push(
    '',
    ja
      ? '年度が未収録なら独自の料率表 (JSON) を --rates <file.json> で渡せます。defineRateTable() で検証されます (docs/custom-rates.md) / for a year not shipped, pass your own table (JSON) with --rates <file.json>; it is checked by defineRateTable() (docs/custom-rates.md)'
      : 'For a year not shipped, pass your own table (JSON) with --rates <file.json>; it is checked by defineRateTable() (docs/custom-rates.md); in code, pass defineRateTable(table) as the rates option.',
  );
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

/** Headings of `rates show`, per language (the figures, names and statute citations are the same). */
const SHOW_TEXT = {
  ja: {
    employment: '雇用保険率 (‰: total / worker / employer / 二事業)',
    workersCompensation: '労災保険率表',
    nonOccupational: '非業務災害率',
    contribution: '一般拠出金率',
    care: '介護(補償)等給付 (円/月: 常時 上限・最低保障 / 随時 上限・最低保障)',
  },
  en: {
    employment: 'Employment insurance rates (‰: total / worker / employer / two projects (二事業))',
    workersCompensation: "Workers' compensation rate table",
    nonOccupational: 'non-occupational accident rate (非業務災害率)',
    contribution: 'General contribution rate (一般拠出金率)',
    care: 'Care benefit limits (yen/month: constant care cap・minimum / occasional care cap・minimum)',
  },
} as const;

/** `rates show <fy>`: the year's figures with legal basis and status. */
function ratesShow(year: number, asJson: boolean, language: Lang, rates: { rates?: RatesOption }, io: Io): number {
  const t = ratesFor(year, rates);
  if (asJson) {
    io.stdout(json(t));
    return 0;
  }
  const h = SHOW_TEXT[language];
  const out: string[] = [`${t.name}  ${t.from} .. ${t.to}`, '', h.employment];
  for (const p of t.employmentInsurance) {
    out.push(`  ${p.from} .. ${p.to}  [${p.legalBasis}] (${p.status})`);
    for (const [c, r] of Object.entries(p.categories)) out.push(`    ${c.padEnd(12)} ${r.total} / ${r.worker} / ${r.employer} / ${r.employerTwoProjectsPart}`);
  }
  for (const p of t.workersCompensation) {
    out.push('', `${h.workersCompensation} ${p.label ?? p.table}  ${p.from} .. ${p.to}  [${p.legalBasis}]`, `  ${h.nonOccupational} ${p.nonOccupationalRate.rate}‰`);
    for (const r of p.industries) out.push(`  ${r.number.padEnd(5)} ${r.rate.padStart(5)}‰  ${r.name}`);
  }
  out.push('', h.contribution);
  for (const p of t.generalContribution) out.push(`  ${p.from} .. ${p.to}  ${p.rate}‰  [${p.legalBasis}]`);
  out.push('', h.care);
  if (t.careBenefit.length === 0) out.push('  (no figures in this table)');
  for (const p of t.careBenefit) out.push(`  ${p.from} .. ${p.to}  ${yen(p.constant.max)}・${yen(p.constant.min)} / ${yen(p.occasional.max)}・${yen(p.occasional.min)}`);
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

/** One change of `rates diff`, in two lines: the figure, then its legal basis and sources. */
function changeLines(c: RateChange, language: Lang): string[] {
  const u = unitOf(c);
  const fmt = (v: string | undefined) => (c.unit === 'yen' && v !== undefined ? yen(v) : v);
  const what = c.kind === 'added' ? `(new) ${fmt(c.new)}${u}` : c.kind === 'removed' ? `${fmt(c.old)}${u} (removed)` : `${fmt(c.old)}${u} → ${fmt(c.new)}${u}`;
  // The label is Japanese (the figure's name in the law); in English the area and key name it first.
  const label = language === 'ja' ? c.label : `${c.area} ${c.key} (${c.label})`;
  return [`  ${c.effective}  ${label}: ${what}`, `      [${c.legalBasis.join('; ')}] ${c.sources.join(' | ')}`];
}

/** `rates diff <fy1> <fy2>`: every figure that changed. */
function ratesDiff(from: number, to: number, asJson: boolean, language: Lang, rates: { rates?: RatesOption }, io: Io): number {
  const d = diffRates(from, to, rates);
  if (asJson) {
    io.stdout(json(d));
    return 0;
  }
  const out = [`FY${d.from} → FY${d.to}: ${d.changes.length} change(s)`];
  for (const c of d.changes) out.push(...changeLines(c, language));
  for (const n of d.notes) out.push(`  note: ${n}`);
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

/**
 * The `{ rates }` of `--rates FILE`, then `then` with it: synchronously when there is no file (so that
 * `rates list` / `status` / `show` / `diff` without `--rates` return their exit code at once).
 */
function withRates(values: Values, io: Io, then: (rates: { rates?: RatesOption }) => number): number | Promise<number> {
  return values.rates === undefined ? then({}) : ratesOption(values, io).then(then);
}

/** `rates list | status | show <fy> | diff <fy1> <fy2>`. */
export function ratesCommand(values: Values, positionals: string[], io: Io): number | Promise<number> {
  const [action, a, b, ...rest] = positionals;
  const asJson = values.json === true;
  const language = lang(values.lang as string | undefined);
  if ((action === 'list' || action === 'status') && values.rates !== undefined) {
    throw new UsageError(`--rates applies to rates show and rates diff (rates ${action} describes the shipped data)`);
  }
  if (action === 'list') {
    if (a !== undefined) throw new UsageError('rates list takes no argument');
    return ratesList(asJson, io);
  }
  if (action === 'status') {
    if (a !== undefined) throw new UsageError('rates status takes no argument');
    return ratesStatus(asJson, language, io);
  }
  if (action === 'show') {
    if (b !== undefined) throw new UsageError('rates show takes one fiscal year');
    const year = fy(a);
    return withRates(values, io, (rates) => ratesShow(year, asJson, language, rates, io));
  }
  if (action === 'diff') {
    if (rest.length > 0) throw new UsageError('rates diff takes two fiscal years');
    const [from, to] = [fy(a), fy(b)];
    return withRates(values, io, (rates) => ratesDiff(from, to, asJson, language, rates, io));
  }
  throw new UsageError(`rates needs show, diff, list or status (got ${quoteArg(action ?? '')}); use rates --help`);
}
