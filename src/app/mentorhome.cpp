#include "mentorhome.h"

#include "appcontext.h"
#include "labels.h"
#include "session.h"
#include "settings.h"

#include "profile/profile.h"
#include "query/progress.h"
#include "query/sharedsince.h"
#include "repo/actionitems.h"
#include "repo/mentorships.h"
#include "repo/requests.h"
#include "store/storeerror.h"

#include <QCollator>
#include <QDateTime>

namespace bollplank {

namespace {

int urgencyRank(Urgency u)
{
    return u == Urgency::High ? 3 : u == Urgency::Medium ? 2 : 1;
}

} // namespace

MentorHome::MentorHome(Session *session, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
{
    connect(session, &Session::opened, this, &MentorHome::refresh);
    connect(session, &Session::aboutToClose, this, &MentorHome::clear);
    connect(settings, &Settings::languageChanged, this, &MentorHome::refresh);
}

MentorHome *MentorHome::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::mentorHome);
}

void MentorHome::clear()
{
    m_adepts.clear();
    m_requests.clear();
    m_errorText.clear();
    emit changed();
}

void MentorHome::refresh()
{
    Store *store = m_session->store();
    if (!store) {
        clear();
        return;
    }
    Store &s = *store;
    const QLocale locale = m_settings->locale();
    const QDate today = QDate::currentDate();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    struct Row
    {
        QVariantMap map;
        QString name;
        int rank = 0;
    };
    QList<Row> rows;
    QList<std::pair<AdHocRequest, QString>> requests;
    try {
        // What is new since each adept's last meeting, counted in one query for all of them.
        const QHash<QString, int> shared = sharedSinceLastMeeting(s, now);
        ActionItemRepository actions(s);
        RequestRepository requestRepo(s);
        for (const Mentorship &m : MentorshipRepository(s).list()) {
            const Progress p = progress(s, m.meta.id, today);
            const int sharedNew = shared.value(m.meta.id);
            int overdue = 0;
            for (const ActionItem &a : actions.open(m.meta.id))
                overdue += a.dueDate.isValid() && a.dueDate < today;
            const QList<AdHocRequest> open = requestRepo.open(m.meta.id);
            int rank = 0;
            for (const AdHocRequest &r : open) {
                rank = std::max(rank, urgencyRank(r.urgency));
                requests.append(std::make_pair(r, m.adeptName));
            }
            const Urgency top = rank == 3 ? Urgency::High : rank == 2 ? Urgency::Medium : Urgency::Low;
            Row row;
            row.name = m.adeptName;
            row.rank = rank;
            row.map = { { QStringLiteral("mentorshipId"), m.meta.id }, { QStringLiteral("adeptName"), m.adeptName },
                //: Progress of a mentorship, e.g. "Month 14 of 18"
                { QStringLiteral("stageText"),
                    tr("Month %1 of %2").arg(qMin(p.monthsElapsed + 1, p.plannedMonths)).arg(p.plannedMonths) },
                { QStringLiteral("progress"), p.fractionElapsed() }, { QStringLiteral("sharedNew"), sharedNew },
                { QStringLiteral("overdue"), overdue }, { QStringLiteral("monthsWithout"), p.monthsWithoutMeeting },
                { QStringLiteral("lastMeetingText"),
                    p.lastMeeting.isValid() ? tr("Last met %1").arg(Labels::shortDate(p.lastMeeting, locale))
                                            : tr("No meeting yet") },
                { QStringLiteral("requestCount"), int(open.size()) },
                { QStringLiteral("urgency"), rank > 0 ? toString(top) : QString() },
                { QStringLiteral("urgencyText"), rank > 0 ? Labels::urgency(top) : QString() } };
            rows.append(row);
        }
        m_errorText.clear();
    } catch (const StoreError &) {
        m_errorText = tr("Your adepts could not be read.");
    }

    QCollator collator(locale);
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (a.rank != b.rank)
            return a.rank > b.rank;
        return collator.compare(a.name, b.name) < 0;
    });
    std::stable_sort(requests.begin(), requests.end(), [](const auto &a, const auto &b) {
        if (a.first.urgency != b.first.urgency)
            return urgencyRank(a.first.urgency) > urgencyRank(b.first.urgency);
        return a.first.meta.updatedAt < b.first.meta.updatedAt;
    });
    m_adepts.clear();
    for (const Row &row : std::as_const(rows))
        m_adepts.append(row.map);
    m_requests.clear();
    for (const auto &[r, name] : std::as_const(requests)) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(r.meta.updatedAt).toLocalTime().date();
        m_requests.append(QVariantMap { { QStringLiteral("requestId"), r.meta.id },
            { QStringLiteral("mentorshipId"), r.mentorshipId }, { QStringLiteral("adeptName"), name },
            { QStringLiteral("urgency"), toString(r.urgency) }, { QStringLiteral("urgencyText"), Labels::urgency(r.urgency) },
            { QStringLiteral("reason"), r.reason }, { QStringLiteral("dateText"), Labels::shortDate(date, locale) } });
    }
    emit changed();
}

} // namespace bollplank
