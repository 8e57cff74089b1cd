// `jp-labor-insurance rates show <fy>` and `rates diff <fy1> <fy2>`.
import { availableFiscalYears, diffRates, rateDataStatus, ratesFor, type RateChange } from '../index.js';
import { UsageError, json, quoteArg, yen, type Io } from './io.js';

export const RATES_HELP = `Usage:
  jp-labor-insurance rates show <fiscal-year> [--json]
  jp-labor-insurance rates diff <from-fiscal-year> <to-fiscal-year> [--json]
  jp-labor-insurance rates list
  jp-labor-insurance rates status [--json]

show  the year's figures: 雇用保険率 (per category and share, per period), 労災保険率表, 非業務災害率,
      一般拠出金率, 介護(補償)等給付 limits, with legal basis and sources (--json: the whole table)
diff  every figure that changed, old → new, effective date and sources of the new figure — what a
      payroll vendor must update each April (also the changes during the later year)
list  the fiscal years the package ships
status  データの鮮度と欠落: 最終確認日, 状態別の件数, 既知の欠落 (出典のない期間・区分), 未確認の数値
      (how current the data is: last verification date, figures per status, known gaps, unconfirmed figures)

Options:
  --json       machine-readable output
  -h, --help   show this help
`;

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

/** `rates status`: how current and complete the data is. */
function ratesStatus(asJson: boolean, io: Io): number {
  const s = rateDataStatus();
  if (asJson) {
    io.stdout(json(s));
    return 0;
  }
  const end = (d: string | undefined) => (d === undefined || d === '9999-12-31' ? '(出典が見つかるまで / until a source is found)' : d);
  const out = [
    `料率データの状態 (rate data status)`,
    `  収録年度 (fiscal years): FY${s.fiscalYears[0]}–FY${s.fiscalYears[s.fiscalYears.length - 1]}`,
    `  最終確認日 (last verified): ${s.latestVerified}  (最も古い確認日 / oldest: ${s.oldestVerified})`,
    `  数値 (figures): ${s.figureCount}  出典 (sources): ${s.sourceCount}`,
    `  状態別 (by status): ${Object.entries(s.byStatus)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    '',
    `既知の欠落 (known gaps): ${s.gaps.length}`,
  ];
  for (const g of s.gaps) {
    out.push(g.from !== undefined ? `  ${g.area} ${g.key}  ${g.from} .. ${end(g.to)}` : `  ${g.area} ${g.key}  ${g.name ?? ''}`, `      ${g.note}`);
  }
  out.push('', `未確認の数値 (unconfirmed figures): ${s.unconfirmed.length}`);
  for (const f of s.unconfirmed) out.push(`  ${f.area} ${f.key}  ${f.from} .. ${end(f.to)}  ${f.value}`);
  out.push(
    '',
    '年度が未収録なら独自の料率表を defineRateTable() で検証して rates オプションで渡せます (docs/custom-rates.md) / for a year not shipped, check your own table with defineRateTable() and pass it as rates (docs/custom-rates.md)',
  );
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

/** `rates show <fy>`: the year's figures with legal basis and status. */
function ratesShow(year: number, asJson: boolean, io: Io): number {
  const t = ratesFor(year);
  if (asJson) {
    io.stdout(json(t));
    return 0;
  }
  const out: string[] = [`${t.name}  ${t.from} .. ${t.to}`, '', '雇用保険率 (‰: total / worker / employer / 二事業)'];
  for (const p of t.employmentInsurance) {
    out.push(`  ${p.from} .. ${p.to}  [${p.legalBasis}] (${p.status})`);
    for (const [c, r] of Object.entries(p.categories)) out.push(`    ${c.padEnd(12)} ${r.total} / ${r.worker} / ${r.employer} / ${r.employerTwoProjectsPart}`);
  }
  for (const p of t.workersCompensation) {
    out.push('', `労災保険率表 ${p.label ?? p.table}  ${p.from} .. ${p.to}  [${p.legalBasis}]`, `  非業務災害率 ${p.nonOccupationalRate.rate}‰`);
    for (const r of p.industries) out.push(`  ${r.number.padEnd(5)} ${r.rate.padStart(5)}‰  ${r.name}`);
  }
  out.push('', '一般拠出金率');
  for (const p of t.generalContribution) out.push(`  ${p.from} .. ${p.to}  ${p.rate}‰  [${p.legalBasis}]`);
  out.push('', '介護(補償)等給付 (円/月: 常時 上限・最低保障 / 随時 上限・最低保障)');
  if (t.careBenefit.length === 0) out.push('  (no figures in this table)');
  for (const p of t.careBenefit) out.push(`  ${p.from} .. ${p.to}  ${yen(p.constant.max)}・${yen(p.constant.min)} / ${yen(p.occasional.max)}・${yen(p.occasional.min)}`);
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

/** One change of `rates diff`, in two lines: the figure, then its legal basis and sources. */
function changeLines(c: RateChange): string[] {
  const u = unitOf(c);
  const fmt = (v: string | undefined) => (c.unit === 'yen' && v !== undefined ? yen(v) : v);
  const what = c.kind === 'added' ? `(new) ${fmt(c.new)}${u}` : c.kind === 'removed' ? `${fmt(c.old)}${u} (removed)` : `${fmt(c.old)}${u} → ${fmt(c.new)}${u}`;
  return [`  ${c.effective}  ${c.label}: ${what}`, `      [${c.legalBasis.join('; ')}] ${c.sources.join(' | ')}`];
}

/** `rates diff <fy1> <fy2>`: every figure that changed. */
function ratesDiff(from: number, to: number, asJson: boolean, io: Io): number {
  const d = diffRates(from, to);
  if (asJson) {
    io.stdout(json(d));
    return 0;
  }
  const out = [`FY${d.from} → FY${d.to}: ${d.changes.length} change(s)`];
  for (const c of d.changes) out.push(...changeLines(c));
  for (const n of d.notes) out.push(`  note: ${n}`);
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

/** `rates list | status | show <fy> | diff <fy1> <fy2>`. */
export function ratesCommand(values: Values, positionals: string[], io: Io): number {
  const [action, a, b, ...rest] = positionals;
  const asJson = values.json === true;
  if (action === 'list') return ratesList(asJson, io);
  if (action === 'status') {
    if (a !== undefined) throw new UsageError('rates status takes no argument');
    return ratesStatus(asJson, io);
  }
  if (action === 'show') {
    if (b !== undefined) throw new UsageError('rates show takes one fiscal year');
    return ratesShow(fy(a), asJson, io);
  }
  if (action === 'diff') {
    if (rest.length > 0) throw new UsageError('rates diff takes two fiscal years');
    return ratesDiff(fy(a), fy(b), asJson, io);
  }
  throw new UsageError(`rates needs show, diff, list or status (got ${quoteArg(action ?? '')}); use rates --help`);
}
