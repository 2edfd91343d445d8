import QtQuick
import QtQuick.Controls as QQC2
import QtTest
import Bollplank.App
import Bollplank.Meeting
import Bollplank.Shell
import Bollplank.TestSupport

// "I need a sounding board": the adept's request becomes an ad-hoc meeting the mentor books
// and then holds in meeting mode; the request is handled.
AppTestCase {
    id: testCase
    name: "AdHoc"

    property var seed

    Component {
        id: hostComponent
        // Something under the page, as in the app, so that popping it shows what was there.
        QQC2.StackView { width: testCase.width; height: testCase.height; initialItem: Item {} }
    }
    Component {
        id: bookingComponent
        AdHocBookingPage {}
    }

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        Session.createProfile("mentor", "Anders", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        seed = MeetingTestSupport.seedMentorship();
        MeetingTestSupport.freezeClock();
    }

    function replaceText(item, text) {
        scrollIntoView(item);
        wait(0);
        mouseClick(item);
        tryVerify(() => item.activeFocus);
        keySequence(StandardKey.SelectAll);
        keyClick(Qt.Key_Delete);
        typeText(text);
    }

    function iso(d) {
        return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
    }

    function test_1_theRequestOnTheMentorsHomeOpensTheBooking() {
        const shell = createTemporaryObject(shellComponent, testCase);
        MentorHome.refresh(); // the request was seeded after the home first read the profile
        tryVerify(() => findChild(shell, "request_0") !== null, 5000);
        clickOn(shell, "request_0");
        tryVerify(() => findChild(shell, "adHocBookingPage") !== null);
        tryVerify(() => !findChild(shell, "mentorStack").busy);
        const page = findChild(shell, "adHocBookingPage");
        tryCompare(findChild(page, "adHocReason"), "text", "The chairman wants my resignation");
        clickOn(page, "adHocBackButton");
        tryVerify(() => findChild(shell, "adHocBookingPage") === null);
        compare(MeetingTestSupport.request(seed.requestId).status, "open");
    }

    function test_2_requestBecomesAMeeting() {
        compare(MeetingSession.openRequests.length, 1);
        compare(MeetingSession.openRequests[0].requestId, seed.requestId);
        const host = createTemporaryObject(hostComponent, testCase);
        host.push(bookingComponent, { requestId: seed.requestId }, QQC2.StackView.Immediate);
        let page = host.currentItem;
        compare(findChild(page, "adHocReason").text, "The chairman wants my resignation");

        // Urgent: proposed for tomorrow, at the usual time and place.
        const tomorrow = new Date();
        tomorrow.setDate(tomorrow.getDate() + 1);
        compare(findChild(page, "adHocDate").text, iso(tomorrow));
        compare(findChild(page, "adHocTime").text, "09:00");
        compare(findChild(page, "adHocPlace").text, "Hotel Eggers");

        // A time that is no time books nothing.
        replaceText(findChild(page, "adHocTime"), "25:99");
        compare(findChild(page, "adHocSummary").text, "Write the time as HH:MM.");
        clickOn(page, "bookAdHocButton");
        verify(MeetingSession.errorText.length > 0);
        compare(MeetingTestSupport.request(seed.requestId).status, "open");
        verify(!findChild(page, "adHocBookedCard").visible);

        replaceText(findChild(page, "adHocTime"), "17:30");
        replaceText(findChild(page, "adHocPlace"), "Karin's office, door closed");
        clickOn(page, "bookAdHocButton");
        tryVerify(() => findChild(page, "adHocBookedCard").visible);
        const request = MeetingTestSupport.request(seed.requestId);
        compare(request.status, "accepted");
        const meeting = MeetingTestSupport.meeting(request.meetingId);
        compare(meeting.kind, "adhoc");
        compare(meeting.status, "planned");
        compare(meeting.startsAt, iso(tomorrow) + "T17:30");
        compare(meeting.place, "Karin's office, door closed");
        compare(meeting.durationMinutes, 90);
        compare(MeetingSession.openRequests.length, 0);

        // Held at once, in the same meeting mode.
        clickOn(page, "startAdHocButton");
        tryVerify(() => host.currentItem && host.currentItem.objectName === "meetingModePage");
        tryVerify(() => MeetingSession.active);
        tryVerify(() => !host.busy); // the page has slid in
        page = host.currentItem;
        verify(MeetingSession.adHoc);
        compare(MeetingSession.meetingId, request.meetingId);
        compare(findChild(page, "coachingClock").text, "30:00");
        clickOn(page, "step_2");
        clickOn(page, "focus_6");
        typeInto(page, "minutes_6", "Prepare for the board on Friday.");
        clickOn(page, "step_5");
        verify(!findChild(page, "bookNextSwitch").checked); // between regular meetings: no booking by default
        clickOn(page, "endMeetingButton");
        tryVerify(() => !MeetingSession.active);
        compare(MeetingTestSupport.meeting(request.meetingId).status, "held");
        compare(MeetingTestSupport.minutes(request.meetingId)["6"], "Prepare for the board on Friday.");
        compare(MeetingTestSupport.plannedAfter(seed.mentorshipId, request.meetingId), "");
        compare(MeetingTestSupport.request(seed.requestId).status, "accepted");
    }
}
