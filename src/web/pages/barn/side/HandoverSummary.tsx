import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useIntl } from 'react-intl';
import type { BarnView } from '@/web/api/barnTypes';
import { civilDateValue, daysBetween, osloToday } from '@/web/i18n/dates';
import { TIME_ZONE } from '@/web/i18n/locale';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

/** A handover is shown on top of the child page for this many days. */
export const OVERLEVERING_VISES_DAGER = 90;

const FELT: { key: 'planlagt' | 'utestaende' | 'viktigForBarnet'; label: MessageId }[] = [
  { key: 'planlagt', label: 'overlevering.planlagt' },
  { key: 'utestaende', label: 'overlevering.utestaende' },
  { key: 'viktigForBarnet', label: 'overlevering.viktigForBarnet' },
];

/**
 * The latest handover to a new contact person, shown prominently while it is recent, so the new
 * person starts from what the previous one knew and families need not repeat themselves.
 */
export function HandoverSummary({ barn }: { barn: BarnView }) {
  const t = useT();
  const intl = useIntl();
  const overlevering = barn.overlevering;
  if (!overlevering?.fra) return null;
  if (daysBetween(overlevering.dato, osloToday()) > OVERLEVERING_VISES_DAGER) return null;
  const fields = FELT.filter((felt) => overlevering[felt.key]);

  return (
    <Card data-color="accent" variant="tinted" className="handover" asChild>
      <section aria-labelledby="overlevering-overskrift">
        <Heading level={2} data-size="sm" id="overlevering-overskrift">
          {t('overlevering.tittel', {
            navn: overlevering.fra.navn,
            dato: intl.formatDate(civilDateValue(overlevering.dato), {
              dateStyle: 'long',
              timeZone: TIME_ZONE,
            }),
          })}
        </Heading>
        <Paragraph data-size="sm">{t('overlevering.til', { navn: overlevering.til.navn })}</Paragraph>
        {fields.length === 0 ? (
          <Paragraph>{t('overlevering.ingenNotater')}</Paragraph>
        ) : (
          <dl className="handover__fields">
            {fields.map((felt) => (
              <div key={felt.key}>
                <dt>{t(felt.label)}</dt>
                <dd className="prewrap">{overlevering[felt.key]}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </Card>
  );
}
