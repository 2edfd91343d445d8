#include "testsupport.h"

#include "appcontext.h"
#include "fake/fakelifecycle.h"
#include "meetingprep.h"
#include "platformservices.h"
#include "session.h"

#include "profile/profile.h"
#include "repo/actionitems.h"
#include "repo/editordrafts.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "repo/requests.h"

#include <QClipboard>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QQmlEngine>

namespace bollplank {

TestSupport::TestSupport(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

TestSupport *TestSupport::create(QQmlEngine *engine, QJSEngine *)
{
    return new TestSupport(AppContext::of(engine), engine);
}

void TestSupport::seedMentorship()
{
    Store &store = m_context->session()->profile()->store();
    Mentorship m;
    m.adeptName = QStringLiteral("Test Adept");
    m.mentorName = QStringLiteral("Test Mentor");
    m.startDate = QDate::currentDate().addMonths(-3);
    MentorshipRepository(store).save(m);
    Meeting next;
    next.mentorshipId = m.meta.id;
    next.startsAt = QDateTime(QDate::currentDate().addDays(7), QTime(16, 0)).toMSecsSinceEpoch();
    next.place = QStringLiteral("Café");
    MeetingRepository(store).save(next);
    ActionItem item;
    item.mentorshipId = m.meta.id;
    item.body = QStringLiteral("Book the board meeting");
    item.dueDate = QDate::currentDate().addDays(3);
    ActionItemRepository(store).save(item);
    m_context->meetingPrep()->refresh();
}

int TestSupport::storedReflections() const
{
    return ReflectionRepository(m_context->session()->profile()->store()).count();
}

QString TestSupport::newestBody() const
{
    const auto list = ReflectionRepository(m_context->session()->profile()->store()).list({}, 1);
    return list.isEmpty() ? QString() : list.first().body;
}

bool TestSupport::newestShared() const
{
    const auto list = ReflectionRepository(m_context->session()->profile()->store()).list({}, 1);
    return !list.isEmpty() && list.first().visibility == Visibility::Shared;
}

QVariantList TestSupport::storedMeetingAreas() const
{
    Store &store = m_context->session()->profile()->store();
    const auto mentorships = MentorshipRepository(store).list();
    QVariantList areas;
    if (mentorships.isEmpty())
        return areas;
    MeetingRepository meetings(store);
    const auto next = meetings.nextPlanned(mentorships.first().meta.id, QDateTime::currentMSecsSinceEpoch());
    if (next)
        for (int area : meetings.focusAreas(next->meta.id))
            areas.append(area);
    return areas;
}

int TestSupport::storedOpenRequests() const
{
    Store &store = m_context->session()->profile()->store();
    const auto mentorships = MentorshipRepository(store).list();
    return mentorships.isEmpty() ? 0 : int(RequestRepository(store).open(mentorships.first().meta.id).size());
}

void TestSupport::simulateBackground()
{
    static_cast<platform::FakeLifecycle *>(m_context->platform().lifecycle.get())->simulateBackground();
}

QString TestSupport::clipboardText() const
{
    return QGuiApplication::clipboard()->text();
}

QString TestSupport::profileFolder() const
{
    return m_context->options().profileFolder;
}

void TestSupport::simulateApplicationState(int state)
{
    emit qGuiApp->applicationStateChanged(Qt::ApplicationState(state));
}

void TestSupport::simulateQuit()
{
    // A private signal: only the meta-object can emit it from outside.
    QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection);
}

QString TestSupport::draftText(const QString &key, const QString &field) const
{
    if (!m_context->session()->profile())
        return {};
    const auto draft = EditorDraftRepository(m_context->session()->profile()->store()).find(key);
    return draft ? draft->value(field).toString() : QString();
}

QStringList TestSupport::filesHolding(const QString &marker) const
{
    QStringList found;
    QDirIterator it(m_context->options().profileFolder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(marker.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

} // namespace bollplank
