#include "androidnotifier.h"

#include <QCoreApplication>
#include <QJniObject>

// The Java half lives in android/BollplankReminderReceiver.java (package se.bollplank).
namespace bollplank {

namespace {
constexpr const char *Receiver = "se/bollplank/BollplankReminderReceiver";

QJniObject context()
{
    return QNativeInterface::QAndroidApplication::context();
}

QJniObject jstring(const QString &s)
{
    return QJniObject::fromString(s);
}
} // namespace

AndroidNotifier::AndroidNotifier()
{
    QJniObject::callStaticMethod<void>(
        Receiver, "createChannel", "(Landroid/content/Context;)V", context().object());
}

void AndroidNotifier::show(const Notification &n)
{
    QJniObject::callStaticMethod<void>(Receiver, "show",
        "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V",
        context().object(), jstring(n.id).object<jstring>(), jstring(n.title).object<jstring>(),
        jstring(n.body).object<jstring>());
}

void AndroidNotifier::schedule(const Notification &n)
{
    QJniObject::callStaticMethod<void>(Receiver, "schedule",
        "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;J)V",
        context().object(), jstring(n.id).object<jstring>(), jstring(n.title).object<jstring>(),
        jstring(n.body).object<jstring>(), jlong(n.fireAt));
}

void AndroidNotifier::cancelScheduled()
{
    QJniObject::callStaticMethod<void>(
        Receiver, "cancelAll", "(Landroid/content/Context;)V", context().object());
}

} // namespace bollplank
