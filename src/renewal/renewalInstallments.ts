import { traceStep, type TraceStep } from '../core/trace.js';
import { yenToNumber } from '../core/yen.js';
import type { AppropriationOf, AppropriationTarget } from './appropriation.js';
import type { Installment } from './installments.js';

/** The 期別納付額 of a 年度更新, in bigint yen beside the public instalments. @internal */
export interface RenewalInstallmentsOf {
  installments: Installment[];
  /** Σ amounts: the amount due. */
  amount: bigint;
  trace: TraceStep[];
}

const TARGET_OF: readonly AppropriationTarget[] = ['installment1', 'installment2', 'installment3'];

/**
 * 期別納付額 (徴収法18条・19条3項; 石綿法37条): each 期 of the 概算保険料, the first with the 不足額 and the
 * 一般拠出金 added, less what was applied (充当) to it — what is applied to the 一般拠出金 is deducted from
 * the first 期 too, where the 一般拠出金 is paid. @internal
 */
export function renewalInstallmentsOf(
  plan: readonly Installment[],
  amounts: readonly bigint[],
  shortfall: bigint,
  generalContribution: bigint,
  appropriation: AppropriationOf,
): RenewalInstallmentsOf {
  const appliedTo = new Map<AppropriationTarget, bigint>();
  for (const a of appropriation.applied) appliedTo.set(a.target, a.amount);
  const trace: TraceStep[] = [];
  let total = 0n;
  const installments = plan.map((it, i): Installment => {
    const first = i === 0;
    const estimated = amounts[i]!;
    const sf = first ? shortfall : 0n;
    const g = first ? generalContribution : 0n;
    const ap = (appliedTo.get(TARGET_OF[i]!) ?? 0n) + (first ? appropriation.toGeneralContribution : 0n);
    const amount = estimated + sf + g - ap;
    total += amount;
    const number = String(it.number);
    trace.push(
      first
        ? traceStep(`payment.${number}`, 'renewal.paymentFirst', amount, {
            number,
            estimated: String(estimated),
            shortfall: String(sf),
            generalContribution: String(g),
            applied: String(ap),
            dueDate: it.dueDate,
          })
        : traceStep(`payment.${number}`, 'renewal.payment', amount, { number, estimated: String(estimated), applied: String(ap), dueDate: it.dueDate }),
    );
    // written out (not `{ ...it }`): one object shape for every composed instalment
    return {
      number: it.number,
      from: it.from,
      to: it.to,
      dueDate: it.dueDate,
      nonBusinessDay: it.nonBusinessDay,
      dueDateBasis: it.dueDateBasis,
      dueDateStatus: it.dueDateStatus,
      amount: yenToNumber(amount, 'installment'),
      estimatedPremium: it.amount,
      shortfall: yenToNumber(sf, 'shortfall'),
      generalContribution: yenToNumber(g, 'generalContribution'),
      appropriated: yenToNumber(ap, 'appropriated'),
    };
  });
  return { installments, amount: total, trace };
}
