#include "focusareas.h"

#include "store/storeerror.h"

#include <string>
#include <vector>

namespace bollplank::FocusAreas {

namespace {

std::vector<FocusArea> makeCatalogue()
{
    return {
        { 1, QStringLiteral("Arbetssituation"), QStringLiteral("Work situation"),
            { QStringLiteral("Mandat och befogenheter"), QStringLiteral("Arbetsbelastning"), QStringLiteral("Stöd") },
            { QStringLiteral("Mandate and authority"), QStringLiteral("Workload"), QStringLiteral("Support") } },
        { 2, QStringLiteral("Ledarskap"), QStringLiteral("Leadership"),
            { QStringLiteral("Mitt eget och andras"), QStringLiteral("Mål och visioner"),
                QStringLiteral("Förändringsarbete"), QStringLiteral("Stöd") },
            { QStringLiteral("My own and others'"), QStringLiteral("Goals and visions"),
                QStringLiteral("Leading change"), QStringLiteral("Support") } },
        { 3, QStringLiteral("Kundrelationer och det egna säljarbetet"),
            QStringLiteral("Customer relations and own sales work"), {}, {} },
        { 4, QStringLiteral("Arbetsrelationer och klimat"), QStringLiteral("Work relations and climate"),
            { QStringLiteral("Konflikthantering"), QStringLiteral("Lagarbete"), QStringLiteral("Dialog") },
            { QStringLiteral("Conflict handling"), QStringLiteral("Teamwork"), QStringLiteral("Dialogue") } },
        { 5, QStringLiteral("Personalfrågor"), QStringLiteral("Staff matters"),
            { QStringLiteral("Svåra samtal"), QStringLiteral("Personalutveckling"), QStringLiteral("Stöd") },
            { QStringLiteral("Difficult conversations"), QStringLiteral("Staff development"),
                QStringLiteral("Support") } },
        { 6, QStringLiteral("Stress och kris"), QStringLiteral("Stress and crisis"),
            { QStringLiteral("Det egna beteendet"), QStringLiteral("Balans mellan arbete och privatliv") },
            { QStringLiteral("Own behaviour"), QStringLiteral("Balance between work and private life") } },
    };
}

} // namespace

std::span<const FocusArea> all()
{
    static const std::vector<FocusArea> catalogue = makeCatalogue();
    return catalogue;
}

bool isValid(int id) noexcept
{
    return id >= 1 && id <= Count;
}

const FocusArea &byId(int id)
{
    if (!isValid(id))
        throw StoreError(StoreError::Kind::InvalidInput,
            "Unknown focus area " + std::to_string(id) + " (expected 1 to " + std::to_string(Count) + ")");
    return all()[std::size_t(id - 1)];
}

int maskOf(const QList<int> &ids)
{
    int mask = 0;
    for (int id : ids)
        mask |= 1 << (byId(id).id - 1);
    return mask;
}

QList<int> idsOf(int mask)
{
    QList<int> ids;
    for (int id = 1; id <= Count; ++id)
        if (mask & (1 << (id - 1)))
            ids.append(id);
    return ids;
}

} // namespace bollplank::FocusAreas
