#include "journal.h"

#include "appcontext.h"
#include "journalmodel.h"
#include "labels.h"
#include "session.h"
#include "settings.h"

#include "domain/focusareas.h"
#include "profile/profile.h"
#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "store/storeerror.h"

namespace bollplank {

namespace {

constexpr Lens AllLenses[] = { Lens::Customers, Lens::Employees, Lens::Partners, Lens::Owners, Lens::Board };

std::optional<Lens> lensFrom(const QString &name)
{
    for (Lens lens : AllLenses)
        if (toString(lens) == name)
            return lens;
    return std::nullopt;
}

QString saveError(const StoreError &e)
{
    if (e.kind() == StoreError::Kind::DiskFull)
        return Journal::tr("The disk is full, so the reflection was not saved.");
    if (e.kind() == StoreError::Kind::InvalidInput)
        return Journal::tr("The reflection needs some text, and at most 200,000 characters.");
    return Journal::tr("The reflection could not be saved. Try again.");
}

} // namespace

Journal::Journal(Session *session, Settings *settings, FocusCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_model(new JournalModel(catalog, this))
{
    m_model->setLocale(settings->locale());
    connect(session, &Session::opened, this, &Journal::onOpened);
    connect(session, &Session::aboutToClose, this, &Journal::onClosing);
    connect(settings, &Settings::languageChanged, this, [this] {
        m_model->setLocale(m_settings->locale());
        emit labelsChanged();
    });
    connect(m_model, &JournalModel::failed, this, &Journal::setError);
}

Journal::~Journal() = default;

Journal *Journal::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::journal);
}

void Journal::onOpened()
{
    m_model->setStore(m_session->store());
    updateTotal();
}

void Journal::onClosing()
{
    // Nothing read from the profile outlives the lock: not the list, not a deleted entry.
    m_removed.reset();
    emit canUndoChanged();
    m_focusArea = 0;
    m_lens.clear();
    m_visibility.clear();
    m_searchText.clear();
    emit filterChanged();
    m_model->setFilter({});
    m_model->setSearchText({});
    m_model->setStore(nullptr);
    m_totalCount = 0;
    emit totalCountChanged();
}

void Journal::setFocusArea(int area)
{
    area = FocusAreas::isValid(area) ? area : 0;
    if (area == m_focusArea)
        return;
    m_focusArea = area;
    applyFilter();
}

void Journal::setLens(const QString &lens)
{
    const QString value = lensFrom(lens) ? lens : QString();
    if (value == m_lens)
        return;
    m_lens = value;
    applyFilter();
}

void Journal::setVisibility(const QString &visibility)
{
    const QString value
        = visibility == QLatin1String("private") || visibility == QLatin1String("shared") ? visibility : QString();
    if (value == m_visibility)
        return;
    m_visibility = value;
    applyFilter();
}

void Journal::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    emit filterChanged();
    m_model->setSearchText(text);
}

bool Journal::filtered() const
{
    return m_focusArea != 0 || !m_lens.isEmpty() || !m_visibility.isEmpty() || !m_searchText.trimmed().isEmpty();
}

void Journal::clearFilters()
{
    m_focusArea = 0;
    m_lens.clear();
    m_visibility.clear();
    m_searchText.clear();
    m_model->setSearchText({});
    applyFilter();
}

void Journal::applyFilter()
{
    ReflectionFilter filter;
    if (m_focusArea)
        filter.focusArea = m_focusArea;
    filter.lens = lensFrom(m_lens);
    if (!m_visibility.isEmpty())
        filter.visibility = parseVisibility(m_visibility);
    emit filterChanged();
    m_model->setFilter(filter);
}

void Journal::updateTotal()
{
    int total = 0;
    if (Store *s = m_session->store()) {
        try {
            total = ReflectionRepository(*s).count();
        } catch (const StoreError &) {
        }
    }
    if (total != m_totalCount) {
        m_totalCount = total;
        emit totalCountChanged();
    }
}

QVariantList Journal::lensChoices() const
{
    QVariantList list;
    for (Lens lens : AllLenses)
        list.append(QVariantMap { { QStringLiteral("value"), toString(lens) }, { QStringLiteral("text"), Labels::lens(lens) } });
    return list;
}

