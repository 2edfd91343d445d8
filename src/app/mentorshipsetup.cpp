#include "mentorshipsetup.h"

#include "agreementtexts.h"
#include "appcontext.h"
#include "labels.h"
#include "session.h"
#include "settings.h"

#include "profile/profile.h"
#include "repo/mentorships.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDateTime>
#include <algorithm>

namespace bollplank {

namespace {

struct CadenceChoice
{
    const char *value;
    const char *rule;
};

// Monthly is the method's rhythm; the others are for a mentorship that meets a little less often.
constexpr CadenceChoice Cadences[] = {
    { "monthly", "FREQ=MONTHLY" },
    { "sixweeks", "FREQ=WEEKLY;INTERVAL=6" },
    { "bimonthly", "FREQ=MONTHLY;INTERVAL=2" },
};

constexpr int MinMonths = 1;
constexpr int MaxMonths = 120;

} // namespace

MentorshipSetup::MentorshipSetup(Session *session, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
{
    connect(session, &Session::aboutToClose, this, [this] {
        m_mentorshipId.clear();
        m_agreement.clear();
        emit changed();
    });
    connect(settings, &Settings::languageChanged, this, [this] {
        if (!m_mentorshipId.isEmpty())
            load(m_mentorshipId);
        else
            emit changed();
    });
}

MentorshipSetup *MentorshipSetup::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::mentorshipSetup);
}

QVariantList MentorshipSetup::cadenceChoices() const
{
    QVariantList list;
    for (const CadenceChoice &c : Cadences)
        list.append(QVariantMap { { QStringLiteral("value"), QString::fromLatin1(c.value) },
            { QStringLiteral("text"), cadenceText(QString::fromLatin1(c.rule)) } });
    return list;
}

QString MentorshipSetup::cadenceText(const QString &rule)
{
    if (rule == QLatin1String(Cadences[0].rule))
        //: How often the formal meetings are held
        return tr("Monthly");
    if (rule == QLatin1String(Cadences[1].rule))
        //: How often the formal meetings are held
        return tr("Every six weeks");
    if (rule == QLatin1String(Cadences[2].rule))
        //: How often the formal meetings are held
        return tr("Every two months");
    return rule;
}

QString MentorshipSetup::createMentorship(const QString &otherName, const QString &startDate, int plannedMonths,
    const QString &cadence)
{
    UnlockedProfile *profile = m_session->profile();
    if (!profile)
        return {};
    const QString name = otherName.trimmed();
    const QDate start = QDate::fromString(startDate.trimmed(), Qt::ISODate);
    const auto choice = std::find_if(std::begin(Cadences), std::end(Cadences),
        [&](const CadenceChoice &c) { return cadence == QLatin1String(c.value); });
    const bool mentor = m_session->role() == QLatin1String("mentor");
    if (name.isEmpty()) {
        setError(mentor ? tr("Write the adept's name.") : tr("Write your mentor's name."));
        return {};
    }
    if (!start.isValid()) {
        //: The date format is shown as an example
        setError(tr("Write the start date as %1.").arg(QDate::currentDate().toString(Qt::ISODate)));
        return {};
    }
    if (plannedMonths < MinMonths || plannedMonths > MaxMonths) {
        setError(tr("The planned length must be %1 to %2 months.").arg(MinMonths).arg(MaxMonths));
        return {};
    }
    if (choice == std::end(Cadences)) {
        setError(tr("Choose how often you meet."));
        return {};
    }
    try {
        const QString me = profile->profile().displayName;
        Mentorship m;
        m.adeptName = mentor ? name : me;
        m.mentorName = mentor ? me : name;
        m.startDate = start;
        m.plannedMonths = plannedMonths;
        m.cadence = QString::fromLatin1(choice->rule);
        MentorshipRepository(profile->store()).save(m);
        setError({});
        load(m.meta.id);
        emit mentorshipsChanged();
        return m.meta.id;
    } catch (const StoreError &) {
        setError(tr("The mentorship could not be saved. Try again."));
        return {};
    }
}

