#include "ui/common/Icons.h"
#include "ui/common/ThemedIconEngine.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QTest>

using namespace portone;

// Every workspace and action icon renders, sharp and non-blank, at the sizes and scale factors
// the app meets (16/24/32 px at 100/150/200 %), in the palette's text colour.
class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIconRendersAtEverySizeAndScale_data();
    void everyIconRendersAtEverySizeAndScale();
    void darkAndLightPalettesGiveDifferentPixels();
    void selectedAndDisabledUseTheirPaletteColours();
};

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
    return palette;
}

// Pixels with any ink, and the colour of the most opaque one.
int inkedPixels(const QImage &image, QColor *strongest = nullptr)
{
    int inked = 0;
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 0)
                ++inked;
            if (pixel.alpha() > best && strongest) {
                best = pixel.alpha();
                *strongest = pixel;
            }
        }
    }
    return inked;
}

QImage render(AppIcon icon, int size, qreal scale, QIcon::Mode mode = QIcon::Normal)
{
    return appIcon(icon).pixmap(QSize(size, size), scale, mode).toImage();
}

} // namespace

void TestIcons::everyIconRendersAtEverySizeAndScale_data()
{
    QTest::addColumn<int>("icon");
    QTest::addColumn<int>("size");
    QTest::addColumn<qreal>("scale");
    for (AppIcon icon : allAppIcons()) {
        const QString file = appIconFile(icon).section(u'/', -1);
        for (int size : { 16, 24, 32 }) {
            for (qreal scale : { 1.0, 1.5, 2.0 })
                QTest::addRow("%s %dpx x%.1f", qPrintable(file), size, scale)
                    << int(icon) << size << scale;
        }
    }
}

void TestIcons::everyIconRendersAtEverySizeAndScale()
{
    QFETCH(int, icon);
    QFETCH(int, size);
    QFETCH(qreal, scale);
    QApplication::setPalette(lightPalette());
    const QIcon themed = appIcon(AppIcon(icon));
    QVERIFY2(!themed.isNull(), qPrintable(appIconFile(AppIcon(icon))));
    const QPixmap pixmap = themed.pixmap(QSize(size, size), scale);
    QVERIFY(!pixmap.isNull());
    // Rendered at the device pixel size, not scaled up from a small bitmap.
    const int pixels = qRound(size * scale);
    QCOMPARE(pixmap.size(), QSize(pixels, pixels));
    QCOMPARE(pixmap.devicePixelRatio(), scale);
    const QImage image = pixmap.toImage();
    const int inked = inkedPixels(image);
    // Not blank, and not a filled square: a line icon inks between 5 % and 70 % of its area.
    QVERIFY2(inked > pixels * pixels / 20, qPrintable(QString::number(inked)));
    QVERIFY2(inked < pixels * pixels * 7 / 10, qPrintable(QString::number(inked)));
}

void TestIcons::darkAndLightPalettesGiveDifferentPixels()
{
    for (AppIcon icon : allAppIcons()) {
        QApplication::setPalette(lightPalette());
        QColor onLight;
        const QImage light = render(icon, 24, 2.0);
        inkedPixels(light, &onLight);
        QApplication::setPalette(darkPalette());
        QColor onDark;
        const QImage dark = render(icon, 24, 2.0);
        inkedPixels(dark, &onDark);
        QVERIFY2(light != dark, qPrintable(appIconFile(icon)));
        // The ink is the palette's text colour: dark on light, light on dark.
        QVERIFY2(onLight.lightness() < 80, qPrintable(onLight.name()));
        QVERIFY2(onDark.lightness() > 180, qPrintable(onDark.name()));
    }
}

void TestIcons::selectedAndDisabledUseTheirPaletteColours()
{
    QApplication::setPalette(lightPalette());
    QColor normal, selected, disabled;
    inkedPixels(render(AppIcon::Payments, 24, 1.0), &normal);
    inkedPixels(render(AppIcon::Payments, 24, 1.0, QIcon::Selected), &selected);
    inkedPixels(render(AppIcon::Payments, 24, 1.0, QIcon::Disabled), &disabled);
    QCOMPARE(normal.rgb(), QColor(0x20, 0x20, 0x20).rgb());
    QCOMPARE(selected.rgb(), QColor(Qt::white).rgb());
    QCOMPARE(disabled.rgb(), QColor(0xa0, 0xa0, 0xa0).rgb());
    QCOMPARE(ThemedIconEngine::colorFor(darkPalette(), QIcon::Selected), QColor(0x10, 0x10, 0x10));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
