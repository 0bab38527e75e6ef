import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGLER, type RegelId } from '@/domain/arshjul';
import { KJENTE_PROGRAMMER } from '@/modules/katalog/aktivering';
import { katalog, OYER } from '@/modules/katalog/katalogFormat';
import { lastMaler } from '@/modules/maler/malFormat';

/**
 * Every product the working group assessed in seeds/003 chapter 5, as read from the report:
 * section, project, island, recommendation and resource use (null where the report gives none).
 */
const KAPITTEL_5 = [
  ['landsbymodellen', '§5.1.1', 'Landsbymodellen', 'p1', 'barnets_behov', 2, 'hoy'],
  [
    'p6_arshjul_flytskjema_sjekkliste',
    '§5.1.2',
    'Mal på årshjul, flytskjema og sjekkliste',
    'p6',
    'barnets_behov',
    2,
    'liten',
  ],
  [
    'kulturell_identitet',
    '§5.1.3',
    'Ivaretaking av barnets etniske, kulturelle, språklige og religiøse identitet',
    'p6',
    'barnets_behov',
    3,
    null,
  ],
  ['brukermanual', '§5.4 (i 5.1)', 'Brukermanual', 'p4', 'barnets_behov', 4, null],
  ['mal_barnesamtale', '§5.2.1', 'Mal for barnesamtale', 'p3', 'oppfolging_barnet', 2, 'moderat'],
  [
    'p6_tilsyn_barnesamtale_arshjul',
    '§5.2.2',
    'Maler på tilsynsrapport, barnesamtale og årshjul',
    'p6',
    'oppfolging_barnet',
    2,
    'liten',
  ],
  ['rammefortelling', '§5.2.3', 'Rammefortelling', 'p3', 'oppfolging_barnet', 2, 'moderat'],
  [
    'prosessarbeid_foreldre',
    '§5.3.1',
    'Prosessarbeid med foreldre og vurdering av tilbakeføring',
    'p1',
    'oppfolging_foreldre',
    1,
    'hoy',
  ],
  ['veien_videre', '§5.3.2', 'Veien videre', 'p2', 'oppfolging_foreldre', 1, 'hoy'],
  [
    'en_god_start',
    '§5.4.1',
    'Oppfølgingsprogrammet «En god start»',
    'p2',
    'oppfolging_fosterfamilien',
    2,
    'hoy',
  ],
  [
    'fosterfamiliesamlinger',
    '§5.4.2',
    'Fosterfamiliesamlinger',
    'p4',
    'oppfolging_fosterfamilien',
    2,
    'moderat',
  ],
  [
    'p6_fosterhjem_maler',
    '§5.4.3',
    'Godkjenning, evaluering, oppfølgingsplan, midlertidig plassering',
    'p6',
    'oppfolging_fosterfamilien',
    2,
    'liten',
  ],
  ['sammen_om_samvaer', '§5.5.1', 'Samtalekort, Sammen om samvær', 'p1', 'samvaer', 2, 'moderat'],
  ['p6_samvaer_maler', '§5.5.2', 'Maler for samvær', 'p6', 'samvaer', 2, 'liten'],
  ['prosjekt_samvaer', '§5.5.3', 'Prosjekt samvær', 'p2_samvaer', 'samvaer', 4, null],
  [
    'vurderingstrakt',
    '§5.6.1',
    'Samtalekort, vurderingstrakt med tilhørende maler',
    'p1',
    'tilbakeforing',
    2,
    'hoy',
  ],
  ['trygg_gjenforening', '§5.6.2', 'Trygg gjenforening', 'p1', 'tilbakeforing', 2, 'liten'],
  [
    'p6_kartlegging_tilbakeforing',
    '§5.6.3',
    'Mal for kartlegging av foreldre og vurdering av tilbakeføring',
    'p6',
    'tilbakeforing',
    2,
    'liten',
  ],
  [
    'gruppetilbud_fosterforeldre',
    '§5.7.1',
    'Gruppetilbud til fosterforeldre',
    'p2',
    'samarbeid',
    2,
    'moderat',
  ],
  ['zip_team', '§5.8.1', 'Zip-team', 'p1_zip', 'rekruttering', 1, 'moderat'],
  ['p6_malpakke', '§5.9.1', 'P6, Diverse maler', 'p6', 'barnets_behov', 2, 'liten'],
  ['p3_maler', '§5.9.2', 'P3 Diverse maler', 'p3', 'oppfolging_fosterfamilien', 2, 'liten'],
] as const;