void MentorshipSetup::load(const QString &mentorshipId)
{
    Store *s = m_session->store();
    m_mentorshipId = mentorshipId;
    m_agreement.clear();
    if (!s || mentorshipId.isEmpty()) {
        emit changed();
        return;
    }
    const QLocale locale = m_settings->locale();
    const QString lang = m_settings->effectiveLanguage();
    try {
        MentorshipRepository repo(*s);
        const Mentorship m = repo.get(mentorshipId);
        const std::optional<Agreement> a = repo.agreementFor(mentorshipId);
        auto ackText = [&](const std::optional<qint64> &at, const QString &who) {
            if (!at)
                //: %1 is a person's name
                return tr("%1 has not acknowledged it yet").arg(who);
            const QDate date = QDateTime::fromMSecsSinceEpoch(*at).toLocalTime().date();
            //: %1 is a person's name, %2 a date
            return tr("Acknowledged by %1 on %2").arg(who, Labels::longDate(date, locale));
        };
        const bool mentor = m_session->role() == QLatin1String("mentor");
        const bool adeptAck = a && a->adeptAcknowledgedAt;
        const bool mentorAck = a && a->mentorAcknowledgedAt;
        m_agreement = { { QStringLiteral("mentorshipId"), mentorshipId }, { QStringLiteral("exists"), a.has_value() },
            { QStringLiteral("adeptName"), m.adeptName }, { QStringLiteral("mentorName"), m.mentorName },
            { QStringLiteral("goals"), a ? a->goals : QString() },
            { QStringLiteral("adeptExpectations"), a ? a->adeptExpectations : AgreementTexts::adeptExpectations(lang) },
            { QStringLiteral("mentorExpectations"), a ? a->mentorExpectations : AgreementTexts::mentorExpectations(lang) },
            { QStringLiteral("confidentiality"), a ? a->confidentiality : AgreementTexts::confidentiality(lang) },
            { QStringLiteral("adeptAcknowledged"), adeptAck }, { QStringLiteral("mentorAcknowledged"), mentorAck },
            { QStringLiteral("adeptAckText"), ackText(a ? a->adeptAcknowledgedAt : std::nullopt, m.adeptName) },
            { QStringLiteral("mentorAckText"), ackText(a ? a->mentorAcknowledgedAt : std::nullopt, m.mentorName) },
            { QStringLiteral("mineAcknowledged"), mentor ? mentorAck : adeptAck },
            { QStringLiteral("bothAcknowledged"), adeptAck && mentorAck } };
        // For reading: Markdown with any image turned into its text, so nothing is fetched.
        for (const char *key : { "goals", "adeptExpectations", "mentorExpectations", "confidentiality" }) {
            const QString name = QString::fromLatin1(key);
            m_agreement.insert(name + QStringLiteral("Shown"), Labels::withoutImages(m_agreement.value(name).toString()));
        }
        setError({});
    } catch (const StoreError &) {
        m_agreement.clear();
        setError(tr("The agreement could not be read."));
    }
    emit changed();
}

bool MentorshipSetup::saveAgreement(const QString &goals, const QString &adeptExpectations,
    const QString &mentorExpectations, const QString &confidentiality)
{
    Store *s = m_session->store();
    if (!s || m_mentorshipId.isEmpty())
        return false;
    if (goals.trimmed().isEmpty() || confidentiality.trimmed().isEmpty()) {
        setError(tr("The agreement needs goals and a confidentiality clause."));
        return false;
    }
    try {
        MentorshipRepository repo(*s);
        Agreement a = repo.agreementFor(m_mentorshipId).value_or(Agreement {});
        a.mentorshipId = m_mentorshipId;
        a.goals = goals.trimmed();
        a.adeptExpectations = adeptExpectations.trimmed();
        a.mentorExpectations = mentorExpectations.trimmed();
        a.confidentiality = confidentiality.trimmed();
        repo.saveAgreement(a);
    } catch (const StoreError &) {
        setError(tr("The agreement could not be saved. Try again."));
        return false;
    }
    setError({});
    load(m_mentorshipId);
    emit mentorshipsChanged();
    return true;
}

bool MentorshipSetup::acknowledge()
{
    Store *s = m_session->store();
    if (!s || m_mentorshipId.isEmpty())
        return false;
    try {
        const Role me = m_session->role() == QLatin1String("mentor") ? Role::Mentor : Role::Adept;
        MentorshipRepository(*s).acknowledge(m_mentorshipId, me);
    } catch (const StoreError &e) {
        setError(e.kind() == StoreError::Kind::NotFound ? tr("Save the agreement before acknowledging it.")
                                                        : tr("The acknowledgement could not be saved. Try again."));
        return false;
    }
    setError({});
    load(m_mentorshipId);
    emit mentorshipsChanged();
    return true;
}

void MentorshipSetup::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace bollplank
