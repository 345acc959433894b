import { builder } from './builder.ts';
import { Person } from './people.ts';

export const Group = builder.drizzleObject('groups', {
  name: 'Group',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.exposeString('kind'),
    isDemo: t.exposeBoolean('isDemo'),
  }),
});

builder.queryFields((t) => ({
  groups: t.drizzleField({
    type: ['groups'],
    description: 'The account’s networking groups, by name.',
    resolve: (query, _parent, _args, ctx) =>
      ctx.db.query.groups.findMany(
        query({ where: { accountId: ctx.accountId }, orderBy: { name: 'asc' } }),
      ),
  }),
}));

builder.drizzleObjectFields(Person, (t) => ({
  groups: t.field({
    type: [Group],
    description: 'The networking groups this person is a member of, by name.',
    select: { with: { memberships: { with: { group: true } } } },
    resolve: (person) =>
      person.memberships
        .map((membership) => membership.group)
        .sort((a, b) => a.name.localeCompare(b.name)),
  }),
}));
