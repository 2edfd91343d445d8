#include "iosnotifier.h"

#import <Foundation/Foundation.h>
#import <UserNotifications/UserNotifications.h>

namespace bollplank {

namespace {

UNMutableNotificationContent *contentOf(const Notification &n)
{
    UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
    content.title = n.title.toNSString();
    content.body = n.body.toNSString();
    content.threadIdentifier = @"bollplank.reminders";
    return content;
}

void add(const Notification &n, UNNotificationTrigger *trigger)
{
    UNNotificationRequest *request = [UNNotificationRequest requestWithIdentifier:n.id.toNSString()
                                                                          content:contentOf(n)
                                                                          trigger:trigger];
    [[UNUserNotificationCenter currentNotificationCenter] addNotificationRequest:request withCompletionHandler:nil];
}

} // namespace

IosNotifier::IosNotifier()
{
    [[UNUserNotificationCenter currentNotificationCenter]
        requestAuthorizationWithOptions:(UNAuthorizationOptionAlert | UNAuthorizationOptionSound)
                      completionHandler:^(BOOL, NSError *) {}];
}

void IosNotifier::show(const Notification &n)
{
    add(n, nil); // a nil trigger delivers at once
}

void IosNotifier::schedule(const Notification &n)
{
    NSDate *when = [NSDate dateWithTimeIntervalSince1970:n.fireAt / 1000.0];
    NSDateComponents *parts = [[NSCalendar currentCalendar]
        components:(NSCalendarUnitYear | NSCalendarUnitMonth | NSCalendarUnitDay | NSCalendarUnitHour | NSCalendarUnitMinute)
          fromDate:when];
    add(n, [UNCalendarNotificationTrigger triggerWithDateMatchingComponents:parts repeats:NO]);
}

void IosNotifier::cancelScheduled()
{
    [[UNUserNotificationCenter currentNotificationCenter] removeAllPendingNotificationRequests];
}

} // namespace bollplank
