import {
  isCalendarDate,
  MAX_REFERRAL_NOTES_LENGTH,
  MAX_REFERRED_NAME_LENGTH,
  MAX_STATUS_NOTE_LENGTH,
  moneyOf,
  OPEN_REFERRAL_STATUSES,
  REFERRAL_DIRECTIONS,
  REFERRAL_STATUSES,
  type StatusCount,
} from '@tend/domain';
import { deleteReferral } from '../use-cases/referrals/delete-referral.ts';
import { listReferrals } from '../use-cases/referrals/list-referrals.ts';
import { moveReferralStatus } from '../use-cases/referrals/move-referral-status.ts';
import { recordReferral } from '../use-cases/referrals/record-referral.ts';
import {
  newestReferralsFirst,
  referralBalanceOf,
} from '../use-cases/referrals/referral-balance-of.ts';
import { thankForReferral } from '../use-cases/referrals/thank-for-referral.ts';
import { updateReferral } from '../use-cases/referrals/update-referral.ts';
import { builder } from './builder.ts';
import { badArgument } from './connection-cursor.ts';
import { LOOKUP_ERRORS, MUTATION_ERRORS } from './errors.ts';
import { Money } from './money.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

export const ReferralDirectionEnum = builder.enumType('ReferralDirection', {
  description: 'GIVEN: I referred someone to them. RECEIVED: they referred someone to me.',
  values: REFERRAL_DIRECTIONS,
});

export const ReferralStatusEnum = builder.enumType('ReferralStatus', {
  description: 'The pipeline: INTRODUCED → MET → PROPOSAL → WON, or LOST from any open stage.',
  values: REFERRAL_STATUSES,
});

