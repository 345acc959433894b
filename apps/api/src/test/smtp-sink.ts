import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const SMTP_USER = 'tend';
export const SMTP_PASSWORD = 'smtp secret';

/**
 * A real SMTP server on 127.0.0.1 (a free port) that keeps what it receives, parsed. It asks for
 * the credentials in the URL it hands out, and can be told to refuse the next messages.
 */
export const startSmtpSink = async () => {
  const messages: ParsedMail[] = [];
  /** Who sent each accepted message: the signed-in SMTP user and the envelope sender. */
  const senders: { user: unknown; from: string | undefined }[] = [];
  let refuseNext = 0;
  let refused = 0;
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    logger: false,
    // Plain SMTP on loopback: no certificate to trust, and AUTH allowed without TLS.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) {
        callback(null, { user: auth.username });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (refuseNext > 0) {
            refuseNext -= 1;
            refused += 1;
            callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 451 }));
            return;
          }
          messages.push(mail);
          senders.push({
            user: session.user,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          });
          callback();
          for (const wake of waiters) wake();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${port}`,
    messages,
    senders,
    /** The server answers the next `count` messages with a temporary failure (451). */
    refuseNext: (count = 1) => {
      refuseNext = count;
    },
    refusedCount: () => refused,
    clear: () => {
      messages.length = 0;
      senders.length = 0;
      refused = 0;
      refuseNext = 0;
    },
    /** Waits (up to `timeoutMs`) until at least `count` messages have arrived. */
    waitFor: async (count: number, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`Expected ${count} messages, got ${messages.length}`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, Math.min(left, 100));
          waiters.add(wake);
        });
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;
