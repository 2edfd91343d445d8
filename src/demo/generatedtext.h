#pragma once

#include "domain/enums.h"
#include "storytypes.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <array>
#include <optional>
#include <span>

namespace bollplank::demo {

using Phrases = std::span<const char16_t *const>;

/// What one focus area contributes to a generated reflection.
struct AreaPhrases
{
    Phrases headings; ///< a Markdown heading's text
    Phrases observations; ///< what happened or what I see
    Phrases insights; ///< what I think about it
    Phrases listItems; ///< short points for a list
    Phrases closings; ///< a next step or a question to bring to the mentor
};

/// A language's sentence material. {p} stands for a colleague's first name, {c} for a customer.
struct PhraseBook
{
    std::array<AreaPhrases, 6> areas; ///< by focus area id - 1
    Phrases openers; ///< where and when I am writing
    std::array<Phrases, 5> lenses; ///< by Lens: customers, employees, partners, owners, board
    std::array<Phrases, 3> stress; ///< low (1-2), medium (3), high (4-5)
    Phrases listIntros;
    Phrases people;
    Phrases customers;
};

[[nodiscard]] const PhraseBook &phraseBookSv();
[[nodiscard]] const PhraseBook &phraseBookEn();

/// Composes journal entries from a phrase book: an opener, observations and insights for the
/// entry's focus areas, sometimes a heading or a list, a closing thought. Deterministic for the
/// generator's state; 300-1500 characters of Markdown each.
class ReflectionComposer
{
public:
    static constexpr int MinLength = 300;
    static constexpr int MaxLength = 1500;

    ReflectionComposer(Language language, QRandomGenerator &random);

    struct Entry
    {
        QString body;
        int areas = 0; ///< Area bits
        std::optional<Lens> lens;
        std::optional<int> stress;
    };

    /// Draws focus areas (weighted as a CEO's journal is), a lens and a stress level, then writes.
    [[nodiscard]] Entry next();
    [[nodiscard]] QString compose(int areas, std::optional<Lens> lens, std::optional<int> stress);

private:
    [[nodiscard]] int drawAreas();
    [[nodiscard]] const char16_t *pick(Phrases phrases);
    [[nodiscard]] QString fill(const char16_t *phrase);

    const PhraseBook &m_book;
    QRandomGenerator &m_random;
    QList<const char16_t *> m_used;
};

} // namespace bollplank::demo
