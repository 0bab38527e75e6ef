/**
 * Approval of a recruited foster home, and linking an approved home to a child (issue 8).
 *
 * domain.md §2.4: a foster home is approved before the child moves in, as the main rule for the
 * specific child (exceptions only in special cases, e.g. emergency placements); health
 * information and a police certificate for the adults in the home are required. The Zip-team
 * practice (seeds/003 §5.8.1) also approves homes generally, so that they can be offered to the
 * municipalities in the collaboration; such a home is then chosen for a child by the child's
 * service when it links the home to the placement. The decision rests on the home-study report
 * (sosialrapport, content/maler/sosialrapport_godkjenning.yaml), which must be finished.
 * Pure rules, no I/O.
 */

export const GODKJENNING_TYPER = ['generell', 'bestemt_barn'] as const;
export type GodkjenningType = (typeof GODKJENNING_TYPER)[number];

/** The home-study report template the approval rests on. */
export const SOSIALRAPPORT_MAL = 'sosialrapport_godkjenning';

/**
 * Checklist points (content/rekruttering/pipeline.yaml) that must be done before approval:
 * the police certificate for every adult and the health declaration (§2.4), and the report.
 */
export const GODKJENNING_KREVER_PUNKTER = [
  'politiattest',
  'helseerklaering',
  'sosialrapport_skrevet',
] as const;

/** The checklist point the decision itself fulfils in the approval stage. */
export const GODKJENNING_PUNKT = 'godkjenningsvedtak';

/** A report the decision can rest on: finished, or approved where the template asks for it. */
export const rapportFerdig = (status: string) => status === 'ferdig' || status === 'godkjent';

export type GodkjenningInput = {
  fase: string;
  type: GodkjenningType;
  barnId: string | null;
  dato: string;
  rapport: { status: string } | null;
  hjemtyper: readonly string[];
  /** Ids of the checklist points done on the case. */
  punkterUtfort: readonly string[];
};

export type Feil = { field: string; code: string };

/** What stands in the way of recording the approval; empty when it may be recorded. */
export function godkjenningMangler(input: GodkjenningInput, idag: string): Feil[] {
  const feil: Feil[] = [];
  if (input.fase !== 'godkjenning') feil.push({ field: 'fase', code: 'rekruttering_feil_fase' });
  if (input.type === 'bestemt_barn' && !input.barnId)
    feil.push({ field: 'godkjentForBarnId', code: 'required' });
  if (input.type === 'generell' && input.barnId)
    feil.push({ field: 'godkjentForBarnId', code: 'rekruttering_barn_kun_bestemt' });
  if (input.dato > idag) feil.push({ field: 'godkjentDato', code: 'date_future' });
  if (!input.rapport) feil.push({ field: 'rapportDokumentId', code: 'rekruttering_rapport_mangler' });
  else if (!rapportFerdig(input.rapport.status))
    feil.push({ field: 'rapportDokumentId', code: 'rekruttering_rapport_ikke_ferdig' });
  if (input.hjemtyper.length === 0) feil.push({ field: 'hjemtyper', code: 'required' });
  for (const punkt of GODKJENNING_KREVER_PUNKTER) {
    if (!input.punkterUtfort.includes(punkt))
      feil.push({ field: `sjekkpunkt.${punkt}`, code: 'rekruttering_sjekkpunkt_mangler' });
  }
  return feil;
}

export type Godkjent = {
  fase: string;
  godkjenningType: GodkjenningType | null;
  godkjentForBarnId: string | null;
  godkjentDato: string | null;
  /** The kinds of assignment the home is approved for: ordinaer, beredskap, forsterket. */
  hjemtyper: readonly string[];
};

export type Formidling = {
  barnId: string;
  innflytting: string;
  plasseringstype: 'ordinaer' | 'beredskap' | 'slekt_nettverk';
  forsterket: boolean;
};

/**
 * What stands in the way of linking an approved home to a child: the home must be available,
 * approved for this child when it was approved for a named child, approved for the kind of
 * placement (a recruited home is never a kinship placement), and the child may not move in
 * before the approval (§2.4: approval before the child moves in).
 */
export function formidlingMangler(sak: Godkjent, valg: Formidling): Feil[] {
  if (sak.fase !== 'tilgjengelig' || !sak.godkjenningType || !sak.godkjentDato) {
    return [{ field: 'fase', code: 'rekruttering_ikke_tilgjengelig' }];
  }
  const feil: Feil[] = [];
  if (sak.godkjenningType === 'bestemt_barn' && sak.godkjentForBarnId !== valg.barnId) {
    feil.push({ field: 'barnId', code: 'rekruttering_godkjent_for_annet_barn' });
  }
  if (!sak.hjemtyper.includes(valg.plasseringstype)) {
    feil.push({ field: 'plasseringstype', code: 'rekruttering_hjemtype_ikke_godkjent' });
  }
  if (valg.forsterket && !sak.hjemtyper.includes('forsterket')) {
    feil.push({ field: 'forsterket', code: 'rekruttering_hjemtype_ikke_godkjent' });
  }
  if (valg.innflytting < sak.godkjentDato) {
    feil.push({ field: 'innflytting', code: 'rekruttering_for_godkjenning' });
  }
  return feil;
}

/** Whole days since a date (the number of days a home has been available). */
export function dagerSiden(fra: string, idag: string): number {
  return Math.max(
    0,
    Math.round((Date.parse(`${idag}T12:00:00Z`) - Date.parse(`${fra}T12:00:00Z`)) / 86_400_000),
  );
}

/**
 * How an available home's approval is shown to a service: generally approved, approved for a
 * child of this service (the child may be named), or for a child elsewhere (never named).
 */
export function godkjentForVisning(
  sak: { godkjenningType: GodkjenningType | null; godkjentForBarnTjenesteId: string | null },
  tjenesteId: string,
): 'generell' | 'eget_barn' | 'annet_barn' {
  if (sak.godkjenningType !== 'bestemt_barn') return 'generell';
  return sak.godkjentForBarnTjenesteId === tjenesteId ? 'eget_barn' : 'annet_barn';
}
