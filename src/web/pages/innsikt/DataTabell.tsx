import { Table } from '@digdir/designsystemet-react';
import { type ReactNode, useId } from 'react';

export interface DataRad {
  key: string;
  /** The row's header first, then one cell per remaining column. */
  celler: ReactNode[];
}

/**
 * A table of figures with a caption, row headers in the first column and numbers in the rest. It
 * scrolls sideways in its own focusable region, named by the caption, on narrow screens.
 */
export function DataTabell({
  caption,
  kolonner,
  rader,
  testId,
}: {
  caption: string;
  kolonner: string[];
  rader: DataRad[];
  testId?: string;
}) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" data-color="neutral" className="data-table" zebra data-testid={testId}>
        <caption id={captionId} className="data-table__caption">
          <span className="innsikt-caption">{caption}</span>
        </caption>
        <Table.Head>
          <Table.Row>
            {kolonner.map((k, i) => (
              <Table.HeaderCell key={k} scope="col" className={i > 0 ? 'numeric' : undefined}>
                {k}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rader.map(({ key, celler: [forste, ...resten] }) => (
            <Table.Row key={key}>
              <Table.HeaderCell scope="row">{forste}</Table.HeaderCell>
              {resten.map((celle, i) => (
                <Table.Cell key={kolonner[i + 1]} className="numeric">
                  {celle}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
