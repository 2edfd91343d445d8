// init, profile, passphrase, check, areas: the profile itself and the fixed catalogue.
#include "commands.h"
#include "context.h"
#include "recordjson.h"
#include "recordtext.h"

#include "domain/focusareas.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

QJsonObject profileJson(UnlockedProfile &profile)
{
    QJsonObject object = toJson(profile.profile());
    object.insert(u"folder"_s, QDir::toNativeSeparators(profile.folder()));
    return object;
}

void init(Context &ctx)
{
    const Role role = parseChoice(ctx.args.required(u"role"_s), u"role"_s, &parseRole);
    const QString name = ctx.args.required(u"name"_s);
    UnlockedProfile &profile = ctx.session.create(role, name);
    ctx.out.result(profileJson(profile),
        u"Created the %1 profile of %2 in %3"_s.arg(
            toString(role), profile.profile().displayName, QDir::toNativeSeparators(profile.folder())));
}

void showProfile(Context &ctx)
{
    UnlockedProfile &profile = ctx.session.profile();
    ctx.out.result(
        profileJson(profile), detail(profile.profile(), QDir::toNativeSeparators(profile.folder())));
}

void renameProfile(Context &ctx)
{
    UnlockedProfile &profile = ctx.session.profile();
    profile.setDisplayName(ctx.args.required(u"name"_s));
    ctx.out.result(profileJson(profile), u"Renamed the profile to %1"_s.arg(profile.profile().displayName));
}

void changePassphrase(Context &ctx)
{
    const QString next = Session::readPassphraseFile(ctx.args.required(u"new-passphrase-file"_s));
    UnlockedProfile &profile = ctx.session.profile();
    profile.changePassphrase(ctx.session.passphrase(), next, Session::kdfParams());
    ctx.out.result(QJsonObject { { u"changed"_s, true } }, u"The passphrase is changed."_s);
}

void check(Context &ctx)
{
    ctx.session.profile().verifyIntegrity();
    ctx.out.result(QJsonObject { { u"ok"_s, true } }, u"The profile is intact."_s);
}

void areas(Context &ctx)
{
    const QString language = QLocale().name();
    QJsonArray array;
    QStringList text;
    for (const FocusArea &area : FocusAreas::all()) {
        array.append(QJsonObject { { u"id"_s, area.id }, { u"nameEn"_s, area.nameEn },
            { u"nameSv"_s, area.nameSv }, { u"pointsEn"_s, QJsonArray::fromStringList(area.pointsEn) },
            { u"pointsSv"_s, QJsonArray::fromStringList(area.pointsSv) } });
        QString row = u"%1  %2"_s.arg(area.id).arg(area.name(language));
        if (!area.points(language).isEmpty())
            row += u": "_s + area.points(language).join(u", "_s);
        text.append(row);
    }
    ctx.out.result(array, text.join(u'\n'));
}

} // namespace

void addProfileCommands(QList<Command> &commands)
{
    commands += {
        { u"init"_s, u"--role adept|mentor --name NAME"_s,
            u"create a profile (the folder is made if absent; the passphrase is set here)"_s, 0, 0, &init },
        { u"profile show"_s, QString(), u"show the profile's name, role, device and folder"_s, 0, 0,
            &showProfile },
        { u"profile rename"_s, u"--name NAME"_s, u"change the profile's display name"_s, 0, 0,
            &renameProfile },
        { u"passphrase change"_s, u"--new-passphrase-file FILE"_s,
            u"re-wrap the key under a new passphrase (the current one comes as usual)"_s, 0, 0,
            &changePassphrase },
        { u"check"_s, QString(), u"read every page of the database and verify it"_s, 0, 0, &check },
        { u"areas"_s, QString(), u"list the six focus areas and their numbers (needs no profile)"_s, 0, 0,
            &areas },
    };
}

} // namespace bollplank::cli
