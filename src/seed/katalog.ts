import type { Tx } from '@/db/client';
import { type ImplementeringSteg, produktAdopsjon } from '@/db/schema';
import { foreslaPlan } from '@/domain/katalog';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { katalog } from '@/modules/katalog/katalogFormat';

type Oppforing = {
  produktId: string;
  status: 'interessert' | 'adoptert';
  manederSiden: number;
  ferdig?: boolean;
};

/**
 * Øygarden (synthetic): its own products from «Fra barnets vindu» and Zip-team long in use;
 * Veien videre through the collaboration with Fosterhjem-sammen; En god start, the P6 templates
 * for following up the child, reunification and contact adopted lately with plans under way;
 * interest in the P3 products and the foster-home templates.
 */
const OYGARDEN: Oppforing[] = [
  { produktId: 'landsbymodellen', status: 'adoptert', manederSiden: 30, ferdig: true },
  { produktId: 'prosessarbeid_foreldre', status: 'adoptert', manederSiden: 30, ferdig: true },
  { produktId: 'sammen_om_samvaer', status: 'adoptert', manederSiden: 24, ferdig: true },
  { produktId: 'vurderingstrakt', status: 'adoptert', manederSiden: 24, ferdig: true },
  { produktId: 'trygg_gjenforening', status: 'adoptert', manederSiden: 18, ferdig: true },
  { produktId: 'zip_team', status: 'adoptert', manederSiden: 14, ferdig: true },
  { produktId: 'veien_videre', status: 'adoptert', manederSiden: 12, ferdig: true },
  { produktId: 'en_god_start', status: 'adoptert', manederSiden: 2 },
  { produktId: 'p6_tilsyn_barnesamtale_arshjul', status: 'adoptert', manederSiden: 1 },
  { produktId: 'p6_kartlegging_tilbakeforing', status: 'adoptert', manederSiden: 8, ferdig: true },
  { produktId: 'p6_samvaer_maler', status: 'adoptert', manederSiden: 1 },
  { produktId: 'rammefortelling', status: 'interessert', manederSiden: 3 },
  { produktId: 'p3_maler', status: 'interessert', manederSiden: 1 },
  { produktId: 'p6_fosterhjem_maler', status: 'interessert', manederSiden: 1 },
  { produktId: 'prosjekt_samvaer', status: 'interessert', manederSiden: 6 },
];

/** Products without templates or programmes that the other two services use or follow. */
const ANDRE: Record<string, Oppforing[]> = {
  bergen: [
    { produktId: 'rammefortelling', status: 'adoptert', manederSiden: 36, ferdig: true },
    { produktId: 'gruppetilbud_fosterforeldre', status: 'adoptert', manederSiden: 30, ferdig: true },
    { produktId: 'zip_team', status: 'interessert', manederSiden: 4 },
    { produktId: 'kulturell_identitet', status: 'interessert', manederSiden: 5 },
  ],
  hv: [
    { produktId: 'fosterfamiliesamlinger', status: 'adoptert', manederSiden: 30, ferdig: true },
    { produktId: 'gruppetilbud_fosterforeldre', status: 'adoptert', manederSiden: 24, ferdig: true },
    { produktId: 'landsbymodellen', status: 'interessert', manederSiden: 2 },
    { produktId: 'brukermanual', status: 'interessert', manederSiden: 10 },
  ],
};

/** A plan as it stands `manederSiden` months after adoption: done steps done, the next under way. */
function planNa(
  ressurs: Parameters<typeof foreslaPlan>[0],
  adoptert: string,
  today: string,
  sprak: 'nb' | 'nn',
  ferdig: boolean,
) {
  const plan: ImplementeringSteg[] = foreslaPlan(ressurs, adoptert, sprak);
  let underveis = false;
  return plan.map((s) => {
    if (ferdig || (s.frist !== null && s.frist < today)) return { ...s, status: 'fullfort' as const };
    if (!underveis) {
      underveis = true;
      return { ...s, status: 'pagar' as const };
    }
    return s;
  });
}

/**
 * The services' interest in and adoption of the treasure map's products. Bergen and Hardanger og
 * Voss have adopted every product that provides templates or programmes, so their workers have
 * everything (and the API tests with them); Øygarden has a realistic partial set.
 */
export async function seedKatalog(
  tx: Tx,
  tjenester: Map<string, { id: string; lederId: string }>,
  today: string,
): Promise<void> {
  const produkter = katalog().produkter;
  const medInnhold = produkter.filter((p) => p.maler.length > 0 || p.programmer.length > 0);
  const planer: Record<string, Oppforing[]> = {
    bergen: [
      ...medInnhold.map((p) => ({
        produktId: p.id,
        status: 'adoptert' as const,
        manederSiden: 20,
        ferdig: true,
      })),
      ...(ANDRE.bergen ?? []),
    ],
    hv: [
      ...medInnhold.map((p) => ({
        produktId: p.id,
        status: 'adoptert' as const,
        manederSiden: 16,
        ferdig: true,
      })),
      ...(ANDRE.hv ?? []),
    ],
    oygarden: OYGARDEN,
  };
  for (const [kode, oppforinger] of Object.entries(planer)) {
    const t = tjenester.get(kode);
    if (!t) continue;
    const sprak = kode === 'hv' ? 'nn' : 'nb';
    const rader = oppforinger.map((o) => {
      const produkt = produkter.find((p) => p.id === o.produktId);
      if (!produkt) throw new Error(`seed: unknown product ${o.produktId}`);
      const dato = addDays(addMonths(today, -o.manederSiden), -3);
      return {
        tjenesteId: t.id,
        produktId: o.produktId,
        status: o.status,
        adoptertDato: o.status === 'adoptert' ? dato : null,
        plan: o.status === 'adoptert' ? planNa(produkt.ressurs, dato, today, sprak, Boolean(o.ferdig)) : [],
        endretAv: t.lederId,
        updatedAt: new Date(`${dato}T09:00:00Z`),
      };
    });
    if (rader.length) await tx.insert(produktAdopsjon).values(rader);
  }
}
