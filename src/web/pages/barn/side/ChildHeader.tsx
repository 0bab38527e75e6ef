import { Heading, Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { BarnView } from '@/web/api/barnTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { IdentityNumber } from '@/web/pages/barn/side/IdentityNumber';
import { PhaseIndicator } from '@/web/pages/barn/side/PhaseIndicator';

/** Name, age, identity number (masked), contact person and team, and where the child stands. */
export function ChildHeader({ barn }: { barn: BarnView }) {
  const t = useT();
  const labels = useLabels();
  return (
    <header className="child-header">
      <Link asChild>
        <RouterLink to="/barn">{t('barn.tilbakeTilListen')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {barn.fornavn} {barn.etternavn}
      </Heading>
      <dl className="child-header__facts">
        <div>
          <dt>{t('barn.side.alder')}</dt>
          <dd>
            {t('barn.alderAar', { antall: barn.alder })} <span className="subtle">(</span>
            <CivilDate date={barn.fodselsdato} />
            <span className="subtle">)</span>
          </dd>
        </div>
        <div>
          <dt>{t('barn.side.fodselsnummer')}</dt>
          <dd>
            <IdentityNumber barnId={barn.id} maskert={barn.fodselsnummerMaskert} />
          </dd>
        </div>
        <div>
          <dt>{t('barn.side.kontaktperson')}</dt>
          <dd>{barn.kontaktperson ? barn.kontaktperson.navn : <EmptyValue />}</dd>
        </div>
        <div>
          <dt>{t('barn.side.team')}</dt>
          <dd>{barn.team ? barn.team.navn : <EmptyValue />}</dd>
        </div>
        <div>
          <dt>{t('barn.side.tilgang')}</dt>
          <dd>{labels.tilknytning(barn.tilknytning)}</dd>
        </div>
      </dl>
      <PhaseIndicator fase={barn.fase} />
    </header>
  );
}
