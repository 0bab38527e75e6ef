import type { HusstandRolle } from '@/web/api/barnTypes';
import type { MedlemInput } from '@/web/api/fosterhjemTypes';
import { blankToNull } from '@/web/pages/barn/sprakListe';

/** One household member as typed in a form (all strings, nothing lost on an error). */
export interface MedlemValues {
  rolle: HusstandRolle | '';
  fornavn: string;
  etternavn: string;
  fodselsdato: string;
  telefon: string;
  epost: string;
}

export const MEDLEM_FELT: (keyof MedlemValues)[] = [
  'rolle',
  'fornavn',
  'etternavn',
  'fodselsdato',
  'telefon',
  'epost',
];

export const tomtMedlem = (rolle: HusstandRolle | '' = ''): MedlemValues => ({
  rolle,
  fornavn: '',
  etternavn: '',
  fodselsdato: '',
  telefon: '',
  epost: '',
});

export function toMedlemInput(values: MedlemValues): MedlemInput {
  return {
    rolle: values.rolle as HusstandRolle,
    fornavn: values.fornavn.trim(),
    etternavn: values.etternavn.trim(),
    fodselsdato: values.fodselsdato || null,
    telefon: blankToNull(values.telefon),
    epost: blankToNull(values.epost),
  };
}
