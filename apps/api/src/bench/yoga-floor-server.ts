/**
 * The load bench's second floor: fastify and graphql-yoga over pg, answering the GraphQL
 * documents the bench sends Tend with a small hand-written schema whose resolvers send exactly
 * bare-server.ts's SQL. No Pothos, no ORM, no per-account transaction, no plugins, so the gap
 * to the bare floor is what yoga and GraphQL execution cost; Tend cannot beat this floor by
 * any change below the stack. Not part of the app.
 *
 * With `accountTransaction`, the yoga+tx floor: each operation runs as Tend's does, in one
 * transaction begun with Tend's own statement (as tend_app, the account set), so row-level
 * security applies to the same SQL; the gap to the plain yoga floor is what that costs.
 */
import { accountSetupSql } from '@tend/db';
import { type DepthDimension, depthLabel } from '@tend/domain';
import Fastify from 'fastify';
import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
  Kind,
  type SelectionNode,
} from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import pg from 'pg';
import {
  type BareQueries,
  type BareSession,
  bareQueries,
  inTransaction,
  poolQueries,
  type Row,
  sessionTokenOf,
  type TouchInput,
} from './bare-server.ts';

// Only what the bench's documents select, with Tend's type and field names, unions included.
const typeDefs = /* GraphQL */ `
  scalar DateTime

  enum DueState {
    DUE
    NO_CADENCE
    OK
    OVERDUE
  }

  enum WeeklyItemStatus {
    DONE
    PENDING
    SKIPPED
  }

  enum InteractionKind {
    CALL
    EMAIL
    EVENT
    GROUP_MEETING
    MESSAGE
    ONE_TO_ONE
    SOCIAL
    VIDEO
  }

  "Bare's timeline reads touches only."
  enum TimelineKind {
    TOUCH
  }

  type DepthLevel {
    level: Int!
    label: String!
  }

  type OneToOne {
    id: ID!
    startsAt: DateTime!
  }

  type Interaction {
    id: ID!
    kind: InteractionKind!
    occurredAt: DateTime!
    notes: String
  }

  union TimelineEntry = Interaction

  type PersonTimelineConnection {
    nodes: [TimelineEntry!]!
  }

  type Person {
    id: ID!
    name: String!
    company: String
    dueState: DueState!
    nextDueAt: DateTime
    nextOneToOne: OneToOne
    trust: DepthLevel!
    theirUnderstanding: DepthLevel!
    myUnderstanding: DepthLevel!
    timeline(first: Int = 20, kinds: [TimelineKind!]): PersonTimelineConnection!
  }

  type NotFoundError {
    message: String!
  }

  union QueryPersonResult = NotFoundError | Person

  type QueryPeopleConnection {
    totalCount: Int!
    nodes: [Person!]!
  }

  type WeeklyListItem {
    status: WeeklyItemStatus!
    reason: String!
    person: Person!
  }

  type WeeklyList {
    weekStartsOn: String!
    items: [WeeklyListItem!]!
  }

  type Prompt {
    id: ID!
    reason: String!
    dueAt: DateTime!
    person: Person!
  }

  type Query {
    weeklyList: WeeklyList!
    openPromptCount: Int!
    openPrompts: [Prompt!]!
    people(first: Int = 20): QueryPeopleConnection!
    person(id: ID!): QueryPersonResult!
  }

  input LogInteractionInput {
    kind: InteractionKind!
    occurredAt: DateTime!
    personIds: [ID!]!
  }

  union MutationLogInteractionResult = Interaction

  type Mutation {
    logInteraction(input: LogInteractionInput!): MutationLogInteractionResult!
  }
`;

type ServerContext = { session: BareSession; queries: BareQueries };

/** The first field called `name` in a selection, looking through fragments. */
const fieldIn = (
  selections: readonly SelectionNode[],
  name: string,
  info: GraphQLResolveInfo,
): FieldNode | undefined => {
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD && selection.name.value === name) return selection;
    const fragment =
      selection.kind === Kind.FRAGMENT_SPREAD ? info.fragments[selection.name.value] : selection;
    if (fragment && fragment.kind !== Kind.FIELD) {
      const found = fieldIn(fragment.selectionSet.selections, name, info);
      if (found) return found;
    }
  }
  return undefined;
};

/**
 * Bare reads a contact's touches in parallel with the person, so the person's resolver reads
 * both, with the page size the document asks its timeline for.
 */
const timelineFirstOf = (info: GraphQLResolveInfo) => {
  const timeline = (info.schema.getType('Person') as GraphQLObjectType).getFields().timeline;
  if (!timeline) throw new Error('Person has no timeline');
  const node = fieldIn(
    info.fieldNodes.flatMap((field) => field.selectionSet?.selections ?? []),
    'timeline',
    info,
  );
  return (
    node
      ? getArgumentValues(timeline, node, info.variableValues).first
      : timeline.args.find((arg) => arg.name === 'first')?.defaultValue
  ) as number;
};