const { ramme, produkter } = katalog();
const maler = lastMaler();

describe('the treasure map catalogue', () => {
  it.each(KAPITTEL_5)('has %s (%s %s)', (id, _seksjon, _navn, prosjekt, oy, anbefaling, ressurs) => {
    const p = produkter.find((x) => x.id === id);
    expect(p, `${id} is missing from content/katalog`).toBeDefined();
    expect(p?.prosjekter).toContain(prosjekt);
    expect(p?.oy).toBe(oy);
    expect(p?.anbefaling).toBe(anbefaling);
    expect(p?.ressurs).toBe(ressurs);
    // Ready to share (1–2) is gold; to be completed or under development (3–4) is silver.
    expect(p?.status).toBe(anbefaling <= 2 ? 'gull' : 'solv');
  });

  it('has nothing chapter 5 does not describe', () => {
    expect(produkter.map((p) => p.id).sort()).toEqual(KAPITTEL_5.map((x) => x[0]).sort());
  });

  it('places products on all eight islands and knows every project of chapter 3', () => {
    expect(new Set(produkter.map((p) => p.oy))).toEqual(new Set(OYER));
    expect(ramme.prosjekter.map((p) => p.nummer)).toEqual(
      expect.arrayContaining(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']),
    );
  });

  it('writes the meaning of every category and resource level once, in both standards', () => {
    expect(Object.keys(ramme.anbefalinger).sort()).toEqual(['1', '2', '3', '4']);
    expect(Object.keys(ramme.ressurser).sort()).toEqual(['hoy', 'liten', 'moderat']);
    for (const v of [...Object.values(ramme.anbefalinger), ...Object.values(ramme.ressurser)]) {
      expect(v.betydning.nb).not.toBe(v.betydning.nn);
    }
  });

  it.each(produkter.map((p) => [p.id, p] as const))(
    '%s: texts in bokmål and nynorsk, a contact',
    (_id, p) => {
      for (const felt of [p.beskrivelse, p.vurdering]) {
        expect(felt.nb.length).toBeGreaterThan(80);
        expect(felt.nn.length).toBeGreaterThan(80);
        expect(felt.nn).not.toBe(felt.nb);
      }
      expect(p.kontakt.length).toBeGreaterThan(0);
      // The published contact only: no phone numbers or e-mail addresses.
      for (const k of p.kontakt) expect(`${k.navn} ${k.organisasjon}`).not.toMatch(/\d{3}|@/);
    },
  );

  it('refers only to templates, programmes and local-practice rules that exist', () => {
    const programFolder = fileURLToPath(new URL('../../../content/programmer', import.meta.url));
    const programFiler = existsSync(programFolder) ? readdirSync(programFolder) : null;
    for (const p of produkter) {
      for (const m of p.maler) expect(maler.has(m), `${p.id}: template ${m}`).toBe(true);
      for (const prog of p.programmer) {
        expect(KJENTE_PROGRAMMER, `${p.id}: programme ${prog}`).toContain(prog);
        if (programFiler?.length)
          expect(
            programFiler.some((f) => f.startsWith(prog)),
            `${p.id}: content/programmer/${prog}`,
          ).toBe(true);
      }
      for (const r of p.regler) {
        const regel = REGLER[r as RegelId];
        expect(regel, `${p.id}: rule ${r}`).toBeDefined();
        // A statutory task is never switched off by what a service has adopted.
        expect(regel.art, `${p.id}: rule ${r}`).toBe('lokal_praksis');
      }
    }
  });

  it('leaves the statutory plans outside the catalogue, always available', () => {
    const iKatalogen = new Set(produkter.flatMap((p) => p.maler));
    for (const id of ['omsorgsplan', 'tiltaksplan', 'plan_fosterfamilien'])
      expect(iKatalogen.has(id)).toBe(false);
  });
});
