import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Theme

// Every text colour of the theme against the surfaces it is used on passes WCAG AA (4.5:1),
// and outlines of controls 3:1, in the light and the dark theme.
TestCase {
    name: "Contrast"

    function luminance(c) {
        const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
    }
    function ratio(a, b) {
        const la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
    function check(fg, bg, minimum, what) {
        const r = ratio(fg, bg);
        verify(r >= minimum, what + ": " + r.toFixed(2) + " < " + minimum + " (" + AppSettings.theme + ")");
    }

    function checkTheme() {
        for (const surface of ["background", "surface", "surfaceAlt", "selection"]) {
            check(Theme.text, Theme[surface], 4.5, "text on " + surface);
            check(Theme.textMuted, Theme[surface], 4.5, "muted text on " + surface);
        }
        for (const surface of ["background", "surface"]) {
            check(Theme.primary, Theme[surface], 4.5, "primary on " + surface);
            check(Theme.danger, Theme[surface], 4.5, "danger on " + surface);
            check(Theme.warning, Theme[surface], 4.5, "warning on " + surface);
            check(Theme.shared, Theme[surface], 4.5, "shared on " + surface);
            check(Theme.privateColor, Theme[surface], 4.5, "private on " + surface);
            check(Theme.outline, Theme[surface], 3, "outline on " + surface);
        }
        check(Theme.textOnPrimary, Theme.primary, 4.5, "on primary");
        check(Theme.textOnPrimaryContainer, Theme.primaryContainer, 4.5, "on primary container");
        check(Theme.textOnSharedContainer, Theme.sharedContainer, 4.5, "on shared container");
        check(Theme.textOnPrivateContainer, Theme.privateContainer, 4.5, "on private container");
        check(Theme.textMuted, Theme.primaryContainer, 4.5, "muted on primary container");
        check(Theme.text, Theme.differsContainer, 4.5, "text on a differing line");
        check(Theme.differsMarker, Theme.differsContainer, 4.5, "marker on a differing line");
        check(Theme.differsMarker, Theme.surface, 4.5, "differing marker on surface");
    }

    function test_light() {
        AppSettings.theme = "light";
        verify(!Theme.dark);
        checkTheme();
    }
    function test_dark() {
        AppSettings.theme = "dark";
        verify(Theme.dark);
        checkTheme();
    }
}
