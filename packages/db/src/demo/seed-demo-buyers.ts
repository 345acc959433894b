import { addElapsedDays, type KnowsStrength, localDateIn } from '@tend/domain';
import type { DbExecutor } from '../client.ts';
import { introductionAsks, knows, targetBuyers } from '../schema/buyers.ts';
import { type REFERRAL_STATUSES, referralStatusChanges, referrals } from '../schema/referrals.ts';

type Status = (typeof REFERRAL_STATUSES)[number];

/** Three profiles: one well covered, one only not-yet-ready people know, one nobody knows. */
const DEMO_PROFILES = {
  financeDirectors: {
    name: 'Finance directors of 50–500 person firms',
    roles: ['Finance director', 'CFO'],
    industries: ['Manufacturing', 'Professional services'],
    companySizeMin: 50,
    companySizeMax: 500,
    regions: ['North West'],
    notes: 'They sign off the marketing budget and feel the cost of leads that do not convert.',
  },
  hotelOwners: {
    name: 'Owners of independent hotels',
    roles: ['Owner', 'General manager'],
    industries: ['Hospitality'],
    companySizeMin: 10,
    companySizeMax: 200,
    regions: ['Lake District', 'North West'],
    notes: null,
  },
  softwareMarketing: {
    name: 'Heads of marketing at software scale-ups',
    roles: ['Head of marketing', 'CMO'],
    industries: ['Software'],
    companySizeMin: 20,
    companySizeMax: 300,
    regions: ['UK'],
    notes: 'Nobody in the network reaches them yet: ask around.',
  },
} as const;

type Profile = keyof typeof DEMO_PROFILES;

const DEMO_KNOWS: [person: string, profile: Profile, strength: KnowsStrength, note: string][] = [
  ['Priya Shah', 'financeDirectors', 'CAN_INTRODUCE', 'Does the accounts of a dozen of them.'],
  ['Tom Okafor', 'financeDirectors', 'WORKS_WITH', 'Advises two on contracts.'],
  ['Daniel Novak', 'financeDirectors', 'KNOWS_PERSONALLY', 'Plays golf with one.'],
  ['Emma Clarke', 'financeDirectors', 'KNOWS_OF', 'Heard of a few through her clients.'],
  ['Sofia Rossi', 'hotelOwners', 'KNOWS_PERSONALLY', 'Refitted three hotels last year.'],
  ['Marcus Lee', 'hotelOwners', 'KNOWS_OF', 'Prints menus for some.'],
];

type DemoReferral = {
  direction: 'GIVEN' | 'RECEIVED';
  person: string;
  referred: { person: string } | { name: string };
  profile: Profile | null;
  /** Days ago of each status, in order; the first is the referral's day. */
  history: [Status, number][];
  value: { amount: string; currency: string } | null;
  notes: string;
};

const DEMO_REFERRALS: DemoReferral[] = [
  {
    direction: 'RECEIVED',
    person: 'Priya Shah',
    referred: { name: 'Claire Dunn, Northbridge Engineering' },
    profile: 'financeDirectors',
    history: [
      ['INTRODUCED', 70],
      ['MET', 60],
      ['PROPOSAL', 45],
      ['WON', 30],
    ],
    value: { amount: '4800.00', currency: 'GBP' },
    notes: 'A six-month lead generation retainer.',
  },
  {
    direction: 'RECEIVED',
    person: 'Tom Okafor',
    referred: { name: 'Mark Ellis, Ellis Components' },
    profile: 'financeDirectors',
    history: [
      ['INTRODUCED', 20],
      ['MET', 10],
    ],
    value: null,
    notes: 'Wants a second opinion on their campaigns.',
  },
  {
    direction: 'RECEIVED',
    person: 'Felix Braun',
    referred: { name: 'Kaiser Hotels GmbH' },
    profile: 'hotelOwners',
    history: [
      ['INTRODUCED', 40],
      ['PROPOSAL', 25],
    ],
    value: { amount: '3500.00', currency: 'EUR' },
    notes: 'A rebrand for their two Austrian hotels.',
  },
  {
    direction: 'GIVEN',
    person: 'Priya Shah',
    referred: { person: 'Marcus Lee' },
    profile: null,
    history: [
      ['INTRODUCED', 50],
      ['MET', 45],
      ['WON', 35],
    ],
    value: { amount: '1200.00', currency: 'GBP' },
    notes: 'Marcus needed an accountant for his print business.',
  },
  {
    direction: 'GIVEN',
    person: 'Hannah Berg',
    referred: { name: 'Jo Patel' },
    profile: null,
    history: [['INTRODUCED', 5]],
    value: null,
    notes: 'Jo is selling her business and needs a financial plan.',
  },
];

/**
 * Target buyer profiles, who knows them, referrals both ways with their history and an ask for
 * an introduction, all marked as demo. `personIds` maps the demo people's names to their ids.
 */
export const seedDemoBuyers = async (
  db: DbExecutor,
  accountId: string,
  now: Date,
  timezone: string,
  personIds: ReadonlyMap<string, string>,
): Promise<void> => {
  const idOf = (name: string) => {
    const id = personIds.get(name);
    if (!id) throw new Error(`Demo person ${name} is missing`);
    return id;
  };
  const dayAgo = (days: number) => localDateIn(addElapsedDays(now, -days), timezone);
  const profileIds = {} as Record<Profile, string>;
  for (const [key, profile] of Object.entries(DEMO_PROFILES) as [
    Profile,
    (typeof DEMO_PROFILES)[Profile],
  ][]) {
    const [row] = await db
      .insert(targetBuyers)
      .values({
        ...profile,
        roles: [...profile.roles],
        industries: [...profile.industries],
        regions: [...profile.regions],
        accountId,
        isDemo: true,
      })
      .returning({ id: targetBuyers.id });
    if (!row) throw new Error('Demo profile was not inserted');
    profileIds[key] = row.id;
  }
  await db.insert(knows).values(
    DEMO_KNOWS.map(([person, profile, strength, note], index) => ({
      accountId,
      personId: idOf(person),
      targetBuyerId: profileIds[profile],
      strength,
      note,
      learnedOn: dayAgo(20 + index * 9),
    })),
  );
  for (const referral of DEMO_REFERRALS) {
    const [first] = referral.history;
    const last = referral.history.at(-1);
    if (!first || !last) continue;
    const referredPersonId = 'person' in referral.referred ? idOf(referral.referred.person) : null;
    const [row] = await db
      .insert(referrals)
      .values({
        accountId,
        direction: referral.direction,
        personId: idOf(referral.person),
        referredPersonId,
        referredName:
          'person' in referral.referred ? referral.referred.person : referral.referred.name,
        targetBuyerId: referral.profile ? profileIds[referral.profile] : null,
        referredOn: dayAgo(first[1]),
        status: last[0],
        value: referral.value?.amount ?? null,
        currency: referral.value?.currency ?? null,
        notes: referral.notes,
        isDemo: true,
      })
      .returning({ id: referrals.id });
    if (!row) throw new Error('Demo referral was not inserted');
    await db.insert(referralStatusChanges).values(
      referral.history.map(([status, daysAgo]) => ({
        accountId,
        referralId: row.id,
        status,
        changedOn: dayAgo(daysAgo),
      })),
    );
  }
  await db.insert(introductionAsks).values({
    accountId,
    personId: idOf('Tom Okafor'),
    targetBuyerId: profileIds.financeDirectors,
    message:
      'Hi Tom, you mentioned you advise a couple of finance directors. Would you introduce me to one who is unhappy with the leads their marketing brings in?',
    askedAt: addElapsedDays(now, -3),
  });
};
