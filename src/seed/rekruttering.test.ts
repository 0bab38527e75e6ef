import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import {
  dokument,
  fosterhjem,
  gjenrekruttering,
  nettverkssok,
  plassering,
  rekrutteringDeling,
  rekrutteringFasehistorikk,
  rekrutteringSjekkpunkt,
  rekrutteringssak,
  tjeneste,
} from '@/db/schema';
import { manglerVedFerdigstilling } from '@/domain/dokumentInnhold';
import { SOSIALRAPPORT_MAL } from '@/domain/godkjenning';
import { FASER_I_LOP, type LopFase, manglendePunkter, skalSlettes } from '@/domain/rekruttering';
import { osloToday } from '@/modules/core/clock';
import { felterI } from '@/modules/maler/dokumentAccess';
import { lastMaler } from '@/modules/maler/malFormat';
import { lastPipeline } from '@/modules/rekruttering/pipeline';
import { seedDemo } from '@/seed/demo';
import { openTestDatabase } from '@/test/testApp';

let database: Database;
const today = osloToday();
const pipeline = lastPipeline();
let saker: (typeof rekrutteringssak.$inferSelect)[];
let historikk: (typeof rekrutteringFasehistorikk.$inferSelect)[];
let punkter: (typeof rekrutteringSjekkpunkt.$inferSelect)[];
let delinger: (typeof rekrutteringDeling.$inferSelect)[];
let tjenester: Map<string, string>;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  const { db } = database;
  saker = await db.select().from(rekrutteringssak);
  historikk = await db.select().from(rekrutteringFasehistorikk);
  punkter = await db.select().from(rekrutteringSjekkpunkt);
  delinger = await db.select().from(rekrutteringDeling);
  tjenester = new Map((await db.select().from(tjeneste)).map((t) => [t.kode, t.id]));
}, 240_000);
afterAll(() => database?.close());

const eidAv = (kode: string) => saker.filter((s) => s.tjenesteId === tjenester.get(kode));

