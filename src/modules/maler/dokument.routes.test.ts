import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let kp: Session;
let teamleder: Session;
let annen: Session;
let kollega: Session;
let barnId: string;
let hjemId: string;
const today = osloToday();

async function pdfText(
  data: Buffer,
): Promise<{ text: string; info: Record<string, unknown>; lang: string | null }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    text += `${content.items.map((it) => ('str' in it ? it.str : '')).join(' ')}\n`;
  }
  const meta = await pdf.getMetadata();
  const markInfo = await pdf.getMarkInfo();
  expect(markInfo?.Marked).toBe(true);
  const tree = await (await pdf.getPage(1)).getStructTree();
  expect(tree?.children?.length ?? 0).toBeGreaterThan(0);
  return {
    text,
    info: meta.info as Record<string, unknown>,
    lang: (meta.info as { Language?: string }).Language ?? null,
  };
}

/** Every required field of a document's template filled in. */
type Felt = { id: string; type: string; pakrevd?: boolean; valg?: { verdi: string }[] };
function utfylt(doc: { mal: { seksjoner: { felter: Felt[] }[] } }) {
  const filled: Record<string, unknown> = {};
  for (const s of doc.mal.seksjoner) {
    for (const f of s.felter) {
      if (!f.pakrevd) continue;
      filled[f.id] =
        f.type === 'barnets_stemme'
          ? { ord: 'Vil bo her.', medvirkning: '1.1', vektlegging: 'Vektlagt.' }
          : f.type === 'flervalg' || f.type === 'personer'
            ? f.type === 'personer'
              ? [{ navn: 'Mor' }]
              : [f.valg?.[0]?.verdi]
            : f.type === 'sjekkliste'
              ? { [f.valg?.[0]?.verdi ?? 'a']: { ok: true } }
              : f.type === 'valg'
                ? f.valg?.[0]?.verdi
                : f.type === 'dato'
                  ? today
                  : 'Utfylt tekst.';
    }
  }
  return filled;
}

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.bergen');
  teamleder = await t.login('teamleder.bergen');
  annen = await t.login('leder.hv');
  kollega = await t.login('veileder.bergen');
  barnId = (
    await t.send(kp, 'POST', '/api/children', {
      fornavn: 'Åsmund',
      etternavn: 'Ødegård',
      fodselsdato: '2014-02-02',
    })
  ).json().id;
  hjemId = (
    await t.send(kp, 'POST', '/api/foster-homes', { navn: 'Familien Ærø', adresse: 'Bakkegata 3' })
  ).json().id;
  const home = hjemId;
  await dokumenterNettverkssok(t, kp, barnId);
  await t.send(kp, 'POST', `/api/children/${barnId}/placements`, {
    fosterhjemId: home,
    innflytting: addMonths(today, -4),
    plasseringstype: 'ordinaer',
    hjemmel: 'bvl_5_1',
  });
});
afterAll(() => t.close());

const fyll = {
  dato: addMonths(today, -2),
  alene: 'ja',
  informert: { bruk: { ok: true }, neste: { ok: true, kommentar: 'Om tre måneder' } },
  hverdag: 'Trives godt, blåbærturer med fosterfar.',
  stemme: {
    ord: 'Jeg liker å bo her, men savner lillesøster.',
    medvirkning: '1.1',
    vektlegging: 'Vektlagt tungt.',
  },
  vurdering: 'God og forsvarlig omsorg; ingen endringer nå.',
};

