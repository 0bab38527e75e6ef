import { isSynthetic, parseFodselsnummer } from '@/domain/fodselsnummer';
import { invalidFields } from '@/server/errors';

/**
 * A child is identified by a validated identity number (fødselsnummer, D-nummer or, outside
 * production, a synthetic test number; domain.md §8), or by a birth date alone when no number
 * is known. When both are given they must agree.
 */
export function resolveIdentitet(
  input: { fodselsnummer?: string | null; fodselsdato?: string | null },
  options: { tillatSyntetiske: boolean; today: string },
): { fodselsnummer: string | null; fodselsdato: string } {
  let fodselsnummer: string | null = null;
  let fraNummer: string | null = null;
  if (input.fodselsnummer) {
    const parsed = parseFodselsnummer(input.fodselsnummer);
    if (!parsed.ok || (isSynthetic(parsed) && !options.tillatSyntetiske)) {
      throw invalidFields({ field: 'fodselsnummer', code: 'fodselsnummer_invalid' });
    }
    fodselsnummer = parsed.value;
    fraNummer = parsed.birthDate;
  }
  if (input.fodselsdato && fraNummer && input.fodselsdato !== fraNummer) {
    throw invalidFields({ field: 'fodselsdato', code: 'fodselsdato_mismatch' });
  }
  const fodselsdato = input.fodselsdato ?? fraNummer;
  if (!fodselsdato) throw invalidFields({ field: 'fodselsdato', code: 'identity_missing' });
  if (fodselsdato > options.today) throw invalidFields({ field: 'fodselsdato', code: 'date_future' });
  return { fodselsnummer, fodselsdato };
}

/** Birth date digits shown, the personal number hidden: "150576*****". */
export const maskFodselsnummer = (nr: string | null) => (nr ? `${nr.slice(0, 6)}*****` : null);
