import type { Db } from '@tend/db';
import { ValidationError } from '@tend/domain';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { Clock } from '../context.ts';
import { databaseUnavailableHandler } from '../database-unavailable.ts';
import { resolveSession } from '../use-cases/accounts/resolve-session.ts';
import { exportAccount } from '../use-cases/exports/export-account.ts';
import { AccountNotEmptyError, ExportFileError } from '../use-cases/exports/export-errors.ts';
import {
  MAX_EXPORT_UPLOAD_BYTES,
  readExportFile,
  TOO_LARGE_MESSAGE,
} from '../use-cases/exports/read-export-file.ts';
import { restoreExport } from '../use-cases/exports/restore-export.ts';
import { sessionToken } from './session-cookie.ts';

export type ExportRouteOptions = { db: Db; now: Clock };

const sendError = (reply: FastifyReply, status: number, message: string, extra = {}) =>
  reply.status(status).send({ error: { message, ...extra } });

/** Expected restore failures, each mapped once to its status code. */
const sendRestoreError = (reply: FastifyReply, error: unknown) => {
  if (error instanceof ExportFileError) {
    return sendError(reply, error.tooLarge ? 413 : 400, error.message);
  }
  if (error instanceof ValidationError) {
    return sendError(reply, 422, error.message, { issues: error.issues });
  }
  if (error instanceof AccountNotEmptyError) return sendError(reply, 409, error.message);
  throw error;
};

/**
 * The whole account as one download (GET /export), and an export restored into an empty
 * account (POST /export/restore, the zip or its JSON as the body, whatever its content type).
 */
export const exportRoutes = async (app: FastifyInstance, { db, now }: ExportRouteOptions) => {
  // Only here: the body is the uploaded file itself, read whole (up to its own limit).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendError(reply, 413, TOO_LARGE_MESSAGE);
    return databaseUnavailableHandler(error, request, reply);
  });

  app.get('/export', async (request, reply) => {
    const session = await resolveSession(db, sessionToken(request), now());
    if (!session) return sendError(reply, 401, 'Sign in to continue.');
    const { fileName, stream } = await exportAccount(db, session.accountId, now());
    return (
      reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        // Made for one account at one moment; no cache may keep or share it.
        .header('cache-control', 'no-store')
        .send(stream)
    );
  });

  app.post('/export/restore', { bodyLimit: MAX_EXPORT_UPLOAD_BYTES }, async (request, reply) => {
    const session = await resolveSession(db, sessionToken(request), now());
    if (!session) return sendError(reply, 401, 'Sign in to continue.');
    try {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const restored = await restoreExport(
        db,
        session.accountId,
        now(),
        await readExportFile(body),
      );
      return { restored };
    } catch (error) {
      return sendRestoreError(reply, error);
    }
  });
};
