import QtQuick
import QtQuick.Controls as QQC2
import Bollplank.Theme

// A drop-down drawn from theme colours, so it and its list show under every renderer
// (Material's raised surfaces need shader effects).
QQC2.ComboBox {
    id: root

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    focusPolicy: Qt.StrongFocus

    background: Rectangle {
        implicitWidth: 160
        radius: Theme.radiusSmall
        color: root.down ? Theme.surfaceAlt : Theme.surface
        border.width: root.visualFocus ? 3 : 1
        border.color: root.visualFocus ? Theme.primary : Theme.outline
    }
    popup.background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        border.width: 1
        border.color: Theme.outline
    }
}
