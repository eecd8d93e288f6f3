import {
  defaultDateTimeFormatPreference,
  resolveDateTimeStyle,
  type DateTimeStyle,
} from '../../../shared/domain/dateTimeFormat';
import { localeConventions } from '../../app/localeConventions';

/** The language this computer gives the app, which "Follow this computer's language" follows. */
export function appLocale(): string {
  return typeof navigator === 'undefined' || !navigator.language ? 'en-GB' : navigator.language;
}

let current: DateTimeStyle | null = null;
let fromLocale: { locale: string; style: DateTimeStyle } | null = null;

/**
 * The style every date and time is written in now. Code outside React (notices, chart labels,
 * file names) reads it here, so nothing has to pass the choice along to stay in step with it.
 */
export function currentDateTimeStyle(): DateTimeStyle {
  if (current !== null) return current;
  // One object per language, so pages that compare styles see no change where there is none.
  const locale = appLocale();
  if (fromLocale?.locale !== locale) {
    fromLocale = {
      locale,
      style: resolveDateTimeStyle(defaultDateTimeFormatPreference, locale, localeConventions(locale)),
    };
  }
  return fromLocale.style;
}

/** Only DateTimeFormatProvider sets this, whenever the saved choice is read or changes. */
export function setCurrentDateTimeStyle(style: DateTimeStyle | null): void {
  current = style;
}
