import { and, asc, desc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  barn,
  type GjenforeningSteg,
  gjenforeningsplan,
  hendelse,
  plassering,
  tilbakeforingsvurdering,
  users,
} from '@/db/schema';
import { addDays, addMonths, aktivPlassering } from '@/domain/plasseringsforlop';
import type { Beslutning, StegSvar } from '@/domain/tilbakeforing';
import { lastGjenforeningForslag } from '@/modules/tilbakeforing/innhold';

type Malform = 'nb' | 'nn';
type Svar = Record<string, StegSvar>;

/** Invented, case-neutral wording for the demo; no real people or events. */
const TEKST = {
  nb: {
    endring: {
      pa_vei: 'Mor har fullført COS-kurs og møter stabilt til samvær. Hun har fått fast bolig siden sist.',
      nadd: 'Foreldrene har hatt stabil bolig og arbeid i over et år, og samværene har gått godt over tid.',
      ikke_startet: 'Far har ikke tatt imot tilbudet om foreldreveiledning, og samværene er ofte avlyst.',
    },
    omsorg: {
      nei: 'Omsorgen er ikke god nok ennå: endringen er ny og ikke prøvd i perioder med press.',
      ja: 'Lange samvær med overnatting har gått godt i et halvt år; skole og fosterforeldre beskriver det samme.',
    },
    tilknytning: {
      ingen_alvorlige:
        'Barnet har god kontakt med foreldrene og kan ha kontakten med fosterfamilien i behold ved en gradvis overgang.',
      alvorlige:
        'Barnet kom som spedbarn og har bodd i fosterhjemmet i mange år. Fosterforeldrene er barnets trygge base.',
    },
    barnets_syn: {
      delt: 'Barnet sier det er glad i begge hjem og ikke vil måtte velge. Vektlagt ut fra alder.',
      vil_hjem: 'Barnet har sagt flere ganger, også alene med kontaktpersonen, at det ønsker å bo hjemme.',
      vil_bli: 'Barnet sier tydelig at det vil bo der det bor nå, og ha samvær med mor.',
    },
    hva_skal_til: {
      mer_hjelp: 'Mor fortsetter i veiledning. Samværet utvides gradvis. Ny vurdering om seks måneder.',
      klar_overgang: 'Foreldrene, fosterforeldrene og tjenesten er enige om en gradvis overgang.',
      ikke_realistisk: 'Endringen som trengs, er ikke realistisk innen rimelig tid for barnet.',
    },
    begrunnelse: {
      fortsette_prosess:
        'Foreldrene er på god vei, men endringen må vare over tid før vi kan si at forsvarlig omsorg er overveiende sannsynlig. Samværet utvides, og mor fortsetter i veiledning.',
      fremme_sak:
        'Det er overveiende sannsynlig at foreldrene kan gi forsvarlig omsorg, og tilknytningen står ikke i veien. Tjenesten fremmer sak for nemnda og lager en plan for trygg gjenforening.',
      avslutte_mal:
        'Barnet har fått en slik tilknytning til fosterfamilien at en flytting kan føre til alvorlige problemer. Gjenforeningsmålet oppgis; samværet med foreldrene fortsetter.',
    },
    erfaring: [
      'Alle kom til møtet. Barnet ønsket at fosterfar skulle være med på første overnatting hjemme.',
      'Mor har fulgt rutinene godt; legging var vanskelig de første kveldene, men ble bedre.',
    ],
  },
  nn: {
    endring: {
      pa_vei: 'Mor har fullført COS-kurs og møter stabilt til samvær. Ho har fått fast bustad sidan sist.',
      nadd: 'Foreldra har hatt stabil bustad og arbeid i over eitt år, og samværa har gått godt over tid.',
      ikke_startet: 'Far har ikkje teke imot tilbodet om foreldrerettleiing, og samværa blir ofte avlyste.',
    },
    omsorg: {
      nei: 'Omsorga er ikkje god nok enno: endringa er ny og ikkje prøvd i periodar med press.',
      ja: 'Lange samvær med overnatting har gått godt i eit halvt år; skule og fosterforeldre skildrar det same.',
    },
    tilknytning: {
      ingen_alvorlige:
        'Barnet har god kontakt med foreldra og kan ha kontakten med fosterfamilien i behald ved ein gradvis overgang.',
      alvorlige:
        'Barnet kom som spedbarn og har budd i fosterheimen i mange år. Fosterforeldra er den trygge basen til barnet.',
    },
    barnets_syn: {
      delt: 'Barnet seier det er glad i begge heimane og ikkje vil måtte velje. Vektlagt ut frå alder.',
      vil_hjem: 'Barnet har sagt fleire gonger, også åleine med kontaktpersonen, at det ønskjer å bu heime.',
      vil_bli: 'Barnet seier tydeleg at det vil bu der det bur no, og ha samvær med mor.',
    },
    hva_skal_til: {
      mer_hjelp: 'Mor held fram i rettleiing. Samværet blir utvida gradvis. Ny vurdering om seks månader.',
      klar_overgang: 'Foreldra, fosterforeldra og tenesta er samde om ein gradvis overgang.',
      ikke_realistisk: 'Endringa som trengst, er ikkje realistisk innan rimeleg tid for barnet.',
    },
    begrunnelse: {
      fortsette_prosess:
        'Foreldra er på god veg, men endringa må vare over tid før vi kan seie at forsvarleg omsorg er overvegande sannsynleg. Samværet blir utvida, og mor held fram i rettleiing.',
      fremme_sak:
        'Det er overvegande sannsynleg at foreldra kan gi forsvarleg omsorg, og tilknytinga står ikkje i vegen. Tenesta fremjar sak for nemnda og lagar ein plan for trygg gjenforeining.',
      avslutte_mal:
        'Barnet har fått ei slik tilknyting til fosterfamilien at ei flytting kan føre til alvorlege problem. Målet om gjenforeining blir gitt opp; samværet med foreldra held fram.',
    },
    erfaring: [
      'Alle kom på møtet. Barnet ønskte at fosterfar skulle vere med på første overnatting heime.',
      'Mor har følgt rutinane godt; legging var vanskeleg dei første kveldane, men vart betre.',
    ],
  },
} as const;

