#pragma once

#include "domain/records.h"
#include "repo/reflections.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace bollplank {

class Store;
class FocusCatalog;

/// The journal's reflections, newest first, read from the core a page at a time as the list
/// scrolls (canFetchMore/fetchMore), so ten thousand entries cost no more to open than fifty.
/// Holds excerpts only; the full text is read when an entry is opened.
class JournalModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Journal.model")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalMatching READ totalMatching NOTIFY countChanged)

public:
    enum Roles {
        ReflectionIdRole = Qt::UserRole + 1,
        ExcerptRole,
        DateTextRole,
        TimeTextRole,
        MonthTextRole,
        FocusNamesRole,
        LensTextRole,
        StressRole,
        SharedRole,
        SnippetRole,
    };

    explicit JournalModel(FocusCatalog *catalog, QObject *parent = nullptr);

    /// Where the rows come from; null while locked.
    void setStore(Store *store);
    void setLocale(const QLocale &locale);
    void setFilter(const ReflectionFilter &filter);
    /// Non-empty: show search hits (reflections only) instead of the filtered list.
    void setSearchText(const QString &text);

    /// Reads the first page again (after a new entry or a filter change).
    void reload();
    /// Re-reads one row in place (after an edit), if it is loaded.
    void refreshRow(const QString &id);
    void removeRow(const QString &id);
    /// What a sync changed among reflections, by row (sync/changeset.h): loaded rows are read
    /// again or removed in place, new ones that belong among the loaded rows are inserted where
    /// they sort, and the rest come with scrolling. Many new at once (a first sync) read the first
    /// page again instead, as does a list of search hits.
    void applyChanges(const QStringList &inserted, const QStringList &updated, const QStringList &deleted);
    /// Every loaded row's texts again, e.g. after a language switch.
    void relabel();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    [[nodiscard]] int totalMatching() const { return m_total; }

    Q_INVOKABLE QString idAt(int row) const;
    /// Reads the next page now, if there is one. The list calls this well before its end, so
    /// rows are there before they scroll into view (the view's own fetchMore comes too late).
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    Q_INVOKABLE int rowOf(const QString &id) const;

    static constexpr int PageSize = 50;

signals:
    void countChanged();
    /// Reading the store failed; the message says what to do.
    void failed(const QString &message);

private:
    struct Row
    {
        QString id;
        QString excerpt;
        QString snippet;
        qint64 createdAt = 0;
        QList<int> areas;
        std::optional<Lens> lens;
        int stress = 0;
        bool shared = false;
    };
    [[nodiscard]] Row rowFrom(const Reflection &reflection) const;
    /// Whether the reflection is one the list's filter lets through.
    [[nodiscard]] bool passes(const Reflection &reflection) const;
    void loadSearch();

    FocusCatalog *m_catalog;
    Store *m_store = nullptr;
    QLocale m_locale;
    ReflectionFilter m_filter;
    QString m_searchText;
    QList<Row> m_rows;
    int m_total = 0;
};

} // namespace bollplank
