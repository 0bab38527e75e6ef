import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { listRecruitmentCases } from '@/web/api/listRecruitmentCases';
import { LOP_FASER, rekrutteringKeys } from '@/web/api/rekrutteringTypes';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { useT } from '@/web/i18n/useT';
import '@/web/pages/rekruttering/rekruttering.css';

/**
 * On the start page, for recruiters and heads of service: the families in the pipeline now and
 * the way there. For a Bufetat recruiter (no children) this is the natural first step.
 */
export function RecruitmentNotice() {
  const t = useT();
  const me = useMe();
  const kanLese = harTillatelse(me, Tillatelse.rekrutteringRead);
  const query = useQuery({
    queryKey: rekrutteringKeys.list({}),
    queryFn: () => listRecruitmentCases({}),
    enabled: kanLese && me.rolle === 'rekrutterer',
  });
  if (!kanLese || me.rolle !== 'rekrutterer') return null;
  const aktive = (query.data?.items ?? []).filter((s) =>
    (LOP_FASER as readonly string[]).includes(s.fase),
  ).length;
  return (
    <Card data-color="accent" className="rek-notice">
      <Heading level={2} data-size="sm">
        {t('rekruttering.notis.tittel')}
      </Heading>
      {query.data && <Paragraph>{t('rekruttering.notis.antall', { antall: aktive })}</Paragraph>}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/rekruttering">{t('rekruttering.notis.lenke')}</RouterLink>
        </Link>
      </Paragraph>
    </Card>
  );
}
