import { createRequire } from 'node:module';
import { asc, eq } from 'drizzle-orm';
import icalGenerator, { ICalCalendarMethod } from 'ical-generator';
import PDFDocument from 'pdfkit';
import type { Tx } from '@/db/client';
import { familiemedlem, fosterhjem, programokt, tjeneste } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { openForlop, programFor } from '@/modules/program/forlop';
import type { Program } from '@/modules/program/programFormat';
import type { Locale } from '@/server/i18n';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** How long a session lasts in the family's calendar. */
const VARIGHET_MINUTTER = 90;

/** The desk calendar's own words, in bokmål and nynorsk. */
const TEKST = {
  nb: {
    bordkalender: 'Bordkalender',
    samling: 'Samling',
    samtale: 'Samtale',
    av: 'av',
    datoer: 'Datoene',
    tid: 'Tid',
    tema: 'Tema',
    mal: 'Målet med samlingen',
    malSamtale: 'Målet med samtalen',
    tenkPa: 'Tenk på før vi møtes',
    notater: 'Notater',
    avlyst: 'Avlyst',
    holdt: 'Gjennomført',
    for: 'For',
    fra: 'Fra',
    kl: 'kl.',
    intro:
      'Ha kalenderen framme på kjøkkenbenken eller skrivebordet. Hvert ark hører til én samling: datoen, temaet, noe å tenke på før vi møtes, og plass til egne notater.',
    introSamtale:
      'Hvert ark hører til én samtale: datoen, temaet, noe å tenke på før vi møtes, og plass til egne notater. Si fra til kontaktpersonen hvis en dato ikke passer, så finner vi en ny.',
  },
  nn: {
    bordkalender: 'Bordkalender',
    samling: 'Samling',
    samtale: 'Samtale',
    av: 'av',
    datoer: 'Datoane',
    tid: 'Tid',
    tema: 'Tema',
    mal: 'Målet med samlinga',
    malSamtale: 'Målet med samtalen',
    tenkPa: 'Tenk på før vi møtest',
    notater: 'Notat',
    avlyst: 'Avlyst',
    holdt: 'Gjennomført',
    for: 'For',
    fra: 'Frå',
    kl: 'kl.',
    intro:
      'Ha kalenderen framme på kjøkkenbenken eller skrivebordet. Kvart ark høyrer til éi samling: datoen, temaet, noko å tenkje på før vi møtest, og plass til eigne notat.',
    introSamtale:
      'Kvart ark høyrer til éin samtale: datoen, temaet, noko å tenkje på før vi møtest, og plass til eigne notat. Sei frå til kontaktpersonen dersom ein dato ikkje passar, så finn vi ein ny.',
  },
} as const;

export type KalenderOkt = {
  id: string;
  nummer: number;
  planlagt: Date;
  status: 'planlagt' | 'gjennomfort' | 'avlyst';
  gjennomfort: string | null;
};

export type Bordkalender = {
  program: Program;
  sprak: Locale;
  /** The family's or parent's name, shown on the cover only. */
  mottaker: string;
  tjenesteNavn: string;
  okter: KalenderOkt[];
};

