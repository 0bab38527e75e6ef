import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { CaseloadItem } from '@/web/api/barnTypes';
import { useLabels } from '@/web/i18n/labels';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { CaseloadRow } from '@/web/pages/barn/CaseloadRow';
import { type SortDirection, type SortKey, sortCaseload } from '@/web/pages/barn/caseloadParams';

interface Props {
  items: CaseloadItem[];
  sort: SortKey;
  retning: SortDirection;
  busy: boolean;
  onSort: (sort: SortKey, retning: SortDirection) => void;
}

const COLUMNS: { key: SortKey | null; label: MessageId; numeric?: boolean }[] = [
  { key: 'navn', label: 'barn.kolonne.navn' },
  { key: 'alder', label: 'barn.kolonne.alder', numeric: true },
  { key: 'fase', label: 'barn.kolonne.fase' },
  { key: 'fosterhjem', label: 'barn.kolonne.borHos' },
  { key: 'siden', label: 'barn.kolonne.siden' },
  { key: 'type', label: 'barn.kolonne.type' },
  { key: null, label: 'barn.kolonne.fosterforeldre' },
  { key: 'kontaktperson', label: 'barn.kolonne.kontaktperson' },
];

/**
 * The caseload. Column headers are sort buttons (Designsystemet sets `aria-sort`); the region
 * scrolls sideways on narrow screens and can be scrolled by keyboard.
 */
export function CaseloadTable({ items, sort, retning, busy, onSort }: Props) {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const captionId = useId();
  const sorted = sortCaseload(items, sort, retning, new Intl.Collator(intl.locale), labels.plasseringstype);
  const sortedBy = COLUMNS.find((column) => column.key === sort);

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} aria-busy={busy} tabIndex={0}>
      <Table data-size="sm" data-color="neutral" className="data-table caseload-table" zebra>
        <caption id={captionId} className="data-table__caption">
          {t('barn.liste.tabelltekst', {
            kolonne: sortedBy ? t(sortedBy.label) : '',
            retning: retning === 'ascending' ? 'asc' : 'desc',
          })}
        </caption>
        <Table.Head>
          <Table.Row>
            {COLUMNS.map((column) => {
              const key = column.key;
              if (!key) {
                return (
                  <Table.HeaderCell key={column.label} scope="col">
                    {t(column.label)}
                  </Table.HeaderCell>
                );
              }
              const active = key === sort;
              return (
                <Table.HeaderCell
                  key={column.label}
                  scope="col"
                  className={column.numeric ? 'numeric' : undefined}
                  sort={active ? retning : 'none'}
                  onClick={() => onSort(key, active && retning === 'ascending' ? 'descending' : 'ascending')}
                >
                  {t(column.label)}
                </Table.HeaderCell>
              );
            })}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sorted.map((item) => (
            <CaseloadRow key={item.id} item={item} />
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
