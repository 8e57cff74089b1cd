// 単独有期事業の延納 (徴収則28条): eligibility, the 期 over the whole work, ⌊A/n⌋ with the remainder on the first. Internal.
import { traceStep, type TraceStep } from '../core/trace.js';
import { splitRemainderFirst } from '../kernel/splitRemainderFirst.js';
import { yenToNumber } from '../core/yen.js';
import type { Installment } from '../renewal/installments.js';
import { addDays, endOfMonthsPeriod, isWeekend } from '../renewal/shared.js';
import { FIXED_TERM, type FixedTermParameters } from './parameters.js';

/** A 期 of the calendar: its first and last day and the due date of its instalment when it is not the first. */
interface Term {
  from: string;
  to: string;
  due: string;
}

function yearOf(iso: string): number {
  return Number(iso.slice(0, -6));
}

/** The 期 containing `date` (the periods repeat every year; the 12/1–3/31 期 crosses the year). @internal */
export function termOn(date: string, P: FixedTermParameters = FIXED_TERM): Term {
  const md = date.slice(-5);
  const y = yearOf(date);
  for (const p of P.installments.periods) {
    const crosses = p.to < p.from;
    if (crosses ? md >= p.from || md <= p.to : md >= p.from && md <= p.to) {
      const startYear = crosses && md <= p.to ? y - 1 : y;
      const endYear = crosses ? startYear + 1 : startYear;
      return { from: iso(startYear, p.from), to: iso(endYear, p.to), due: iso(startYear + p.dueYearOffset, p.due) };
    }
  }
  /* c8 ignore next */
  throw new Error(`no 期 contains ${date}`);
}

function iso(year: number, monthDay: string): string {
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** The 延納 plan of a 単独有期事業's 概算保険料, with bigint amounts. @internal */
export interface FixedTermPlan {
  allowed: boolean;
  reason: 'fixedTermAmount' | 'commissioned' | 'fixedTermBelow' | 'fixedTermShort' | 'notApplied';
  installments: Installment[];
  amounts: bigint[];
  steps: TraceStep[];
}

/**
 * 延納 of a 単独有期事業 (徴収則28条): allowed when the work lasts over six months and the 概算保険料 is
 * ≥ 750,000 yen or the work is commissioned to a 労働保険事務組合, and applied for. The 期 are 4/1–7/31,
 * 8/1–11/30, 12/1–3/31 over the whole work; the first runs from the start to the end of its 期, or to the end
 * of the next 期 when that is two months or less. Due: the first within 20 days (翌日起算), the others on
 * 3/31, 10/31, 1/31 (no 事務組合 extension). Each ⌊A/n⌋, the remainder on the first (端数計算法3条). @internal
 */
export function fixedTermPlan(amount: bigint, start: string, end: string, commissioned: boolean, apply: boolean, P: FixedTermParameters = FIXED_TERM): FixedTermPlan {
  const I = P.installments;
  const law = I.legalBasis;
  const firstDue = addDays(start, P.estimateDueDays);
  const long = end > endOfMonthsPeriod(start, I.minimumMonths);
  const big = amount >= BigInt(I.threshold);
  const steps: TraceStep[] = [];
  let reason: FixedTermPlan['reason'];
  if (!long) reason = 'fixedTermShort';
  else if (!big && !commissioned) reason = 'fixedTermBelow';
  else if (!apply) reason = 'notApplied';
  else reason = big ? 'fixedTermAmount' : 'commissioned';
  const allowed = reason === 'fixedTermAmount' || reason === 'commissioned';
  steps.push(
    allowed
      ? traceStep('installments.eligibility', 'fixedTerm.installmentsAllowed', 'true', { reason, startDate: start, endDate: end, legalBasis: law })
      : traceStep('installments.eligibility', 'fixedTerm.installmentsRefused', 'false', { reason, legalBasis: law }),
  );
  const terms: Term[] = [];
  if (!allowed) terms.push({ from: start, to: end, due: firstDue });
  else {
    let t = termOn(start, P);
    let first: Term = { from: start, to: t.to, due: firstDue };
    if (t.to <= endOfMonthsPeriod(start, I.mergeFirstMonths)) {
      t = termOn(addDays(t.to, 1), P);
      first = { from: start, to: t.to, due: firstDue };
    }
    terms.push(first);
    while (t.to < end) {
      t = termOn(addDays(t.to, 1), P);
      terms.push(t);
    }
  }
  const n = BigInt(terms.length);
  const { first: head, each } = splitRemainderFirst(amount, n);
  if (n > 1n)
    steps.push(
      traceStep('installments.divide', 'fixedTerm.installmentsDivide', head, { amount: String(amount), count: String(n), each: String(each), remainder: String(head - each) }),
    );
  const amounts: bigint[] = [];
  const installments = terms.map((t, i): Installment => {
    const a = i === 0 ? head : each;
    amounts.push(a);
    steps.push(traceStep(`installments.${i + 1}`, 'fixedTerm.installment', a, { number: String(i + 1), from: t.from, to: t.to, dueDate: t.due }));
    return {
      number: i + 1,
      from: t.from,
      to: t.to,
      dueDate: t.due,
      nonBusinessDay: isWeekend(t.due),
      dueDateBasis: 'statutory',
      dueDateStatus: P.status,
      amount: yenToNumber(a, 'installment'),
    };
  });
  return { allowed, reason, installments, amounts, steps };
}