const datoTid = (d: Date, l: Locale) => {
  const loc = l === 'nn' ? 'nn-NO' : 'nb-NO';
  const dato = new Intl.DateTimeFormat(loc, { dateStyle: 'full', timeZone: 'Europe/Oslo' }).format(d);
  const tid = new Intl.DateTimeFormat(loc, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(d);
  return { dato: dato.charAt(0).toUpperCase() + dato.slice(1), tid };
};

const kortDato = (iso: string, l: Locale) =>
  new Intl.DateTimeFormat(l === 'nn' ? 'nn-NO' : 'nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

/**
 * The desk calendar (bordkalender) as a tagged, accessible PDF: a cover page with the
 * programme, the family's name and all the dates, then one A4 page per session with its date
 * and time, topic, goal, something to think about before, and lined room for notes. Made
 * fresh from the current dates on every download, so a moved session is always right.
 */
export function bordkalenderPdf(k: Bordkalender): Promise<Buffer> {
  const l = k.sprak;
  const tx = TEKST[l];
  const p = k.program;
  const foreldre = p.malgruppe === 'foreldre';
  const ord = foreldre ? tx.samtale : tx.samling;
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 60, bottom: 60, left: 64, right: 64 },
    pdfVersion: '1.7',
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    displayTitle: true,
    lang: l === 'nn' ? 'nn-NO' : 'nb-NO',
    autoFirstPage: true,
    info: {
      Title: `${p.navn[l]} – ${tx.bordkalender}`,
      Author: k.tjenesteNavn,
      Subject: p.navn[l],
      Keywords: `Landsby; ${p.id}; ${tx.bordkalender}`,
      Creator: 'Landsby',
    },
  });
  pdf.registerFont('Sans', FONT);
  pdf.registerFont('Sans-Bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const width = pdf.page.width - 128;
  const add = (
    type: 'H1' | 'H2' | 'H3' | 'P',
    text: string,
    style: { font?: string; size: number; gap?: number; color?: string },
  ) => {
    root.add(
      pdf.struct(type, {}, () => {
        pdf
          .font(style.font ?? 'Sans')
          .fontSize(style.size)
          .fillColor(style.color ?? '#1a1a1a')
          .text(text, { width, paragraphGap: style.gap ?? 4 });
      }),
    );
  };

  // The cover: the programme, who it is for, and the dates.
  add('P', tx.bordkalender.toUpperCase(), { font: 'Sans-Bold', size: 11, color: '#1e5b8a', gap: 6 });
  add('H1', p.navn[l], { font: 'Sans-Bold', size: 28, gap: 10 });
  add('P', `${tx.for}: ${k.mottaker}`, { font: 'Sans-Bold', size: 14, gap: 2 });
  add('P', `${tx.fra}: ${k.tjenesteNavn}`, { size: 11, gap: 14, color: '#444444' });
  add('P', p.beskrivelse[l], { size: 11, gap: 10 });
  add('P', foreldre ? tx.introSamtale : tx.intro, { size: 11, gap: 14, color: '#333333' });
  add('H2', tx.datoer, { font: 'Sans-Bold', size: 15, gap: 6 });
  for (const o of k.okter) {
    const { dato, tid } = datoTid(o.planlagt, l);
    const tema = p.samlinger.find((s) => s.nummer === o.nummer)?.tema[l] ?? '';
    const merknad = o.status === 'avlyst' ? ` (${tx.avlyst.toLowerCase()})` : '';
    add('P', `${ord} ${o.nummer}: ${dato} ${tx.kl} ${tid} – ${tema}${merknad}`, { size: 11, gap: 4 });
  }

  // One page per session.
  for (const o of k.okter) {
    pdf.addPage();
    const s = p.samlinger.find((x) => x.nummer === o.nummer);
    const { dato, tid } = datoTid(o.planlagt, l);
    add('P', `${p.navn[l]} · ${ord} ${o.nummer} ${tx.av} ${k.okter.length}`, {
      font: 'Sans-Bold',
      size: 10,
      color: '#1e5b8a',
      gap: 8,
    });
    add('H1', s?.tema[l] ?? `${ord} ${o.nummer}`, { font: 'Sans-Bold', size: 22, gap: 8 });
    add('P', `${dato}, ${tx.kl} ${tid}`, { font: 'Sans-Bold', size: 13, gap: 4 });
    if (o.status === 'avlyst') add('P', tx.avlyst, { font: 'Sans-Bold', size: 11, color: '#a4161a', gap: 4 });
    if (o.status === 'gjennomfort' && o.gjennomfort)
      add('P', `${tx.holdt} ${kortDato(o.gjennomfort, l)}`, { size: 11, color: '#2f6b2f', gap: 4 });
    pdf.moveDown(0.6);
    if (s) {
      add('H2', foreldre ? tx.malSamtale : tx.mal, { font: 'Sans-Bold', size: 12, gap: 3 });
      add('P', s.mal[l], { size: 11, gap: 10 });
      add('H2', tx.tenkPa, { font: 'Sans-Bold', size: 12, gap: 3 });
      add('P', s.tenkPaFor[l], { size: 11, gap: 12 });
    }
    add('H2', tx.notater, { font: 'Sans-Bold', size: 12, gap: 6 });
    // Ruled lines for handwriting are layout, not content.
    const bunn = pdf.page.height - 60;
    pdf.markContent('Artifact', { type: 'Layout' });
    pdf.lineWidth(0.5).strokeColor('#b0b0b0');
    for (let y = pdf.y + 22; y <= bunn; y += 26)
      pdf
        .moveTo(64, y)
        .lineTo(64 + width, y)
        .stroke();
    pdf.endMarkedContent();
  }
  root.end();
  pdf.end();
  return done;
}

