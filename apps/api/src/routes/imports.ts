import { type Db, withAccount } from '@tend/db';
import { ImportFileError, MAX_IMPORT_FILE_BYTES, tooLargeError } from '@tend/domain';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { Clock } from '../context.ts';
import { databaseUnavailableHandler } from '../database-unavailable.ts';
import { resolveSession } from '../use-cases/accounts/resolve-session.ts';
import { createImportPreview } from '../use-cases/imports/create-import-preview.ts';
import { sessionToken } from './session-cookie.ts';

export type ImportRouteOptions = { db: Db; now: Clock };

/** The uploaded file's name, percent-encoded (a header holds only ASCII). */
export const IMPORT_FILE_NAME_HEADER = 'x-tend-file-name';

const sendError = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.status(status).send({ error: { code, message } });

const fileNameOf = (header: string | string[] | undefined): string | null => {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/**
 * The upload of a file to import: its bytes are the request's body, whatever its content type,
 * up to the import limit (above the server's limit for other requests). It is read and planned
 * as a preview; nothing is saved when it cannot be read.
 */
export const importRoutes = async (app: FastifyInstance, { db, now }: ImportRouteOptions) => {
  // This plugin's own context: every body here is a file's bytes, JSON ones too.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const length = Number(request.headers['content-length']) || null;
      return sendError(reply, 413, 'TOO_LARGE', tooLargeError(length).message);
    }
    return databaseUnavailableHandler(error, request, reply);
  });

  app.post(
    '/imports',
    {
      bodyLimit: MAX_IMPORT_FILE_BYTES,
      // Told by its length, a file over the limit is refused before it is read.
      onRequest: async (request, reply) => {
        const length = Number(request.headers['content-length']);
        if (length > MAX_IMPORT_FILE_BYTES) {
          return sendError(reply, 413, 'TOO_LARGE', tooLargeError(length).message);
        }
      },
    },
    async (request, reply) => {
      const session = await resolveSession(db, sessionToken(request), now());
      if (!session) return sendError(reply, 401, 'UNAUTHENTICATED', 'Sign in to continue.');
      const body = request.body;
      // A view of the body, not a copy: a file may be 10 MB.
      const bytes = Buffer.isBuffer(body)
        ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
        : new Uint8Array();
      try {
        const batch = await withAccount(db, session.accountId, (tx) =>
          createImportPreview(
            { db: tx, accountId: session.accountId, now: now() },
            { bytes, fileName: fileNameOf(request.headers[IMPORT_FILE_NAME_HEADER]) },
          ),
        );
        return reply.status(201).send({
          importBatch: {
            id: batch.id,
            fileName: batch.fileName,
            format: batch.format,
            counts: {
              create: batch.createCount,
              merge: batch.mergeCount,
              reject: batch.rejectCount,
            },
          },
        });
      } catch (error) {
        if (error instanceof ImportFileError) {
          const status = error.problem === 'TOO_LARGE' ? 413 : 400;
          return sendError(reply, status, error.problem, error.message);
        }
        throw error;
      }
    },
  );
};
