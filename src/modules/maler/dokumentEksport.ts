import { createRequire } from 'node:module';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import type { Tx } from '@/db/client';
import { type BarnetsStemme, type FeltType, type Sjekkpunkt, somTekst } from '@/domain/dokumentInnhold';
import { saksreferanse } from '@/modules/arshjul/kalender';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';
import { getDokument } from '@/modules/maler/dokumentVisning';
import type { Felt, Mal } from '@/modules/maler/malFormat';
import { type Locale, t } from '@/server/i18n';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

type Eksport = Awaited<ReturnType<typeof getDokument>>;

const dato = (iso: string | null, locale: Locale) =>
  iso
    ? new Intl.DateTimeFormat(locale === 'nn' ? 'nn-NO' : 'nb-NO', {
        dateStyle: 'long',
        timeZone: 'Europe/Oslo',
      }).format(new Date(iso))
    : '';

/** The document's heading facts: service, case reference, author, dates, template and version. */
function metadata(doc: Eksport, tjenesteNavn: string) {
  const l = doc.sprak;
  const sak = doc.barnId ?? doc.fosterhjemId ?? doc.familiemedlemId ?? doc.rekrutteringssakId ?? doc.id;
  return [
    [t(l, 'dokument.tjeneste'), tjenesteNavn],
    [t(l, 'dokument.sak'), saksreferanse(sak)],
    [t(l, 'dokument.forfatter'), doc.forfatter?.navn ?? ''],
    [t(l, 'dokument.opprettet'), dato(doc.opprettet, l)],
    [t(l, 'dokument.ferdigstilt'), dato(doc.ferdigstilt, l)],
    [t(l, 'dokument.godkjent'), doc.godkjentAv ? `${doc.godkjentAv.navn}, ${dato(doc.godkjent, l)}` : ''],
    [
      t(l, 'dokument.mal'),
      `${doc.mal.tittel[l]} (${doc.malId}), ${t(l, 'dokument.versjon')} ${doc.malVersjon}`,
    ],
    [
      t(l, 'dokument.status'),
      `${t(l, `dokumentStatus.${doc.status}`)}, ${t(l, 'dokument.versjon')} ${doc.versjon}`,
    ],
  ].filter(([, v]) => v) as [string, string][];
}

/** A field's value as the lines the exported document shows. */
function linjer(f: Felt, v: unknown, l: Locale): { etikett?: string; tekst: string }[] {
  if (f.type === 'barnets_stemme') {
    const s = (v ?? {}) as Partial<BarnetsStemme>;
    return [
      { etikett: t(l, 'dokument.barnetsOrd'), tekst: s.ord?.trim() || t(l, 'dokument.ikkeUtfylt') },
      {
        etikett: t(l, 'dokument.medvirkning'),
        tekst: s.medvirkning ? t(l, `medvirkning.${s.medvirkning}`) : t(l, 'dokument.ikkeUtfylt'),
      },
      { etikett: t(l, 'dokument.vektlegging'), tekst: s.vektlegging?.trim() || t(l, 'dokument.ikkeUtfylt') },
    ];
  }
  const label = (verdi: string) => f.valg?.find((x) => x.verdi === verdi)?.etikett[l] ?? verdi;
  if (f.type === 'sjekkliste') {
    const punkter = (v ?? {}) as Record<string, Sjekkpunkt>;
    return (f.valg ?? []).map((x) => {
      const p = punkter[x.verdi];
      return { tekst: `${p?.ok ? '☑' : '☐'} ${x.etikett[l]}${p?.kommentar ? ` – ${p.kommentar}` : ''}` };
    });
  }
  const tekst = somTekst(f.type as FeltType, v, label);
  return [{ tekst: tekst || t(l, 'dokument.ikkeUtfylt') }];
}

