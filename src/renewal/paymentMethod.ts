/**
 * How a 概算保険料 is paid: `'paymentSlip'` — with the 納付書 at a bank or by 電子納付, by the 納期限;
 * `'accountTransfer'` — 口座振替納付, debited on the 振替納付日 (9/6, 11/14, 2/14).
 *
 * @example
 * ```ts
 * import { PAYMENT_METHODS, isPaymentMethod } from 'jp-labor-insurance';
 * console.log(PAYMENT_METHODS, isPaymentMethod('accountTransfer'), isPaymentMethod('cash'));
 * //=> [ 'paymentSlip', 'accountTransfer' ] true false
 * ```
 */
export const PAYMENT_METHODS = Object.freeze(['paymentSlip', 'accountTransfer'] as const);

/** A value of {@link PAYMENT_METHODS}. */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * True when `value` is one of {@link PAYMENT_METHODS}.
 *
 * @example
 * ```ts
 * import { isPaymentMethod } from 'jp-labor-insurance';
 * console.log(isPaymentMethod('paymentSlip')); //=> true
 * ```
 * @group Type guards
 */
export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return (PAYMENT_METHODS as readonly unknown[]).includes(value);
}
