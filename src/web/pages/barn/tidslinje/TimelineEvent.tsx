import { Tag } from '@digdir/designsystemet-react';
import type { Tidslinjehendelse } from '@/web/api/barnTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';

/** One event in words: "Flyttet inn hos …", "Ny kontaktperson: …", with an unintended move marked. */
export function TimelineEvent({ hendelse }: { hendelse: Tidslinjehendelse }) {
  const t = useT();
  const navn = hendelse.tittel;
  const text = (() => {
    switch (hendelse.type) {
      case 'innflytting':
        return t('tidslinje.innflytting', { navn });
      case 'utflytting':
        return t('tidslinje.utflytting', { navn });
      case 'tildeling':
        return t('tidslinje.tildeling', { navn });
      case 'rammefortelling':
        return t('tidslinje.rammefortelling', { tittel: navn });
      case 'landsby_mal':
        return t('tidslinje.landsbyMal', { tittel: navn });
      case 'avtale_slutt':
        return hendelse.dato > osloToday() ? t('tidslinje.avtaleUtloper') : t('tidslinje.avtaleUtlopt');
    }
  })();
  const future = hendelse.dato > osloToday();

  return (
    <li className="timeline__item" data-type={hendelse.type} data-future={future || undefined}>
      <span className="timeline__date">
        <CivilDate date={hendelse.dato} format="long" />
      </span>
      <span className="timeline__text">
        {text}
        {hendelse.utilsiktet && (
          <Tag data-color="danger" data-size="sm" className="timeline__tag">
            {t('tidslinje.utilsiktet')}
          </Tag>
        )}
        {future && (
          <Tag data-color="neutral" data-size="sm" className="timeline__tag">
            {t('tidslinje.framtidig')}
          </Tag>
        )}
      </span>
    </li>
  );
}
