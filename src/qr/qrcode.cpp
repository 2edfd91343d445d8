#include "qrcode.h"

#include <QPainter>
#include <memory>
#include <qrencode.h>
#include <stdexcept>

namespace bollplank::qr {

namespace {
constexpr int QuietZone = 4;
}

QrMatrix encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // Case-sensitive, 8-bit hint: libqrencode still picks alphanumeric mode for runs that allow it.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        throw std::runtime_error("The text does not fit in a QR code");
    QrMatrix m;
    m.size = code->width;
    m.modules.resize(std::size_t(m.size * m.size));
    for (int i = 0; i < m.size * m.size; ++i)
        m.modules[std::size_t(i)] = (code->data[i] & 1) != 0; // bit 0: dark module
    return m;
}

QImage image(const QrMatrix &matrix, int scale)
{
    const int side = (matrix.size + 2 * QuietZone) * scale;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(Qt::white);
    QPainter painter(&img);
    for (int y = 0; y < matrix.size; ++y)
        for (int x = 0; x < matrix.size; ++x)
            if (matrix.dark(x, y))
                painter.fillRect((x + QuietZone) * scale, (y + QuietZone) * scale, scale, scale, Qt::black);
    return img;
}

QImage image(const QString &text, int scale)
{
    return image(encode(text), scale);
}

} // namespace bollplank::qr
