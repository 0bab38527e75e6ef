import { Button, Table } from '@digdir/designsystemet-react';
import { PencilIcon } from '@navikt/aksel-icons';
import { useId } from 'react';
import type { Familiemedlem } from '@/web/api/barnTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

interface Props {
  familie: Familiemedlem[];
  kanEndre: boolean;
  onEdit: (medlem: Familiemedlem) => void;
}

export function FamilyTable({ familie, kanEndre, onEdit }: Props) {
  const t = useT();
  const labels = useLabels();
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" data-color="neutral" className="data-table wide-table">
        <caption id={captionId} className="ds-sr-only">
          {t('familie.overskrift')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('familie.kolonne.relasjon')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('familie.kolonne.navn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('familie.kolonne.fodt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('familie.kolonne.kontakt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('familie.kolonne.adresse')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('familie.kolonne.foreldreansvar')}</Table.HeaderCell>
            {kanEndre && (
              <Table.HeaderCell scope="col">
                <span className="ds-sr-only">{t('felles.handlinger')}</span>
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {familie.map((medlem) => {
            const navn = `${medlem.fornavn} ${medlem.etternavn}`;
            return (
              <Table.Row key={medlem.id}>
                <Table.Cell>{labels.relasjon(medlem.relasjon)}</Table.Cell>
                <Table.Cell>{navn}</Table.Cell>
                <Table.Cell>
                  <CivilDate date={medlem.fodselsdato} />
                </Table.Cell>
                <Table.Cell>
                  {medlem.telefon || medlem.epost ? (
                    <span className="stacked">
                      {medlem.telefon && <span className="tabular">{medlem.telefon}</span>}
                      {medlem.epost && <span className="break">{medlem.epost}</span>}
                    </span>
                  ) : (
                    <EmptyValue />
                  )}
                </Table.Cell>
                <Table.Cell>{medlem.adresse ?? <EmptyValue />}</Table.Cell>
                <Table.Cell>{medlem.foreldreansvar ? t('felles.ja') : t('felles.nei')}</Table.Cell>
                {kanEndre && (
                  <Table.Cell>
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => onEdit(medlem)}>
                      <PencilIcon aria-hidden />
                      {t('felles.endre')}
                      <span className="ds-sr-only">{` ${navn}`}</span>
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </section>
  );
}
