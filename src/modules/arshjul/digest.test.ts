import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { sendDailyDigests } from '@/modules/arshjul/digest';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type TestApp } from '@/test/testApp';

type Mail = { to: string[]; data: string };
let t: TestApp;
let smtp: SMTPServer;
let port: number;
const received: Mail[] = [];

beforeAll(async () => {
  t = await createTestApp();
  // A real SMTP server on loopback receives what Landsby sends.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as { port: number }).port;

  const kp = await t.login('kontaktperson.bergen');
  const child = (
    await t.send(kp, 'POST', '/api/children', {
      fornavn: 'Digest',
      etternavn: 'Hemmelig',
      fodselsdato: '2012-01-01',
    })
  ).json();
  const home = (await t.send(kp, 'POST', '/api/foster-homes', { navn: 'Familien Skjult' })).json();
  await dokumenterNettverkssok(t, kp, child.id);
  await t.send(kp, 'POST', `/api/children/${child.id}/placements`, {
    fosterhjemId: home.id,
    innflytting: addMonths(osloToday(), -7),
    plasseringstype: 'ordinaer',
    hjemmel: 'bvl_5_1',
  });
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await t.close();
});

describe("team leaders' daily digest by e-mail", () => {
  const mailer = () =>
    nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  const options = { from: 'Landsby <ikke-svar@landsby.invalid>', origin: 'https://landsby.example' };
  const at = (hhmm: string) => new Date(`${osloToday()}T${hhmm}:00+01:00`);

  it('is not sent before seven in the morning', async () => {
    expect(await sendDailyDigests(t.database.db, mailer(), { ...options, now: at('05:30') })).toBe(0);
    expect(received).toEqual([]);
  });

  it('goes to each team leader with counts and a link, and no personal data', async () => {
    const sent = await sendDailyDigests(t.database.db, mailer(), { ...options, now: at('08:00') });
    expect(sent).toBeGreaterThanOrEqual(3);
    const bergen = received.find((m) => m.to[0]?.endsWith('@bergen.demo.landsby.no'));
    expect(bergen).toBeDefined();
    const data = bergen?.data ?? '';
    expect(data).toContain('Subject: Landsby: dagens oversikt for teamet');
    expect(data).toMatch(/forfalte oppgaver/);
    expect(data).toContain('https://landsby.example/oppgaver/team');
    expect(data).not.toMatch(/Hemmelig|Digest|Skjult/);
  });

  it('is sent once a day only', async () => {
    const before = received.length;
    expect(await sendDailyDigests(t.database.db, mailer(), { ...options, now: at('09:00') })).toBe(0);
    expect(received.length).toBe(before);
  });
});
