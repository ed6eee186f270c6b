#pragma once

namespace vh {

// Installs translators on the running QCoreApplication for the languages
// QLocale reports (on Linux from LANGUAGE, then LC_ALL, LC_MESSAGES and LANG),
// or for VASTHARVEST_LANGUAGE, e.g. "de", when that is set. Vast Harvest's
// messages come from :/i18n, which an executable embeds by linking
// vastharvest_translations. Qt's own come from Qt's translations folder when
// it has them. English stays installed underneath, so %n plurals read well in
// languages without a translation. Call it before the first tr().
void installTranslations();

} // namespace vh
