import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell

// Switching the language at run time from the settings page: every visible text, the focus
// area catalogue and the dates follow at once.
AppTestCase {
    id: testCase
    name: "Language"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        Journal.save({ body: "A note", focusAreas: [1] });
    }

    function test_switchLanguage() {
        const shell = createTemporaryObject(shellComponent, testCase);
        const nav = findChild(shell, "nav_journal");
        tryVerify(() => nav !== null);
        compare(nav.text, "Journal");
        compare(FocusCatalog.name(1), "Work situation");

        clickOn(shell, "nav_settings");
        chooseInCombo(shell, "languageCombo", 1); // Svenska
        compare(AppSettings.effectiveLanguage, "sv");
        // The navigation is rebuilt in the new language.
        tryVerify(() => findChild(shell, "nav_journal").text === "Dagbok");
        compare(findChild(shell, "nav_settings").text, "Inställningar");
        compare(FocusCatalog.name(1), "Arbetssituation");
        compare(findChild(shell, "reflection_0").focusNames, ["Arbetssituation"]);
        compare(Qt.locale().name, "sv_SE");

        chooseInCombo(shell, "languageCombo", 2); // English
        tryVerify(() => findChild(shell, "nav_journal").text === "Journal");
        compare(FocusCatalog.name(1), "Work situation");
    }
}
