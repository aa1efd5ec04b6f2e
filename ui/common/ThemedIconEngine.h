#pragma once

#include <QByteArray>
#include <QIconEngine>
#include <QPalette>

namespace portone {

// Renders one single-colour SVG (strokes in "currentColor") in the application palette's text
// colour: WindowText, HighlightedText for a selected item, the disabled text colour when
// disabled. The SVG is rendered at the exact device pixel size asked for, so an icon is sharp
// at any scale factor and follows a light or dark palette (the colour is read at paint time).
class ThemedIconEngine : public QIconEngine
{
public:
    explicit ThemedIconEngine(QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &pixelSize, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    // The colour an icon is drawn in for a mode, from a palette.
    static QColor colorFor(const QPalette &palette, QIcon::Mode mode);

private:
    QImage render(const QSize &pixelSize, const QColor &color) const;

    QByteArray m_svg;
};

} // namespace portone
