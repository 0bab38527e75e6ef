import { Heading } from '@digdir/designsystemet-react';
import { useIntl } from 'react-intl';
import type { Arshjul } from '@/web/api/arshjulTypes';
import { TIME_ZONE } from '@/web/i18n/locale';
import { useT } from '@/web/i18n/useT';
import { AvvikTag, StatusTag } from '@/web/pages/oppgaver/StatusTag';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

/** The month's name ("januar") in the user's language, Europe/Oslo. */
export function useMonthName() {
  const intl = useIntl();
  return (ar: number, maned: number) =>
    intl.formatDate(new Date(Date.UTC(ar, maned - 1, 15, 12)), { month: 'long', timeZone: TIME_ZONE });
}

/**
 * The year as twelve months on a grid (four across on paper, like a wall calendar). Each task sits
 * in the month of its deadline, with its day, its status as icon and text, and any deviation.
 */
export function WheelGrid({ wheel, headingId }: { wheel: Arshjul; headingId: string }) {
  const t = useT();
  const labels = useTaskLabels();
  const monthName = useMonthName();
  return (
    <ol className="wheel" aria-labelledby={headingId}>
      {wheel.maneder.map((m) => (
        <li key={m.maned} className="wheel__month">
          <Heading level={3} data-size="2xs" className="wheel__month-name">
            {monthName(wheel.ar, m.maned)}
          </Heading>
          {m.oppgaver.length === 0 ? (
            <p className="wheel__empty">{t('arshjul.ingenOppgaver')}</p>
          ) : (
            <ul className="wheel__tasks">
              {m.oppgaver.map((o) => (
                <li
                  key={o.id}
                  className={`wheel__task wheel__task--${o.avvik && o.status !== 'fullfort' ? 'avvik' : o.status}`}
                >
                  <span className="wheel__day">{Number(o.frist.slice(8, 10))}.</span>
                  <span className="wheel__what">
                    <span className="wheel__name">{labels.navn(o)}</span>
                    <span className="wheel__tags">
                      <StatusTag status={o.status} />
                      {o.avvik && o.status !== 'fullfort' && <AvvikTag />}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
