import { useIntl } from 'react-intl';
import { TIME_ZONE } from '@/web/i18n/locale';

/** An instant (saved at, written at) as `<time>`, date and time in Europe/Oslo. */
export function Timestamp({ value }: { value: string }) {
  const intl = useIntl();
  return (
    <time dateTime={value} className="nowrap">
      {intl.formatDate(value, { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE })}
    </time>
  );
}