const SVAR: Record<Beslutning, Record<string, string>> = {
  fortsette_prosess: {
    endring: 'pa_vei',
    omsorg: 'nei',
    tilknytning: 'ingen_alvorlige',
    barnets_syn: 'delt',
    hva_skal_til: 'mer_hjelp',
  },
  fremme_sak: {
    endring: 'nadd',
    omsorg: 'ja',
    tilknytning: 'ingen_alvorlige',
    barnets_syn: 'vil_hjem',
    hva_skal_til: 'klar_overgang',
  },
  avslutte_mal: {
    endring: 'ikke_startet',
    omsorg: 'nei',
    tilknytning: 'alvorlige',
    barnets_syn: 'vil_bli',
    hva_skal_til: 'ikke_realistisk',
  },
};

function svarFor(beslutning: Beslutning, malform: Malform): Svar {
  const tekst = TEKST[malform] as unknown as Record<string, Record<string, string>>;
  return Object.fromEntries(
    Object.entries(SVAR[beslutning]).map(([steg, svar]) => [
      steg,
      { svar, grunnlag: tekst[steg]?.[svar] ?? '' },
    ]),
  );
}

/**
 * Reunification work for the demo: for children on a care order in the demo contact person's
 * caseload (others if too few), decided assessments of each kind, a draft in progress, and a
 * safe reunification plan under way after a decision to bring the case. Each decision is the
 * record behind a `tilbakeforing_vurdert` event in the årshjul (an existing one from the history,
 * or a new one), so the wheel and the assessments tell the same story.
 */
