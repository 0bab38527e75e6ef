import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, fosterhjemsavtale, hendelse, type hendelseType, plassering } from '@/db/schema';
import { beregnOppgaver, type Fakta, REGLER } from '@/domain/arshjul';
import { addDays } from '@/domain/plasseringsforlop';

type HendelseRow = typeof hendelse.$inferInsert;
type HendelseTypeValue = (typeof hendelseType.enumValues)[number];

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

const VISIT_NOTES = [
  'Samtale med barnet alene på rommet. Barnet fortalte om skolen og vennene sine.',
  'Besøk i fosterhjemmet. Barnet viste fram tegninger og snakket om helgebesøket hos mor.',
  'Kort samtale med barnet; fosterforeldrene var til stede en del av tiden.',
  'Barnet var sliten etter skolen, men ville gjerne gå en tur og prate.',
  'Gjennomgikk samværsplanen med fosterforeldrene. Barnet fikk si sin mening om neste samvær.',
];

/**
 * Several years of recorded work for the demo: follow-up and supervision visits, reports,
 * evaluations and conversations with parents, mostly on time. Each worker has a share of
 * tasks done late or not at all, so the overviews show real overdue tasks and compliance.
 * Only past windows get events; the årshjul engine decides which tasks they complete.
 */
export async function seedHistory(
  tx: Tx,
  tjenesteId: string,
  random: () => number,
  today: string,
): Promise<number> {
  const children = await tx.select().from(barn).where(eq(barn.tjenesteId, tjenesteId));
  const placements = await tx.select().from(plassering).where(eq(plassering.tjenesteId, tjenesteId));
  const ids = placements.map((p) => p.id);
  const avtaler = ids.length
    ? await tx.select().from(fosterhjemsavtale).where(inArray(fosterhjemsavtale.plasseringId, ids))
    : [];
  const rows: HendelseRow[] = [];

  for (const child of children) {
    const own = placements.filter((p) => p.barnId === child.id);
    if (!own.length || !child.kontaktpersonId) continue;
    // Some caseloads are behind: the demo must show overdue tasks as well as good compliance.
    const diligence = random() < 0.2 ? 0.65 : 0.93;
    const fakta: Fakta = {
      fodselsdato: child.fodselsdato,
      plasseringer: own.map((p) => ({ ...p })),
      hyppighet: [],
      hendelser: [],
      avtaler: avtaler.map((a) => ({ id: a.id, plasseringId: a.plasseringId, sluttDato: a.sluttDato })),
    };
    const event = (
      type: HendelseTypeValue,
      dato: string,
      plasseringId: string,
      extra: Partial<HendelseRow> = {},
    ) => {
      const row: HendelseRow = {
        tjenesteId,
        barnId: child.id,
        plasseringId,
        type,
        dato,
        utfortAv: child.kontaktpersonId as string,
        ...extra,
      };
      rows.push(row);
      return row;
    };

    for (const task of beregnOppgaver(fakta, today)) {
      if (task.regel === 'tilsynsrapport') continue; // follows from the supervision visits below
      if (random() > diligence) continue;
      const span = Math.max(1, daysBetween(task.vinduStart, task.frist));
      // Mostly inside the window; now and then a little late.
      const late = random() < 0.08;
      const dato = late
        ? addDays(task.frist, 3 + Math.floor(random() * 20))
        : addDays(task.vinduStart, Math.floor(random() * span));
      if (dato > today) continue;
      const type = REGLER[task.regel].fullfortAv;
      if (type === 'oppfolgingsbesok') {
        const declined = random() < 0.06;
        event(type, dato, task.plasseringId, {
          medvirkning: declined ? '2.2' : random() < 0.85 ? '1.1' : '1.3',
          snakketAlene: !declined && random() < 0.8,
          notat: VISIT_NOTES[Math.floor(random() * VISIT_NOTES.length)] ?? null,
        });
      } else if (type === 'tilsynsbesok') {
        event(type, dato, task.plasseringId, { medvirkning: '1.1', snakketAlene: true });
        const mottatt = addDays(dato, 3 + Math.floor(random() * 10));
        if (mottatt <= today) {
          const report = event('tilsynsrapport_mottatt', mottatt, task.plasseringId);
          report.id = crypto.randomUUID();
          const reviewed = addDays(mottatt, Math.floor(random() * (random() < 0.85 ? 12 : 30)));
          if (reviewed <= today)
            event('tilsynsrapport_gjennomgatt', reviewed, task.plasseringId, { ref: report.id });
        }
      } else {
        event(type, dato, task.plasseringId, { ref: task.ref });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(hendelse).values(rows.slice(i, i + 1000));
  return rows.length;
}
