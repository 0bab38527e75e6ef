import { ARSAK_KODER, type ArsakKode, FLYTTING_TIL } from '@/domain/plasseringsforlop';
import type {
  Avslutning,
  FamilieRelasjon,
  Fase,
  FlyttingTil,
  Hjemmel,
  HusstandRolle,
  Initiativ,
  LandsbyKategori,
  Plasseringstype,
} from '@/web/api/barnTypes';

/** The code lists the API accepts, in the order the UI offers them. */
export const FASER: readonly Fase[] = [
  'for_flytting',
  'innflytting',
  'oppfolging',
  'avslutning',
  'ettervern',
];
export const PLASSERINGSTYPER: readonly Plasseringstype[] = ['slekt_nettverk', 'ordinaer', 'beredskap'];
export const HJEMLER: readonly Hjemmel[] = ['bvl_5_1', 'bvl_6_3', 'bvl_kap3', 'akutt'];
export const AVSLUTNINGER: readonly Avslutning[] = ['planlagt', 'utilsiktet'];
export const INITIATIV: readonly Initiativ[] = [
  'tjenesten',
  'fosterforeldre',
  'barnet',
  'foreldrene',
  'annet',
];
export const ARSAKER = Object.keys(ARSAK_KODER) as ArsakKode[];
export const FLYTTINGER_TIL: readonly FlyttingTil[] = FLYTTING_TIL;
export const RELASJONER: readonly FamilieRelasjon[] = [
  'mor',
  'far',
  'forelder',
  'sosken',
  'halvsosken',
  'besteforelder',
  'tante_onkel',
  'annen',
];
export const HUSSTAND_ROLLER: readonly HusstandRolle[] = [
  'fosterforelder',
  'eget_barn',
  'annet_husstandsmedlem',
];
export const LANDSBY_KATEGORIER: readonly LandsbyKategori[] = [
  'familie',
  'fosterfamilie',
  'skole_barnehage',
  'helse',
  'fritid',
  'hjelpere',
  'annet',
];

/**
 * Landsby's suggestion for a reason code: planned or unintended move (ARSAK_KODER, our own
 * definition; null where the worker must judge). The worker always decides.
 */
export function foreslattAvslutning(arsakKode: string): Avslutning | null {
  return (ARSAK_KODER as Record<string, Avslutning | null>)[arsakKode] ?? null;
}

/** Roles that may be a child's contact person (REGISTRERING_ROLLER on the server). */
export const KONTAKTPERSON_ROLLER: readonly string[] = ['kontaktperson', 'teamleder', 'leder'];