// Only the contact's person is asked for its levels, and it is the raw row: snake_case columns.
const depthLevelOf = (dimension: DepthDimension, column: string) => (person: Row) => {
  const level = person[column] as number;
  return { level, label: depthLabel(dimension, level) };
};

/** Tend's first statement of an operation: withAccount's, fused (packages/db's client.ts). */
const beginAsAccount = (accountId: string) => `begin; ${accountSetupSql(accountId)}`;

/**
 * As Tend's useAccountTransaction: the operation's queries on one client of a transaction begun
 * as the account, committed, or rolled back if the operation had errors.
 */
const useAccountTransaction = (pool: pg.Pool): Plugin<ServerContext> => ({
  onExecute({ executeFn, setExecuteFn }) {
    setExecuteFn(async (args) => {
      const context = args.contextValue as ServerContext;
      let failed: Awaited<ReturnType<typeof executeFn>> | undefined;
      try {
        return await inTransaction(
          pool,
          beginAsAccount(context.session.accountId),
          async (client) => {
            // A write's statements go in the operation's transaction, as in Tend.
            context.queries = bareQueries(client, (work) => work(client));
            const result = await executeFn(args);
            if ('errors' in result && result.errors?.length) {
              failed = result;
              throw new Error('Rolled back: the operation had errors');
            }
            return result;
          },
        );
      } catch (error) {
        if (failed) return failed;
        throw error;
      }
    });
  },
});

/** `databaseUrl` with `accountTransaction` is a login that may become tend_app, as Tend's. */
export const startYogaFloorServer = async (
  databaseUrl: string,
  maxConnections: number,
  { accountTransaction = false } = {},
) => {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections });
  // The session is read on the pool, before any transaction, as Tend reads it.
  const onPool = poolQueries(pool);
  const schema = createSchema<ServerContext>({
    typeDefs,
    resolvers: {
      Query: {
        weeklyList: (_root, _args, { session, queries }) => queries.weeklyList(session),
        openPromptCount: (_root, _args, { session, queries }) => queries.openPromptCount(session),
        openPrompts: (_root, _args, { session, queries }) => queries.openPrompts(session),
        people: (_root, { first }: { first: number }, { session, queries }) =>
          queries.people(session, first),
        person: async (_root, { id }: { id: string }, { session, queries }, info) => {
          const contact = await queries.contact(session, id, timelineFirstOf(info));
          return contact
            ? { ...contact, nextDueAt: contact.next_due_at }
            : { message: 'No such person.' };
        },
      },
      Mutation: {
        logInteraction: (
          _root,
          { input }: { input: Omit<TouchInput, 'personId'> & { personIds: string[] } },
          { session, queries },
        ) => {
          const [personId, ...others] = input.personIds;
          // Bare logs a touch with one person, and so does the bench.
          if (!personId || others.length > 0) throw new Error('One person per touch');
          return queries.logTouch(session, {
            personId,
            kind: input.kind,
            occurredAt: input.occurredAt,
          });
        },
      },
      QueryPersonResult: {
        __resolveType: (result: Row) => ('message' in result ? 'NotFoundError' : 'Person'),
      },
      TimelineEntry: { __resolveType: () => 'Interaction' },
      MutationLogInteractionResult: { __resolveType: () => 'Interaction' },
      Person: {
        trust: depthLevelOf('trust', 'trust'),
        theirUnderstanding: depthLevelOf('theirUnderstanding', 'their_understanding'),
        myUnderstanding: depthLevelOf('myUnderstanding', 'my_understanding'),
        // Read with the person (timelineFirstOf).
        timeline: (person: { timeline: Row[] }) => ({ nodes: person.timeline }),
      },
      Interaction: { occurredAt: (touch: Row) => touch.occurred_at },
      OneToOne: { startsAt: (meeting: Row) => meeting.starts_at },
    },
  });
  // As Tend's production server sets yoga up, less its plugins; errors masked, yoga's default.
  const yoga = createYoga<ServerContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    logging: false,
    cors: false,
    plugins: accountTransaction ? [useAccountTransaction(pool)] : [],
  });
  const app = Fastify({ logger: false });
  app.route({
    url: yoga.graphqlEndpoint,
    method: ['GET', 'POST', 'OPTIONS'],
    handler: async (req, reply) => {
      const session = await onPool.session(sessionTokenOf(req));
      if (!session) return reply.status(401).send({ errors: [{ message: 'Sign in.' }] });
      const response = await yoga.handleNodeRequestAndResponse(req, reply, {
        session,
        queries: onPool,
      });
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      reply.status(response.status);
      reply.send(response.body);
      return reply;
    },
  });

  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
};