export async function seedTilbakeforing(tx: Tx, tjenesteId: string, malform: Malform, today: string) {
  const [demo] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tjenesteId, tjenesteId), like(users.username, 'kontaktperson.%')));
  const placements = await tx
    .select()
    .from(plassering)
    .where(
      and(
        eq(plassering.tjenesteId, tjenesteId),
        eq(plassering.hjemmel, 'bvl_5_1'),
        isNull(plassering.utflytting),
      ),
    )
    .orderBy(asc(plassering.innflytting), asc(plassering.id));
  // Placed more than a year ago, so a past assessment fits inside the placement.
  const aktive = placements.filter(
    (p) => aktivPlassering([p], today) && p.innflytting < addMonths(today, -12),
  );
  if (!aktive.length) return 0;
  const children = await tx
    .select({ id: barn.id, kontaktpersonId: barn.kontaktpersonId })
    .from(barn)
    .where(
      inArray(
        barn.id,
        aktive.map((p) => p.barnId),
      ),
    );
  const egne = new Set(children.filter((c) => c.kontaktpersonId === demo?.id).map((c) => c.id));
  const valgt = [...aktive].sort((a, b) => Number(egne.has(b.barnId)) - Number(egne.has(a.barnId)));
  const eier = (barnId: string) => children.find((c) => c.id === barnId)?.kontaktpersonId ?? demo?.id;

  const beslutninger: Beslutning[] = ['fortsette_prosess', 'fremme_sak', 'avslutte_mal'];
  let n = 0;
  for (const [i, beslutning] of beslutninger.entries()) {
    const p = valgt[i];
    if (!p) break;
    const av = eier(p.barnId);
    if (!av) continue;
    const [tidligere] = await tx
      .select()
      .from(hendelse)
      .where(and(eq(hendelse.barnId, p.barnId), eq(hendelse.type, 'tilbakeforing_vurdert')))
      .orderBy(desc(hendelse.dato))
      .limit(1);
    const dato = tidligere?.dato ?? addDays(today, -30 - 20 * i);
    const [vurdering] = await tx
      .insert(tilbakeforingsvurdering)
      .values({
        tjenesteId,
        barnId: p.barnId,
        steg: svarFor(beslutning, malform),
        beslutning,
        begrunnelse: TEKST[malform].begrunnelse[beslutning],
        besluttetDato: dato,
        besluttetAv: tidligere?.utfortAv ?? av,
        opprettetAv: tidligere?.utfortAv ?? av,
        version: 4,
        createdAt: new Date(`${addDays(dato, -14)}T09:00:00Z`),
      })
      .returning({ id: tilbakeforingsvurdering.id });
    if (!vurdering) throw new Error('insert failed');
    if (tidligere) {
      await tx.update(hendelse).set({ ref: vurdering.id }).where(eq(hendelse.id, tidligere.id));
    } else {
      await tx.insert(hendelse).values({
        tjenesteId,
        barnId: p.barnId,
        plasseringId: p.id,
        type: 'tilbakeforing_vurdert',
        dato,
        ref: vurdering.id,
        utfortAv: av,
      });
    }
    n++;

    if (beslutning === 'fremme_sak') {
      const { forslag } = lastGjenforeningForslag();
      // Under way: the first step done, the second running, the rest ahead.
      const start = [addDays(dato, 7), addDays(today, -30)].sort().at(-1) as string;
      const steg: GjenforeningSteg[] = forslag.map((f, k) => ({
        id: crypto.randomUUID(),
        beskrivelse: f.beskrivelse[malform],
        ansvar: f.ansvar[malform],
        fra: addDays(start, 21 * k),
        til: addDays(start, 21 * k + 20),
        status:
          addDays(start, 21 * k + 20) < today
            ? 'fullfort'
            : addDays(start, 21 * k) <= today
              ? 'pagar'
              : 'planlagt',
        erfaring: null,
      }));
      for (const [k, s] of steg.entries())
        if (s.status === 'fullfort') s.erfaring = TEKST[malform].erfaring[k % 2] ?? null;
      await tx.insert(gjenforeningsplan).values({
        tjenesteId,
        barnId: p.barnId,
        steg,
        opprettetAv: av,
        version: 3,
      });
    }
  }

  // A draft in progress: the first two steps answered.
  const utkast = valgt[3];
  const utkastAv = utkast && eier(utkast.barnId);
  if (utkast && utkastAv) {
    const alle = svarFor('fortsette_prosess', malform);
    await tx.insert(tilbakeforingsvurdering).values({
      tjenesteId,
      barnId: utkast.barnId,
      steg: { endring: alle.endring as StegSvar, omsorg: alle.omsorg as StegSvar },
      opprettetAv: utkastAv,
      version: 3,
    });
    n++;
  }
  return n;
}