// Referral.statusHistory names it by its table.
builder.drizzleObject('referralStatusChanges', {
  name: 'ReferralStatusChange',
  fields: (t) => ({
    status: t.expose('status', { type: ReferralStatusEnum }),
    changedOn: t.exposeString('changedOn', { description: 'The calendar date, YYYY-MM-DD.' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

export const Referral = builder.drizzleObject('referrals', {
  name: 'Referral',
  description:
    'A referral given or received, with the person who gave it or to whom I gave it, and the contact referred.',
  fields: (t) => ({
    id: t.exposeID('id'),
    direction: t.expose('direction', { type: ReferralDirectionEnum }),
    person: t.relation('person', {
      description: 'Who gave me the referral (RECEIVED), or to whom I gave it (GIVEN).',
    }),
    referredPerson: t.relation('referredPerson', {
      nullable: true,
      description: 'The contact referred, when they are in the network.',
    }),
    referredName: t.string({
      nullable: true,
      description:
        'The contact referred: the person’s name when in the network (as recorded, if since deleted), else the name given.',
      select: { with: { referredPerson: { columns: { name: true } } } },
      resolve: (referral) => referral.referredPerson?.name ?? referral.referredName,
    }),
    targetBuyer: t.relation('targetBuyer', { nullable: true }),
    referredOn: t.exposeString('referredOn', { description: 'The calendar date, YYYY-MM-DD.' }),
    status: t.expose('status', { type: ReferralStatusEnum }),
    statusHistory: t.relation('statusChanges', {
      description: 'Every status it has had, oldest first: where it started, then each move.',
      query: { orderBy: { changedOn: 'asc', createdAt: 'asc' } },
    }),
    value: t.field({
      type: Money,
      nullable: true,
      resolve: (referral) => moneyOf(referral.value, referral.currency),
    }),
    notes: t.exposeString('notes', { nullable: true }),
    thankedAt: t.expose('thankedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const ReferralStatusCount = builder.objectRef<StatusCount>('ReferralStatusCount').implement({
  fields: (t) => ({
    status: t.field({ type: ReferralStatusEnum, resolve: (count) => count.status }),
    count: t.exposeInt('count'),
  }),
});

const ReferralTotals = builder
  .objectRef<{ value: MoneyShape[]; won: MoneyShape[] }>('ReferralTotals')
  .implement({
    description: 'Sums per currency, exact; two currencies are never added together.',
    fields: (t) => ({
      value: t.field({
        type: [Money],
        description: 'Every referral’s value.',
        resolve: (s) => s.value,
      }),
      won: t.field({
        type: [Money],
        description: 'The won referrals’ value.',
        resolve: (s) => s.won,
      }),
    }),
  });

type MoneyShape = { amount: string; currency: string };
type Ledger = Awaited<ReturnType<typeof listReferrals>>;

const ReferralLedger = builder.objectRef<Ledger>('ReferralLedger').implement({
  fields: (t) => ({
    items: t.field({
      type: [Referral],
      description: 'Newest first, by the referral’s date.',
      resolve: (ledger) => ledger.items,
    }),
    totals: t.field({ type: ReferralTotals, resolve: (ledger) => ledger }),
    byStatus: t.field({
      type: [ReferralStatusCount],
      description: 'How many are at each status, in pipeline order, zeros included.',
      resolve: (ledger) => ledger.byStatus,
    }),
  }),
});

const ReferralBalance = builder
  .objectRef<ReturnType<typeof referralBalanceOf>>('ReferralBalance')
  .implement({
    description: 'Referrals given to a person against those received from them.',
    fields: (t) => ({
      givenCount: t.exposeInt('givenCount'),
      receivedCount: t.exposeInt('receivedCount'),
      givenWon: t.field({ type: [Money], resolve: (balance) => balance.givenWon }),
      receivedWon: t.field({ type: [Money], resolve: (balance) => balance.receivedWon }),
    }),
  });

const ReferralFilter = builder.inputType('ReferralFilter', {
  description:
    'Every field narrows the list. personId matches who gave or received it and who was referred; from and to are calendar dates (YYYY-MM-DD) on the referral’s date, both included.',
  fields: (t) => ({
    direction: t.field({ type: ReferralDirectionEnum, required: false }),
    status: t.field({ type: ReferralStatusEnum, required: false }),
    personId: t.id({ required: false }),
    targetBuyerId: t.id({ required: false }),
    from: t.string({ required: false }),
    to: t.string({ required: false }),
  }),
});

const checkedDate = (argument: string, value: string | null | undefined) => {
  if (value != null && !isCalendarDate(value)) {
    throw badArgument(argument, 'must be a calendar date, YYYY-MM-DD.');
  }
  return value;
};

// Direction, status and dates are strings here so that a wrong one is a field error.
const referralFields = `direction: ${REFERRAL_DIRECTIONS.join(' or ')}; referredPersonId or referredName (at most ${MAX_REFERRED_NAME_LENGTH} characters), one of them; referredOn: YYYY-MM-DD, not in the future; value (a decimal such as 1250.00) and currency (ISO 4217), both or neither; notes: at most ${MAX_REFERRAL_NOTES_LENGTH} characters.`;

type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const referralInputFields = (t: InputFields) => ({
  direction: t.string({ required: true }),
  personId: t.id({ required: true }),
  referredPersonId: t.id({ required: false }),
  referredName: t.string({ required: false }),
  targetBuyerId: t.id({ required: false }),
  referredOn: t.string({ required: true }),
  value: t.string({ required: false }),
  currency: t.string({ required: false }),
  notes: t.string({ required: false }),
});

const ReferralInput = builder.inputType('ReferralInput', {
  description: `A referral’s details, all of them: an edit replaces them (its status and history stay). ${referralFields}`,
  fields: referralInputFields,
});

const RecordReferralInput = builder.inputType('RecordReferralInput', {
  description: `A new referral. ${referralFields} status: where it starts (INTRODUCED unless given); its history starts on referredOn.`,
  fields: (t) => ({ ...referralInputFields(t), status: t.string({ required: false }) }),
});

const MoveReferralStatusInput = builder.inputType('MoveReferralStatusInput', {
  description: `status: one of ${REFERRAL_STATUSES.join(', ')}; changedOn: YYYY-MM-DD, not before the referral or its last change; note: at most ${MAX_STATUS_NOTE_LENGTH} characters. Moving back, or out of WON or LOST, needs reopen: true.`,
  fields: (t) => ({
    status: t.string({ required: true }),
    changedOn: t.string({ required: true }),
    note: t.string({ required: false }),
    reopen: t.boolean({ required: false }),
  }),
});

const DeletedReferral = builder.objectRef<{ id: string }>('DeletedReferral').implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

builder.drizzleObjectFields(Person, (t) => ({
  // Both loaded with the people themselves, so a list asks for all of theirs at once.
  referralBalance: t.field({
    type: ReferralBalance,
    description: 'Referrals I gave this person against those they gave me.',
    select: {
      with: {
        referrals: { columns: { direction: true, status: true, value: true, currency: true } },
      },
    },
    resolve: (person) => referralBalanceOf(person.referrals),
  }),
  openReferrals: t.field({
    type: [Referral],
    description:
      'Referrals involving this person (given, received, or as the one referred) not yet won or lost, newest first.',
    select: (_args, _ctx, nestedSelection) => {
      const open = { where: { status: { in: [...OPEN_REFERRAL_STATUSES] } } };
      return {
        with: { referrals: nestedSelection(open), referredIn: nestedSelection(open) },
      };
    },
    resolve: (person) => newestReferralsFirst([...person.referrals, ...person.referredIn]),
  }),
}));

builder.queryFields((t) => ({
  referrals: t.field({
    type: ReferralLedger,
    description: 'The referral ledger: the referrals that match, their totals and the pipeline.',
    args: { filter: t.arg({ type: ReferralFilter, required: false }) },
    resolve: (_parent, args, ctx) => {
      const filter = args.filter ?? {};
      return listReferrals(scopeOf(ctx), {
        direction: filter.direction,
        statuses: filter.status ? [filter.status] : null,
        personId: filter.personId == null ? null : String(filter.personId),
        targetBuyerId: filter.targetBuyerId == null ? null : String(filter.targetBuyerId),
        from: checkedDate('filter.from', filter.from),
        to: checkedDate('filter.to', filter.to),
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  recordReferral: t.field({
    type: Referral,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: RecordReferralInput, required: true }) },
    resolve: (_parent, args, ctx) => recordReferral(scopeOf(ctx), args.input),
  }),
  updateReferral: t.field({
    type: Referral,
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: ReferralInput, required: true }),
    },
    resolve: (_parent, args, ctx) => updateReferral(scopeOf(ctx), String(args.id), args.input),
  }),
  moveReferralStatus: t.field({
    type: Referral,
    description: 'Moves the referral to another status on a date; the move is kept in its history.',
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: MoveReferralStatusInput, required: true }),
    },
    resolve: (_parent, args, ctx) => moveReferralStatus(scopeOf(ctx), String(args.id), args.input),
  }),
  deleteReferral: t.field({
    type: DeletedReferral,
    description: 'Deletes the referral and its history; a thank-you touch stays.',
    errors: { types: LOOKUP_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => deleteReferral(scopeOf(ctx), String(args.id)),
  }),
  thankForReferral: t.field({
    type: Referral,
    description:
      'Logs a message touch with who gave the referral (“Thanked for the referral of …”) and marks it thanked.',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => thankForReferral(scopeOf(ctx), String(args.id)),
  }),
}));
