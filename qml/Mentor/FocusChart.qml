import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The focus areas month by month as stacked bars (reflections and meetings that took each area
// up), with a legend, and the same said in words for those who cannot see the chart.
ColumnLayout {
    id: root

    /// [{ label, yearText, counts: [6] }], oldest first.
    property var months: []
    /// A summary line, then one line per month.
    property var textAlternative: []
    property bool showText: false

    // Okabe-Ito colours: told apart with the common colour-vision deficiencies, on light and dark.
    readonly property var palette: ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"]
    readonly property int maxTotal: {
        let m = 0;
        for (const month of months)
            m = Math.max(m, month.counts.reduce((a, b) => a + b, 0));
        return m;
    }

    spacing: Theme.spaceS
    onMonthsChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        objectName: "focusChart"
        Layout.fillWidth: true
        Layout.preferredHeight: 220
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Focus areas over time")
        Accessible.description: root.textAlternative.join(" ")
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        Connections {
            target: Theme
            function onDarkChanged() { canvas.requestPaint(); }
        }

        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            const n = root.months.length;
            if (n === 0)
                return;
            const font = Theme.captionSize;
            const left = 28, right = 4, top = 8, bottom = 2.4 * font + 8;
            const w = width - left - right, h = height - top - bottom;
            const max = Math.max(1, root.maxTotal);
            const step = Math.max(1, Math.ceil(max / 4));
            ctx.font = font + "px sans-serif";
            ctx.textBaseline = "middle";
            ctx.lineWidth = 1;
            // Grid lines with their counts.
            for (let v = 0; v <= max; v += step) {
                const y = top + h - h * v / max;
                ctx.strokeStyle = String(Theme.divider);
                ctx.beginPath();
                ctx.moveTo(left, Math.round(y) + 0.5);
                ctx.lineTo(left + w, Math.round(y) + 0.5);
                ctx.stroke();
                ctx.fillStyle = String(Theme.textMuted);
                ctx.textAlign = "right";
                ctx.fillText(String(v), left - 6, y);
            }
            const slot = w / n;
            const bar = Math.max(2, Math.min(36, slot * 0.7));
            // Label every month when they fit, else every second or third.
            const every = Math.max(1, Math.ceil(3.2 * font / slot));
            for (let i = 0; i < n; ++i) {
                const x = left + slot * i + (slot - bar) / 2;
                let y = top + h;
                const counts = root.months[i].counts;
                for (let a = 0; a < 6; ++a) {
                    if (counts[a] <= 0)
                        continue;
                    const bh = h * counts[a] / max;
                    ctx.fillStyle = root.palette[a];
                    ctx.fillRect(x, y - bh, bar, bh);
                    y -= bh;
                }
                ctx.fillStyle = String(Theme.textMuted);
                ctx.textAlign = "center";
                if (i % every === 0)
                    ctx.fillText(root.months[i].label, left + slot * i + slot / 2, top + h + font * 0.9);
                if (root.months[i].yearText.length > 0)
                    ctx.fillText(root.months[i].yearText, left + slot * i + slot / 2, top + h + font * 2.1);
            }
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceM
        Repeater {
            model: FocusCatalog.areas
            RowLayout {
                id: legendItem
                required property var modelData
                required property int index
                spacing: Theme.spaceXs
                Rectangle {
                    implicitWidth: 14
                    implicitHeight: 14
                    radius: 3
                    color: root.palette[legendItem.index]
                }
                Text {
                    text: legendItem.modelData.name
                    color: Theme.text
                    font.pixelSize: Theme.captionSize
                }
            }
        }
    }

    AppButton {
        objectName: "chartAsText"
        text: root.showText ? qsTr("Hide the text version") : qsTr("Show as text")
        onClicked: root.showText = !root.showText
    }
    Repeater {
        model: root.showText ? root.textAlternative : []
        Text {
            required property string modelData
            Layout.fillWidth: true
            text: modelData
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
}
