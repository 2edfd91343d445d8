import QtQuick
import Bollplank.Theme

// The surface of a dialog, from theme colours (Material's uses a shader-effect shadow).
Rectangle {
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.outline
}
