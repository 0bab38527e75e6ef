import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { TjenesteTeam } from '@/web/api/types';
import { useMe } from '@/web/auth/useMe';
import { useT } from '@/web/i18n/useT';

/** The teams in the service; the user's own team is marked. */
export function TeamTable({ team }: { team: TjenesteTeam[] }) {
  const t = useT();
  const me = useMe();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="overview-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('oversikt.team.overskrift')}
      </Heading>
      {team.length === 0 ? (
        <Paragraph>{t('oversikt.team.ingen')}</Paragraph>
      ) : (
        <Table aria-labelledby={headingId} data-size="sm" data-color="neutral" className="data-table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('oversikt.team.navn')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('oversikt.team.antallBrukere')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {team.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>
                  <span className="team-name">
                    {item.navn}
                    {me.team?.id === item.id && (
                      <Tag data-color="accent" data-size="sm">
                        {t('oversikt.team.ditt')}
                      </Tag>
                    )}
                  </span>
                </Table.Cell>
                <Table.Cell className="numeric">
                  {t('felles.antall', { antall: item.antallBrukere })}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
