import type { Felt, Innhold, Mal, Person, Sjekkpunkt } from '@/web/api/dokumentTypes';

/** All fields of a template, in order. */
export const felterI = (mal: Mal): Felt[] => mal.seksjoner.flatMap((s) => s.felter);

/** The value a field holds before anything is written in it. */
export function tomVerdi(felt: Felt): unknown {
  switch (felt.type) {
    case 'flervalg':
    case 'personer':
      return [];
    case 'sjekkliste':
      return {};
    case 'barnets_stemme':
      return { ord: '', medvirkning: '', vektlegging: '' };
    default:
      return '';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One field's value in the shape the form works with, whatever was stored (or nothing). */
function normaliserVerdi(felt: Felt, v: unknown): unknown {
  switch (felt.type) {
    case 'tekst':
    case 'langtekst':
    case 'dato':
    case 'valg':
      return typeof v === 'string' ? v : '';
    case 'flervalg':
      return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
    case 'personer':
      return Array.isArray(v)
        ? v.filter(isObject).map((p) => ({
            navn: typeof p.navn === 'string' ? p.navn : '',
            rolle: typeof p.rolle === 'string' ? p.rolle : '',
          }))
        : [];
    case 'sjekkliste': {
      const out: Record<string, Sjekkpunkt> = {};
      if (isObject(v)) {
        for (const [key, p] of Object.entries(v)) {
          if (isObject(p)) {
            out[key] = { ok: p.ok === true, kommentar: typeof p.kommentar === 'string' ? p.kommentar : '' };
          }
        }
      }
      return out;
    }
    case 'barnets_stemme': {
      const s = isObject(v) ? v : {};
      return {
        ord: typeof s.ord === 'string' ? s.ord : '',
        medvirkning: typeof s.medvirkning === 'string' ? s.medvirkning : '',
        vektlegging: typeof s.vektlegging === 'string' ? s.vektlegging : '',
      };
    }
  }
}

/** Every field of the template with a value in the form's shape; unknown ids are left out. */
export function normaliser(mal: Mal, innhold: Innhold): Innhold {
  const out: Innhold = {};
  for (const felt of felterI(mal)) out[felt.id] = normaliserVerdi(felt, innhold[felt.id]);
  return out;
}

/**
 * What is sent to the server: empty person rows and unticked checklist items without a comment
 * are dropped, so an empty field stays empty.
 */
export function tilLagring(mal: Mal, innhold: Innhold): Innhold {
  const out: Innhold = {};
  for (const felt of felterI(mal)) {
    const v = normaliserVerdi(felt, innhold[felt.id]);
    if (felt.type === 'personer') {
      out[felt.id] = (v as Person[])
        .filter((p) => p.navn.trim() !== '')
        .map((p) => (p.rolle?.trim() ? { navn: p.navn, rolle: p.rolle } : { navn: p.navn }));
    } else if (felt.type === 'sjekkliste') {
      out[felt.id] = Object.fromEntries(
        Object.entries(v as Record<string, Sjekkpunkt>)
          .filter(([, p]) => p.ok || p.kommentar?.trim())
          .map(([k, p]) => [k, p.kommentar?.trim() ? p : { ok: p.ok }]),
      );
    } else {
      out[felt.id] = v;
    }
  }
  return out;
}

/** True when two contents say the same (after normalising both). */
export function sammeInnhold(mal: Mal, a: Innhold, b: Innhold): boolean {
  return JSON.stringify(tilLagring(mal, a)) === JSON.stringify(tilLagring(mal, b));
}
