import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { CivilDate } from '@/web/components/CivilDate';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useT, useTRich } from '@/web/i18n/useT';
import { CourseSteps } from '@/web/pages/manual/forlop/CourseSteps';
import { useManualLabels } from '@/web/pages/manual/manualLabels';
import { courseQuery } from '@/web/pages/manual/useManualQueries';
import '@/web/pages/manual/manual.css';

/**
 * On the foster home's page: where the home stands in its course, how many of the phase's
 * points are open, and the way to the checklist (`/fosterhjem/:id/forlop`).
 */
export function FosterHomeCourseSummary({ hjemId }: { hjemId: string }) {
  const t = useT();
  const tRich = useTRich();
  const labels = useManualLabels();
  const headingId = useId();
  const query = useQuery(courseQuery('fosterhjem', hjemId));
  const na = query.data?.faser.find((fase) => fase.status === 'na');
  const apne = na?.punkter.filter((punkt) => punkt.status === 'apen').length ?? 0;
  return (
    <section className="manual-panel course-summary" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('forlop.overskrift')}
      </Heading>
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
      {query.data && na && (
        <>
          <CourseSteps faser={query.data.faser} label={t('forlop.steg.etikett')} />
          <Paragraph>
            {tRich('forlop.sammendrag', {
              fase: labels.fase(na.id),
              dato: <CivilDate date={query.data.fase.fra} />,
              antall: apne,
            })}
          </Paragraph>
          <Link asChild>
            <RouterLink to={`/fosterhjem/${hjemId}/forlop`}>{t('forlop.sammendrag.lenke')}</RouterLink>
          </Link>
        </>
      )}
    </section>
  );
}
