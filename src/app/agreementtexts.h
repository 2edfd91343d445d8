#pragma once

#include <QString>

namespace bollplank::AgreementTexts {

/// Default texts for a new agreement, in "sv" or "en". They follow the method: confidentiality
/// as a matter of course, the mentor as sounding board, the adept choosing the focus areas.
[[nodiscard]] QString confidentiality(const QString &language);
[[nodiscard]] QString adeptExpectations(const QString &language);
[[nodiscard]] QString mentorExpectations(const QString &language);

} // namespace bollplank::AgreementTexts
