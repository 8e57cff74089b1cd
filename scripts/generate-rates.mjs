// Regenerates rates/FY<year>.json from the compiled reference (../shared/reference/rates.json).
// The committed rates/ files are the package's data; this script documents how they were derived
// and is re-run only when the reference changes:  node scripts/generate-rates.mjs [path/to/rates.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const refPath = process.argv[2] ?? join(root, '..', 'shared', 'reference', 'rates.json');
const ref = JSON.parse(readFileSync(refPath, 'utf8'));

const FIRST_FY = 2018;
const LAST_FY = 2026;
const ERA = (fy) => (fy <= 2018 ? `平成${fy - 1988}年度` : fy === 2019 ? '平成31年度・令和元年度' : `令和${fy - 2018}年度`);

const dayBefore = (iso) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const maxDate = (a, b) => (a > b ? a : b);
const minDate = (a, b) => (a < b ? a : b);

/** Clips [from, to] (to may be null = open) to the fiscal year; returns null when disjoint. */
function clip(fy, from, to) {
  const fyFrom = `${fy}-04-01`;
  const fyTo = `${fy + 1}-03-31`;
  const f = maxDate(from, fyFrom);
  const t = minDate(to ?? '9999-12-31', fyTo);
  return f <= t ? { from: f, to: t } : null;
}

function statusOf(text) {
  if (text == null) return 'unconfirmed';
  const s = String(text).toLowerCase();
  if (s.startsWith('unconfirmed')) return 'unconfirmed';
  if (s.startsWith('confirmed')) return 'confirmed';
  return 'single-source';
}

const usedSources = new Set();
const src = (keys) => {
  for (const k of keys) {
    if (!(k in ref.sources)) throw new Error(`unknown source key ${k}`);
    usedSources.add(k);
  }
  return [...keys];
};

const SECOND_CLASS_CODES = {
  '個人タクシー': 'individual-transport',
  '建設の事業': 'construction',
  '漁船による': 'fishing-vessel',
  '林業の事業': 'forestry',
  '医薬品の配置': 'medicine-distribution',
  '再生利用': 'recycling',
  '船員法': 'mariner',
  '柔道整復師': 'judo-therapist',
  '創業支援': 'senior-business-support',
  'あん摩': 'massage-acupuncture',
  '歯科技工士': 'dental-technician',
  '特定フリーランス': 'specified-freelance',
  '特定農作業': 'specified-farm-work',
  '指定農業機械': 'designated-farm-machinery',
  '職場適応訓練': 'workplace-adaptation-training',
  '事業主団体等委託訓練': 'employer-commissioned-training',
  '家内労働者等：金属': 'homework-metal',
  '家内労働者等：履物': 'homework-footwear',
  '家内労働者等：陶磁器': 'homework-ceramics',
  '家内労働者等：動力': 'homework-powered-machinery',
  '家内労働者等：仏壇': 'homework-altar-tableware',
  '労働組合等': 'union-officer',
  '介護作業': 'care-housework',
  '芸能関係': 'entertainment',
  'アニメーション': 'animation',
  'ITフリーランス': 'it-freelance',
};
const codeOf = (name) => {
  for (const [prefix, code] of Object.entries(SECOND_CLASS_CODES)) if (name.startsWith(prefix)) return code;
  throw new Error(`no code for ${name}`);
};

function employment(fy) {
  const out = [];
  for (const p of ref.employmentInsurance.periods) {
    const c = clip(fy, p.from, p.to);
    if (!c) continue;
    const cat = (x) => ({
      total: x.total,
      worker: x.worker,
      employer: x.employer,
      employerBenefitPart: x.employerUnemploymentChildcarePart,
      employerTwoProjectsPart: x.employerTwoProjectsPart,
    });
    out.push({
      ...c,
      id: p.id,
      benefitPartName: p.benefitPartName,
      legalBasis: `徴収法12条4項・31条1項; ${p.legalBasis ?? ''}`.replace(/; $/, ''),
      sources: src(p.sources),
      status: p.status,
      ...(p.note ? { note: p.note } : {}),
      categories: {
        general: cat(p.general),
        agriculture: cat(p.agriculture),
        construction: cat(p.construction),
      },
    });
  }
  return out;
}

function workersComp(fy) {
  const out = [];
  const noc = ref.workersCompensation.nonOccupationalRatePer1000;
  for (const t of ref.workersCompensation.tables) {
    const c = clip(fy, t.effectiveFrom, t.effectiveTo);
    if (!c) continue;
    const n = [...noc].reverse().find((x) => x.from <= c.from);
    out.push({
      ...c,
      table: t.id,
      label: t.label,
      legalBasis: '徴収法12条2項; 徴収則16条・別表第一 (労災保険率表); 船舶所有者の事業は徴収則16条本文',
      sources: src(t.sources),
      status: 'confirmed',
      note: t.note,
      nonOccupationalRate: {
        rate: n.ratePer1000,
        legalBasis: '徴収則16条2項 (非業務災害率)',
        sources: src(n.sources),
        status: statusOf(n.status),
      },
      industries: t.rows.map((r) => ({
        number: r.number,
        category: r.category,
        name: r.name,
        rate: r.ratePer1000,
        status: r.directlyConfirmed ? 'confirmed' : 'derived',
      })),
    });
  }
  return out;
}

function generalContribution(fy) {
  const g = ref.generalContribution;
  const out = [];
  for (const h of g.history) {
    const c = clip(fy, h.from, h.to);
    if (!c) continue;
    out.push({
      ...c,
      rate: h.ratePer1000,
      legalBasis: '石綿による健康被害の救済に関する法律35条・37条・38条',
      sources: src(g.sources),
      status: g.status,
    });
  }
  return out;
}

