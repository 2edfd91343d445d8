#include "demolanguage.h"

#include "store/storeerror.h"

namespace bollplank::demo {

Language languageOf(const QString &name)
{
    const QString n = name.trimmed().toLower();
    auto is = [&](QLatin1String code) {
        return n == code || n.startsWith(code + QLatin1Char('_')) || n.startsWith(code + QLatin1Char('-'));
    };
    if (is(QLatin1String("sv")))
        return Language::Swedish;
    if (is(QLatin1String("en")))
        return Language::English;
    throw StoreError(StoreError::Kind::InvalidInput,
        "Demo content exists in Swedish (sv) and English (en), not in \"" + name.toStdString() + "\"");
}

} // namespace bollplank::demo
