import { type Db, withAccount } from '@tend/db';
import { NotFoundError } from '@tend/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Clock } from '../context.ts';
import { resolveSession } from '../use-cases/accounts/resolve-session.ts';
import { buildCalendarFeed } from '../use-cases/one-to-ones/build-calendar-feed.ts';
import { buildOneToOneInvite } from '../use-cases/one-to-ones/build-one-to-one-invite.ts';
import { sessionToken } from './session-cookie.ts';

export type CalendarRouteOptions = { db: Db; now: Clock };

type FileParams = { Params: { file: string } };

/** `<name>.ics` → name; anything else names no calendar. */
const icsName = (file: string): string | null =>
  file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : null;

const notFound = (reply: FastifyReply) =>
  reply.status(404).send({ error: { message: 'Not found.' } });

const sendCalendar = (reply: FastifyReply, contentType: string, ics: string) =>
  reply
    .header('content-type', contentType)
    // Each copy is made for one account at one moment; no cache may keep or share it.
    .header('cache-control', 'no-store')
    .send(ics);

/** One-to-one invites (signed in) and the calendar subscription feed (by its secret address). */
export const calendarRoutes = async (app: FastifyInstance, { db, now }: CalendarRouteOptions) => {
  app.get<FileParams>('/calendar/one-to-ones/:file', async (request, reply) => {
    const session = await resolveSession(db, sessionToken(request), now());
    if (!session) return reply.status(401).send({ error: { message: 'Sign in to continue.' } });
    const id = icsName(request.params.file);
    if (id === null) return notFound(reply);
    try {
      const invite = await withAccount(db, session.accountId, (tx) =>
        buildOneToOneInvite({ db: tx, accountId: session.accountId, now: now() }, id),
      );
      reply.header('content-disposition', `attachment; filename="${invite.fileName}"`);
      return sendCalendar(
        reply,
        `text/calendar; charset=utf-8; method=${invite.method}`,
        invite.ics,
      );
    } catch (error) {
      if (error instanceof NotFoundError) return notFound(reply);
      throw error;
    }
  });

  app.get<FileParams>('/calendar/feed/:file', async (request, reply) => {
    const token = icsName(request.params.file);
    // Unknown and revoked addresses look the same: nothing tells a guesser which it was.
    const ics = token ? await buildCalendarFeed(db, token, now()) : null;
    if (ics === null) return notFound(reply);
    return sendCalendar(reply, 'text/calendar; charset=utf-8', ics);
  });
};
