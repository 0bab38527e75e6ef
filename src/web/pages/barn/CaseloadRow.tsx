import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { CaseloadItem } from '@/web/api/barnTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { kommunenavn } from '@/web/i18n/kommuner';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { PhaseTag } from '@/web/pages/barn/PhaseTag';

export function CaseloadRow({ item }: { item: CaseloadItem }) {
  const t = useT();
  const labels = useLabels();
  const kommune = item.fosterhjem?.kommunenummer
    ? (kommunenavn(item.fosterhjem.kommunenummer) ?? item.fosterhjem.kommunenummer)
    : null;

  return (
    <Table.Row>
      <Table.Cell>
        <Link asChild>
          <RouterLink to={`/barn/${item.id}`}>{item.navn}</RouterLink>
        </Link>
      </Table.Cell>
      <Table.Cell className="numeric">{t('barn.alderAar', { antall: item.alder })}</Table.Cell>
      <Table.Cell>
        <PhaseTag fase={item.fase} />
      </Table.Cell>
      <Table.Cell>
        {item.fosterhjem ? (
          <span className="stacked">
            <Link asChild>
              <RouterLink to={`/fosterhjem/${item.fosterhjem.id}`}>{item.fosterhjem.navn}</RouterLink>
            </Link>
            {kommune && <span className="subtle">{kommune}</span>}
          </span>
        ) : (
          <EmptyValue />
        )}
      </Table.Cell>
      <Table.Cell>
        <CivilDate date={item.siden} />
      </Table.Cell>
      <Table.Cell>
        {item.plasseringstype ? (
          <span className="stacked">
            <span>{labels.plasseringstype(item.plasseringstype)}</span>
            {item.forsterket && <span className="subtle">{t('plassering.forsterket')}</span>}
          </span>
        ) : (
          <EmptyValue />
        )}
      </Table.Cell>
      <Table.Cell>
        {item.fosterforeldre.length > 0 ? (
          <span className="stacked">
            {item.fosterforeldre.map((navn) => (
              <span key={navn}>{navn}</span>
            ))}
          </span>
        ) : (
          <EmptyValue />
        )}
      </Table.Cell>
      <Table.Cell>
        <span className="stacked">
          {item.kontaktperson ? <span>{item.kontaktperson.navn}</span> : <EmptyValue />}
          {item.team && <span className="subtle">{item.team.navn}</span>}
        </span>
      </Table.Cell>
    </Table.Row>
  );
}
