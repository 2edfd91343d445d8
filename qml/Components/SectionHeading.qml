import QtQuick
import Bollplank.Theme

// A heading inside a page or list (e.g. a month in the journal).
Text {
    id: root

    color: Theme.textMuted
    font.pixelSize: Theme.bodySize
    font.weight: Font.DemiBold
    wrapMode: Text.Wrap
    topPadding: Theme.spaceL
    bottomPadding: Theme.spaceXs
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
