import type { Money as MoneyValue } from '@tend/domain';
import { builder } from './builder.ts';

/** Every money field in the API is this type: an exact amount and its currency. */
export const Money = builder.objectRef<MoneyValue>('Money').implement({
  description: 'An exact amount of money in an ISO 4217 currency.',
  fields: (t) => ({
    amount: t.field({ type: 'Decimal', resolve: (money) => money.amount }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, such as GBP.' }),
  }),
});

export const MoneyInput = builder.inputType('MoneyInput', {
  description: 'An amount and the currency it is in; the field taking it checks both.',
  fields: (t) => ({
    amount: t.field({ type: 'Decimal', required: true }),
    currency: t.string({ required: true, description: 'ISO 4217 code, such as GBP.' }),
  }),
});

export { moneyOf } from '@tend/domain';