describe('a document from the conversation template', () => {
  let id: string;
  let revisjon: number;

  it('starts a draft with a snapshot of the template and saves as the worker types', async () => {
    const res = await t.send(kp, 'POST', '/api/documents', { malId: 'samtale_med_barn', barnId });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const doc = (await t.send(kp, 'GET', `/api/documents/${id}`)).json();
    expect(doc).toMatchObject({ status: 'utkast', versjon: 1, revisjon: 1, malVersjon: 2, kanEndre: true });
    expect(doc.tittel).toBe('Samtale med barnet under oppfølgingsbesøk – Åsmund Ødegård');
    expect(doc.mal.seksjoner.length).toBeGreaterThan(2);

    const saved = await t.send(kp, 'PUT', `/api/documents/${id}/content`, {
      innhold: { hverdag: 'Første utkast.' },
      revisjon: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    revisjon = saved.json().revisjon;
    expect(revisjon).toBe(2);
  });

  it('detects a concurrent edit: a save based on an old revision is refused', async () => {
    const stale = await t.send(teamleder, 'PUT', `/api/documents/${id}/content`, {
      innhold: { hverdag: 'Annet' },
      revisjon: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
  });

  it('will not finalise with required fields empty or without how the child took part', async () => {
    const res = await t.send(kp, 'POST', `/api/documents/${id}/finalise`, { revisjon });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'dato',
      'alene',
      'stemme',
      'vurdering',
    ]);
    const noCode = { ...fyll, stemme: { ...fyll.stemme, medvirkning: '' } };
    revisjon = (await t.send(kp, 'PUT', `/api/documents/${id}/content`, { innhold: noCode, revisjon })).json()
      .revisjon;
    const again = await t.send(kp, 'POST', `/api/documents/${id}/finalise`, { revisjon });
    expect(again.json().errors).toEqual([
      {
        field: 'stemme.medvirkning',
        code: 'medvirkning_required',
        message: 'Oppgi hvordan barnet medvirket.',
      },
    ]);
  });

  it('finalises, locks, and completes the follow-up visit in the årshjul', async () => {
    const before = (
      (await t.send(kp, 'GET', '/api/tasks')).json().items as { barn: { id: string }; status: string }[]
    ).filter((x) => x.barn.id === barnId && x.status === 'forfalt').length;
    const task = (
      (await t.send(kp, 'GET', '/api/tasks')).json().items as {
        id: string;
        regel: string;
        barn: { id: string };
      }[]
    ).find((x) => x.barn.id === barnId && x.regel === 'oppfolgingsbesok');
    // A new document linked to the task this time.
    const linked = (
      await t.send(kp, 'POST', '/api/documents', { malId: 'samtale_med_barn', barnId, oppgaveId: task?.id })
    ).json().id;
    const rev = (
      await t.send(kp, 'PUT', `/api/documents/${linked}/content`, { innhold: fyll, revisjon: 1 })
    ).json().revisjon;
    const res = await t.send(kp, 'POST', `/api/documents/${linked}/finalise`, { revisjon: rev });
    expect(res.json()).toEqual({ status: 'ferdig' });
    const locked = await t.send(kp, 'PUT', `/api/documents/${linked}/content`, {
      innhold: fyll,
      revisjon: rev + 1,
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('document_locked');
    const after = (
      (await t.send(kp, 'GET', '/api/tasks')).json().items as { barn: { id: string }; status: string }[]
    ).filter((x) => x.barn.id === barnId && x.status === 'forfalt').length;
    expect(after).toBe(before - 1);
  });

  it('exports a tagged, accessible PDF with æøå, every heading and the metadata', async () => {
    revisjon = (await t.send(kp, 'PUT', `/api/documents/${id}/content`, { innhold: fyll, revisjon })).json()
      .revisjon;
    await t.send(kp, 'POST', `/api/documents/${id}/finalise`, { revisjon });
    const res = await t.send(kp, 'GET', `/api/documents/${id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''Samtale%20med%20barnet");
    const { text, info, lang } = await pdfText(res.rawPayload);
    for (const heading of [
      'Rammer for samtalen',
      'Temaer i samtalen',
      'Barnets stemme',
      'Vurdering og videre oppfølging',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Åsmund Ødegård');
    expect(text).toContain('blåbærturer');
    expect(text).toContain('Samtale med barnet');
    expect(info.Title).toBe('Samtale med barnet under oppfølgingsbesøk – Åsmund Ødegård');
    expect(String(info.Keywords)).toMatch(/samtale_med_barn; mal versjon 2; B-[0-9A-F]{6}/);
    expect(lang).toBe('nb-NO');
    // Guidance is for the writer, not part of the document.
    expect(text).not.toContain('Bruk temaene som en huskeliste');
  });

  it('exports a DOCX holding the text', async () => {
    const res = await t.send(kp, 'GET', `/api/documents/${id}/docx`);
    expect(res.statusCode).toBe(200);
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(res.rawPayload))['word/document.xml']);
    expect(xml).toContain('Rammer for samtalen');
    expect(xml).toContain('Jeg liker å bo her, men savner lillesøster.');
  });

  it('reopening a finished document starts version 2, and the history shows a readable diff', async () => {
    expect((await t.send(kp, 'POST', `/api/documents/${id}/reopen`)).statusCode).toBe(204);
    const doc = (await t.send(kp, 'GET', `/api/documents/${id}`)).json();
    expect(doc).toMatchObject({ status: 'utkast', versjon: 2 });
    await t.send(kp, 'PUT', `/api/documents/${id}/content`, {
      innhold: { ...fyll, hverdag: 'Trives godt, blåbærturer og fisketurer med fosterfar.' },
      revisjon: doc.revisjon,
    });
    const revs = (await t.send(kp, 'GET', `/api/documents/${id}/revisions`)).json().items;
    const first = revs.find((r: { status: string }) => r.status === 'ferdig');
    const last = revs.at(-1);
    const diff = (await t.send(kp, 'GET', `/api/documents/${id}/diff?fra=${first.id}&til=${last.id}`)).json();
    expect(diff.felter).toEqual([
      expect.objectContaining({
        feltId: 'hverdag',
        deler: expect.arrayContaining([{ type: 'lagt_til', tekst: expect.stringContaining('fisketurer') }]),
      }),
    ]);
  });
});

describe('approval and access', () => {
  it('a plan needing approval goes to the team leader, who cannot approve their own', async () => {
    const maler = (await t.send(kp, 'GET', '/api/templates')).json().items as {
      id: string;
      godkjenning: boolean;
      gjelder: string;
    }[];
    const plan = maler.find((m) => m.godkjenning && m.gjelder === 'barn');
    expect(plan).toBeDefined();
    if (!plan) return;
    const id = (await t.send(kp, 'POST', '/api/documents', { malId: plan.id, barnId })).json().id;
    const doc = (await t.send(kp, 'GET', `/api/documents/${id}`)).json();
    const filled = utfylt(doc);
    const rev = (
      await t.send(kp, 'PUT', `/api/documents/${id}/content`, { innhold: filled, revisjon: 1 })
    ).json().revisjon;
    expect((await t.send(kp, 'POST', `/api/documents/${id}/finalise`, { revisjon: rev })).json()).toEqual({
      status: 'til_godkjenning',
    });
    expect((await t.send(kp, 'POST', `/api/documents/${id}/approve`)).statusCode).toBe(403);
    const waiting = (
      await t.send(teamleder, 'POST', '/api/documents/search', { status: 'til_godkjenning' })
    ).json().items;
    expect(waiting.map((d: { id: string }) => d.id)).toContain(id);
    expect((await t.send(teamleder, 'GET', `/api/documents/${id}`)).json().kanGodkjenne).toBe(true);
    expect((await t.send(teamleder, 'POST', `/api/documents/${id}/approve`)).statusCode).toBe(204);
    const approved = (await t.send(kp, 'GET', `/api/documents/${id}`)).json();
    expect(approved.status).toBe('godkjent');
    expect(approved.godkjentAv.id).toBe(teamleder.userId);
  });

  it("a foster home's plan waiting for approval is in the team leader's queue, not another service's or an unassigned worker's", async () => {
    const id = (
      await t.send(kp, 'POST', '/api/documents', { malId: 'plan_fosterfamilien', fosterhjemId: hjemId })
    ).json().id;
    const doc = (await t.send(kp, 'GET', `/api/documents/${id}`)).json();
    const rev = (
      await t.send(kp, 'PUT', `/api/documents/${id}/content`, { innhold: utfylt(doc), revisjon: 1 })
    ).json().revisjon;
    expect((await t.send(kp, 'POST', `/api/documents/${id}/finalise`, { revisjon: rev })).json()).toEqual({
      status: 'til_godkjenning',
    });
    const ko = async (s: Session) =>
      (await t.send(s, 'POST', '/api/documents/search', { status: 'til_godkjenning' }))
        .json()
        .items.map((d: { id: string }) => d.id);
    expect(await ko(teamleder)).toContain(id);
    expect(await ko(annen)).not.toContain(id);
    expect(await ko(kollega)).not.toContain(id);
    expect((await t.send(teamleder, 'POST', `/api/documents/${id}/approve`)).statusCode).toBe(204);
    expect(await ko(teamleder)).not.toContain(id);
  });

  it('another service and an unassigned worker cannot read the documents', async () => {
    const id = (await t.send(kp, 'POST', '/api/documents', { malId: 'samtale_med_barn', barnId })).json().id;
    expect((await t.send(annen, 'GET', `/api/documents/${id}`)).statusCode).toBe(404);
    expect((await t.send(annen, 'GET', `/api/documents/${id}/pdf`)).statusCode).toBe(404);
    expect((await t.send(kollega, 'GET', `/api/documents/${id}`)).json().code).toBe('purpose_required');
    expect((await t.send(kollega, 'POST', '/api/documents/search', { q: 'Samtale' })).json().items).toEqual(
      [],
    );
    expect((await t.send(annen, 'POST', '/api/documents/search', { q: 'Samtale' })).json().items).toEqual([]);
  });
});

describe('templates for the service', () => {
  it('the head of service adapts the guidance without losing the base; documents keep their snapshot', async () => {
    const leder = await t.login('leder.bergen');
    const view = (await t.send(leder, 'GET', '/api/templates/samtale_med_barn')).json();
    const body = {
      veiledning: {
        rammer: {
          nb: 'Vår lokale rutine: avtal tid med fosterforeldrene minst en uke før besøket.',
          nn: 'Vår lokale rutine: avtal tid med fosterforeldra minst ei veke før besøket.',
        },
      },
      ekstraSeksjoner: [],
      version: view.tilpasningVersion,
    };
    expect((await t.send(kp, 'PUT', '/api/templates/samtale_med_barn/adaptation', body)).statusCode).toBe(
      403,
    );
    expect((await t.send(leder, 'PUT', '/api/templates/samtale_med_barn/adaptation', body)).statusCode).toBe(
      204,
    );
    const after = (await t.send(kp, 'GET', '/api/templates/samtale_med_barn')).json();
    expect(after.mal.seksjoner[0].veiledning.nb).toContain('Vår lokale rutine');
    expect(after.base.seksjoner[0].veiledning.nb).not.toContain('Vår lokale rutine');
    expect((await t.send(leder, 'PUT', '/api/templates/samtale_med_barn/adaptation', body)).statusCode).toBe(
      409,
    );
  });
});
