#include "journalmodel.h"

#include "focuscatalog.h"
#include "labels.h"

#include "query/search.h"
#include "store/storeerror.h"

#include <QDateTime>

namespace bollplank {

namespace {

constexpr int MaxSearchHits = 200;

QString failureMessage()
{
    return JournalModel::tr("The journal could not be read. Lock and unlock to try again.");
}

} // namespace

JournalModel::JournalModel(FocusCatalog *catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
}

void JournalModel::setStore(Store *store)
{
    m_store = store;
    reload();
}

void JournalModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    relabel();
}

void JournalModel::setFilter(const ReflectionFilter &filter)
{
    m_filter = filter;
    reload();
}

void JournalModel::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    reload();
}

JournalModel::Row JournalModel::rowFrom(const Reflection &r) const
{
    Row row;
    row.id = r.meta.id;
    row.excerpt = Labels::excerpt(r.body);
    row.createdAt = r.createdAt;
    row.areas = r.focusAreas;
    row.lens = r.lens;
    row.stress = r.stress.value_or(0);
    row.shared = r.visibility == Visibility::Shared;
    return row;
}

void JournalModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    try {
        if (m_store && !m_searchText.isEmpty()) {
            loadSearch();
        } else if (m_store) {
            ReflectionRepository repo(*m_store);
            m_total = repo.count(m_filter);
            const QList<Reflection> page = repo.list(m_filter, PageSize, 0);
            m_rows.reserve(page.size());
            for (const Reflection &r : page)
                m_rows.append(rowFrom(r));
        }
    } catch (const StoreError &) {
        m_rows.clear();
        m_total = 0;
        emit failed(failureMessage());
    }
    endResetModel();
    emit countChanged();
}

void JournalModel::loadSearch()
{
    ReflectionRepository repo(*m_store);
    const QList<SearchHit> hits = search(*m_store, m_searchText, MaxSearchHits);
    for (const SearchHit &hit : hits) {
        if (hit.kind != SearchHit::Kind::Reflection)
            continue;
        const Reflection r = repo.get(hit.id);
        // Filters narrow search results too.
        if (!passes(r))
            continue;
        Row row = rowFrom(r);
        row.snippet = hit.snippet;
        m_rows.append(row);
    }
    // Newest first, like the journal itself (the search orders by last change).
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.createdAt > b.createdAt; });
    m_total = int(m_rows.size());
}

bool JournalModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_searchText.isEmpty() && m_rows.size() < m_total;
}

void JournalModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    try {
        const QList<Reflection> page = ReflectionRepository(*m_store).list(m_filter, PageSize, int(m_rows.size()));
        if (page.isEmpty()) {
            m_total = int(m_rows.size()); // rows went away meanwhile; stop asking
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        for (const Reflection &r : page)
            m_rows.append(rowFrom(r));
        endInsertRows();
        emit countChanged();
    } catch (const StoreError &) {
        m_total = int(m_rows.size());
        emit failed(failureMessage());
    }
}

void JournalModel::refreshRow(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_store)
        return;
    try {
        const QString snippet = m_rows[row].snippet;
        m_rows[row] = rowFrom(ReflectionRepository(*m_store).get(id));
        m_rows[row].snippet = snippet;
        emit dataChanged(index(row), index(row));
    } catch (const StoreError &) {
        emit failed(failureMessage());
    }
}

void JournalModel::removeRow(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    --m_total;
    endRemoveRows();
    emit countChanged();
}

bool JournalModel::passes(const Reflection &r) const
{
    if (m_filter.focusArea && !r.focusAreas.contains(*m_filter.focusArea))
        return false;
    if (m_filter.lens && r.lens != m_filter.lens)
        return false;
    if (m_filter.visibility && r.visibility != *m_filter.visibility)
        return false;
    if (m_filter.createdFrom && r.createdAt < *m_filter.createdFrom)
        return false;
    if (m_filter.createdTo && r.createdAt >= *m_filter.createdTo)
        return false;
    return !m_filter.mentorshipId || r.mentorshipId.isEmpty() || r.mentorshipId == *m_filter.mentorshipId;
}

void JournalModel::applyChanges(const QStringList &inserted, const QStringList &updated, const QStringList &deleted)
{
    if (!m_store)
        return;
    if (!m_searchText.isEmpty() || inserted.size() > PageSize) {
        reload();
        return;
    }
    try {
        ReflectionRepository repo(*m_store);
        // removeRow's count is set right below, from the store.
        for (const QString &id : deleted)
            removeRow(id);
        for (const QString &id : updated) {
            const int row = rowOf(id);
            if (row < 0)
                continue;
            const Reflection r = repo.get(id);
            if (!passes(r)) { // unshared while the list shows shared ones, say
                removeRow(id);
                continue;
            }
            m_rows[row] = rowFrom(r);
            emit dataChanged(index(row), index(row));
        }
        for (const QString &id : inserted) {
            const Reflection r = repo.get(id);
            if (!passes(r) || rowOf(id) >= 0)
                continue;
            // Newest first; one older than every loaded row comes with scrolling, in its place.
            const auto at = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &row) { return row.createdAt < r.createdAt; });
            const int row = int(at - m_rows.cbegin());
            if (at == m_rows.cend() && qsizetype(m_rows.size()) < m_total)
                continue;
            beginInsertRows({}, row, row);
            m_rows.insert(row, rowFrom(r));
            endInsertRows();
        }
        m_total = repo.count(m_filter);
    } catch (const StoreError &) {
        emit failed(failureMessage());
    }
    emit countChanged();
}

void JournalModel::relabel()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const QDateTime created = QDateTime::fromMSecsSinceEpoch(row.createdAt).toLocalTime();
    switch (role) {
    case ReflectionIdRole:
        return row.id;
    case ExcerptRole:
        return row.excerpt;
    case DateTextRole:
        return Labels::shortDate(created.date(), m_locale);
    case TimeTextRole:
        return Labels::time(created.time(), m_locale);
    case MonthTextRole:
        return Labels::month(created.date(), m_locale);
    case FocusNamesRole:
        return m_catalog->names(row.areas);
    case LensTextRole:
        return row.lens ? Labels::lens(*row.lens) : QString();
    case StressRole:
        return row.stress;
    case SharedRole:
        return row.shared;
    case SnippetRole: {
        // Matches come between \x02 and \x03; the list shows them in bold.
        QString html = row.snippet.toHtmlEscaped();
        html.replace(QChar(2), QStringLiteral("<b>")).replace(QChar(3), QStringLiteral("</b>"));
        return html;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> JournalModel::roleNames() const
{
    return { { ReflectionIdRole, "reflectionId" }, { ExcerptRole, "excerpt" }, { DateTextRole, "dateText" },
        { TimeTextRole, "timeText" }, { MonthTextRole, "monthText" }, { FocusNamesRole, "focusNames" },
        { LensTextRole, "lensText" }, { StressRole, "stress" }, { SharedRole, "shared" },
        { SnippetRole, "snippet" } };
}

QString JournalModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int JournalModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

} // namespace bollplank
