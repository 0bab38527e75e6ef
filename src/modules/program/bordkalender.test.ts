import { describe, expect, it } from 'vitest';
import { planleggOkter } from '@/domain/program';
import { bordkalenderIcs, bordkalenderPdf, type KalenderOkt } from '@/modules/program/bordkalender';
import { lastProgrammer, type Program } from '@/modules/program/programFormat';

async function pdfPages(data: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(data) }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function okter(p: Program, start: string): KalenderOkt[] {
  return planleggOkter(start, p.planlegging, p.samlinger.length).map((planlagt, i) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    nummer: i + 1,
    planlagt,
    status: i === 0 ? 'gjennomfort' : i === 2 ? 'avlyst' : 'planlagt',
    gjennomfort: i === 0 ? start : null,
  }));
}

describe('the desk calendar', () => {
  for (const p of lastProgrammer().values()) {
    it(`${p.id}: a cover and one page per session, in bokmål and nynorsk`, async () => {
      const sider: Record<'nb' | 'nn', string[]> = { nb: [], nn: [] };
      for (const sprak of ['nb', 'nn'] as const) {
        const data = await bordkalenderPdf({
          program: p,
          sprak,
          mottaker: 'Familien Ødegård',
          tjenesteNavn: 'Øygarden kommune',
          okter: okter(p, '2026-02-10'),
        });
        const pages = await pdfPages(data);
        sider[sprak] = pages;
        expect(pages).toHaveLength(p.samlinger.length + 1);
        expect(pages[0]).toContain(norm(p.navn[sprak]));
        expect(pages[0]).toContain('Familien Ødegård');
        p.samlinger.forEach((s, i) => {
          const page = pages[i + 1] as string;
          expect(page).toContain(norm(s.tema[sprak]));
          expect(page).toContain(norm(s.tenkPaFor[sprak]).slice(0, 40));
          // The family's name only on the cover.
          expect(page).not.toContain('Ødegård');
        });
      }
      // The session pages' headings are in the chosen language.
      expect(sider.nb[1]).toContain('Tenk på før vi møtes');
      expect(sider.nn[1]).toContain('Tenk på før vi møtest');
      expect(sider.nb[1]).not.toBe(sider.nn[1]);
      expect(sider.nb[0]).toContain('Datoene');
      expect(sider.nn[0]).toContain('Datoane');
    }, 30_000);
  }

  it('shows the time in Norway across the change to summer time, and the day in the chosen language', async () => {
    const p = lastProgrammer().get('en_god_start') as Program;
    const pages = await pdfPages(
      await bordkalenderPdf({
        program: p,
        sprak: 'nn',
        mottaker: 'Familien Ødegård',
        tjenesteNavn: 'Øygarden kommune',
        okter: okter(p, '2026-02-10'),
      }),
    );
    expect(pages[2]).toContain('Tysdag 24. mars 2026, kl. 18:00');
    expect(pages[3]).toContain('Fredag 24. april 2026, kl. 18:00');
    expect(pages[3]).toContain('Avlyst');
  });

  it('the iCalendar file has one event per session not cancelled, and no names', () => {
    const p = lastProgrammer().get('en_god_start') as Program;
    const ics = bordkalenderIcs({
      program: p,
      sprak: 'nb',
      tjenesteNavn: 'Øygarden kommune',
      okter: okter(p, '2026-02-10'),
    });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(ics).toContain(`SUMMARY:${p.navn.nb}: ${p.samlinger[0]?.tema.nb}`.slice(0, 60));
    expect(ics).not.toContain('Ødegård');
    // 18:00 in Norway: 17:00 UTC before summer time, 16:00 UTC after.
    expect(ics).toContain('DTSTART:20260324T170000Z');
    expect(ics).toContain('DTSTART:20260524T160000Z');
  });
});
