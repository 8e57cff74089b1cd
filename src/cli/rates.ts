// `jp-labor-insurance rates show <fy>` and `rates diff <fy1> <fy2>`.
import { availableFiscalYears, diffRates, rateDataStatus, ratesFor, type RateChange } from '../index.js';
import { UsageError, json, yen, type Io } from './io.js';

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
  if (text === undefined || !/^\d{4}$/.test(text)) throw new UsageError(`a fiscal year such as 2025 is required (got '${text ?? ''}'); use rates --help`);
  return Number(text);
}

export function ratesCommand(values: Record<string, string | boolean | string[] | undefined>, positionals: string[], io: Io): number {
  const [action, a, b, ...rest] = positionals;
  const asJson = values.json === true;
  if (action === 'list') {
    io.stdout(asJson ? json(availableFiscalYears()) : `${availableFiscalYears().join('\n')}\n`);
    return 0;
  }
  if (action === 'status') {
    if (a !== undefined) throw new UsageError('rates status takes no argument');
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
      `  状態別 (by status): ${Object.entries(s.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}`,
      '',
      `既知の欠落 (known gaps): ${s.gaps.length}`,
    ];
    for (const g of s.gaps) {
      out.push(g.from !== undefined ? `  ${g.area} ${g.key}  ${g.from} .. ${end(g.to)}` : `  ${g.area} ${g.key}  ${g.name ?? ''}`, `      ${g.note}`);
    }
    out.push('', `未確認の数値 (unconfirmed figures): ${s.unconfirmed.length}`);
    for (const f of s.unconfirmed) out.push(`  ${f.area} ${f.key}  ${f.from} .. ${end(f.to)}  ${f.value}`);
    out.push('', '年度が未収録なら独自の料率表を rates オプションで渡せます (docs/custom-rates.md) / for a year not shipped, pass your own table (docs/custom-rates.md)');
    io.stdout(`${out.join('\n')}\n`);
    return 0;
  }
  if (action === 'show') {
    if (b !== undefined) throw new UsageError('rates show takes one fiscal year');
    const t = ratesFor(fy(a));
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
  if (action === 'diff') {
    if (rest.length > 0) throw new UsageError('rates diff takes two fiscal years');
    const d = diffRates(fy(a), fy(b));
    if (asJson) {
      io.stdout(json(d));
      return 0;
    }
    const out = [`FY${d.from} → FY${d.to}: ${d.changes.length} change(s)`];
    for (const c of d.changes) {
      const u = unitOf(c);
      const fmt = (v: string | undefined) => (c.unit === 'yen' && v !== undefined ? yen(v) : v);
      const what = c.kind === 'added' ? `(new) ${fmt(c.new)}${u}` : c.kind === 'removed' ? `${fmt(c.old)}${u} (removed)` : `${fmt(c.old)}${u} → ${fmt(c.new)}${u}`;
      out.push(`  ${c.effective}  ${c.label}: ${what}`, `      [${c.legalBasis.join('; ')}] ${c.sources.join(' | ')}`);
    }
    for (const n of d.notes) out.push(`  note: ${n}`);
    io.stdout(`${out.join('\n')}\n`);
    return 0;
  }
  throw new UsageError(`rates needs show, diff, list or status (got '${action ?? ''}'); use rates --help`);
}
