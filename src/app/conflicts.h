#pragma once

#include "controller.h"

#include "repo/conflicts.h"

#include <QAbstractListModel>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class Session;
class Settings;

/// The conflicts waiting, for the list of the conflict view.
class ConflictListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Conflicts.model")

public:
    enum Roles { KeyRole = Qt::UserRole + 1, TitleRole, DetailRole };

    struct Row
    {
        QString key;
        QString title;  ///< what was edited: "Reflection", "Minutes", "Agreement: goals"
        QString detail; ///< when the conflict was found
    };

    using QAbstractListModel::QAbstractListModel;
    void setRows(QList<Row> rows);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Row> m_rows;
};

/// One version's lines, each marked when the other version does not have it.
class ConflictLinesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Conflicts.mine or Conflicts.theirs")
    /// How many lines the other version does not have.
    Q_PROPERTY(int differing READ differing NOTIFY differingChanged)

public:
    enum Roles { TextRole = Qt::UserRole + 1, DiffersRole, NumberRole };

    struct Line
    {
        QString text;
        bool differs = false;
    };

    using QAbstractListModel::QAbstractListModel;
    void setLines(QList<Line> lines);
    [[nodiscard]] int differing() const { return m_differing; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void differingChanged();

private:
    QList<Line> m_lines;
    int m_differing = 0;
};

/// Notes edited on two devices at once that sync could not merge (repo/conflicts.h): the notice
/// that they wait, both versions of one side by side with the differing lines marked, and
/// settling it by keeping this device's version, the other's, or an edited merge. The result is
/// an edit like any other and syncs; until then both versions stay. (The base is named in full:
/// the QML type registration looks it up by its registered name.)
class Conflicts : public bollplank::Controller
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// "2 notes were edited on two devices at once", or empty when none waits.
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY changed)
    // Qualified: qmltyperegistrar writes the type as spelt here, and QML tools look it up by the
    // registered (namespaced) name.
    Q_PROPERTY(bollplank::ConflictListModel *model READ model CONSTANT)
    /// The conflict shown: its key, what it is and when it was found; empty when none.
    Q_PROPERTY(QString currentKey READ currentKey NOTIFY currentChanged)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentChanged)
    Q_PROPERTY(QString currentDetail READ currentDetail NOTIFY currentChanged)
    /// This device's version and the other device's, line by line.
    Q_PROPERTY(bollplank::ConflictLinesModel *mine READ mine CONSTANT)
    Q_PROPERTY(bollplank::ConflictLinesModel *theirs READ theirs CONSTANT)

public:
    Conflicts(Session *session, Settings *settings, QObject *parent = nullptr);
    static Conflicts *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] int count() const { return int(m_open.size()); }
    [[nodiscard]] QString noticeText() const;
    [[nodiscard]] ConflictListModel *model() const { return m_model; }
    [[nodiscard]] QString currentKey() const;
    [[nodiscard]] int currentIndex() const { return m_current; }
    [[nodiscard]] QString currentTitle() const;
    [[nodiscard]] QString currentDetail() const;
    [[nodiscard]] ConflictLinesModel *mine() const { return m_mine; }
    [[nodiscard]] ConflictLinesModel *theirs() const { return m_theirs; }

    /// Reads the waiting conflicts again (after a sync, an edit elsewhere); the one shown stays
    /// shown while it waits.
    Q_INVOKABLE void reload();
    /// Shows the conflict at index (clamped).
    Q_INVOKABLE void select(int index);
    /// Both versions in one text, the lines they share once: where an edited merge starts.
    Q_INVOKABLE QString mergeDraft() const;
    /// Settle the conflict shown. False, with errorText, when it could not be (it stays as it was).
    Q_INVOKABLE bool keepMine();
    Q_INVOKABLE bool keepTheirs();
    Q_INVOKABLE bool keepMerged(const QString &text);

signals:
    void changed();
    void currentChanged();
    /// A conflict was settled here: the record changed and the copy went.
    void settled();

private:
    bool settle(ConflictRepository::Keep keep, const QString &merged);
    void showCurrent();
    [[nodiscard]] QString titleOf(const Conflict &c) const;

    Session *m_session;
    Settings *m_settings;
    ConflictListModel *m_model;
    ConflictLinesModel *m_mine;
    ConflictLinesModel *m_theirs;
    QList<Conflict> m_open;
    int m_current = -1;
    Conflict m_shown; ///< what mine and theirs hold now
};

} // namespace bollplank
