import { Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { CalendarIcon, DownloadIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import { deskCalendarUrl, programmeIcsUrl } from '@/web/api/programmeDownloadUrl';
import type { Programforlop } from '@/web/api/programTypes';
import type { Sprak } from '@/web/api/types';
import { useMe } from '@/web/auth/useMe';
import { useT } from '@/web/i18n/useT';

/**
 * The desk calendar (*bordkalender*) to print for the family or parent, in bokmål or nynorsk as
 * they prefer, and the planned sessions as an iCalendar file. Both are made from the dates as they
 * are now, so a moved session is right in the next download.
 */
export function RunDownloads({ run }: { run: Programforlop }) {
  const t = useT();
  const me = useMe();
  const [lang, setLang] = useState<Sprak>(me.sprak);

  return (
    <section aria-labelledby="program-nedlasting-overskrift" className="program-downloads">
      <Heading level={2} data-size="sm" id="program-nedlasting-overskrift">
        {t('program.nedlasting.tittel')}
      </Heading>
      <Paragraph data-size="sm">{t('program.nedlasting.beskrivelse')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('program.nedlasting.malform')}</Fieldset.Legend>
        <div className="program-downloads__lang">
          {(['nb', 'nn'] as const).map((value) => (
            <Radio
              key={value}
              name="bordkalender-malform"
              value={value}
              checked={lang === value}
              onChange={() => setLang(value)}
              label={t(value === 'nb' ? 'program.nedlasting.bokmal' : 'program.nedlasting.nynorsk')}
            />
          ))}
        </div>
      </Fieldset>
      <div className="program-downloads__buttons">
        <Button asChild variant="secondary">
          <a href={deskCalendarUrl(run.id, lang)} download>
            <DownloadIcon aria-hidden />
            {t('program.nedlasting.bordkalender')}
          </a>
        </Button>
        <Button asChild variant="secondary">
          <a href={programmeIcsUrl(run.id)} download>
            <CalendarIcon aria-hidden />
            {t('program.nedlasting.ics')}
          </a>
        </Button>
      </div>
    </section>
  );
}
