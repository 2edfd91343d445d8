#pragma once

#include "domain/records.h"
#include "journalmodel.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class FocusCatalog;
class Session;
class Store;
class Settings;

/// The adept's journal: the list with its filters and search, reading, writing, sharing and
/// deleting (with undo) reflections.
class Journal : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(JournalModel *model READ model CONSTANT)
    /// 0 for every area, else 1-6.
    Q_PROPERTY(int focusArea READ focusArea WRITE setFocusArea NOTIFY filterChanged)
    /// "" for every lens, else a lens name ("customers", ...).
    Q_PROPERTY(QString lens READ lens WRITE setLens NOTIFY filterChanged)
    /// "", "private" or "shared".
    Q_PROPERTY(QString visibility READ visibility WRITE setVisibility NOTIFY filterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    /// [{ value, text }] for the lens pickers, in the language shown.
    Q_PROPERTY(QVariantList lensChoices READ lensChoices NOTIFY labelsChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    Journal(Session *session, Settings *settings, FocusCatalog *catalog, QObject *parent = nullptr);
    ~Journal() override;
    static Journal *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] JournalModel *model() const { return m_model; }
    [[nodiscard]] int focusArea() const { return m_focusArea; }
    void setFocusArea(int area);
    [[nodiscard]] QString lens() const { return m_lens; }
    void setLens(const QString &lens);
    [[nodiscard]] QString visibility() const { return m_visibility; }
    void setVisibility(const QString &visibility);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] bool filtered() const;
    [[nodiscard]] int totalCount() const { return m_totalCount; }
    [[nodiscard]] QVariantList lensChoices() const;
    [[nodiscard]] bool canUndo() const { return m_removed.has_value(); }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    Q_INVOKABLE void clearFilters();
    /// { reflectionId, body, focusAreas, lens, stress, shared, dateText, timeText, weekText,
    ///   sharedText } or an empty map when it is gone.
    Q_INVOKABLE QVariantMap reflection(const QString &id) const;
    /// Saves a new (empty reflectionId) or edited reflection from the editor's fields; returns
    /// its id, or "" with errorText set.
    Q_INVOKABLE QString save(const QVariantMap &fields);
    Q_INVOKABLE bool setShared(const QString &id, bool shared);
    /// Deletes at once (the text is blanked on disk); undo() brings it back until the next delete
    /// or lock.
    Q_INVOKABLE bool remove(const QString &id);
    Q_INVOKABLE QString undoRemove();
    /// Markdown safe to render (no images fetched); for the editor's preview.
    Q_INVOKABLE QString renderable(const QString &markdown) const;

signals:
    void filterChanged();
    void totalCountChanged();
    void labelsChanged();
    void canUndoChanged();
    void errorTextChanged();
    /// A reflection was written, shared or unshared, removed or restored.
    void reflectionChanged(const QString &id);
    void removed(const QString &id);

private:
    void onOpened();
    void onClosing();
    void applyFilter();
    void updateTotal();
    void setError(const QString &text);

    Session *m_session;
    Settings *m_settings;
    JournalModel *m_model;
    int m_focusArea = 0;
    QString m_lens;
    QString m_visibility;
    QString m_searchText;
    int m_totalCount = 0;
    QString m_errorText;
    std::optional<Reflection> m_removed;
};

} // namespace bollplank
