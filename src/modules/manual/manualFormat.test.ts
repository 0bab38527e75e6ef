import { describe, expect, it } from 'vitest';
import { lastMaler } from '@/modules/maler/malFormat';
import { FASER, lastManual, NIVAER } from '@/modules/manual/manualFormat';

const manual = lastManual();
const maler = lastMaler();
const forlopene = ['barn', 'fosterhjem'] as const;
const sprak = ['nb', 'nn'] as const;

/** Before, during and after a placement: two phases each (seeds/004). */
const DEL = ['for', 'for', 'under', 'under', 'etter', 'etter'];
/** Programmes the manual may point to, as they land in content/. */
const PROGRAMMER = ['en_god_start', 'veien_videre', 'egne_barn', 'trygg_gjenforening'];

describe('the user manual (brukermanual)', () => {
  for (const forlop of forlopene) {
    const course = manual[forlop];
    const punkter = course.faser.flatMap((f) => f.punkter);

    describe(`${forlop}`, () => {
      it('has its six phases in order: two before, two during and two after a placement', () => {
        expect(course.forlop).toBe(forlop);
        expect(course.faser.map((f) => f.id)).toEqual([...FASER[forlop]]);
        expect(course.faser.map((f) => f.del)).toEqual(DEL);
      });

      it('introduces the course and every phase in both written standards', () => {
        for (const s of sprak) {
          expect(course.tittel[s].trim()).not.toBe('');
          expect(course.innledning[s].length).toBeGreaterThan(200);
          for (const f of course.faser) {
            expect(f.tittel[s].trim(), `${f.id} title`).not.toBe('');
            expect(f.beskrivelse[s].length, `${f.id} description`).toBeGreaterThan(150);
          }
        }
      });

      it('gives every phase between five and nine points', () => {
        for (const f of course.faser) {
          expect(f.punkter.length, f.id).toBeGreaterThanOrEqual(5);
          expect(f.punkter.length, f.id).toBeLessThanOrEqual(9);
        }
      });

      it('says what to do and why, in bokmål and nynorsk, for every point', () => {
        for (const p of punkter) {
          for (const s of sprak) {
            expect(p.tittel[s].trim(), `${p.id} title`).not.toBe('');
            expect(p.hva[s].length, `${p.id} hva (${s})`).toBeGreaterThan(60);
            expect(p.hvorfor[s].length, `${p.id} hvorfor (${s})`).toBeGreaterThan(60);
          }
          expect(p.hva.nn, `${p.id} hva is translated`).not.toBe(p.hva.nb);
          expect(p.hvorfor.nn, `${p.id} hvorfor is translated`).not.toBe(p.hvorfor.nb);
        }
      });

      it('gives every point an id that is unique in the file', () => {
        const ids = punkter.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it('names only templates that exist in content/maler', () => {
        for (const p of punkter) {
          for (const m of p.maler) expect(maler.has(m), `${p.id}: unknown template ${m}`).toBe(true);
        }
      });

      it('names only known programmes', () => {
        for (const p of punkter) {
          for (const id of p.programmer) expect(PROGRAMMER, `${p.id}: unknown programme ${id}`).toContain(id);
        }
      });
    });
  }

  it('speaks to every level somewhere in the child’s course', () => {
    const brukt = new Set(manual.barn.faser.flatMap((f) => f.punkter.map((p) => p.niva)));
    expect([...brukt].sort()).toEqual([...NIVAER].sort());
  });

  it('lets the child’s follow-up visits be completed by the visit and the conversation with the child', () => {
    const besok = manual.barn.faser
      .find((f) => f.id === 'oppfolging')
      ?.punkter.find((p) => p.hendelser.includes('oppfolgingsbesok'));
    expect(besok?.maler).toContain('samtale_med_barn');
    expect(besok?.hjemmel).toBe('Forskrift om fosterhjem § 10');
  });
});