QVariantMap Journal::reflection(const QString &id) const
{
    Store *s = m_session->store();
    if (!s || id.isEmpty())
        return {};
    try {
        const Reflection r = ReflectionRepository(*s).get(id);
        const QLocale locale = m_settings->locale();
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(r.createdAt).toLocalTime();
        QVariantList areas;
        for (int area : r.focusAreas)
            areas.append(area);
        QVariantMap map { { QStringLiteral("reflectionId"), r.meta.id }, { QStringLiteral("body"), r.body },
            { QStringLiteral("bodyMarkdown"), Labels::withoutImages(r.body) }, { QStringLiteral("focusAreas"), areas }, { QStringLiteral("lens"), r.lens ? toString(*r.lens) : QString() },
            { QStringLiteral("lensText"), r.lens ? Labels::lens(*r.lens) : QString() },
            { QStringLiteral("stress"), r.stress.value_or(0) },
            { QStringLiteral("shared"), r.visibility == Visibility::Shared },
            { QStringLiteral("dateText"), Labels::longDate(created.date(), locale) },
            { QStringLiteral("timeText"), Labels::time(created.time(), locale) },
            { QStringLiteral("weekText"), Labels::week(created.date()) } };
        return map;
    } catch (const StoreError &) {
        return {};
    }
}

QString Journal::save(const QVariantMap &fields)
{
    Store *s = m_session->store();
    if (!s)
        return {};
    try {
        ReflectionRepository repo(*s);
        const QString id = fields.value(QStringLiteral("reflectionId")).toString();
        Reflection r;
        if (!id.isEmpty()) {
            r = repo.get(id);
        } else {
            // A new entry belongs to the current mentorship, when there is one.
            const QList<Mentorship> mentorships = MentorshipRepository(*s).list();
            if (!mentorships.isEmpty())
                r.mentorshipId = mentorships.first().meta.id;
        }
        r.body = fields.value(QStringLiteral("body")).toString();
        r.focusAreas.clear();
        for (const QVariant &area : fields.value(QStringLiteral("focusAreas")).toList())
            if (FocusAreas::isValid(area.toInt()) && !r.focusAreas.contains(area.toInt()))
                r.focusAreas.append(area.toInt());
        std::sort(r.focusAreas.begin(), r.focusAreas.end());
        r.lens = lensFrom(fields.value(QStringLiteral("lens")).toString());
        const int stress = fields.value(QStringLiteral("stress")).toInt();
        r.stress = stress >= 1 && stress <= 5 ? std::optional<int>(stress) : std::nullopt;
        r.visibility = fields.value(QStringLiteral("shared")).toBool() ? Visibility::Shared : Visibility::Private;
        repo.save(r);
        setError({});
        if (id.isEmpty())
            m_model->reload();
        else
            m_model->refreshRow(id);
        updateTotal();
        emit reflectionChanged(r.meta.id);
        return r.meta.id;
    } catch (const StoreError &e) {
        setError(saveError(e));
        return {};
    }
}

bool Journal::setShared(const QString &id, bool shared)
{
    Store *s = m_session->store();
    if (!s)
        return false;
    try {
        ReflectionRepository repo(*s);
        Reflection r = repo.get(id);
        r.visibility = shared ? Visibility::Shared : Visibility::Private;
        repo.save(r);
        setError({});
        if (!m_visibility.isEmpty())
            m_model->reload(); // it may no longer match the visibility filter
        else
            m_model->refreshRow(id);
        emit reflectionChanged(id);
        return true;
    } catch (const StoreError &e) {
        setError(saveError(e));
        return false;
    }
}

bool Journal::remove(const QString &id)
{
    Store *s = m_session->store();
    if (!s)
        return false;
    try {
        ReflectionRepository repo(*s);
        Reflection r = repo.get(id);
        repo.remove(id);
        m_removed = r;
        emit canUndoChanged();
        m_model->removeRow(id);
        updateTotal();
        emit reflectionChanged(id);
        emit removed(id);
        return true;
    } catch (const StoreError &e) {
        setError(saveError(e));
        return false;
    }
}

QString Journal::undoRemove()
{
    Store *s = m_session->store();
    if (!s || !m_removed)
        return {};
    try {
        // Saving a tombstoned record revives it with a new revision (an edit beats a delete).
        Reflection r = *m_removed;
        ReflectionRepository(*s).save(r);
        m_removed.reset();
        emit canUndoChanged();
        m_model->reload();
        updateTotal();
        emit reflectionChanged(r.meta.id);
        return r.meta.id;
    } catch (const StoreError &e) {
        setError(saveError(e));
        return {};
    }
}

QString Journal::renderable(const QString &markdown) const
{
    return Labels::withoutImages(markdown);
}

void Journal::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace bollplank
