#pragma once

// A profile with one mentorship and a monthly series whose first meeting is Tuesday 3 February
// 2026 at 14:00 in Stockholm, plus confidential text that must never reach a notification.
#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "schedule/seriesrepository.h"
#include "testsupport.h"

#include <QTimeZone>

namespace bollplank::test {

inline qint64 sthlm(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Stockholm")).toMSecsSinceEpoch();
}

inline const QString Secret = QStringLiteral("HEMLIGT");

inline void seed(Store &store)
{
    Mentorship m;
    m.adeptName = QStringLiteral("Karin Lund");
    m.mentorName = QStringLiteral("Anders Berg");
    m.startDate = QDate(2026, 1, 1);
    MentorshipRepository(store).save(m);
    MeetingSeries s;
    s.mentorshipId = m.meta.id;
    s.rule = QStringLiteral("FREQ=MONTHLY;BYDAY=1TU");
    s.start = CivilTime::parse(QStringLiteral("2026-02-03T14:00"));
    s.timeZone = QStringLiteral("Europe/Stockholm");
    s.place = QStringLiteral("Café Pascal");
    MeetingSeriesRepository(store).save(s);
    Reflection r;
    r.mentorshipId = m.meta.id;
    r.body = Secret + QStringLiteral(": styrelsen och jag");
    ReflectionRepository(store).save(r);
}

} // namespace bollplank::test
