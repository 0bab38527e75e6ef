import type { Kurs } from '@/web/api/fosterfamilieTypes';
import type { MessageId } from '@/web/i18n/messages';

/** The courses in the order the form offers them: the three every foster parent is offered first. */
export const KURS: readonly Kurs[] = ['trygg_base', 'tbo_f', 'efst', 'grunnopplaering', 'annet'];

export const KURS_NAVN: Record<Kurs, MessageId> = {
  trygg_base: 'fosterfamilie.kurs.trygg_base',
  tbo_f: 'fosterfamilie.kurs.tbo_f',
  efst: 'fosterfamilie.kurs.efst',
  grunnopplaering: 'fosterfamilie.kurs.grunnopplaering',
  annet: 'fosterfamilie.kurs.annet',
};
