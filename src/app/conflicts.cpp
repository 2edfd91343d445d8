#include "conflicts.h"

#include "appcontext.h"
#include "labels.h"
#include "session.h"
#include "settings.h"

#include "store/storeerror.h"
#include "sync/merge.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConflicts, "bollplank.conflicts")

namespace bollplank {

void ConflictListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.key;
    case TitleRole:
        return row.title;
    case DetailRole:
        return row.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const
{
    return { { KeyRole, "key" }, { TitleRole, "title" }, { DetailRole, "detail" } };
}

void ConflictLinesModel::setLines(QList<Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
    const int differing = int(std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return l.differs; }));
    if (differing != m_differing) {
        m_differing = differing;
        emit differingChanged();
    }
}

int ConflictLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant ConflictLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case TextRole:
        return line.text;
    case DiffersRole:
        return line.differs;
    case NumberRole:
        return index.row() + 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictLinesModel::roleNames() const
{
    return { { TextRole, "lineText" }, { DiffersRole, "differs" }, { NumberRole, "number" } };
}

namespace {

QList<ConflictLinesModel::Line> linesOf(const QList<sync::MarkedLine> &marked)
{
    QList<ConflictLinesModel::Line> lines;
    lines.reserve(marked.size());
    for (const sync::MarkedLine &m : marked)
        lines.append({ m.text, m.differs });
    return lines;
}

QString settleError(const StoreError &e)
{
    switch (e.kind()) {
    case StoreError::Kind::NotFound:
        return Conflicts::tr("These versions were already settled, here or on the other device.");
    case StoreError::Kind::InvalidInput:
        return Conflicts::tr("This text cannot be kept as it is: it needs some words, and not too many.");
    case StoreError::Kind::DiskFull:
        return Conflicts::tr("The disk is full, so nothing was changed.");
    default:
        return Conflicts::tr("The versions could not be settled. Nothing was changed; try again.");
    }
}

} // namespace

Conflicts::Conflicts(Session *session, Settings *settings, QObject *parent)
    : Controller(parent)
    , m_session(session)
    , m_settings(settings)
    , m_model(new ConflictListModel(this))
    , m_mine(new ConflictLinesModel(this))
    , m_theirs(new ConflictLinesModel(this))
{
    connect(session, &Session::opened, this, &Conflicts::reload);
    connect(session, &Session::aboutToClose, this, [this] {
        // Nothing read from the profile outlives the lock.
        m_open.clear();
        m_current = -1;
        m_model->setRows({});
        showCurrent();
        clearError();
        emit changed();
    });
    connect(settings, &Settings::languageChanged, this, &Conflicts::reload);
}

Conflicts *Conflicts::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::conflicts);
}

QString Conflicts::noticeText() const
{
    if (m_open.isEmpty())
        return {};
    //: A notice above the journal or the list of adepts; %n is how many texts wait to be compared.
    return tr("%n note(s) were edited on two devices at once", nullptr, int(m_open.size()));
}

QString Conflicts::currentKey() const
{
    return m_current >= 0 ? m_open.at(m_current).key : QString();
}

QString Conflicts::currentTitle() const
{
    return m_current >= 0 ? titleOf(m_open.at(m_current)) : QString();
}

QString Conflicts::currentDetail() const
{
    return m_current >= 0 ? m_model->rows().at(m_current).detail : QString();
}

QString Conflicts::titleOf(const Conflict &c) const
{
    const QString &t = c.table;
    if (t == QLatin1String("reflection"))
        return tr("Reflection");
    if (t == QLatin1String("comment"))
        return tr("Comment on a reflection");
    if (t == QLatin1String("mentor_note"))
        return tr("Note about your adept");
    if (t == QLatin1String("action_item"))
        return tr("Action item");
    if (t == QLatin1String("adhoc_request"))
        return tr("Request for a meeting");
    if (t == QLatin1String("minutes"))
        return tr("Meeting minutes");
    if (t == QLatin1String("evaluation"))
        return tr("Evaluation of a meeting");
    if (c.field == QLatin1String("goals"))
        return tr("Agreement: goals");
    if (c.field == QLatin1String("adept_expectations"))
        return tr("Agreement: the adept's expectations");
    if (c.field == QLatin1String("mentor_expectations"))
        return tr("Agreement: the mentor's expectations");
    return tr("Agreement: confidentiality");
}

void Conflicts::reload()
{
    const QString shown = currentKey();
    m_open.clear();
    if (Store *store = m_session->store()) {
        try {
            m_open = ConflictRepository(*store).open();
        } catch (const std::exception &e) {
            // The notice is left out; the versions stay where they are until the next reload.
            qCWarning(lcConflicts) << "cannot read the conflicts:" << e.what();
        }
    }
    const QLocale locale = m_settings->locale();
    QList<ConflictListModel::Row> rows;
    m_current = m_open.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_open.size(); ++i) {
        const Conflict &c = m_open.at(i);
        const QDateTime found = QDateTime::fromMSecsSinceEpoch(c.foundAt).toLocalTime();
        //: When sync found that two devices had edited the text; %1 is a date, %2 a time.
        const QString detail = tr("Found %1 at %2")
                                   .arg(Labels::shortDate(found.date(), locale), Labels::time(found.time(), locale));
        rows.append({ c.key, titleOf(c), detail });
        if (c.key == shown)
            m_current = int(i);
    }
    m_model->setRows(std::move(rows));
    showCurrent();
    emit changed();
}

void Conflicts::select(int index)
{
    if (m_open.isEmpty())
        return;
    m_current = std::clamp(index, 0, int(m_open.size()) - 1);
    clearError();
    showCurrent();
}

void Conflicts::showCurrent()
{
    const Conflict shown = m_current >= 0 ? m_open.at(m_current) : Conflict();
    // The same versions again (a reload after a sync that changed nothing here): the lines stay,
    // and so does where the person scrolled to.
    if (shown.key != m_shown.key || shown.mine != m_shown.mine || shown.theirs != m_shown.theirs) {
        m_shown = shown;
        const sync::LineDiff diff = sync::diffLines(shown.mine, shown.theirs);
        m_mine->setLines(m_current >= 0 ? linesOf(diff.left) : QList<ConflictLinesModel::Line>());
        m_theirs->setLines(m_current >= 0 ? linesOf(diff.right) : QList<ConflictLinesModel::Line>());
    }
    emit currentChanged();
}

QString Conflicts::mergeDraft() const
{
    return m_current >= 0 ? sync::combineLines(m_open.at(m_current).mine, m_open.at(m_current).theirs) : QString();
}

bool Conflicts::keepMine()
{
    return settle(ConflictRepository::Keep::Mine, {});
}

bool Conflicts::keepTheirs()
{
    return settle(ConflictRepository::Keep::Theirs, {});
}

bool Conflicts::keepMerged(const QString &text)
{
    return settle(ConflictRepository::Keep::Merged, text);
}

bool Conflicts::settle(ConflictRepository::Keep keep, const QString &merged)
{
    Store *store = m_session->store();
    if (!store || m_current < 0)
        return false;
    try {
        ConflictRepository(*store).settle(m_open.at(m_current).key, keep, merged);
    } catch (const StoreError &e) {
        setError(settleError(e));
        reload();
        return false;
    } catch (const std::exception &e) {
        qCWarning(lcConflicts) << "cannot settle:" << e.what();
        setError(tr("The versions could not be settled. Nothing was changed; try again."));
        return false;
    }
    clearError();
    reload();
    emit settled();
    return true;
}

} // namespace bollplank
