import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// A mentor sees the meetings per adept: picking an adept shows that mentorship's rhythm, and
// a change goes to that mentorship only.
AppTestCase {
    id: testCase
    name: "MeetingsMentor"

    property string first
    property string second

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        Session.createProfile("mentor", "Maria", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        first = MeetingsTestSupport.addMentorship("Karin", "Maria");
        second = MeetingsTestSupport.addMentorship("Olof", "Maria");
        MeetingsTestSupport.addSeries(first, "FREQ=MONTHLY;BYDAY=1TU", "2026-01-06T14:00", "Europe/Stockholm");
        MeetingsTestSupport.addSeries(second, "FREQ=WEEKLY;INTERVAL=4;BYDAY=TH", "2026-01-08T09:00", "Europe/Stockholm");
    }

    function test_pickAnAdept() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_meetings");
        tryVerify(() => findChild(shell, "meetingsPage").visible);
        waitForRendering(shell);
        const combo = findChild(shell, "mentorshipCombo");
        verify(combo.visible);
        compare(combo.count, 2);

        const names = Meetings.mentorships.map(m => m.name);
        const olof = names.indexOf("Olof");
        verify(olof >= 0);
        chooseInCombo(shell, "mentorshipCombo", olof);
        tryCompare(Meetings, "mentorshipId", second);
        compare(Meetings.partnerName, "Olof");
        compare(findChild(shell, "rhythmText").text, "Every 4 weeks on Thursday at 09:00");
        compare(Meetings.occurrences.map(o => o.startsAt),
                MeetingsTestSupport.coreOccurrences(second, Meetings.occurrences.length).map(o => o.startsAt));

        clickOn(shell, "cancelOccurrence_0");
        tryVerify(() => Meetings.occurrences[0].cancelled);
        compare(MeetingsTestSupport.storedExceptions(second).length, 1);
        compare(MeetingsTestSupport.storedExceptions(first).length, 0);

        chooseInCombo(shell, "mentorshipCombo", names.indexOf("Karin"));
        tryCompare(Meetings, "partnerName", "Karin");
        compare(findChild(shell, "rhythmText").text, "The first Tuesday of every month at 14:00");
        verify(!Meetings.occurrences[0].cancelled);
    }
}