function careBenefit(fy) {
  const hist = ref.careBenefit.history;
  const out = [];
  hist.forEach((h, i) => {
    const next = hist[i + 1];
    const to = next ? dayBefore(next.effectiveFrom) : null;
    const c = clip(fy, h.effectiveFrom, to);
    if (!c) return;
    // No amount known, or a figure no source confirms: leave the gap (a typed error at run time).
    if (h.constant.max == null || h.sources.length === 0) return;
    out.push({
      ...c,
      constant: { max: h.constant.max, min: h.constant.min },
      occasional: { max: h.occasional.max, min: h.occasional.min },
      legalBasis: '労災法19条の2・12条の8第4項; 労災則18条の3の4',
      sources: src(h.sources),
      status: statusOf(h.status),
      ...(h.note ? { note: h.note } : {}),
    });
  });
  // The last known period stays bounded: no source says the amounts continue past a later revision date.
  const unknownAfter = hist.find((h) => h.constant.max == null);
  if (unknownAfter && out.length) {
    const last = out[out.length - 1];
    last.to = minDate(last.to, dayBefore(unknownAfter.effectiveFrom));
    if (last.from > last.to) out.pop();
  }
  return out;
}

function laborCostRatio(fy) {
  const l = ref.laborCostRatio;
  const out = [];
  for (const [key, to] of [['H30', '2024-03-31'], ['R6', null]]) {
    const c = clip(fy, l[key].effectiveFrom, to);
    if (!c) continue;
    out.push({
      ...c,
      table: key,
      legalBasis: '徴収則12条・13条, 別表第二 (労務費率表); 請負金額は消費税等相当額を除く (平成27年4月1日施行)',
      sources: src(l[key].sources),
      status: 'single-source',
      note: l.status,
      rows: l.rows.map((r) => ({ number: r.number, name: r.name, percent: r[key].percent })),
    });
  }
  return out;
}

function specialEnrollment(fy) {
  const s = ref.specialEnrollment;
  const second = [];
  for (const [key, from, to] of [['H30', '2018-04-01', '2024-03-31'], ['R6', '2024-04-01', null]]) {
    const c = clip(fy, from, to);
    if (!c) continue;
    const rows = [];
    for (const r of s.secondClass.rows) {
      const rate = key === 'H30' ? (r.H30ratePer1000 ?? (r.addedOn ? r.rateFromAddedOn : null)) : r.R6ratePer1000;
      if (rate == null) continue; // not found in any source: left out, so a request for it is a typed error
      if (r.addedOn && r.addedOn > c.to) continue;
      rows.push({
        code: codeOf(r.name),
        name: r.name,
        rate,
        ...(r.addedOn && r.addedOn > c.from ? { from: r.addedOn } : {}),
        ...(r.number ? { reportedNumber: r.number } : {}),
        status: statusOf(r.status),
        sources: src(r.sources),
      });
    }
    second.push({
      ...c,
      table: key,
      legalBasis: '徴収法14条; 徴収則23条・別表第五 (第2種特別加入保険料率表)',
      sources: src(s.secondClass.sources_general),
      rows,
    });
  }
  const t = s.thirdClass;
  const d = s.dailyBenefitBase;
  return {
    secondClass: second,
    thirdClass: [
      {
        from: `${fy}-04-01`,
        to: `${fy + 1}-03-31`,
        rate: t.ratePer1000,
        legalBasis: '徴収法14条の2; 徴収則23条の3',
        sources: src(t.sources),
        status: 'single-source',
        note: `since ${t.since}; ${t.unchangedThrough}`,
      },
    ],
    dailyBenefitBases: {
      standard: d.standardLevels,
      homeworkersOnly: d.extraLevelsForKanaiRoudousha,
      legalBasis: '徴収則21条・別表第四 (特別加入保険料算定基礎額表): 算定基礎額 = 給付基礎日額 × 365',
      sources: src(d.sources),
      status: 'confirmed',
      note: d.status,
    },
    partialYear: {
      rule: s.partialYear.rule,
      legalBasis: s.partialYear.basis,
      sources: src(s.partialYear.sources),
      status: s.partialYear.status,
    },
  };
}

function medicalCopayment() {
  const m = ref.other.ryoyoKyufuIchibuFutankin;
  return {
    standard: m.yen,
    dayLaborer: m.hiyatoiTokureiYen,
    legalBasis: '労災法31条2項; 労災則44条の2',
    sources: src(m.sources),
    status: m.status,
    note: m.notes,
  };
}

for (let fy = FIRST_FY; fy <= LAST_FY; fy++) {
  usedSources.clear();
  const table = {
    $schema: './rate-table.schema.json',
    schemaVersion: 1,
    fiscalYear: fy,
    name: `${ERA(fy)} (FY${fy})`,
    from: `${fy}-04-01`,
    to: `${fy + 1}-03-31`,
    employmentInsurance: employment(fy),
    workersCompensation: workersComp(fy),
    generalContribution: generalContribution(fy),
    careBenefit: careBenefit(fy),
    laborCostRatio: laborCostRatio(fy),
    specialEnrollment: specialEnrollment(fy),
    medicalCopayment: medicalCopayment(),
  };
  const sources = {};
  for (const k of [...usedSources].sort()) sources[k] = ref.sources[k];
  table.sources = sources;
  writeFileSync(join(root, 'rates', `FY${fy}.json`), `${JSON.stringify(table, null, 2)}\n`);
}
console.log(`wrote rates/FY${FIRST_FY}..FY${LAST_FY}.json`);
