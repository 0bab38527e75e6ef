import ExcelJS from 'exceljs';
import type { Maal } from '@/modules/innsikt/innsikt';
import type { ProduktBruk, SamarbeidInnsikt } from '@/modules/innsikt/innsikt.schema';
import type { Fidelity } from '@/modules/program/program.schema';
import { type Locale, t } from '@/server/i18n';

type Kolonne = { navn: string; maal: Maal };

/** One row per measure, one column per team or service: the same figures the pages show. */
export function tabell(kolonner: Kolonne[], locale: Locale): (string | number | null)[][] {
  const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  const rader: [string, (m: Maal) => number | null][] = [
    ['plasseringer', (m) => m.flytting.plasseringer],
    ['barn', (m) => m.flytting.barn],
    ['plasseringsar', (m) => m.flytting.plasseringsar],
    ['avsluttet', (m) => m.flytting.avsluttet],
    ['utilsiktet', (m) => m.flytting.utilsiktet],
    ['utilsiktetPer100Ar', (m) => m.flytting.utilsiktetPer100Ar],
    ['utilsiktetAndel', (m) => pct(m.flytting.utilsiktetAndel)],
    ['forsteArAndel', (m) => pct(m.flytting.forsteAr.andel)],
    ['medianDager', (m) => m.medianDager],
    ['oppfolgingsbesok', (m) => pct(m.etterlevelse.oppfolgingsbesok.andel)],
    ['tilsynsbesok', (m) => pct(m.etterlevelse.tilsynsbesok.andel)],
    ['tilsynsrapporter', (m) => pct(m.etterlevelse.tilsynsrapporter.andel)],
  ];
  return [
    [t(locale, 'innsikt.maal'), ...kolonner.map((k) => k.navn)],
    ...rader.map(([key, get]) => [t(locale, `innsikt.${key}`), ...kolonner.map((k) => get(k.maal))]),
  ];
}

type Rad = (string | number | null)[];

/** Programme fidelity, one row per programme: counts, hidden (empty) where fewer than five. */
export function programTabell(f: Fidelity, locale: Locale): Rad[] {
  const kol = ['startet', 'akseptert', 'avslatt', 'avbrutt', 'alleGjennomfort', 'alleITide'] as const;
  return [
    [t(locale, 'innsikt.program'), ...kol.map((k) => t(locale, `innsikt.${k}`))],
    ...f.programmer.map((p) => [p.programNavn, ...kol.map((k) => p[k])]),
  ];
}

/** The adopted products and their use in the period. */
export function produktTabell(b: ProduktBruk, locale: Locale): Rad[] {
  return [
    [
      t(locale, 'innsikt.produkt'),
      t(locale, 'innsikt.tattIBruk'),
      t(locale, 'innsikt.dokumenter'),
      t(locale, 'innsikt.ferdige'),
      t(locale, 'innsikt.samlinger'),
    ],
    ...b.produkter.map((p) => [p.tittel, p.adoptertDato, p.dokumenter, p.ferdigeDokumenter, p.samlinger]),
  ];
}

type SamarbeidTjeneste = Pick<
  SamarbeidInnsikt['samarbeid'][number]['tjenester'][number],
  'navn' | 'program' | 'produkter'
>;

/**
 * A collaboration's programme fidelity and product use per service, as its page shows them:
 * the programme counts come already suppressed (1 to 4 hidden, left empty), the product counts
 * are counts of products, and the page's explanation follows the table.
 */
export function samarbeidProgramTabell(navn: string, tjenester: SamarbeidTjeneste[], locale: Locale): Rad[] {
  const programmer = tjenester[0]?.program ?? [];
  const kol = ['startet', 'alleGjennomfort', 'alleITide'] as const;
  const tekst = (key: string) => t(locale, `innsikt.samarbeidProgram.${key}`, { navn });
  return [
    [tekst('tittel')],
    [
      tekst('tjeneste'),
      ...programmer.flatMap((p) => kol.map((k) => `${p.programNavn}: ${t(locale, `innsikt.${k}`)}`)),
      tekst('adoptert'),
      tekst('iBruk'),
    ],
    ...tjenester.map((s) => [
      s.navn,
      ...programmer.flatMap((p) => {
        const rad = s.program.find((x) => x.programId === p.programId);
        return kol.map((k) => rad?.[k] ?? null);
      }),
      s.produkter.adoptert,
      s.produkter.iBruk,
    ]),
    [tekst('forklaring')],
  ];
}

const csvCelle = (v: string | number | null) => {
  if (v === null) return '';
  const s = String(v);
  // Quote, and keep spreadsheet programs from treating a leading =, +, - or @ as a formula.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
};

/** Semicolon-separated, UTF-8 with BOM: opens correctly in Norwegian Excel. */
export function tilCsv(rader: (string | number | null)[][]): Buffer {
  return Buffer.from(`\uFEFF${rader.map((r) => r.map(csvCelle).join(';')).join('\r\n')}\r\n`, 'utf8');
}

export async function tilXlsx(rader: (string | number | null)[][], tittel: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Landsby';
  const ws = wb.addWorksheet(tittel.slice(0, 31));
  for (const r of rader) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = i === 0 ? 48 : 22;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
