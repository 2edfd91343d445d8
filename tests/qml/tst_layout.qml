import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell

// The adaptive layout: bottom navigation and one column on a phone, a rail with list and detail
// side by side on a tablet or desktop; touch targets of at least 48 px.
AppTestCase {
    id: testCase
    name: "Layout"

    Component {
        id: shellComponent
        AppShell {}
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        Journal.save({ body: "First", focusAreas: [1] });
        Journal.save({ body: "Second", focusAreas: [2], shared: true });
    }

    function test_phone() {
        const shell = createTemporaryObject(shellComponent, testCase, { width: 390, height: 800 });
        const bottom = findChild(shell, "bottom_journal");
        tryVerify(() => bottom !== null && bottom.visible);
        verify(!findChild(shell, "nav_journal").visible);
        const list = findChild(shell, "journalList");
        verify(list.visible);
        // Opening an entry replaces the list on a phone; back returns.
        mouseClick(findChild(shell, "reflection_0"));
        tryVerify(() => !list.visible);
        const back = findChild(shell, "readerBack");
        verify(back.visible);
        mouseClick(back);
        tryVerify(() => list.visible);
    }

    function test_desktop() {
        const shell = createTemporaryObject(shellComponent, testCase, { width: 1180, height: 820 });
        const rail = findChild(shell, "nav_journal");
        tryVerify(() => rail !== null && rail.visible);
        verify(!findChild(shell, "bottom_journal").visible);
        // List and the first entry side by side.
        verify(findChild(shell, "journalList").visible);
        tryVerify(() => findChild(shell, "reflectionPage") !== null);
    }

    function test_touchTargets() {
        const shell = createTemporaryObject(shellComponent, testCase, { width: 390, height: 800 });
        const names = ["bottom_journal", "bottom_meeting", "bottom_settings", "lockButtonCompact",
                       "newReflectionButton", "filterButton", "searchField"];
        for (const name of names) {
            const item = findChild(shell, name);
            verify(item, name);
            verify(item.height >= 48, name + " is " + item.height + " px tall");
            verify(item.width >= 48, name + " is " + item.width + " px wide");
        }
    }
}
