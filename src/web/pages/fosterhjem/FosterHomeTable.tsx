import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import type { FosterhjemListItem } from '@/web/api/fosterhjemTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { daysBetween, osloToday } from '@/web/i18n/dates';
import { kommunenavn } from '@/web/i18n/kommuner';
import { useT } from '@/web/i18n/useT';
import { AVTALE_VARSEL_DAGER } from '@/web/pages/fosterhjem/agreementExpiry';

/** Foster homes; an agreement running out within 180 days is marked with how many days are left. */
export function FosterHomeTable({ items }: { items: FosterhjemListItem[] }) {
  const t = useT();
  const captionId = useId();
  const today = osloToday();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" data-color="neutral" zebra className="data-table wide-table">
        <caption id={captionId} className="data-table__caption">
          {t('fosterhjem.liste.tabelltekst', { antall: items.length })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('fosterhjem.kolonne.navn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('fosterhjem.kolonne.kommune')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('fosterhjem.kolonne.godkjent')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('fosterhjem.kolonne.plassertNa')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('fosterhjem.kolonne.avtaleUtloper')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => {
            const dager = item.avtaleUtloper ? daysBetween(today, item.avtaleUtloper) : null;
            return (
              <Table.Row key={item.id}>
                <Table.Cell>
                  <span className="stacked">
                    <Link asChild>
                      <RouterLink to={`/fosterhjem/${item.id}`}>{item.navn}</RouterLink>
                    </Link>
                    {item.kursIkkeTilbudt && (
                      <Tag data-color="warning" data-size="sm" className="nowrap">
                        {t('fosterfamilie.kurs.ikkeTilbudt')}
                      </Tag>
                    )}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  {item.kommunenummer || item.poststed ? (
                    <span className="stacked">
                      <span>{kommunenavn(item.kommunenummer) ?? item.kommunenummer ?? item.poststed}</span>
                      {item.poststed && kommunenavn(item.kommunenummer) !== item.poststed && (
                        <span className="subtle">{item.poststed}</span>
                      )}
                    </span>
                  ) : (
                    <EmptyValue />
                  )}
                </Table.Cell>
                <Table.Cell>
                  <CivilDate date={item.godkjentDato} />
                </Table.Cell>
                <Table.Cell className="numeric">
                  {t('felles.antall', { antall: item.antallPlassertNa })}
                </Table.Cell>
                <Table.Cell>
                  {item.avtaleUtloper ? (
                    <span className="stacked">
                      <CivilDate date={item.avtaleUtloper} />
                      {dager !== null && dager <= AVTALE_VARSEL_DAGER && (
                        <Tag data-color="warning" data-size="sm" className="nowrap">
                          {t('avtale.dagerIgjen', { antall: dager })}
                        </Tag>
                      )}
                    </span>
                  ) : (
                    <EmptyValue />
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </section>
  );
}