describe('demo recruitment', () => {
  it('has about 30 families owned by Bufetat and 6 by Bergen, in every stage', () => {
    expect(eidAv('bufetat')).toHaveLength(30);
    expect(eidAv('bergen')).toHaveLength(6);
    expect(eidAv('oygarden')).toHaveLength(0);
    const faser = new Set(saker.map((s) => s.fase));
    for (const f of [...FASER_I_LOP, 'formidlet', 'trukket', 'avslatt']) expect(faser).toContain(f);
    expect(saker.filter((s) => s.fase === 'tilgjengelig')).toHaveLength(3);
    expect(new Set(saker.map((s) => s.kilde)).size).toBeGreaterThanOrEqual(6);
  });

  it('uses only stage, checklist, source and reason ids from content/rekruttering/pipeline.yaml', () => {
    const faseIder = [...pipeline.faser.map((f) => f.id), ...pipeline.avsluttende.map((f) => f.id)];
    const punktIder = new Set(pipeline.faser.flatMap((f) => f.punkter.map((p) => p.id)));
    const kildeIder = pipeline.kilder.map((k) => k.id);
    for (const s of saker) {
      expect(faseIder).toContain(s.fase);
      expect(kildeIder).toContain(s.kilde);
      if (s.fase === 'trukket' || s.fase === 'avslatt' || s.fase === 'avsluttet') {
        expect(pipeline.arsaker[s.fase].map((a) => a.id)).toContain(s.avsluttetArsak);
        expect(s.avsluttetDato).toBe(s.faseFra);
      } else {
        expect(s.avsluttetArsak).toBeNull();
      }
    }
    for (const h of historikk) expect(faseIder).toContain(h.fase);
    expect(punkter.length).toBeGreaterThan(100);
    for (const p of punkter) expect(punktIder.has(p.punktId), p.punktId).toBe(true);
  });

  it('gives every case a contiguous stage history, without gaps, ending in one open row', () => {
    for (const s of saker) {
      const rader = historikk.filter((h) => h.sakId === s.id).sort((a, b) => a.fra.localeCompare(b.fra));
      expect(rader.length).toBeGreaterThan(0);
      expect(rader[0]?.fra).toBe(s.forsteKontakt);
      expect(rader[0]?.fase).toBe('henvendelse');
      rader.forEach((r, i) => {
        expect(r.tjenesteId).toBe(s.tjenesteId);
        const neste = rader[i + 1];
        if (neste) {
          expect(r.til, `${s.id} row ${i}`).toBe(neste.fra);
          expect((r.til as string) > r.fra).toBe(true);
        } else {
          expect(r.til).toBeNull();
          expect(r.fase).toBe(s.fase);
          expect(r.fra).toBe(s.faseFra);
          expect(r.fra <= today).toBe(true);
        }
      });
    }
    // One family moved back a stage, with a note saying why.
    const tilbake = historikk.filter((h) => h.notat !== null);
    expect(tilbake).toHaveLength(1);
    expect(tilbake[0]?.fase).toBe('opplaering');
  });

  it('has every required checklist point of the stages a case has passed done, on dates in its history', () => {
    for (const s of saker) {
      const utforte = new Set(punkter.filter((p) => p.sakId === s.id).map((p) => p.punktId));
      const rader = historikk.filter((h) => h.sakId === s.id);
      const hoyeste = Math.max(...rader.map((r) => FASER_I_LOP.indexOf(r.fase as LopFase)));
      const passert = s.fase === 'formidlet' ? FASER_I_LOP.length : FASER_I_LOP.indexOf(s.fase as LopFase);
      for (const [i, f] of pipeline.faser.entries()) {
        if (i < passert) expect(manglendePunkter(f, utforte, s.egneBarn), `${s.fase} ${f.id}`).toEqual([]);
        // Nothing is done in a stage the case never reached.
        if (i > hoyeste) for (const p of f.punkter) expect(utforte.has(p.id)).toBe(false);
      }
      for (const p of punkter.filter((x) => x.sakId === s.id)) {
        expect(p.dato >= s.forsteKontakt && p.dato <= today).toBe(true);
      }
    }
  });

  it('records consent and shares most Bufetat cases with Bergen and Øygarden', () => {
    const delte = eidAv('bufetat').filter((s) => s.samtykkeDato);
    expect(delte.length).toBeGreaterThanOrEqual(20);
    for (const s of delte) {
      const mottakere = delinger.filter((d) => d.sakId === s.id);
      expect(mottakere.map((d) => d.tjenesteId).sort()).toEqual(
        [tjenester.get('bergen'), tjenester.get('oygarden')].sort(),
      );
      for (const d of mottakere) {
        expect(d.samtykkeDato).toBe(s.samtykkeDato);
        expect(d.eierTjenesteId).toBe(s.tjenesteId);
      }
    }
    // Never shared without consent, and Bergen shares with Bufetat.
    for (const d of delinger) expect(saker.find((s) => s.id === d.sakId)?.samtykkeDato).not.toBeNull();
    expect(delinger.some((d) => d.tjenesteId === tjenester.get('bufetat'))).toBe(true);
  });

  it('has available homes approved with a date and decision maker, and two linked homes that are foster homes in Bergen', async () => {
    for (const s of saker.filter((x) => x.fase === 'tilgjengelig' || x.fase === 'formidlet')) {
      expect(s.godkjentDato).not.toBeNull();
      expect(s.godkjentAv).toBeTruthy();
      expect(s.godkjenningType).toBe('generell');
    }
    const formidlet = saker.filter((s) => s.fase === 'formidlet');
    expect(formidlet).toHaveLength(2);
    const hjem = await database.db.select().from(fosterhjem);
    for (const s of formidlet) {
      const h = hjem.find((x) => x.id === s.fosterhjemId);
      expect(h?.tjenesteId).toBe(tjenester.get('bergen'));
      expect(h?.navn).toBe(s.navn);
      expect(h?.godkjentDato).toBe(s.godkjentDato);
      expect(h?.adresse).toBe(s.adresse);
    }
  });

  it('has three withdrawn or rejected cases, one past the twelve months of retention', () => {
    const lukket = saker.filter((s) => s.fase === 'trukket' || s.fase === 'avslatt');
    expect(lukket).toHaveLength(3);
    expect(lukket.filter((s) => skalSlettes(s, 12, today))).toHaveLength(1);
  });

  it('has completed family and network searches and open re-recruitment for homes whose placement ended', async () => {
    const { db } = database;
    const sok = await db.select().from(nettverkssok);
    expect(sok).toHaveLength(2);
    const plasseringer = await db.select().from(plassering);
    for (const s of sok) {
      expect(s.utfall).toBe('ingen_egnet');
      expect(s.kandidater.length).toBeGreaterThanOrEqual(2);
      expect(s.avsluttetDato && s.avsluttetDato >= s.startet).toBe(true);
      const p = plasseringer.find((x) => x.barnId === s.barnId && x.utflytting === null);
      expect(p?.plasseringstype).toBe('ordinaer');
      expect(s.avsluttetDato && p && s.avsluttetDato <= p.innflytting).toBe(true);
    }
    const gjen = await db.select().from(gjenrekruttering);
    expect(gjen).toHaveLength(2);
    for (const g of gjen) {
      expect(g.tjenesteId).toBe(tjenester.get('bergen'));
      expect(g.avsluttet).toBeNull();
      expect(g.svar).toBeNull();
      const egne = plasseringer.filter((p) => p.fosterhjemId === g.fosterhjemId);
      expect(egne.length).toBeGreaterThan(0);
      for (const p of egne) expect(p.utflytting !== null && p.utflytting <= today).toBe(true);
    }
  });

  it('has a finished home-study report for every family past the assessment, complete, approved where the decision is made', async () => {
    const rapporter = await database.db.select().from(dokument).where(eq(dokument.malId, SOSIALRAPPORT_MAL));
    const mal = lastMaler().get(SOSIALRAPPORT_MAL);
    if (!mal) throw new Error('template missing');
    for (const sak of saker.filter((x) => x.fase === 'godkjenning' || x.fase === 'tilgjengelig')) {
      const egne = rapporter.filter((d) => d.rekrutteringssakId === sak.id);
      expect(egne, sak.navn).toHaveLength(1);
      const [rapport] = egne as [(typeof egne)[number]];
      expect(rapport.tjenesteId).toBe(sak.tjenesteId);
      expect(manglerVedFerdigstilling(felterI(mal), rapport.innhold as Record<string, unknown>)).toEqual([]);
      expect(rapport.tittel).toContain(sak.navn);
      if (sak.fase === 'tilgjengelig') {
        // The approval rests on it, and it was approved before the decision.
        expect(rapport.status).toBe('godkjent');
        expect(sak.rapportDokumentId).toBe(rapport.id);
        const godkjentDag = rapport.godkjent?.toISOString().slice(0, 10) ?? '';
        expect(godkjentDag <= (sak.godkjentDato ?? '')).toBe(true);
        expect(godkjentDag).not.toBe('');
      }
    }
    // In the approval stage one report waits for the head's approval, one is approved.
    const iGodkjenning = saker.filter((x) => x.fase === 'godkjenning');
    expect(
      iGodkjenning.map((x) => rapporter.find((d) => d.rekrutteringssakId === x.id)?.status).sort(),
    ).toEqual(['godkjent', 'til_godkjenning']);
  });
});
