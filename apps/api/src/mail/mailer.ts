import { createTransport } from 'nodemailer';

export type MailMessage = {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

/** Sends one message; rejects when the server does not accept it. */
export type Mailer = {
  send: (message: MailMessage) => Promise<void>;
  close: () => void;
};

/** The address part of an SMTP URL, never its password, for logs. */
export const describeSmtpUrl = (smtpUrl: string): string => {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
};

/**
 * Mail over SMTP: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`.
 * The timeouts are short because a digest is sent inside a database transaction.
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
      await transport.sendMail({ from: options.from, ...message });
    },
    close: () => transport.close(),
  };
};
