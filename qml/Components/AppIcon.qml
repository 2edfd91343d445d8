import QtQuick
import QtQuick.Controls.impl as Impl
import Bollplank.Theme

// One of the app's icons (resources/icons), tinted with a theme colour.
Impl.IconImage {
    id: root

    /// The icon's file name without ".svg", e.g. "lock".
    required property string iconName

    source: "qrc:/icons/" + iconName + ".svg"
    sourceSize.width: Theme.iconSize
    sourceSize.height: Theme.iconSize
    color: Theme.text
    Accessible.ignored: true
}
