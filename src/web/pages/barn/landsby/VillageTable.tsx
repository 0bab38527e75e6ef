import { Button, Table } from '@digdir/designsystemet-react';
import { PencilIcon, TrashIcon } from '@navikt/aksel-icons';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { Landsbymedlem } from '@/web/api/barnTypes';
import { EmptyValue } from '@/web/components/EmptyValue';
import { LANDSBY_KATEGORIER } from '@/web/i18n/codes';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

interface Props {
  medlemmer: Landsbymedlem[];
  kanEndre: boolean;
  onEdit: (medlem: Landsbymedlem) => void;
  onRemove: (medlem: Landsbymedlem) => void;
}

/** Everyone in the village, by group: the accessible view of the picture above. */
export function VillageTable({ medlemmer, kanEndre, onEdit, onRemove }: Props) {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const captionId = useId();
  const collator = new Intl.Collator(intl.locale);
  const rows = [...medlemmer].sort(
    (a, b) =>
      LANDSBY_KATEGORIER.indexOf(a.kategori) - LANDSBY_KATEGORIER.indexOf(b.kategori) ||
      collator.compare(a.navn, b.navn),
  );

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" data-color="neutral" className="data-table">
        <caption id={captionId} className="data-table__caption village-table__caption">
          {t('landsby.tabell')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('landsby.kolonne.gruppe')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('landsby.kolonne.navn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('landsby.kolonne.rolle')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('landsby.kolonne.kontakt')}</Table.HeaderCell>
            {kanEndre && (
              <Table.HeaderCell scope="col">
                <span className="ds-sr-only">{t('felles.handlinger')}</span>
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((medlem) => (
            <Table.Row key={medlem.id}>
              <Table.Cell>{labels.landsbyKategori(medlem.kategori)}</Table.Cell>
              <Table.Cell>{medlem.navn}</Table.Cell>
              <Table.Cell>{medlem.rolle}</Table.Cell>
              <Table.Cell className="break">{medlem.kontakt ?? <EmptyValue />}</Table.Cell>
              {kanEndre && (
                <Table.Cell>
                  <span className="row-actions">
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => onEdit(medlem)}>
                      <PencilIcon aria-hidden />
                      {t('felles.endre')}
                      <span className="ds-sr-only">{` ${medlem.navn}`}</span>
                    </Button>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-color="danger"
                      data-size="sm"
                      onClick={() => onRemove(medlem)}
                    >
                      <TrashIcon aria-hidden />
                      {t('felles.fjern')}
                      <span className="ds-sr-only">{` ${medlem.navn}`}</span>
                    </Button>
                  </span>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
