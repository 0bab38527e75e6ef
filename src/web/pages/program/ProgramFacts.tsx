import type { ProgramDefinisjon } from '@/web/api/programTypes';
import { useT } from '@/web/i18n/useT';
import { useProgramLabels } from '@/web/pages/program/programLabels';

/** Who the programme is for, how many sessions, how often, whether it is voluntary, and its source. */
export function ProgramFacts({ def }: { def: ProgramDefinisjon }) {
  const t = useT();
  const labels = useProgramLabels();
  const ord = labels.ord(def.malgruppe);
  const { intervallMaaneder, intervallUker, klokkeslett } = def.planlegging;
  const hyppighet = intervallUker
    ? t('program.fakta.uker', { antall: intervallUker })
    : t('program.fakta.maaneder', { antall: intervallMaaneder ?? 1 });

  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{t('program.fakta.for')}</dt>
        <dd>{t(def.malgruppe === 'foreldre' ? 'program.fakta.foreldre' : 'program.fakta.fosterhjem')}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('program.fakta.antall')}</dt>
        <dd>{t('program.fakta.antallTekst', { antall: def.samlinger.length, tekst: ord.flere })}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('program.fakta.hyppighet')}</dt>
        <dd>{t('program.fakta.hyppighetTekst', { tekst: hyppighet, kl: klokkeslett })}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('program.fakta.frivillig')}</dt>
        <dd>{def.frivillig ? t('program.fakta.frivilligJa') : t('program.fakta.frivilligNei')}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('program.fakta.kilde')}</dt>
        <dd>{def.kilde}</dd>
      </div>
    </dl>
  );
}
