#pragma once

#include <QImage>
#include <QString>
#include <vector>

namespace bollplank::qr {

/// A QR symbol as square modules; true is dark.
struct QrMatrix
{
    int size = 0; ///< modules per side, without the quiet zone
    std::vector<bool> modules;

    [[nodiscard]] bool dark(int x, int y) const { return modules[std::size_t(y * size + x)]; }
};

/// Encodes text (an invite: upper case, digits and ':' fit QR's compact alphanumeric mode) at
/// error correction level M, which survives a smudged screen or a shaky camera. Throws
/// std::runtime_error if the text does not fit a QR code.
[[nodiscard]] QrMatrix encode(const QString &text);

/// The symbol drawn black on white, scale pixels per module, with the standard 4-module quiet
/// zone that scanners need.
[[nodiscard]] QImage image(const QrMatrix &matrix, int scale = 8);
[[nodiscard]] QImage image(const QString &text, int scale = 8);

} // namespace bollplank::qr
