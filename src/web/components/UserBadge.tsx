import { useMe } from '@/web/auth/useMe';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

/** Who is signed in, and in which role. */
export function UserBadge() {
  const t = useT();
  const me = useMe();
  const labels = useLabels();
  return (
    <p className="user-badge">
      <span className="ds-sr-only">{t('shell.innloggetSom')} </span>
      <span className="user-badge__name">{me.navn}</span>
      <span className="user-badge__role">{labels.rolle(me.rolle)}</span>
    </p>
  );
}
