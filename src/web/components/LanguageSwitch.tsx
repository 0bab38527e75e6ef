import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import type { Sprak } from '@/web/api/types';
import { useChangeLanguage } from '@/web/auth/useChangeLanguage';
import { SPRAAK } from '@/web/i18n/locale';
import type { MessageId } from '@/web/i18n/messages';
import { useLocale } from '@/web/i18n/useLocale';
import { useT } from '@/web/i18n/useT';

const NAVN: Record<Sprak, MessageId> = { nb: 'sprak.nb', nn: 'sprak.nn' };

/** Two toggle buttons, bokmål and nynorsk; each language name is marked with its own `lang`. */
export function LanguageSwitch() {
  const t = useT();
  const { locale } = useLocale();
  const { change, pendingSprak, error } = useChangeLanguage();

  return (
    <div className="language-switch">
      <fieldset className="language-switch__buttons">
        <legend className="ds-sr-only">{t('sprak.velg')}</legend>
        {SPRAAK.map((sprak) => (
          <Button
            key={sprak}
            type="button"
            data-size="sm"
            variant={sprak === locale ? 'primary' : 'tertiary'}
            aria-pressed={sprak === locale}
            lang={sprak}
            loading={pendingSprak === sprak}
            onClick={() => {
              if (sprak !== locale) change(sprak).catch(() => undefined);
            }}
          >
            {t(NAVN[sprak])}
          </Button>
        ))}
      </fieldset>
      {error && <ValidationMessage role="alert">{t('sprak.kunneIkkeLagre')}</ValidationMessage>}
    </div>
  );
}
