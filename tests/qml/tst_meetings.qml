import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// The meetings screen against the core: the next occurrences are libical's expansion; moving
// and cancelling one through the screen stores an exception the core applies and the screen
// marks; bad input gets an inline error and changes nothing; the exported calendar file reads
// back with the same occurrences.
AppTestCase {
    id: testCase
    name: "Meetings"

    property string mentorshipId

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function openMeetings() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_meetings");
        tryVerify(() => findChild(shell, "meetingsPage").visible);
        // The page lays out in two columns once it has its width; scroll only after that.
        waitForRendering(shell);
        return shell;
    }

    // Turns a wheel with the arrow keys until it shows index (at most one full turn).
    function turnWheel(wheel, index, key) {
        tryVerify(() => !wheel.moving);
        mouseClick(wheel);
        tryVerify(() => wheel.activeFocus);
        for (let i = 0; i < 40 && wheel.currentIndex !== index; ++i)
            keyClick(key);
        compare(wheel.currentIndex, index);
    }

    function shownStarts() {
        return Meetings.occurrences.map(o => o.startsAt);
    }

    function coreStarts() {
        return MeetingsTestSupport.coreOccurrences(mentorshipId, Meetings.occurrences.length).map(o => o.startsAt);
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        mentorshipId = MeetingsTestSupport.addMentorship("Karin", "Maria");
        // Started in the past, so the list begins with the next one from today.
        MeetingsTestSupport.addSeries(mentorshipId, "FREQ=MONTHLY;BYDAY=1TU", "2026-01-06T14:00", "Europe/Stockholm");
    }

    function test_1_nextOccurrencesAreTheCoresExpansion() {
        const shell = openMeetings();
        compare(Meetings.occurrences.length, 8);
        compare(shownStarts(), coreStarts());
        verify(Meetings.occurrences[0].startsAt > Date.now());
        for (let i = 0; i < 8; ++i) {
            const day = findChild(shell, "occurrenceDay_" + i);
            verify(day, "no row " + i);
            compare(day.text, Meetings.occurrences[i].dayText);
            // The first Tuesday: a Tuesday among the first seven days of its month.
            verify(day.text.startsWith("Tuesday "), day.text);
            const dayOfMonth = parseInt(day.text.split(" ")[1]);
            verify(dayOfMonth >= 1 && dayOfMonth <= 7, day.text);
            compare(Meetings.occurrences[i].timeText, "14:00–16:30");
            verify(!findChild(shell, "occurrenceStatus_" + i).visible);
        }
        compare(findChild(shell, "rhythmText").text, "The first Tuesday of every month at 14:00");
        verify(findChild(shell, "timeZoneText").text.startsWith("Times in Europe/Stockholm"));
    }

    function test_2_moveOneThroughThePicker() {
        const shell = openMeetings();
        const before = Meetings.occurrences[1];
        clickOn(shell, "moveOccurrence_1");
        const dialog = findChild(shell, "moveDialog");
        tryCompare(dialog, "opened", true);
        // One day later and one hour later, on the wheels with the keyboard.
        const dayWheel = findChild(dialog, "dayWheel");
        compare(dayWheel.currentIndex, before.day - 1);
        turnWheel(dayWheel, before.day, Qt.Key_Down);
        turnWheel(findChild(dialog, "hourWheel"), 15, Qt.Key_Down);
        mouseClick(findChild(dialog, "moveConfirm"));
        tryCompare(dialog, "visible", false);

        const moved = Meetings.occurrences[1];
        verify(moved.moved);
        compare(moved.key, before.key);
        verify(moved.dayText.startsWith("Wednesday "), moved.dayText);
        compare(moved.timeText, "15:00–17:30");
        compare(moved.startsAt - before.startsAt, 25 * 3600 * 1000);
        const tag = findChild(shell, "occurrenceStatus_1");
        tryVerify(() => tag.visible);
        compare(tag.text, "Moved");
        const original = findChild(shell, "occurrenceOriginal_1");
        verify(original.visible);
        compare(original.text, "Moved from " + before.dayText + " at 14:00");
        // What the core stores and expands is what the screen shows.
        const stored = MeetingsTestSupport.storedExceptions(mentorshipId);
        compare(stored.length, 1);
        compare(stored[0].key, before.key);
        compare(stored[0].movedTo, moved.startsAt);
        compare(shownStarts(), coreStarts());
    }

    function test_3_cancelAndRestore() {
        const shell = openMeetings();
        const before = Meetings.occurrences[2];
        clickOn(shell, "cancelOccurrence_2");
        tryVerify(() => Meetings.occurrences[2].cancelled);
        compare(Meetings.occurrences[2].key, before.key);
        const tag = findChild(shell, "occurrenceStatus_2");
        tryVerify(() => tag.visible);
        compare(tag.text, "Cancelled");
        const day = findChild(shell, "occurrenceDay_2");
        verify(day.font.strikeout);
        // Still shown at its original time.
        compare(day.text, before.dayText);
        compare(Meetings.occurrences[2].timeText, before.timeText);
        const core = MeetingsTestSupport.coreOccurrences(mentorshipId, 8);
        verify(core[2].cancelled);
        compare(core[2].key, before.key);
        verify(!findChild(shell, "moveOccurrence_2").visible);

        clickOn(shell, "restoreOccurrence_2");
        tryVerify(() => !Meetings.occurrences[2].cancelled);
        verify(!MeetingsTestSupport.coreOccurrences(mentorshipId, 8)[2].cancelled);
        // Cancelled again for the export test below.
        clickOn(shell, "cancelOccurrence_2");
        tryVerify(() => Meetings.occurrences[2].cancelled);
    }

    function test_4_impossibleDateIsRefusedInline() {
        const shell = openMeetings();
        const before = MeetingsTestSupport.storedExceptions(mentorshipId);
        clickOn(shell, "moveOccurrence_3");
        const dialog = findChild(shell, "moveDialog");
        tryCompare(dialog, "opened", true);
        // 31 April: set the wheels one step at a time, as a person would.
        turnWheel(findChild(dialog, "monthWheel"), 3, Qt.Key_Down);
        turnWheel(findChild(dialog, "dayWheel"), 30, Qt.Key_Up);
        mouseClick(findChild(dialog, "moveConfirm"));
        const error = findChild(dialog, "moveError");
        tryVerify(() => error.visible);
        verify(error.text.startsWith("There is no 31 April"), error.text);
        verify(dialog.opened);
        compare(MeetingsTestSupport.storedExceptions(mentorshipId), before);
        mouseClick(findChild(dialog, "moveCancel"));
        tryCompare(dialog, "visible", false);
    }

    function test_5_editTheRhythm() {
        const shell = openMeetings();
        clickOn(shell, "editRhythm");
        const dialog = findChild(shell, "rhythmDialog");
        tryCompare(dialog, "opened", true);
        // An invalid rule: an inline error, nothing saved.
        chooseInCombo(dialog, "patternCombo", 2);
        const rule = findChild(dialog, "ruleField");
        tryVerify(() => rule.visible);
        mouseClick(rule);
        rule.selectAll();
        typeText("FREQ=SOMETIMES");
        mouseClick(findChild(dialog, "rhythmSave"));
        const error = findChild(dialog, "rhythmError");
        tryVerify(() => error.visible);
        verify(error.text.startsWith("That rule is not one Bollplank understands"), error.text);
        compare(MeetingsTestSupport.storedSeries(mentorshipId).rule, "FREQ=MONTHLY;BYDAY=1TU");

        // An unknown time zone: the same.
        chooseInCombo(dialog, "patternCombo", 1);
        chooseInCombo(dialog, "intervalCombo", 3);
        chooseInCombo(dialog, "weekdayCombo", 3);
        const zone = findChild(dialog, "zoneField");
        mouseClick(zone);
        zone.selectAll();
        typeText("Europe/Atlantis");
        mouseClick(findChild(dialog, "rhythmSave"));
        tryVerify(() => error.text.indexOf("Europe/Atlantis") >= 0);
        compare(MeetingsTestSupport.storedSeries(mentorshipId).rule, "FREQ=MONTHLY;BYDAY=1TU");

        // Every 4 weeks on Thursday, in Stockholm.
        mouseClick(zone);
        zone.selectAll();
        typeText("Europe/Stockholm");
        compare(findChild(dialog, "rhythmPreview").text.split(",")[0], "Every 4 weeks on Thursday at 14:00");
        mouseClick(findChild(dialog, "rhythmSave"));
        tryCompare(dialog, "visible", false);
        compare(MeetingsTestSupport.storedSeries(mentorshipId).rule, "FREQ=WEEKLY;INTERVAL=4;BYDAY=TH");
        compare(findChild(shell, "rhythmText").text, "Every 4 weeks on Thursday at 14:00");
        compare(shownStarts(), coreStarts());
        for (let i = 1; i < Meetings.occurrences.length; ++i) {
            verify(Meetings.occurrences[i].dayText.startsWith("Thursday "));
            // 28 days apart in wall time; across a DST change that is 28 days ± 1 hour.
            const gap = Meetings.occurrences[i].startsAt - Meetings.occurrences[i - 1].startsAt;
            verify(Math.abs(gap - 28 * 24 * 3600 * 1000) <= 3600 * 1000, gap);
        }
    }

    function test_6_exportReadsBackTheSame() {
        // Back to the monthly rhythm: the moved and the cancelled meeting come back with it,
        // as exceptions belong to the original times.
        const shell = openMeetings();
        clickOn(shell, "editRhythm");
        const dialog = findChild(shell, "rhythmDialog");
        tryCompare(dialog, "opened", true);
        chooseInCombo(dialog, "patternCombo", 0);
        chooseInCombo(dialog, "ordinalCombo", 0);
        chooseInCombo(dialog, "weekdayCombo", 1);
        mouseClick(findChild(dialog, "rhythmSave"));
        tryCompare(dialog, "visible", false);
        compare(findChild(shell, "rhythmText").text, "The first Tuesday of every month at 14:00");
        tryVerify(() => Meetings.occurrences[1].moved);
        verify(Meetings.occurrences[2].cancelled);

        const page = findChild(shell, "meetingsPage");
        const path = MeetingsTestSupport.tempPath("meetings.ics");
        verify(page.saveCalendar("file://" + path));
        const snackbar = findChild(shell, "meetingsSnackbar");
        tryVerify(() => snackbar.opened);
        compare(snackbar.message, "Saved the meetings to meetings.ics");

        const fromFile = MeetingsTestSupport.occurrencesInFile(path, 8);
        const fromCore = MeetingsTestSupport.coreOccurrences(mentorshipId, 8);
        compare(fromFile.length, 8);
        compare(fromFile.map(o => o.startsAt), fromCore.map(o => o.startsAt));
        compare(fromFile.map(o => o.cancelled), fromCore.map(o => o.cancelled));
        compare(fromFile.map(o => o.moved), fromCore.map(o => o.moved));
        verify(fromFile[1].moved);
        verify(fromFile[2].cancelled);
        const text = MeetingsTestSupport.fileText(path);
        // Neither party's name goes into a calendar file.
        verify(text.indexOf("Karin") < 0 && text.indexOf("Maria") < 0);
        verify(text.indexOf("RRULE:FREQ=MONTHLY;BYDAY=1TU") >= 0);
    }

    function test_7_importRefusesBadFiles() {
        const shell = openMeetings();
        const page = findChild(shell, "meetingsPage");
        const before = MeetingsTestSupport.storedSeries(mentorshipId);

        const junk = MeetingsTestSupport.tempPath("junk.ics");
        verify(MeetingsTestSupport.writeFile(junk, "hello, this is not a calendar"));
        verify(!page.importCalendar("file://" + junk));
        const snackbar = findChild(shell, "meetingsSnackbar");
        verify(snackbar);
        tryVerify(() => snackbar.opened);
        compare(snackbar.message, "That file is not a calendar invitation (.ics) Bollplank can read.");

        const huge = MeetingsTestSupport.tempPath("huge.ics");
        verify(MeetingsTestSupport.writeFile(huge, "BEGIN:VCALENDAR\r\n" + "X".repeat(1100 * 1024)));
        verify(!page.importCalendar("file://" + huge));
        tryCompare(snackbar, "message", "That file is too large to be a meeting invitation (at most 1 MB).");
        compare(MeetingsTestSupport.storedSeries(mentorshipId), before);

        // A file this app wrote is a valid invitation: it imports as the same rhythm.
        const good = MeetingsTestSupport.tempPath("meetings.ics");
        verify(page.importCalendar("file://" + good));
        tryCompare(snackbar, "message", "Imported the meeting rhythm.");
        compare(MeetingsTestSupport.storedSeries(mentorshipId).rule, before.rule);
        compare(MeetingsTestSupport.storedSeries(mentorshipId).start, before.start);
    }
}
