import QtQuick
import QtQuick.Controls as QQC2
import Bollplank.Components

// The page's snackbar for export and import outcomes, made on the first notice only: the shell
// has its own snackbar, and an idle second one would only stand in its way.
Loader {
    id: root

    function show(text) {
        active = true;
        (item as Snackbar).show(text, "");
    }

    active: false
    sourceComponent: Snackbar {
        objectName: "meetingsSnackbar"
        parent: QQC2.Overlay.overlay
    }
}
