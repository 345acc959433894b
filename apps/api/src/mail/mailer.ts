import { createTransport } from 'nodemailer';

export type MailMessage = {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** The same for every copy of one message (`<id@host>`), so copies are recognisably one. */
  messageId?: string;
  headers?: Record<string, string>;
};

/**
 * The message certainly did not go: the mail server refused it, or no mail server was reached.
 * Any other failure of `send` leaves it unknown whether the server took the message.
 */
export class MailNotSentError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'MailNotSentError';
  }
}

/**
 * Sends one message; resolves once the server accepted it. Rejects with MailNotSentError when it
 * certainly was not accepted, and with any other error when that is unknown.
 */
export type Mailer = {
  send: (message: MailMessage) => Promise<void>;
  close: () => void;
};

/** The address part of an SMTP URL, never its password, for logs. */
export const describeSmtpUrl = (smtpUrl: string): string => {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
};

type SmtpError = {
  code?: unknown;
  originalCode?: unknown;
  command?: unknown;
  responseCode?: unknown;
  timeoutType?: unknown;
};

/**
 * Nodemailer's errors that prove the message was not taken: a refusing reply from the server
 * (a reply code: an accepted message ends the send with 250 instead), no server reached, or
 * nodemailer's own refusal before sending. A timeout or dropped connection after the message was
 * written says nothing: the server may have accepted it just before.
 */
const certainlyNotSent = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { code, originalCode, command, responseCode, timeoutType } = error as SmtpError;
  return (
    typeof responseCode === 'number' ||
    command === 'API' ||
    code === 'EDNS' ||
    originalCode === 'ECONNREFUSED' ||
    timeoutType === 'CONNECT_TIMEOUT' ||
    timeoutType === 'GREETING_TIMEOUT'
  );
};

/**
 * Mail over SMTP: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`.
 * The timeouts are short so that a mail server that stops answering holds a digest run for
 * well under a minute per message, far less than the job may run.
 */
export const createSmtpMailer = (options: { smtpUrl: string; from: string }): Mailer => {
  const transport = createTransport({
    url: options.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (message) => {
      try {
        await transport.sendMail({ from: options.from, ...message });
      } catch (error) {
        throw certainlyNotSent(error) ? new MailNotSentError(error) : error;
      }
    },
    close: () => transport.close(),
  };
};
