import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { Outlet, useSearchParams } from 'react-router';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { InnsiktFaner } from '@/web/pages/innsikt/InnsiktFaner';
import type { InnsiktContext } from '@/web/pages/innsikt/innsiktContext';
import { PeriodeSkjema } from '@/web/pages/innsikt/PeriodeSkjema';
import { parsePeriode, periodeSearchParams } from '@/web/pages/innsikt/periodeParams';
import '@/web/pages/innsikt/innsikt.css';

/**
 * `/innsikt` (innsikt:tjeneste or innsikt:samarbeid): the period, kept in the query string
 * (`?fra=…&til=…`, default the last twelve months), and the views below it.
 */
export function InnsiktLayout() {
  const t = useT();
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = useMemo(() => osloToday(), []);
  const paramsKey = searchParams.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: parsed again only when the query string changes
  const periode = useMemo(() => parsePeriode(searchParams, today), [paramsKey, today]);
  const kanTjeneste = harTillatelse(me, Tillatelse.innsiktTjeneste);
  const kanSamarbeid = harTillatelse(me, Tillatelse.innsiktSamarbeid);
  if (!kanTjeneste && !kanSamarbeid) return <ForbiddenContent />;

  return (
    <div className="page innsikt-page">
      <Heading level={1} data-size="lg">
        {t('innsikt.tittel')}
      </Heading>
      <Paragraph className="page__lead">
        {kanTjeneste ? t('innsikt.ingress') : t('innsikt.ingress.samarbeid')}
      </Paragraph>
      {kanTjeneste && kanSamarbeid && <InnsiktFaner />}
      <PeriodeSkjema
        periode={periode}
        today={today}
        onChange={(p) => setSearchParams(periodeSearchParams(p))}
      />
      <Outlet context={{ periode } satisfies InnsiktContext} />
    </div>
  );
}
