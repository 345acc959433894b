import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from '../test/smtp-sink.ts';
import { createSmtpMailer, MailNotSentError } from './mailer.ts';

const MESSAGE = {
  to: { name: 'Sam Reid', address: 'sam@example.test' },
  subject: 'Hello',
  text: 'Hello',
  html: '<p>Hello</p>',
  messageId: '<digest-1-2026-11-23@tend.example.test>',
};

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

/**
 * A mail server that takes the whole message and then drops the connection instead of answering
 * the final dot: it may have kept the message, and nobody can tell.
 */
const startDroppingServer = () =>
  createServer((socket) => {
    let inData = false;
    socket.write('220 drop.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      for (const line of chunk.toString('latin1').split('\r\n')) {
        if (inData) {
          if (line === '.') socket.destroy();
        } else if (/^(EHLO|HELO|MAIL|RCPT)/i.test(line)) {
          socket.write('250 OK\r\n');
        } else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 Go ahead\r\n');
        }
      }
    });
  });

let sink: SmtpSink;
const dropping = startDroppingServer();
let droppingPort: number;

beforeAll(async () => {
  [sink, droppingPort] = await Promise.all([startSmtpSink(), listen(dropping)]);
});
afterAll(async () => {
  await Promise.all([sink?.close(), new Promise((resolve) => dropping.close(resolve))]);
});

const sendTo = async (smtpUrl: string) => {
  const mailer = createSmtpMailer({ smtpUrl, from: 'Tend <tend@example.test>' });
  try {
    await mailer.send(MESSAGE);
  } finally {
    mailer.close();
  }
};

describe('the SMTP mailer', () => {
  it('sends the message with the Message-ID it is given', async () => {
    await sendTo(sink.url);
    const [mail] = await sink.waitFor(1);
    expect(mail?.messageId).toBe(MESSAGE.messageId);
  });

  it('says a message the server refused was certainly not sent', async () => {
    sink.refuseNext(1);
    const refused = sendTo(sink.url);
    await expect(refused).rejects.toBeInstanceOf(MailNotSentError);
    await expect(refused).rejects.toThrow(/451/);
  });

  it('says a message was certainly not sent when no server listens', async () => {
    // Bound and closed again: nothing listens on the port now.
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    await expect(sendTo(`smtp://127.0.0.1:${port}`)).rejects.toBeInstanceOf(MailNotSentError);
  });

  it('does not claim a message was not sent when the connection dropped after it was written', async () => {
    const dropped = sendTo(`smtp://127.0.0.1:${droppingPort}`);
    await expect(dropped).rejects.toThrow();
    await expect(dropped).rejects.not.toBeInstanceOf(MailNotSentError);
  });
});
