import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// The mentor's home: the open request on top, then each adept with what is new since their
// last meeting; an adept's page with private notes and the focus chart.
AppTestCase {
    id: testCase
    name: "MentorHome"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        Session.createProfile("mentor", "Anders", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        MentorTestSupport.seedAdepts();
    }

    function factText(card, key) {
        const fact = findChild(card, "fact_" + key);
        return fact && fact.visible ? fact.text : "";
    }

    function test_1_requestOnTopAndCounts() {
        const shell = createTemporaryObject(shellComponent, testCase);
        const home = findChild(shell, "mentorHomePage");
        tryVerify(() => home.visible);
        const request = findChild(shell, "request_0");
        tryVerify(() => request !== null && request.visible);
        compare(request.request.adeptName, "Johan");
        verify(findChild(shell, "request_1") === null);

        // Johan asks, so he comes first although Elin sorts before him by name.
        const first = findChild(shell, "adept_0");
        tryCompare(MentorHome.adepts, "length", 2);
        const list = findChild(shell, "adeptList");
        tryCompare(list, "count", 2);
        tryVerify(() => findChild(shell, "adept_1") !== null);
        const second = findChild(shell, "adept_1");
        compare(first.adept.adeptName, "Johan");
        compare(second.adept.adeptName, "Elin");
        verify(request.mapToItem(list, 0, 0).y < first.mapToItem(list, 0, 0).y);

        compare(factText(first, "request"), "As soon as possible");
        compare(factText(first, "shared"), "3 new shared reflections");
        compare(factText(first, "overdue"), "1 overdue action item");
        compare(factText(first, "months"), "2 months without a meeting");
        compare(factText(second, "shared"), "1 new shared reflection");
        compare(factText(second, "overdue"), "");
        compare(factText(second, "request"), "");
    }

    function test_2_privateNote() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryVerify(() => findChild(shell, "adept_1") !== null);
        clickOn(shell, "adept_1");
        const page = findChild(shell, "adeptPage");
        tryVerify(() => page !== null && page.visible);
        compare(AdeptReview.adeptName, "Elin");
        clickOn(page, "adeptTabs_notes");
        verify(findChild(page, "privateNotice").visible);
        clickOn(page, "addNote");
        const field = findChild(page, "noteField");
        tryVerify(() => field.activeFocus);
        typeText("Ask about her father's role");
        waitForRendering(page);
        clickOn(page, "noteSave");
        compare(MentorTestSupport.storedNotes(), ["Ask about her father's role"]);
        tryVerify(() => findChild(page, "note_0") !== null);

        clickOn(page, "deleteNote_0");
        compare(MentorTestSupport.storedNotes(), []);
        clickOn(page, "adeptBack");
        tryVerify(() => findChild(shell, "adept_1") !== null && findChild(shell, "adept_1").visible);
    }

    function test_3_chartHasATextVersion() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "adept_0");
        const page = findChild(shell, "adeptPage");
        tryVerify(() => page !== null && page.visible);
        clickOn(page, "adeptTabs_progress");
        const chart = findChild(page, "focusChart");
        tryVerify(() => chart.visible);
        // Four shared reflections on leadership (area 2) since Johan started.
        verify(AdeptReview.chartText[0].indexOf("Leadership (4)") >= 0, AdeptReview.chartText[0]);
        compare(chart.Accessible.description.indexOf("Leadership (4)") >= 0, true);
        clickOn(page, "chartAsText");
        compare(AdeptReview.chartText.length, AdeptReview.chart.length + 1);
    }
}
