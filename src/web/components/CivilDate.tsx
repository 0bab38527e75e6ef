import { useIntl } from 'react-intl';
import { EmptyValue } from '@/web/components/EmptyValue';
import { civilDateValue } from '@/web/i18n/dates';
import { TIME_ZONE } from '@/web/i18n/locale';

interface Props {
  /** 'YYYY-MM-DD' */
  date: string | null | undefined;
  /** short: 02.03.2014 · long: 2. mars 2014 */
  format?: 'short' | 'long';
}

/** A calendar date (birth date, move-in, agreement end) as `<time>`, in Europe/Oslo. */
export function CivilDate({ date, format = 'short' }: Props) {
  const intl = useIntl();
  if (!date) return <EmptyValue />;
  return (
    <time dateTime={date.slice(0, 10)} className="nowrap">
      {intl.formatDate(civilDateValue(date), {
        dateStyle: format === 'long' ? 'long' : 'short',
        timeZone: TIME_ZONE,
      })}
    </time>
  );
}
