import type { Tx } from '@/db/client';
import { produktAdopsjon } from '@/db/schema';
import type { Periode } from '@/domain/innsikt';
import type { Actor } from '@/modules/core/actor';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import { summer, tellBruk } from '@/modules/katalog/bruk';
import { effektivKatalog } from '@/modules/katalog/katalog';

export const PRODUKTBRUK_DEFINISJON = {
  nb: 'Produkter tjenesten har tatt i bruk (eller har avsluttet). «Dokumenter» er dokumenter skrevet fra produktets maler i perioden, «ferdige» de av dem som er ferdigstilt eller godkjent. «Samlinger» er programsamlinger og -samtaler holdt i perioden. Tallene er tjenestens egne og inneholder ingen personopplysninger.',
  nn: 'Produkt tenesta har teke i bruk (eller har avslutta). «Dokument» er dokument skrivne frå maldokumenta til produktet i perioden, «ferdige» dei av dei som er ferdigstilte eller godkjende. «Samlingar» er programsamlingar og -samtalar haldne i perioden. Tala er tenesta sine eigne og inneheld ingen personopplysningar.',
};

/**
 * Which adopted products are in use in the service over a period (issue 10, "product use"):
 * documents written from each product's templates and programme sessions held, counted in SQL
 * over the service's own rows (row-level security scopes every query to the service).
 */
export async function produktBruk(tx: Tx, actor: Actor, periode: Periode) {
  authorize(actor, 'innsikt:tjeneste');
  const produkter = await brukFor(tx, actor.tjenesteId, actor.sprak, periode);
  await auditBy(tx, actor, {
    handling: 'innsikt.read',
    entitetType: 'tjeneste',
    entitetId: actor.tjenesteId,
    detaljer: { del: 'produktbruk', fra: periode.fra, til: periode.til },
  });
  return { periode, definisjon: PRODUKTBRUK_DEFINISJON[actor.sprak], produkter };
}

/** The use of each product the service in scope has adopted (counts from its own rows). */
export async function brukFor(tx: Tx, tjenesteId: string, sprak: 'nb' | 'nn', periode: Periode) {
  const adopsjoner = await tx.select().from(produktAdopsjon);
  const tatt = adopsjoner.filter(
    (a) => a.status === 'adoptert' || (a.status === 'avsluttet' && a.adoptertDato),
  );
  const produkter = (await effektivKatalog(tx, tjenesteId)).filter((p) =>
    tatt.some((a) => a.produktId === p.id),
  );
  const bruk = await tellBruk(
    tx,
    tjenesteId,
    {
      maler: [...new Set(produkter.flatMap((p) => p.maler))],
      programmer: [...new Set(produkter.flatMap((p) => p.programmer))],
    },
    { periode },
  );
  return produkter.map((p) => {
    const a = tatt.find((x) => x.produktId === p.id);
    const mine = bruk.dokumenter.filter((d) => p.maler.includes(d.malId));
    return {
      produktId: p.id,
      tittel: p.tittel[sprak],
      status: a?.status === 'avsluttet' ? ('avsluttet' as const) : ('adoptert' as const),
      adoptertDato: a?.adoptertDato ?? null,
      dokumenter: summer(mine, 'antall'),
      ferdigeDokumenter: summer(mine, 'ferdige'),
      samlinger: summer(
        bruk.programmer.filter((o) => p.programmer.includes(o.programId)),
        'okter',
      ),
      harMalerEllerProgram: p.maler.length + p.programmer.length > 0,
    };
  });
}
