import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Vurdering } from '@/web/api/tilbakeforingTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { Timestamp } from '@/web/components/Timestamp';
import { useT } from '@/web/i18n/useT';
import { useTilbakeforingLabels } from '@/web/pages/tilbakeforing/useTilbakeforing';

const FARGE = { fremme_sak: 'success', fortsette_prosess: 'info', avslutte_mal: 'warning' } as const;

/** The child's assessments, newest first: the draft in progress, and each decision with its reasons. */
export function AssessmentHistory({ items, onOpen }: { items: Vurdering[]; onOpen: (id: string) => void }) {
  const t = useT();
  const labels = useTilbakeforingLabels();
  if (items.length === 0)
    return <Paragraph className="empty-state">{t('tilbakeforing.historikk.ingen')}</Paragraph>;
  return (
    <ul className="reunification-history">
      {items.map((v) => {
        const besvart = 5 - new Set(v.regler.mangler.map((m) => m.steg)).size;
        return (
          <li key={v.id} className="reunification-history__item">
            <div className="reunification-history__head" id={`vurdering-${v.id}`}>
              {v.beslutning ? (
                <>
                  <Tag data-color={FARGE[v.beslutning]} data-size="sm">
                    {labels.beslutning(v.beslutning)}
                  </Tag>
                  <span>
                    {t('tilbakeforing.historikk.besluttet')} <CivilDate date={v.besluttetDato} />
                    {v.besluttetAv && <> · {v.besluttetAv.navn}</>}
                  </span>
                </>
              ) : (
                <>
                  <Tag data-color="neutral" data-size="sm">
                    {t('tilbakeforing.historikk.utkast')}
                  </Tag>
                  <span>
                    {t('tilbakeforing.historikk.startet')} <Timestamp value={v.opprettet} />
                    {v.opprettetAv && <> · {v.opprettetAv.navn}</>}
                  </span>
                </>
              )}
            </div>
            {v.begrunnelse ? (
              <Paragraph data-size="sm" className="reunification-history__text">
                {v.begrunnelse}
              </Paragraph>
            ) : (
              <Paragraph data-size="sm" className="subtle">
                {t('tilbakeforing.historikk.besvart', { antall: besvart, total: 5 })}
              </Paragraph>
            )}
            <div>
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                aria-describedby={`vurdering-${v.id}`}
                onClick={() => onOpen(v.id)}
              >
                {v.status === 'utkast' && v.kanEndre
                  ? t('tilbakeforing.historikk.fortsett')
                  : t('tilbakeforing.historikk.apne')}
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
