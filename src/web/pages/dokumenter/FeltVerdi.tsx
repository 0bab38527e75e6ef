import { useCallback } from 'react';
import type { Medvirkning } from '@/web/api/arshjulTypes';
import type { BarnetsStemme, Felt, Person, Sjekkpunkt } from '@/web/api/dokumentTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { isIsoDate } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { MEDVIRKNING, useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

const tom = (s: unknown) => typeof s !== 'string' || s.trim() === '';

/** A field's value as it reads in a finished document. */
export function FeltVerdi({ felt, verdi }: { felt: Felt; verdi: unknown }) {
  const t = useT();
  const labels = useDokumentLabels();
  const taskLabels = useTaskLabels();
  const valgNavn = (v: string) => {
    const valg = felt.valg?.find((x) => x.verdi === v);
    return valg ? labels.tekst(valg.etikett) : v;
  };

  switch (felt.type) {
    case 'dato':
      if (tom(verdi)) return <EmptyValue />;
      return isIsoDate(verdi as string) ? (
        <CivilDate date={verdi as string} format="long" />
      ) : (
        <span>{verdi as string}</span>
      );
    case 'valg':
      return tom(verdi) ? <EmptyValue /> : <span>{valgNavn(verdi as string)}</span>;
    case 'flervalg': {
      const list = Array.isArray(verdi) ? (verdi as string[]) : [];
      if (list.length === 0) return <EmptyValue />;
      return (
        <ul className="doc-value-list">
          {list.map((v) => (
            <li key={v}>{valgNavn(v)}</li>
          ))}
        </ul>
      );
    }
    case 'sjekkliste': {
      const punkter = (verdi && typeof verdi === 'object' ? verdi : {}) as Record<string, Sjekkpunkt>;
      return (
        <ul className="doc-value-list">
          {(felt.valg ?? []).map((v) => {
            const p = punkter[v.verdi];
            return (
              <li key={v.verdi}>
                <span className="doc-check-state">
                  {p?.ok ? t('dokument.sjekkliste.ok') : t('dokument.sjekkliste.ikkeOk')}
                </span>{' '}
                {labels.tekst(v.etikett)}
                {p?.kommentar ? <span className="prewrap">{` – ${p.kommentar}`}</span> : null}
              </li>
            );
          })}
        </ul>
      );
    }
    case 'personer': {
      const personer = Array.isArray(verdi) ? (verdi as Person[]).filter((p) => !tom(p?.navn)) : [];
      if (personer.length === 0) return <EmptyValue />;
      return (
        <ul className="doc-value-list">
          {personer.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same name may appear twice
            <li key={i}>
              {p.rolle ? t('dokument.personer.medRolle', { navn: p.navn, rolle: p.rolle }) : p.navn}
            </li>
          ))}
        </ul>
      );
    }
    case 'barnets_stemme': {
      const s = (verdi && typeof verdi === 'object' ? verdi : {}) as Partial<BarnetsStemme>;
      const code = MEDVIRKNING.find((c) => c === s.medvirkning) as Medvirkning | undefined;
      return (
        <dl className="doc-voice-value">
          <dt>{t('dokument.stemme.ord')}</dt>
          <dd className="prewrap">{tom(s.ord) ? <EmptyValue /> : s.ord}</dd>
          <dt>{t('dokument.stemme.medvirkning')}</dt>
          <dd>{code ? taskLabels.medvirkning(code) : <EmptyValue />}</dd>
          <dt>{t('dokument.stemme.vektlegging')}</dt>
          <dd className="prewrap">{tom(s.vektlegging) ? <EmptyValue /> : s.vektlegging}</dd>
        </dl>
      );
    }
    default:
      return tom(verdi) ? <EmptyValue /> : <span className="prewrap">{verdi as string}</span>;
  }
}

/** A field's value as one plain text (for "this is saved now" beside the form). */
export function useFeltTekst() {
  const t = useT();
  const labels = useDokumentLabels();
  const taskLabels = useTaskLabels();
  return useCallback(
    (felt: Felt, verdi: unknown): string => {
      const valgNavn = (v: string) => {
        const valg = felt.valg?.find((x) => x.verdi === v);
        return valg ? labels.tekst(valg.etikett) : v;
      };
      switch (felt.type) {
        case 'valg':
          return tom(verdi) ? '' : valgNavn(verdi as string);
        case 'flervalg':
          return Array.isArray(verdi) ? (verdi as string[]).map(valgNavn).join(', ') : '';
        case 'sjekkliste': {
          const punkter = (verdi && typeof verdi === 'object' ? verdi : {}) as Record<string, Sjekkpunkt>;
          return Object.entries(punkter)
            .filter(([, p]) => p?.ok || p?.kommentar)
            .map(([k, p]) => `${p.ok ? '✓' : '–'} ${valgNavn(k)}${p.kommentar ? `: ${p.kommentar}` : ''}`)
            .join('\n');
        }
        case 'personer':
          return Array.isArray(verdi)
            ? (verdi as Person[])
                .filter((p) => !tom(p?.navn))
                .map((p) =>
                  p.rolle ? t('dokument.personer.medRolle', { navn: p.navn, rolle: p.rolle }) : p.navn,
                )
                .join(', ')
            : '';
        case 'barnets_stemme': {
          const s = (verdi && typeof verdi === 'object' ? verdi : {}) as Partial<BarnetsStemme>;
          const code = MEDVIRKNING.find((c) => c === s.medvirkning);
          return [s.ord, code ? taskLabels.medvirkning(code) : '', s.vektlegging]
            .filter((x) => !tom(x))
            .join('\n');
        }
        default:
          return typeof verdi === 'string' ? verdi : '';
      }
    },
    [t, labels, taskLabels],
  );
}
