import type { Db } from '@tend/db';
import { targetBuyers } from '@tend/db';
import { and, eq, sql } from 'drizzle-orm';

/** What an operation may refer to: the most-tagged target buyer profile, the big group. */
export type Seeded = {
  popularBuyerId: string;
  groupId: string;
  reviewFrom: string;
  reviewTo: string;
};

/** People spread over the last 400 days, with ten touches each; most are on track. */
export const seedNetwork = async (db: Db, accountId: string, size: number): Promise<Seeded> => {
  await db.execute(sql`
    insert into people (account_id, name, company, trust, their_understanding, my_understanding, created_at, updated_at)
    select ${accountId}::uuid, 'Person ' || g, 'Company ' || (g % 997),
      (g * 7) % 6, (g * 11) % 6, (g * 13) % 6,
      now() - ((g % 400) || ' days')::interval, now()
    from generate_series(1, ${size}) g`);
  await db.execute(sql`
    insert into interactions (id, account_id, kind, occurred_at, created_at)
    select gen_random_uuid(), ${accountId}::uuid,
      (array['ONE_TO_ONE','CALL','VIDEO','MESSAGE','EMAIL','SOCIAL','GROUP_MEETING','EVENT'])[1 + (t % 8)],
      now() - (((p.rn * 31 + t * 17) % 120) || ' days')::interval, now()
    from (select id, row_number() over () as rn from people where account_id = ${accountId}::uuid) p,
      generate_series(1, 10) t`);
  // Participants: the n-th touch belongs to the person whose number it carries.
  await db.execute(sql`
    insert into interaction_participants (account_id, interaction_id, person_id)
    select ${accountId}::uuid, i.id, p.id
    from (select id, row_number() over (order by created_at, id) as rn from interactions where account_id = ${accountId}::uuid) i
    join (select id, row_number() over (order by created_at, id) as rn from people where account_id = ${accountId}::uuid) p
      on p.rn = (i.rn - 1) / 10 + 1`);
  await db.execute(sql`
    update people p set last_depth_touch_at = t.at
    from (select ip.person_id, max(i.occurred_at) as at from interaction_participants ip
          join interactions i on i.id = ip.interaction_id
          where ip.account_id = ${accountId}::uuid and i.kind in ('ONE_TO_ONE','CALL','VIDEO','SOCIAL')
          group by ip.person_id) t
    where p.id = t.person_id`);
  // The same default cadence rule as the domain: 30 / 60 / 90 days by readiness tier, due from
  // the start of that calendar day in the account's zone.
  await db.execute(sql`
    update people p set next_due_at = (((coalesce(p.last_depth_touch_at, p.created_at)
      at time zone a.timezone)::date + case
        when least(p.trust, p.their_understanding) >= 3 then 30
        when least(p.trust, p.their_understanding) >= 1 then 60 else 90 end
      )::timestamp at time zone a.timezone)
    from accounts a
    where a.id = p.account_id and p.account_id = ${accountId}::uuid`);
  // Target buyer profiles: 25 that everyone's three tags spread over (12,000 tags each at
  // 100k people), and 5 niche ones that only 20 not-yet-ready people know, the gap list's gaps.
  await db.execute(sql`
    insert into target_buyers (account_id, name, roles)
    select ${accountId}::uuid, 'Profile ' || g, array['Role ' || g] from generate_series(1, 30) g`);
  await db.execute(sql`
    insert into knows (account_id, person_id, target_buyer_id, strength)
    select ${accountId}::uuid, p.id, b.id,
      (array['KNOWS_OF','KNOWS_PERSONALLY','WORKS_WITH','CAN_INTRODUCE'])[1 + (p.rn + k) % 4]
    from (select id, row_number() over (order by created_at, id) as rn from people where account_id = ${accountId}::uuid) p
    cross join generate_series(0, 2) k
    join (select id, row_number() over (order by name) - 1 as n from target_buyers where account_id = ${accountId}::uuid) b
      on b.n = case when p.rn <= 100 and k = 0 then 25 + p.rn % 5 else (p.rn + k * 7) % 25 end`);
  // The niche profiles' people are not ready; a fifth of everyone was introduced by the
  // person before them, so the gap list has two-step paths to find.
  await db.execute(sql`
    update people p set trust = least(p.trust, 1)
    from (select id, row_number() over (order by created_at, id) as rn from people where account_id = ${accountId}::uuid) n
    where p.id = n.id and n.rn <= 100`);
  await db.execute(sql`
    update people p set origin_kind = 'PERSON', origin_person_id = prev.id
    from (select id, lag(id) over (order by created_at, id) as prev_id, row_number() over (order by created_at, id) as rn
          from people where account_id = ${accountId}::uuid) n
    join people prev on prev.id = n.prev_id
    where p.id = n.id and n.rn % 5 = 0`);
  // A 50-member group that has met weekly for five years, each meeting a touch with ten of
  // its members; members send referrals, and people they introduced send more.
  await db.execute(sql`
    update accounts set hourly_rate = 60, profession = 'Person', competitor_professions = array['Rival'],
      power_partner_professions = array['Partner'] where id = ${accountId}::uuid`);
  const [group] = (
    (await db.execute(sql`
      insert into groups (account_id, name, kind, fee, fee_period, cost_per_meeting, travel_cost,
        prep_minutes, travel_minutes, meeting_minutes, chat_minutes, joined_on)
      values (${accountId}::uuid, 'Weekly breakfast', 'REFERRAL_CLUB', 1400, 'YEAR', 18.50, 6.40,
        30, 40, 90, 30, (now() - interval '6 years')::date)
      returning id`)) as { rows: { id: string }[] }
  ).rows;
  const groupId = group?.id ?? '';
  await db.execute(sql`
    insert into group_memberships (account_id, group_id, person_id, profession, joined_on)
    select ${accountId}::uuid, ${groupId}::uuid, p.id,
      (array['Person','Rival','Partner','Other','Other'])[1 + p.rn % 5], (now() - interval '6 years')::date
    from (select id, row_number() over (order by created_at, id) as rn from people where account_id = ${accountId}::uuid) p
    where p.rn <= 50`);
  await db.execute(sql`
    with meetings as (
      insert into group_meetings (account_id, group_id, held_on, attended, interaction_id)
      select ${accountId}::uuid, ${groupId}::uuid, (now() - (w * 7 || ' days')::interval)::date, w % 10 <> 0, null
      from generate_series(1, 260) w
      returning id, held_on, attended)
    insert into interactions (account_id, kind, occurred_at, group_id)
    select ${accountId}::uuid, 'GROUP_MEETING', m.held_on + time '08:00', ${groupId}::uuid
    from meetings m where m.attended`);
  await db.execute(sql`
    insert into interaction_participants (account_id, interaction_id, person_id)
    select ${accountId}::uuid, i.id, m.person_id
    from (select id, row_number() over (order by occurred_at) as rn from interactions
          where account_id = ${accountId}::uuid and group_id = ${groupId}::uuid) i
    join (select person_id, row_number() over (order by person_id) as rn from group_memberships
          where group_id = ${groupId}::uuid) m on (m.rn + i.rn) % 5 = 0`);
  await db.execute(sql`
    insert into referrals (account_id, direction, person_id, referred_name, referred_on, status, value, currency)
    select ${accountId}::uuid, case when r % 4 = 0 then 'GIVEN' else 'RECEIVED' end, p.id, 'Client ' || r,
      (now() - (r * 9 || ' days')::interval)::date, case when r % 3 = 0 then 'WON' else 'MET' end,
      case when r % 3 = 0 then 1200 else null end, case when r % 3 = 0 then 'GBP' else null end
    from generate_series(1, 200) r
    join (select id, row_number() over (order by created_at, id) as rn from people where account_id = ${accountId}::uuid) p
      on p.rn = 1 + (r * 13) % 250`);
  // As autovacuum leaves a settled table: statistics, and the visibility map that lets counts
  // read an index alone.
  await db.execute(sql`vacuum analyze`);
  const [popular] = await db
    .select({ id: targetBuyers.id })
    .from(targetBuyers)
    .where(and(eq(targetBuyers.accountId, accountId), eq(targetBuyers.name, 'Profile 1')));
  const [range] = (
    (await db.execute(sql`
      select to_char(now() - interval '5 years', 'YYYY-MM-DD') as "from", to_char(now(), 'YYYY-MM-DD') as "to"`)) as {
      rows: { from: string; to: string }[];
    }
  ).rows;
  return {
    popularBuyerId: popular?.id ?? '',
    groupId,
    reviewFrom: range?.from ?? '',
    reviewTo: range?.to ?? '',
  };
};
