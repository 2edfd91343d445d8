import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// Reminder settings switched through the Settings page are what the core reads, survive a
// lock and unlock, and the reminder service runs only while the profile is open.
AppTestCase {
    id: testCase
    name: "ReminderSettings"

    readonly property string passphrase: "harbour lantern quietly 47"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function openSettings() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_settings");
        tryVerify(() => findChild(shell, "settingsPage").visible);
        return shell;
    }

    function switchOf(shell, key) {
        const s = findChild(shell, "reminder_" + key);
        verify(s, "no switch for " + key);
        return s;
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", passphrase, false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_1_defaultsShowWhatTheCoreHas() {
        const shell = openSettings();
        const stored = MeetingsTestSupport.storedReminderSettings();
        compare(stored.offsets, [1440, 60]);
        verify(switchOf(shell, "meetingDayBefore").checked);
        verify(switchOf(shell, "meetingHourBefore").checked);
        verify(switchOf(shell, "prepare").checked);
        verify(switchOf(shell, "reflect").checked);
        verify(switchOf(shell, "quietHours").checked);
        verify(!switchOf(shell, "discreet").checked);
        // The mentor's reminders are not offered to an adept.
        verify(!switchOf(shell, "unbooked").visible);
        verify(!switchOf(shell, "request").visible);
        verify(MeetingsTestSupport.remindersRunning());
    }

    function test_2_switchesAreStored() {
        const shell = openSettings();
        clickOn(shell, "reminder_meetingDayBefore");
        clickOn(shell, "reminder_prepare");
        clickOn(shell, "reminder_discreet");
        let stored = MeetingsTestSupport.storedReminderSettings();
        compare(stored.offsets, [60]);
        verify(stored.meetingOn);
        verify(!stored.prepareOn);
        verify(stored.discreet);
        verify(stored.reflectOn);
        verify(!switchOf(shell, "meetingDayBefore").checked);
        verify(switchOf(shell, "meetingHourBefore").checked);

        // Both meeting reminders off: meeting reminders off altogether.
        clickOn(shell, "reminder_meetingHourBefore");
        stored = MeetingsTestSupport.storedReminderSettings();
        verify(!stored.meetingOn);
        compare(stored.offsets, []);
        clickOn(shell, "reminder_meetingHourBefore");
        stored = MeetingsTestSupport.storedReminderSettings();
        verify(stored.meetingOn);
        compare(stored.offsets, [60]);

        // Quiet hours from 23:00 (entry 46 of the half hours).
        chooseInCombo(shell, "quietFromCombo", 46);
        stored = MeetingsTestSupport.storedReminderSettings();
        compare(stored.quietStart, "23:00");
        compare(stored.quietEnd, "07:00");
    }

    function test_3_keptAcrossLockAndUnlock() {
        Session.lock();
        tryCompare(Session, "state", Session.Locked);
        verify(!MeetingsTestSupport.remindersRunning());
        verify(!Reminders.available);
        Session.unlock(passphrase, false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(MeetingsTestSupport.remindersRunning());

        const shell = openSettings();
        verify(!switchOf(shell, "meetingDayBefore").checked);
        verify(switchOf(shell, "meetingHourBefore").checked);
        verify(!switchOf(shell, "prepare").checked);
        verify(switchOf(shell, "discreet").checked);
        compare(findChild(shell, "quietFromCombo").currentText, "23:00");
        compare(findChild(shell, "quietToCombo").currentText, "07:00");
    }

    function test_4_quietHoursOff() {
        const shell = openSettings();
        clickOn(shell, "reminder_quietHours");
        const stored = MeetingsTestSupport.storedReminderSettings();
        compare(stored.quietStart, "");
        compare(stored.quietEnd, "");
        verify(!findChild(shell, "quietFromCombo").visible);
    }
}
