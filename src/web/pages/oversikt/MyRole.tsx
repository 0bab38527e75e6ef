import { Card, Heading } from '@digdir/designsystemet-react';
import { useMe } from '@/web/auth/useMe';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

/** The signed-in user's own role and team in the service. */
export function MyRole() {
  const t = useT();
  const me = useMe();
  const labels = useLabels();
  return (
    <Card className="info-card" data-color="neutral">
      <Heading level={2} data-size="sm">
        {t('oversikt.rolle.overskrift')}
      </Heading>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('oversikt.rolle.navn')}</dt>
          <dd>{me.navn}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('oversikt.rolle.brukernavn')}</dt>
          <dd>{me.username}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('oversikt.rolle.rolle')}</dt>
          <dd>{labels.rolle(me.rolle)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('oversikt.rolle.team')}</dt>
          <dd>{me.team ? me.team.navn : t('oversikt.rolle.utenTeam')}</dd>
        </div>
      </dl>
    </Card>
  );
}
