#include "ui/common/ThemedIconEngine.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace portone {

ThemedIconEngine::ThemedIconEngine(QByteArray svg)
    : m_svg(std::move(svg))
{ }

QColor ThemedIconEngine::colorFor(const QPalette &palette, QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QImage ThemedIconEngine::render(const QSize &pixelSize, const QColor &color) const
{
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (pixelSize.isEmpty())
        return image;
    QByteArray svg = m_svg;
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Square icons in a non-square rectangle keep their proportions, centred.
    const int side = std::min(pixelSize.width(), pixelSize.height());
    const QRectF target((pixelSize.width() - side) / 2.0, (pixelSize.height() - side) / 2.0, side,
                        side);
    renderer.render(&painter, target);
    painter.end();
    if (color.alpha() < 255) {
        QPainter fade(&image);
        fade.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        fade.fillRect(image.rect(), QColor(0, 0, 0, color.alpha()));
    }
    return image;
}

QPixmap ThemedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

// As QIcon::pixmap(size, devicePixelRatio) calls it: `size` is in device pixels already.
QPixmap ThemedIconEngine::scaledPixmap(const QSize &pixelSize, QIcon::Mode mode, QIcon::State,
                                       qreal scale)
{
    const QColor color = colorFor(QGuiApplication::palette(), mode);
    const QString cacheKey = QStringLiteral("portone-icon:%1:%2x%3:%4")
                                 .arg(QString::number(qHash(m_svg), 16))
                                 .arg(pixelSize.width())
                                 .arg(pixelSize.height())
                                 .arg(QString::number(color.rgba(), 16));
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        pixmap = QPixmap::fromImage(render(pixelSize, color));
        QPixmapCache::insert(cacheKey, pixmap);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

void ThemedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                             QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect,
                        scaledPixmap((QSizeF(rect.size()) * scale).toSize(), mode, state, scale));
}

QSize ThemedIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QIconEngine *ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(m_svg);
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("portone-themed-svg");
}

bool ThemedIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace portone
