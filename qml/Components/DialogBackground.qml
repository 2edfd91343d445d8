import QtQuick
import Bollplank.Theme

// The surface of a dialog, from theme colours (Material's uses a shader-effect shadow). A dialog
// using it also sets Material.background: Theme.surface, since Material paints the title bar in
// a colour that follows Material.background (the window's page colour otherwise).
Rectangle {
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.outline
}