/**
 * The sessions as an iCalendar file for the family's own calendar: one event per session not
 * cancelled, titled with the programme and the topic. No names of the child or the family and
 * no identity numbers, since calendar files travel to phones and shared calendars.
 */
export function bordkalenderIcs(k: Omit<Bordkalender, 'mottaker'>): string {
  const l = k.sprak;
  const p = k.program;
  const cal = icalGenerator({
    name: p.navn[l],
    method: ICalCalendarMethod.PUBLISH,
    prodId: '//Landsby//Program//NO',
  });
  // Times in UTC ("Z"): every calendar shows them in the reader's own time zone, right on both
  // sides of daylight saving, with no VTIMEZONE block to get wrong.
  for (const o of k.okter.filter((x) => x.status !== 'avlyst')) {
    const s = p.samlinger.find((x) => x.nummer === o.nummer);
    cal.createEvent({
      id: `${o.id}@landsby`,
      start: o.planlagt,
      end: new Date(o.planlagt.getTime() + VARIGHET_MINUTTER * 60_000),
      summary: `${p.navn[l]}: ${s?.tema[l] ?? o.nummer}`,
      description: s ? `${TEKST[l].tenkPa}: ${s.tenkPaFor[l]}` : undefined,
    });
  }
  return cal.toString();
}

/** Loads what the calendar needs for a run the actor may read, and audits the export. */
export async function kalenderFor(tx: Tx, actor: Actor, id: string, format: 'pdf' | 'ics', lang?: Locale) {
  const run = await openForlop(tx, actor, id, 'read');
  const program = programFor(run.programId);
  const sprak = lang ?? actor.sprak;
  const okter = await tx
    .select({
      id: programokt.id,
      nummer: programokt.nummer,
      planlagt: programokt.planlagt,
      status: programokt.status,
      gjennomfort: programokt.gjennomfort,
    })
    .from(programokt)
    .where(eq(programokt.forlopId, id))
    .orderBy(asc(programokt.nummer));
  const [tj] = await tx.select().from(tjeneste).where(eq(tjeneste.id, actor.tjenesteId));
  const tjenesteNavn = tj ? (sprak === 'nn' && tj.navnNn ? tj.navnNn : tj.navn) : '';
  let mottaker = '';
  if (run.fosterhjemId) {
    const [h] = await tx
      .select({ navn: fosterhjem.navn })
      .from(fosterhjem)
      .where(eq(fosterhjem.id, run.fosterhjemId));
    mottaker = h?.navn ?? '';
  } else if (run.familiemedlemId) {
    const [m] = await tx
      .select({ fornavn: familiemedlem.fornavn, etternavn: familiemedlem.etternavn })
      .from(familiemedlem)
      .where(eq(familiemedlem.id, run.familiemedlemId));
    mottaker = m ? `${m.fornavn} ${m.etternavn}` : '';
  }
  await auditBy(tx, actor, {
    handling: 'program.calendar_export',
    entitetType: 'programforlop',
    entitetId: id,
    detaljer: { barnId: run.barnId, programId: run.programId, format, sprak },
  });
  const filnavn = `${program.navn[sprak]} – ${TEKST[sprak].bordkalender.toLowerCase()}`;
  if (format === 'ics')
    return { data: bordkalenderIcs({ program, sprak, tjenesteNavn, okter }), filnavn: `${filnavn}.ics` };
  return {
    data: await bordkalenderPdf({ program, sprak, mottaker, tjenesteNavn, okter }),
    filnavn: `${filnavn}.pdf`,
  };
}
