import { Details, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ProgramSamling } from '@/web/api/programTypes';
import { useT } from '@/web/i18n/useT';
import { useProgramLabels } from '@/web/pages/program/programLabels';

interface Props {
  samling: ProgramSamling;
  ord: { en: string; den: string; flere: string };
  /** Open from the start. */
  open?: boolean;
}

interface ContentProps {
  samling: ProgramSamling;
  ord: { en: string; den: string; flere: string };
  /** The heading level inside the session (one below the session's own heading). */
  level?: 3 | 4;
  /** The library lists the material itself, with the leader's buttons. */
  utenMateriale?: boolean;
}

/** The session's goal, tools, what the family thinks about before, the leader's guidance and own material. */
export function SessionGuideContent({ samling, ord, level = 4, utenMateriale = false }: ContentProps) {
  const t = useT();
  const labels = useProgramLabels();
  return (
    <div className="program-guide">
      <Heading level={level} data-size="2xs">
        {t('program.guide.mal')}
      </Heading>
      <Paragraph data-size="sm" className="prewrap">
        {samling.mal}
      </Paragraph>
      {samling.verktoy.length > 0 && (
        <>
          <Heading level={level} data-size="2xs">
            {t('program.guide.verktoy')}
          </Heading>
          <ul className="program-guide__tools">
            {samling.verktoy.map((v) => (
              <li key={`${v.type}-${v.tekst}`}>
                <strong>{labels.verktoy(v.type)}:</strong> {v.tekst}
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading level={level} data-size="2xs">
        {t('program.guide.tenkPaFor', { tekst: ord.den })}
      </Heading>
      <Paragraph data-size="sm" className="prewrap">
        {samling.tenkPaFor}
      </Paragraph>
      <Heading level={level} data-size="2xs">
        {t('program.guide.veiledning', { tekst: ord.den })}
      </Heading>
      <Paragraph data-size="sm" className="prewrap">
        {samling.veiledning}
      </Paragraph>
      {!utenMateriale && samling.materiale.length > 0 && (
        <>
          <Heading level={level} data-size="2xs">
            {t('program.guide.materiale')}
          </Heading>
          <ul className="program-guide__material">
            {samling.materiale.map((m) => (
              <li key={m.id}>
                <Link href={m.url} target="_blank" rel="noopener noreferrer">
                  {m.tittel}
                  <span className="ds-sr-only"> {t('program.guide.nyFane')}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Beside a session on the run page: folded, so the list stays short. */
export function SessionGuide({ samling, ord, open }: Props) {
  const t = useT();
  return (
    <Details className="program-session__guide" defaultOpen={open}>
      <Details.Summary>{t('program.guide.tittel', { tekst: ord.den })}</Details.Summary>
      <Details.Content>
        <SessionGuideContent samling={samling} ord={ord} />
      </Details.Content>
    </Details>
  );
}
