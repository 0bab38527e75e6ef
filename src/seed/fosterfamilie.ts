import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { fosterhjem, fosterhjemMedlem, kursDeltakelse, plassering, users, veiledning } from '@/db/schema';
import { ANBEFALTE_KURS, type Kurs } from '@/domain/fosterfamilie';
import { addDays, addMonths } from '@/domain/plasseringsforlop';

type Malform = 'nb' | 'nn';

/** Guidance themes as a supervisor would write them (seeds/001–003: TBO-F, own children, kinship). */
const TEMA: Record<Malform, string[]> = {
  nb: [
    'Tilknytning og trygghet i hverdagen',
    'Samarbeid med barnets foreldre før og etter samvær',
    'Egne barn: hvordan har de det med en ny søster eller bror?',
    'Følelsesregulering og grensesetting (TBO-F)',
    'Lojalitet og konflikter i slekta',
    'Skole og fritid: hva trenger barnet nå?',
  ],
  nn: [
    'Tilknyting og tryggleik i kvardagen',
    'Samarbeid med foreldra til barnet før og etter samvær',
    'Eigne barn: korleis har dei det med ei ny syster eller ein ny bror?',
    'Kjensleregulering og grensesetjing (TBO-F)',
    'Lojalitet og konfliktar i slekta',
    'Skule og fritid: kva treng barnet no?',
  ],
};

const NOTAT: Record<Malform, string> = {
  nb: 'Fosterforeldrene ønsker å ta opp temaet igjen neste gang.',
  nn: 'Fosterforeldra ønskjer å ta opp temaet att neste gong.',
};

const EKSTERN = 'Bufetat, fosterhjemstjenesten';

/**
 * Courses offered and taken, and guidance sessions, for the service's foster homes. Every fourth
 * home has not been offered all of Trygg Base, TBO-F and EFST, so the reminder shows. Deterministic:
 * driven by the order of the homes, relative to `today`.
 */
export async function seedFosterfamilie(tx: Tx, tjenesteId: string, malform: Malform, today: string) {
  const homes = await tx
    .select({ id: fosterhjem.id })
    .from(fosterhjem)
    .where(eq(fosterhjem.tjenesteId, tjenesteId))
    .orderBy(asc(fosterhjem.navn), asc(fosterhjem.id));
  const parents = await tx
    .select({ id: fosterhjemMedlem.id, fosterhjemId: fosterhjemMedlem.fosterhjemId })
    .from(fosterhjemMedlem)
    .where(and(eq(fosterhjemMedlem.tjenesteId, tjenesteId), eq(fosterhjemMedlem.rolle, 'fosterforelder')))
    .orderBy(asc(fosterhjemMedlem.id));
  const placements = await tx
    .select({ fosterhjemId: plassering.fosterhjemId, innflytting: plassering.innflytting })
    .from(plassering)
    .where(eq(plassering.tjenesteId, tjenesteId));
  const supervisors = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tjenesteId, tjenesteId), eq(users.rolle, 'veileder')))
    .orderBy(asc(users.username));
  const [registrar] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tjenesteId, tjenesteId), eq(users.rolle, 'kontaktperson')))
    .orderBy(asc(users.username));
  if (!registrar) return { kurs: 0, veiledninger: 0 };

  const kursRows: (typeof kursDeltakelse.$inferInsert)[] = [];
  const veiledningRows: (typeof veiledning.$inferInsert)[] = [];
  homes.forEach((home, i) => {
    const forste = placements
      .filter((p) => p.fosterhjemId === home.id && p.innflytting <= today)
      .map((p) => p.innflytting)
      .sort()[0];
    if (!forste) return;
    const foreldre = parents.filter((p) => p.fosterhjemId === home.id);
    // Every fourth home: only Trygg Base offered to the first parent, or nothing at all.
    const mangler = i % 4 === 3;
    foreldre.forEach((forelder, j) => {
      const kurs: Kurs[] = mangler ? (j === 0 && i % 8 === 3 ? ['trygg_base'] : []) : [...ANBEFALTE_KURS];
      if (!mangler && (i + j) % 3 === 0) kurs.push('grunnopplaering');
      kurs.forEach((k, n) => {
        let tilbudt = addMonths(forste, 1 + n);
        if (tilbudt > today) tilbudt = today;
        const ferdig = addMonths(tilbudt, 2);
        const takketNei = (i + j + n) % 7 === 5;
        kursRows.push({
          tjenesteId,
          fosterhjemId: home.id,
          medlemId: forelder.id,
          kurs: k,
          tilbudt,
          gjennomfort: !takketNei && ferdig <= today && (i + n) % 5 !== 4 ? ferdig : null,
          takketNei,
        });
      });
    });
    // Guidance: a session every few months over the last year, for most homes.
    if (i % 5 === 4) return;
    const antall = 1 + (i % 4);
    for (let n = 0; n < antall; n++) {
      const dato = addDays(addMonths(today, -3 * n - 1), -(i % 20));
      if (dato < forste) break;
      const supervisor =
        supervisors.length && (i + n) % 3 !== 2 ? supervisors[(i + n) % supervisors.length] : null;
      veiledningRows.push({
        tjenesteId,
        fosterhjemId: home.id,
        dato,
        veilederId: supervisor?.id ?? null,
        veilederNavn: supervisor ? null : EKSTERN,
        tema: TEMA[malform][(i + n) % TEMA[malform].length] as string,
        notat: n === 0 ? NOTAT[malform] : null,
        registrertAv: registrar.id,
      });
    }
  });
  for (let i = 0; i < kursRows.length; i += 500)
    await tx.insert(kursDeltakelse).values(kursRows.slice(i, i + 500));
  for (let i = 0; i < veiledningRows.length; i += 500)
    await tx.insert(veiledning).values(veiledningRows.slice(i, i + 500));
  return { kurs: kursRows.length, veiledninger: veiledningRows.length };
}
