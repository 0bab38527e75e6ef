import { createRequire } from 'node:module';
import { and, asc, eq, gte } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import type { Tx } from '@/db/client';
import { samvaer, users } from '@/db/schema';
import { kallenavn, planPaDato, type SamvaerTilsyn } from '@/domain/samvaer';
import { openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { somKlokkeslett } from '@/modules/samvaer/samvaer';
import { familiemedlemAv, planerFor } from '@/modules/samvaer/samvaersplan';
import type { Locale } from '@/server/i18n';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** How many coming sessions the letter lists. */
export const BREV_ANTALL = 6;

export type BrevOkt = {
  dato: string;
  /** 'HH:MM', when the caseworker has set the time of day. */
  fraKl: string | null;
  tilKl: string | null;
  sted: string | null;
  varighetTimer: number | null;
  tilsyn: SamvaerTilsyn | null;
};

export type BrevInnhold = {
  sprak: Locale;
  /** The child's first name only: the letter carries no surname and no identity number. */
  fornavn: string;
  /** "mamma", "pappa", or a relative's first name. */
  hvem: string;
  okter: BrevOkt[];
  /** The contact person's name, for "who you can ask". */
  kontaktperson: string | null;
};

/** The letter's words, written for a child: short sentences, plain words, no case language. */
const TEKST = {
  nb: {
    tittel: (hvem: string) => `Når ser jeg ${hvem} neste gang?`,
    hei: (navn: string) => `Hei, ${navn}!`,
    intro: (hvem: string) => `Her er de neste dagene du skal være sammen med ${hvem}.`,
    ingen: (hvem: string) =>
      `Den neste dagen du skal være sammen med ${hvem}, er ikke bestemt ennå. Når den er bestemt, får du vite det.`,
    hvor: 'Hvor',
    hvorLenge: 'Hvor lenge',
    klokka: (fra: string, til: string | null) => (til ? `Fra klokka ${fra} til ${til}` : `Klokka ${fra}`),
    timer: (n: number) => (n === 1 ? '1 time' : n >= 24 && n % 24 === 0 ? dagerNb(n / 24) : `${n} timer`),
    voksen: 'En voksen er med dere og hjelper til.',
    sporsmal: (kp: string | null) =>
      kp
        ? `Hvis du lurer på noe, kan du spørre de voksne der du bor, eller ${kp}, som er kontaktpersonen din i barnevernet.`
        : 'Hvis du lurer på noe, kan du spørre de voksne der du bor, eller kontaktpersonen din i barnevernet.',
    hilsen: 'Vi gleder oss på dine vegne!',
  },
  nn: {
    tittel: (hvem: string) => `Når ser eg ${hvem} neste gong?`,
    hei: (navn: string) => `Hei, ${navn}!`,
    intro: (hvem: string) => `Her er dei neste dagane du skal vere saman med ${hvem}.`,
    ingen: (hvem: string) =>
      `Den neste dagen du skal vere saman med ${hvem}, er ikkje bestemt enno. Når han er bestemt, får du vite det.`,
    hvor: 'Kvar',
    hvorLenge: 'Kor lenge',
    klokka: (fra: string, til: string | null) => (til ? `Frå klokka ${fra} til ${til}` : `Klokka ${fra}`),
    timer: (n: number) => (n === 1 ? '1 time' : n >= 24 && n % 24 === 0 ? dagerNn(n / 24) : `${n} timar`),
    voksen: 'Ein vaksen er med dykk og hjelper til.',
    sporsmal: (kp: string | null) =>
      kp
        ? `Om du lurer på noko, kan du spørje dei vaksne der du bur, eller ${kp}, som er kontaktpersonen din i barnevernet.`
        : 'Om du lurer på noko, kan du spørje dei vaksne der du bur, eller kontaktpersonen din i barnevernet.',
    hilsen: 'Vi gler oss på dine vegner!',
  },
} as const;

function dagerNb(n: number) {
  return n === 1 ? '1 dag' : `${n} dager`;
}
function dagerNn(n: number) {
  return n === 1 ? '1 dag' : `${n} dagar`;
}

/** "Lørdag 12. desember": the weekday spelled out, as a child reads a calendar. */
export function brevDato(dato: string, sprak: Locale): string {
  const tekst = new Intl.DateTimeFormat(sprak === 'nn' ? 'nn-NO' : 'nb-NO', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${dato}T12:00:00Z`));
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/** A tagged, accessible PDF (structure tree, language, title) in large, friendly type. */
export function brevPdf(innhold: BrevInnhold): Promise<Buffer> {
  const l = innhold.sprak;
  const tx = TEKST[l];
  const tittel = tx.tittel(innhold.hvem);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    pdfVersion: '1.7',
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    displayTitle: true,
    lang: l === 'nn' ? 'nn-NO' : 'nb-NO',
    info: { Title: tittel, Creator: 'Landsby' },
  });
  pdf.registerFont('Sans', FONT);
  pdf.registerFont('Sans-Bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  // A soft band across the top: decoration, marked as an artifact outside the structure tree.
  pdf.markContent('Artifact', { type: 'Layout' });
  pdf.rect(0, 0, pdf.page.width, 36).fill('#ffd28a');
  pdf.circle(pdf.page.width - 90, 110, 34).fill('#ffe7bd');
  pdf.endMarkedContent();

  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const add = (
    type: 'H1' | 'H2' | 'P',
    text: string,
    style: { font: string; size: number; gap?: number; color?: string },
  ) => {
    root.add(
      pdf.struct(type, {}, () => {
        pdf
          .font(style.font)
          .fontSize(style.size)
          .fillColor(style.color ?? '#1a1a1a')
          .text(text, { paragraphGap: style.gap ?? 6, lineGap: 3 });
      }),
    );
  };

  add('H1', tittel, { font: 'Sans-Bold', size: 28, gap: 18, color: '#1f3a5f' });
  add('P', tx.hei(innhold.fornavn), { font: 'Sans-Bold', size: 20, gap: 10 });
  if (innhold.okter.length === 0) {
    add('P', tx.ingen(innhold.hvem), { font: 'Sans', size: 17, gap: 16 });
  } else {
    add('P', tx.intro(innhold.hvem), { font: 'Sans', size: 17, gap: 16 });
    for (const okt of innhold.okter) {
      pdf.moveDown(0.3);
      add('H2', brevDato(okt.dato, l), { font: 'Sans-Bold', size: 22, gap: 4, color: '#7a3e00' });
      if (okt.fraKl) add('P', tx.klokka(okt.fraKl, okt.tilKl), { font: 'Sans', size: 16, gap: 2 });
      if (okt.sted) add('P', `${tx.hvor}: ${okt.sted}`, { font: 'Sans', size: 16, gap: 2 });
      // A start and an end already say how long; the plan's usual length is for the untimed ones.
      if (okt.varighetTimer && !(okt.fraKl && okt.tilKl))
        add('P', `${tx.hvorLenge}: ${tx.timer(okt.varighetTimer)}`, { font: 'Sans', size: 16, gap: 2 });
      if (okt.tilsyn && okt.tilsyn !== 'uten') add('P', tx.voksen, { font: 'Sans', size: 16, gap: 2 });
    }
  }
  pdf.moveDown(1);
  add('P', tx.sporsmal(innhold.kontaktperson), { font: 'Sans', size: 16, gap: 12 });
  add('P', tx.hilsen, { font: 'Sans-Bold', size: 17 });
  root.end();
  pdf.end();
  return done;
}

/**
 * "Når ser jeg mamma neste gang?": a letter for the child with the next planned sessions with
 * one parent or relative (seeds/003 §5.9.1, P6 «Mal for samvær»: no child should wonder when
 * they will see their parents again). Only first names; the download is audited.
 */
export async function samvaerBrev(
  tx: Tx,
  actor: Actor,
  barnId: string,
  familiemedlemId: string,
  sprak: Locale,
) {
  const { barn } = await openBarn(tx, actor, barnId, 'read');
  const medlem = await familiemedlemAv(tx, barnId, familiemedlemId);
  const planer = await planerFor(tx, barnId, familiemedlemId);
  const okter = await tx
    .select({ dato: samvaer.dato, fraKl: samvaer.fraKl, tilKl: samvaer.tilKl })
    .from(samvaer)
    .where(
      and(
        eq(samvaer.familiemedlemId, familiemedlemId),
        eq(samvaer.status, 'planlagt'),
        gte(samvaer.dato, osloToday()),
      ),
    )
    .orderBy(asc(samvaer.dato))
    .limit(BREV_ANTALL);
  const [kp] = barn.kontaktpersonId
    ? await tx.select({ navn: users.navn }).from(users).where(eq(users.id, barn.kontaktpersonId))
    : [];
  const innhold: BrevInnhold = {
    sprak,
    fornavn: barn.fornavn,
    hvem: kallenavn(medlem.relasjon, medlem.fornavn)[sprak],
    okter: okter.map((o) => {
      const plan = planPaDato(planer, o.dato);
      return {
        dato: o.dato,
        fraKl: somKlokkeslett(o.fraKl),
        tilKl: somKlokkeslett(o.tilKl),
        sted: plan?.sted ?? null,
        varighetTimer: plan?.varighetTimer ?? null,
        tilsyn: plan?.tilsyn ?? null,
      };
    }),
    kontaktperson: kp?.navn ?? null,
  };
  await auditBy(tx, actor, {
    handling: 'samvaer.letter',
    entitetType: 'barn',
    entitetId: barnId,
    detaljer: { familiemedlemId, sprak, antall: innhold.okter.length },
  });
  return { data: await brevPdf(innhold), filnavn: `${TEKST[sprak].tittel(innhold.hvem)}.pdf` };
}
