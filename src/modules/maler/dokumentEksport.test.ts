import { describe, expect, it } from 'vitest';
import { tilDocx, tilPdf } from '@/modules/maler/dokumentEksport';
import { lastMaler } from '@/modules/maler/malFormat';

async function pdfText(data: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(data) }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    parts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return parts.join('\n').replace(/\s+/g, ' ');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('every template in the library exports in bokmål and nynorsk', () => {
  for (const mal of lastMaler().values()) {
    for (const sprak of ['nb', 'nn'] as const) {
      it(`${mal.id} (${sprak})`, async () => {
        const doc = {
          id: '00000000-0000-4000-8000-000000000001',
          tittel: `${mal.tittel[sprak]} – Åse Ødegård`,
          malId: mal.id,
          malVersjon: mal.versjon,
          mal,
          sprak,
          innhold: {},
          status: 'ferdig' as const,
          versjon: 1,
          revisjon: 1,
          barnId: '00000000-0000-4000-8000-000000000002',
          fosterhjemId: null,
          familiemedlemId: null,
          rekrutteringssakId: null,
          oppgaveId: null,
          forfatter: { id: '00000000-0000-4000-8000-000000000003', navn: 'Kåre Æsøy' },
          ferdigstilt: '2026-11-01T10:00:00Z',
          ferdigstiltAv: null,
          godkjent: null,
          godkjentAv: null,
          returKommentar: null,
          opprettet: '2026-10-01T10:00:00Z',
          endret: '2026-11-01T10:00:00Z',
          kanEndre: false,
          kanGodkjenne: false,
        };
        const text = await pdfText(await tilPdf(doc, 'Øygarden kommune'));
        expect(text).toContain('Åse Ødegård');
        expect(text).toContain('Kåre Æsøy');
        for (const s of mal.seksjoner.filter((x) => !x.intern)) expect(text).toContain(norm(s.tittel[sprak]));
        const docx = await tilDocx(doc, 'Øygarden kommune');
        expect(docx.subarray(0, 2).toString()).toBe('PK');
      });
    }
  }
});
