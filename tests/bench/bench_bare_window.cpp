// bench_bare_window: the floor for the start-up benchmark. A bare Qt Widgets window
// (QMainWindow + QLabel) that quits after its first paint, as portone-desk does with
// --quit-after-first-paint. Run by tests/bench/startup_bench.py; not a CTest suite.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(u"PortOne Desk start-up floor"_s, &window));
    window.resize(1100, 720);
    window.installEventFilter(new QuitAfterFirstPaint(&window));
    window.show();
    return QApplication::exec();
}
