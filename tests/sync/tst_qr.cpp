// The pairing QR code: libqrencode draws the invite, zxing-cpp (the camera path) reads it back.

#include "syncfixture.h"

#include "qrcode.h"

#include <QGuiApplication>
#include <QTransform>
#include <ZXing/ReadBarcode.h>

using namespace bollplank;
using namespace bollplank::sync;

namespace {

QString decode(const QImage &picture)
{
    const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
        int(gray.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}

} // namespace

class TestQr : public QObject
{
    Q_OBJECT

private slots:
    void inviteDecodesBackToTheSameText()
    {
        MemoryServer server;
        test::Device mentor(server, Role::Mentor);
        const Invite invite = Pairing(mentor.store()).createInvite(PairingPurpose::Partner, mentor.addMentorship(),
            { QStringLiteral("wss://relay.example.org:8443"), QStringLiteral("ws://192.168.1.20:47800") });
        const QString text = invite.toText();
        const qr::QrMatrix matrix = qr::encode(text);
        QVERIFY(matrix.size >= 21);
        qInfo("invite: %d characters, QR version %d (%d modules)", int(text.size()), (matrix.size - 17) / 4, matrix.size);

        const QImage picture = qr::image(matrix, 6);
        QCOMPARE(picture.width(), (matrix.size + 8) * 6);
        const QString scanned = decode(picture);
        QCOMPARE(scanned, text);
        // What the scanning device does with it: the same invite.
        const Invite back = Invite::fromText(scanned);
        QCOMPARE(back.secret, invite.secret);
        QCOMPARE(back.endpoints, invite.endpoints);

        // A camera sees it smaller and turned; it still reads.
        const QImage turned = picture.transformed(QTransform().rotate(90)).scaled(picture.size() / 2);
        QCOMPARE(decode(turned), text);
    }

    void decodingAnotherImageFindsNothing()
    {
        QImage blank(200, 200, QImage::Format_Grayscale8);
        blank.fill(Qt::white);
        QVERIFY(decode(blank).isEmpty());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QPainter on a QImage needs the Gui module initialised
    TestQr test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_qr.moc"
