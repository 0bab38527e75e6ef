import { useT } from '@/web/i18n/useT';

/** A dash for a missing value, read out as "Ikke oppgitt". */
export function EmptyValue() {
  const t = useT();
  return (
    <>
      <span aria-hidden>–</span>
      <span className="ds-sr-only">{t('felles.ikkeOppgitt')}</span>
    </>
  );
}
