import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { Samarbeid } from '@/web/api/types';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

/** Collaborations (inter-municipal, learning networks) the service belongs to, with their members. */
export function CollaborationList({
  samarbeid,
  egenTjenesteId,
}: {
  samarbeid: Samarbeid[];
  egenTjenesteId: string;
}) {
  const t = useT();
  const labels = useLabels();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="overview-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('oversikt.samarbeid.overskrift')}
      </Heading>
      {samarbeid.length === 0 ? (
        <Paragraph>{t('oversikt.samarbeid.ingen')}</Paragraph>
      ) : (
        <ul className="collaboration-list">
          {samarbeid.map((item) => (
            <li key={item.id}>
              <Card className="info-card" data-color="neutral">
                <div className="collaboration__head">
                  <Heading level={3} data-size="xs">
                    {item.navn}
                  </Heading>
                  <Tag data-color={item.type === 'laeringsnettverk' ? 'brand2' : 'info'} data-size="sm">
                    {labels.samarbeidType(item.type)}
                  </Tag>
                </div>
                <Paragraph data-size="sm" className="collaboration__members-label">
                  {t('oversikt.samarbeid.medlemmer', { antall: item.tjenester.length })}
                </Paragraph>
                <ul className="collaboration__members">
                  {item.tjenester.map((tjeneste) => (
                    <li key={tjeneste.id}>
                      {tjeneste.navn}
                      {tjeneste.id === egenTjenesteId && (
                        <span className="collaboration__own"> {t('oversikt.samarbeid.egen')}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
