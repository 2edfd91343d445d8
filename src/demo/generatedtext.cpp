#include "generatedtext.h"

#include "domain/focusareas.h"

namespace bollplank::demo {

namespace {

// How often each focus area is a journal entry's main subject, in per mille: leadership and staff
// matters most, stress least (a CEO's journal, not a crisis diary).
constexpr std::array<int, 6> AreaWeights { 170, 240, 130, 140, 200, 120 };

class Body
{
public:
    [[nodiscard]] qsizetype size() const { return m_text.size(); }
    [[nodiscard]] bool fits(const QString &more) const
    {
        return m_text.size() + more.size() + 2 <= ReflectionComposer::MaxLength;
    }
    void paragraph(const QString &text)
    {
        if (!m_text.isEmpty())
            m_text += QStringLiteral("\n\n");
        m_text += text;
        m_sentences = 1;
    }
    void sentence(const QString &text)
    {
        if (m_sentences == 0)
            return paragraph(text);
        m_text += QLatin1Char(' ') + text;
        ++m_sentences;
    }
    void endParagraph() { m_sentences = 0; }
    /// Sentences in the open paragraph (0 after a heading or a list).
    [[nodiscard]] int sentences() const { return m_sentences; }
    [[nodiscard]] const QString &text() const { return m_text; }

private:
    QString m_text;
    int m_sentences = 0;
};

} // namespace

ReflectionComposer::ReflectionComposer(Language language, QRandomGenerator &random)
    : m_book(language == Language::Swedish ? phraseBookSv() : phraseBookEn())
    , m_random(random)
{
}

int ReflectionComposer::drawAreas()
{
    int roll = int(m_random.bounded(1000));
    int primary = 0;
    while (primary < 5 && roll >= AreaWeights[std::size_t(primary)])
        roll -= AreaWeights[std::size_t(primary++)];
    int areas = 1 << primary;
    if (m_random.bounded(100) < 35) // about a third touch a second area
        areas |= 1 << int(m_random.bounded(6));
    return areas;
}

ReflectionComposer::Entry ReflectionComposer::next()
{
    Entry e;
    e.areas = drawAreas();
    if (m_random.bounded(100) < 60)
        e.lens = Lens(m_random.bounded(5));
    const bool stressArea = e.areas & Area::Stress;
    if (stressArea || m_random.bounded(100) < 25)
        e.stress = stressArea ? 3 + int(m_random.bounded(3)) : 1 + int(m_random.bounded(3));
    e.body = compose(e.areas, e.lens, e.stress);
    return e;
}

const char16_t *ReflectionComposer::pick(Phrases phrases)
{
    if (phrases.empty())
        return nullptr;
    // A few tries for a phrase this entry has not used yet; pools are small, entries short.
    for (int attempt = 0; attempt < 6; ++attempt) {
        const char16_t *p = phrases[std::size_t(m_random.bounded(quint32(phrases.size())))];
        if (!m_used.contains(p)) {
            m_used.append(p);
            return p;
        }
    }
    for (const char16_t *p : phrases) {
        if (!m_used.contains(p)) {
            m_used.append(p);
            return p;
        }
    }
    return nullptr;
}

QString ReflectionComposer::fill(const char16_t *phrase)
{
    if (!phrase)
        return {};
    QString s = QString::fromUtf16(phrase);
    QList<const char16_t *> named; // "{p} and {p}" are two people
    while (s.contains(QLatin1String("{p}"))) {
        const char16_t *name = nullptr;
        do
            name = m_book.people[std::size_t(m_random.bounded(quint32(m_book.people.size())))];
        while (named.contains(name) && named.size() < qsizetype(m_book.people.size()));
        named.append(name);
        s.replace(s.indexOf(QLatin1String("{p}")), 3, QString::fromUtf16(name));
    }
    while (s.contains(QLatin1String("{c}")))
        s.replace(s.indexOf(QLatin1String("{c}")), 3,
            QString::fromUtf16(
                m_book.customers[std::size_t(m_random.bounded(quint32(m_book.customers.size())))]));
    return s;
}

QString ReflectionComposer::compose(int areas, std::optional<Lens> lens, std::optional<int> stress)
{
    m_used.clear();
    const QList<int> ids = FocusAreas::idsOf(areas ? areas : Area::Leadership);
    const AreaPhrases &primary = m_book.areas[std::size_t(ids.first() - 1)];
    const AreaPhrases &secondary = m_book.areas[std::size_t(ids.last() - 1)];
    // Skewed toward shorter entries, as journals are: most 300-800 characters, some long.
    const int span = MaxLength - MinLength;
    const int target = MinLength + int(m_random.bounded(span + 1)) * int(m_random.bounded(span + 1)) / span;

    Body body;
    auto add = [&](const char16_t *phrase, bool newParagraph) {
        if (!phrase)
            return false;
        const QString s = fill(phrase);
        if (!body.fits(s))
            return false;
        newParagraph ? body.paragraph(s) : body.sentence(s);
        return true;
    };

    if (m_random.bounded(100) < 25) {
        if (const char16_t *h = pick(primary.headings))
            body.paragraph(QStringLiteral("## ") + fill(h));
        body.endParagraph();
    }
    add(pick(m_book.openers), true);
    add(pick(primary.observations), false);
    if (lens)
        add(pick(m_book.lenses[std::size_t(*lens)]), false);
    if (stress)
        add(pick(m_book.stress[std::size_t(*stress <= 2 ? 0 : *stress == 3 ? 1 : 2)]), true);

    bool listed = false;
    for (int round = 0; body.size() < target && round < 12; ++round) {
        const AreaPhrases &area = round % 2 ? secondary : primary;
        const int roll = int(m_random.bounded(100));
        if (!listed && round > 0 && roll < 30) {
            listed = true;
            QString list = fill(pick(m_book.listIntros));
            const int items = 2 + int(m_random.bounded(3));
            for (int i = 0; i < items; ++i)
                if (const char16_t *item = pick(area.listItems))
                    list += QStringLiteral("\n- ") + fill(item);
            if (body.fits(list))
                body.paragraph(list);
            body.endParagraph();
        } else {
            // Paragraphs of one to three sentences, as people write.
            const bool newParagraph = body.sentences() >= 3 || m_random.bounded(100) < 35;
            add(pick(roll < 65 ? area.insights : area.observations), newParagraph);
        }
    }
    // Pools for one or two areas can run dry before the shortest length; borrow from the others.
    for (int id = 0; body.size() < MinLength && id < 6; ++id)
        add(pick(m_book.areas[std::size_t(id)].insights), true);
    if (m_random.bounded(100) < 60)
        add(pick(secondary.closings), true);
    return body.text();
}

} // namespace bollplank::demo
