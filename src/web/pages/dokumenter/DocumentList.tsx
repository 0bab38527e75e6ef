import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { DokumentListeItem } from '@/web/api/dokumentTypes';
import { Timestamp } from '@/web/components/Timestamp';
import { useMediaQuery } from '@/web/components/useMediaQuery';
import { useT } from '@/web/i18n/useT';
import { DocumentStatusTag } from '@/web/pages/dokumenter/DocumentStatusTag';

interface Props {
  items: DokumentListeItem[];
  labelledBy: string;
}

/**
 * Documents: title (a link), status, version, author and last change. A table on wide screens and
 * one card per document on narrow ones (down to 320 px).
 */
export function DocumentList({ items, labelledBy }: Props) {
  const t = useT();
  const narrow = useMediaQuery('(max-width: 47.99rem)');
  if (narrow) {
    return (
      <ul className="doc-cards" aria-labelledby={labelledBy}>
        {items.map((item) => (
          <li key={item.id} className="doc-card">
            <Link asChild>
              <RouterLink to={`/dokumenter/${item.id}`} className="doc-card__title">
                {item.tittel}
              </RouterLink>
            </Link>
            <div className="tag-row">
              <DocumentStatusTag status={item.status} />
              <span className="subtle">{t('dokument.versjon', { versjon: item.versjon })}</span>
            </div>
            <dl className="doc-card__facts">
              <div>
                <dt>{t('dokument.liste.forfatter')}</dt>
                <dd>{item.forfatter}</dd>
              </div>
              <div>
                <dt>{t('dokument.liste.endret')}</dt>
                <dd>
                  <Timestamp value={item.endret} />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    );
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      <Table data-size="sm" className="data-table doc-table" aria-labelledby={labelledBy}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('dokument.liste.dokument')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('dokument.liste.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('dokument.liste.versjon')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('dokument.liste.forfatter')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('dokument.liste.endret')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/dokumenter/${item.id}`}>{item.tittel}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>
                <DocumentStatusTag status={item.status} />
              </Table.Cell>
              <Table.Cell className="numeric">{item.versjon}</Table.Cell>
              <Table.Cell>{item.forfatter}</Table.Cell>
              <Table.Cell>
                <Timestamp value={item.endret} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