/** A tagged, accessible PDF (PDF/UA structure tree, language, title) with an embedded font. */
export function tilPdf(doc: Eksport, tjenesteNavn: string): Promise<Buffer> {
  const l = doc.sprak;
  const mal = doc.mal as Mal;
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 60, bottom: 70, left: 64, right: 64 },
    pdfVersion: '1.7',
    // pdfkit 0.20 writes PDF/UA; its community types only know the PDF/A subsets.
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    displayTitle: true,
    lang: l === 'nn' ? 'nn-NO' : 'nb-NO',
    bufferPages: true,
    info: {
      Title: doc.tittel,
      Author: doc.forfatter?.navn ?? '',
      Subject: `${mal.tittel[l]} – ${tjenesteNavn}`,
      Keywords: `Landsby; ${doc.malId}; mal versjon ${doc.malVersjon}; ${saksreferanse(doc.barnId ?? doc.fosterhjemId ?? doc.id)}`,
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
  const add = (
    type: 'H1' | 'H2' | 'H3' | 'P',
    text: string,
    style: { font: string; size: number; gap?: number; color?: string },
  ) => {
    root.add(
      pdf.struct(type, {}, () => {
        pdf
          .font(style.font)
          .fontSize(style.size)
          .fillColor(style.color ?? '#1a1a1a')
          .text(text, { paragraphGap: style.gap ?? 4 });
      }),
    );
  };
  if (doc.status === 'utkast')
    add('P', t(l, 'dokument.utkast'), { font: 'Sans-Bold', size: 10, color: '#a4161a' });
  add('H1', doc.tittel, { font: 'Sans-Bold', size: 18, gap: 8 });
  for (const [k, v] of metadata(doc, tjenesteNavn))
    add('P', `${k}: ${v}`, { font: 'Sans', size: 9, gap: 1, color: '#444444' });
  pdf.moveDown(0.8);
  add('P', mal.formal[l], { font: 'Sans', size: 10, gap: 10, color: '#333333' });
  for (const s of mal.seksjoner.filter((x) => !x.intern)) {
    pdf.moveDown(0.5);
    add('H2', s.tittel[l], { font: 'Sans-Bold', size: 13, gap: 4 });
    for (const f of s.felter) {
      add('H3', f.etikett[l], { font: 'Sans-Bold', size: 10, gap: 2 });
      for (const linje of linjer(f, doc.innhold[f.id], l)) {
        add('P', linje.etikett ? `${linje.etikett}: ${linje.tekst}` : linje.tekst, {
          font: 'Sans',
          size: 10,
          gap: 6,
        });
      }
    }
  }
  // Page numbers are layout, not content: marked as artifacts outside the structure tree.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    pdf.markContent('Artifact', { type: 'Pagination' });
    pdf
      .font('Sans')
      .fontSize(8)
      .fillColor('#666666')
      .text(`${doc.tittel} – ${t(l, 'dokument.side', { side: i + 1, sider: range.count })}`, 64, 800, {
        width: 467,
        align: 'center',
        lineBreak: false,
      });
    pdf.endMarkedContent();
  }
  root.end();
  pdf.end();
  return done;
}

/** A DOCX with Word heading styles, for workers who edit further in Word. */
export function tilDocx(doc: Eksport, tjenesteNavn: string): Promise<Buffer> {
  const l = doc.sprak;
  const mal = doc.mal as Mal;
  const children: Paragraph[] = [];
  if (doc.status === 'utkast')
    children.push(new Paragraph({ children: [new TextRun({ text: t(l, 'dokument.utkast'), bold: true })] }));
  children.push(new Paragraph({ text: doc.tittel, heading: HeadingLevel.TITLE }));
  for (const [k, v] of metadata(doc, tjenesteNavn)) {
    children.push(new Paragraph({ children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)] }));
  }
  children.push(new Paragraph({ text: mal.formal[l] }));
  for (const s of mal.seksjoner.filter((x) => !x.intern)) {
    children.push(new Paragraph({ text: s.tittel[l], heading: HeadingLevel.HEADING_1 }));
    for (const f of s.felter) {
      children.push(new Paragraph({ text: f.etikett[l], heading: HeadingLevel.HEADING_2 }));
      for (const linje of linjer(f, doc.innhold[f.id], l)) {
        const runs = linje.etikett ? [new TextRun({ text: `${linje.etikett}: `, bold: true })] : [];
        const lines = linje.tekst.split('\n');
        for (const [i, line] of lines.entries()) runs.push(new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
        children.push(new Paragraph({ children: runs, alignment: AlignmentType.LEFT }));
      }
    }
  }
  const file = new Document({
    creator: 'Landsby',
    title: doc.tittel,
    subject: mal.tittel[l],
    keywords: `${doc.malId}; ${saksreferanse(doc.barnId ?? doc.fosterhjemId ?? doc.id)}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(file);
}

/** Exports a document the actor may read; the export is audited. */
export async function eksporter(
  tx: Tx,
  actor: Actor,
  id: string,
  format: 'pdf' | 'docx',
  tjenesteNavn: string,
) {
  const doc = await getDokument(tx, actor, id);
  await auditBy(tx, actor, {
    handling: 'dokument.export',
    entitetType: 'dokument',
    entitetId: id,
    detaljer: { format },
  });
  const data = format === 'pdf' ? await tilPdf(doc, tjenesteNavn) : await tilDocx(doc, tjenesteNavn);
  return { data, filnavn: `${doc.tittel}.${format}` };
}
