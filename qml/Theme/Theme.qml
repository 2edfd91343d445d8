pragma Singleton
import QtQuick
import Bollplank.App

// Design tokens: colours for light and dark, spacing, a type scale and sizes. Every page and
// component takes its colours and sizes from here, never from raw values. Text colours are
// chosen to pass WCAG AA (4.5:1) on the surfaces they are used on, in both themes.
QtObject {
    id: root

    readonly property bool dark: AppSettings.dark

    // Surfaces
    readonly property color background: dark ? "#121413" : "#f7f6f2"
    readonly property color surface: dark ? "#1b1e1d" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#262a28" : "#efede6"
    readonly property color divider: dark ? "#343937" : "#dcd9d0"
    readonly property color outline: dark ? "#8a918e" : "#6f7572"
    readonly property color selection: dark ? "#24473c" : "#dcebe4"

    // Text
    readonly property color text: dark ? "#e7e9e6" : "#1d1f1e"
    readonly property color textMuted: dark ? "#b9c0bc" : "#4e5552"

    // Brand and states
    readonly property color primary: dark ? "#8fd1b8" : "#2f5d50"
    readonly property color textOnPrimary: dark ? "#06281d" : "#ffffff"
    readonly property color primaryContainer: dark ? "#24473c" : "#d5e8df"
    readonly property color textOnPrimaryContainer: dark ? "#cdebdd" : "#0e2b22"
    readonly property color danger: dark ? "#ffb4ab" : "#b3261e"
    readonly property color warning: dark ? "#f2c46d" : "#7a5300"

    // Visibility: shared and private look different everywhere, in colour, icon and word.
    readonly property color shared: dark ? "#7fd0ee" : "#0a5c7a"
    readonly property color sharedContainer: dark ? "#0e3a4a" : "#d6ecf3"
    readonly property color textOnSharedContainer: dark ? "#cdeffb" : "#063e53"
    readonly property color privateColor: dark ? "#cdb6f2" : "#6a4c93"
    readonly property color privateContainer: dark ? "#3a2c52" : "#ece4f5"
    readonly property color textOnPrivateContainer: dark ? "#eaddff" : "#3e2a5c"

    // Lines two versions of a text do not share (the conflict view): tinted, and marked in the
    // margin with differsMarker, so the difference never rests on colour alone.
    readonly property color differsContainer: dark ? "#4a3a12" : "#fbe9bd"
    readonly property color differsMarker: dark ? "#f2c46d" : "#6b4900"

    // Spacing (px)
    readonly property int spaceXxs: 2
    readonly property int spaceXs: 4
    readonly property int spaceS: 8
    readonly property int spaceM: 12
    readonly property int spaceL: 16
    readonly property int spaceXl: 24
    readonly property int spaceXxl: 32

    // Shape and sizes
    readonly property int radius: 12
    readonly property int radiusSmall: 8
    readonly property int touchTarget: 48
    readonly property int iconSize: 24
    readonly property int readingWidth: 720
    readonly property int listPaneWidth: 380
    /// Narrower than this is a phone: one column and bottom navigation.
    readonly property int compactBreakpoint: 700

    // Type scale, from the system font so text follows the person's font-size setting.
    readonly property real baseSize: Qt.application.font.pixelSize > 0
        ? Qt.application.font.pixelSize
        : Math.round(Qt.application.font.pointSize * 4 / 3)
    readonly property int captionSize: Math.round(baseSize * 0.86)
    readonly property int bodySize: Math.round(baseSize * 1.0)
    readonly property int bodyLargeSize: Math.round(baseSize * 1.14)
    readonly property int titleSize: Math.round(baseSize * 1.28)
    readonly property int headlineSize: Math.round(baseSize * 1.6)
    readonly property int displaySize: Math.round(baseSize * 2.0)
}
