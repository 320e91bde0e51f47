// A name or description the bureau may enter in both languages: the Mongolian where the user reads
// Mongolian and one was entered, else the Chinese (issue 17: a missing translation shows the Chinese).
import { currentLanguage } from './i18n';

export function localized(chinese: string, mongolian?: string | null): string {
  return currentLanguage() === 'mn' && mongolian ? mongolian : chinese;
}
